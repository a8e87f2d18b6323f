import type { Finding } from '../model/types.js';
import type { Graph } from './graph.js';

// Per-resource rules see one object. A rule whose findings assume the pod mounts a
// service-account token it does not need (`ifTokenUnneeded`) cannot see the ServiceAccount
// that may turn the mount off, nor the RBAC objects that show the pods call the API, in
// other documents or files: its findings carry the account they assume
// (Finding.assumesToken), and this step, which sees every object as the analysers connect
// them, drops those whose ServiceAccount opts out (where the pod does not say) and those
// whose ServiceAccount is granted permissions there: such pods are meant to call the API
// (what the token may do is powerful-service-account-token's to judge).

/**
 * `findings` without those whose assumed token is not mounted; the kept ones lose the
 * internal field. A finding is kept when its ServiceAccount is not among the objects applied
 * with it (Kubernetes then mounts the token, unless the cluster's own object says otherwise).
 */
export function withoutUnmountedTokens(findings: readonly Finding[], graph: Graph): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    const account = f.assumesToken;
    if (account) {
      delete f.assumesToken;
      const mounted = account.podMounts === true || graph.accountMountsToken(account);
      if (!mounted || graph.accountIsGranted(account)) continue;
    }
    kept.push(f);
  }
  return kept;
}
