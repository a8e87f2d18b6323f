import type { ResourceRecord } from '../evaluate/records.js';
import { selects } from './rbac/permissions.js';
import { isJsonObject } from '../model/types.js';
import type { WorkloadFacts } from '../evaluate/analysis-facts.js';
import type { AnalyserFinding, Graph } from './graph.js';

// Isolation: a namespace that runs workloads without a NetworkPolicy selecting them lets
// every pod in the cluster connect to them. The usual remedy is a default deny per
// namespace (an empty podSelector with policyTypes Ingress) plus policies that allow what
// each application needs. Objects whose namespace is chosen when they are applied are left
// out, since whether that namespace has a default deny is not in the repository: plain
// manifests that set none, a Kustomize overlay without `namespace:`, and a chart's objects
// that take the release's namespace (chosen at install; the config's per-chart `namespace`
// makes it known, and then it is judged like any).

/** True when the policy restricts incoming traffic to `workload`. */
function isolatesIngress(policy: ResourceRecord, workload: WorkloadFacts): boolean {
  const spec = isJsonObject(policy.object.spec) ? policy.object.spec : {};
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : undefined;
  // Without policyTypes, a policy always covers Ingress.
  if (types && !types.includes('Ingress')) return false;
  const selector = isJsonObject(spec.podSelector) ? spec.podSelector : {};
  return selects(selector, workload.podLabels);
}

const MAX_LISTED = 10;

export function isolationFindings(graph: Graph): AnalyserFinding[] {
  const findings: AnalyserFinding[] = [];
  for (const [scope, workloads] of graph.scopes()) {
    const namespace = workloads[0]?.namespace ?? '';
    if (!namespace) continue;
    const policies = graph.policiesIn(scope);
    // NetworkPolicy does not apply to pods on the node's network; a Helm test hook is not
    // deployed with the namespace's workloads (helm test runs it on demand).
    const open = workloads.filter(
      (w) => !w.hostNetwork && !w.notDeployed && !policies.some((p) => isolatesIngress(p, w)),
    );
    if (open.length === 0) continue;
    const ns = graph.object('Namespace', open[0], '', namespace);
    const first = [...open].sort(
      (a, b) =>
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.line - b.location.line,
    )[0];
    const names = open.slice(0, MAX_LISTED).map((w) => `${w.kind} ${w.name}`);
    const more = open.length > MAX_LISTED ? ` and ${open.length - MAX_LISTED} more` : '';
    const metadata = ns && isJsonObject(ns.object.metadata) ? ns.object.metadata : {};
    const annotations = isJsonObject(metadata.annotations) ? metadata.annotations : {};
    findings.push({
      analyser: 'isolation',
      ...(ns
        ? { anchor: { id: ns.id, location: ns.location, waivers: annotations } }
        : { workload: first }),
      message: `namespace ${namespace} runs workloads that no NetworkPolicy selects for incoming traffic: ${names.join(', ')}${more}`,
      identity: [scope],
      related: open
        .filter((w) => w !== first || ns)
        .slice(0, MAX_LISTED)
        .map((w) => ({ location: w.location, message: `${w.kind} ${w.name} is not isolated` })),
    });
  }
  return findings;
}
