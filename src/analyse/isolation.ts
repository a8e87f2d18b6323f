import type { ResourceRecord } from '../evaluate/records.js';
import { selects } from './rbac/permissions.js';
import { isJsonObject } from '../model/types.js';
import type { WorkloadFacts } from '../evaluate/analysis-facts.js';
import type { AnalyserFinding, Graph } from './graph.js';

// Isolation: a namespace that runs workloads without a NetworkPolicy selecting them lets
// every pod in the cluster connect to them, and lets them connect anywhere. The usual remedy
// is a default deny per namespace (an empty podSelector with policyTypes Ingress and Egress)
// plus policies that allow what each application needs. Incoming traffic decides the
// finding; outgoing traffic is named in it, and a namespace that isolates incoming traffic
// only gets a low finding of its own. Objects whose namespace is chosen when they are applied are left
// out, since whether that namespace has a default deny is not in the repository: plain
// manifests that set none, a Kustomize overlay without `namespace:`, and a chart's objects
// that take the release's namespace (chosen at install; the config's per-chart `namespace`
// makes it known, and then it is judged like any).

/** True when the policy restricts `direction` traffic of `workload`. */
function isolates(
  policy: ResourceRecord,
  workload: WorkloadFacts,
  direction: 'Ingress' | 'Egress',
): boolean {
  const spec = isJsonObject(policy.object.spec) ? policy.object.spec : {};
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : undefined;
  // Without policyTypes, a policy covers Ingress always, and Egress when it has egress rules
  // (the NetworkPolicy reference, policyTypes).
  const covered = types
    ? types.includes(direction)
    : direction === 'Ingress' || Array.isArray(spec.egress);
  if (!covered) return false;
  const selector = isJsonObject(spec.podSelector) ? spec.podSelector : {};
  return selects(selector, workload.podLabels);
}

const MAX_LISTED = 10;

/** The first pod of each object: an Argo Workflow's templates are one workload to list. */
function onePerObject(workloads: readonly WorkloadFacts[]): WorkloadFacts[] {
  const seen = new Set<string>();
  return workloads.filter((w) => {
    const key = `${w.id}\u0000${w.location.file}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function isolationFindings(graph: Graph): AnalyserFinding[] {
  const findings: AnalyserFinding[] = [];
  for (const [scope, workloads] of graph.scopes()) {
    const namespace = workloads[0]?.namespace ?? '';
    if (!namespace) continue;
    const policies = graph.policiesIn(scope);
    // NetworkPolicy does not apply to pods on the node's network; a Helm test hook is not
    // deployed with the namespace's workloads (helm test runs it on demand).
    const judged = workloads.filter((w) => !w.hostNetwork && !w.notDeployed);
    const open = onePerObject(
      judged.filter((w) => !policies.some((p) => isolates(p, w, 'Ingress'))),
    );
    const outgoing = onePerObject(
      judged.filter((w) => !policies.some((p) => isolates(p, w, 'Egress'))),
    );
    // A namespace that isolates incoming traffic but not outgoing: its own finding, at low.
    // Egress policies are rarer, and one that forgets DNS breaks every pod: a reminder that
    // outgoing traffic is open (exfiltration, the cloud metadata endpoint), not a gate.
    const egressOnly = open.length === 0;
    if (egressOnly && outgoing.length === 0) continue;
    const listed = egressOnly ? outgoing : open;
    const ns = graph.object('Namespace', listed[0], '', namespace);
    const first = [...listed].sort(
      (a, b) =>
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.line - b.location.line,
    )[0];
    const names = listed.slice(0, MAX_LISTED).map((w) => `${w.kind} ${w.name}`);
    const more = listed.length > MAX_LISTED ? ` and ${listed.length - MAX_LISTED} more` : '';
    // Outgoing traffic too, said in the finding about incoming traffic (one problem: the
    // namespace has no default deny), naming the workloads only where the lists differ.
    const same = outgoing.length === open.length && outgoing.every((w) => open.includes(w));
    const alsoOutgoing =
      egressOnly || outgoing.length === 0
        ? ''
        : same
          ? '; nor for outgoing traffic'
          : `; and none selects ${outgoing
              .slice(0, MAX_LISTED)
              .map((w) => `${w.kind} ${w.name}`)
              .join(
                ', ',
              )}${outgoing.length > MAX_LISTED ? ` and ${outgoing.length - MAX_LISTED} more` : ''} for outgoing traffic`;
    const metadata = ns && isJsonObject(ns.object.metadata) ? ns.object.metadata : {};
    const annotations = isJsonObject(metadata.annotations) ? metadata.annotations : {};
    findings.push({
      analyser: 'isolation',
      ...(ns
        ? { anchor: { id: ns.id, location: ns.location, waivers: annotations } }
        : { workload: first }),
      message: egressOnly
        ? `namespace ${namespace} isolates incoming traffic, but runs workloads that no NetworkPolicy selects for outgoing traffic: ${names.join(', ')}${more}`
        : `namespace ${namespace} runs workloads that no NetworkPolicy selects for incoming traffic: ${names.join(', ')}${more}${alsoOutgoing}`,
      identity: egressOnly ? [scope, 'egress'] : [scope],
      ...(egressOnly ? { severity: 'low' as const } : {}),
      related: listed
        .filter((w) => w !== first || ns)
        .slice(0, MAX_LISTED)
        .map((w) => ({
          location: w.location,
          message: `${w.kind} ${w.name} is not isolated${egressOnly ? ' for outgoing traffic' : ''}`,
        })),
    });
  }
  return findings;
}
