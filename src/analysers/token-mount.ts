import type { Finding } from '../types.js';
import type { Graph } from './graph.js';

// Per-resource rules see one object. A rule whose findings assume the pod mounts its
// service-account token (`ifTokenMounted`) cannot see the ServiceAccount that may turn the
// mount off, in another document or another file: its findings on a pod that does not say
// carry the account they assume (Finding.assumesToken), and this step, which sees every
// object as the analysers connect them, drops those whose ServiceAccount opts out.

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
      if (!graph.accountMountsToken(account)) continue;
    }
    kept.push(f);
  }
  return kept;
}
