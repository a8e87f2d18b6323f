import type { AnalyserFinding, Graph } from './graph.js';

// Identity: a workload whose service account (named, or `default`) is bound to dangerous
// permissions and that mounts the account's token (the pod's setting, else the
// ServiceAccount's). Whoever gets code execution in the pod (a vulnerable dependency, an
// exposed debug endpoint) gets those permissions with it.

export function identityFindings(graph: Graph): AnalyserFinding[] {
  const findings: AnalyserFinding[] = [];
  for (const [, workloads] of graph.scopes()) {
    for (const workload of workloads) {
      const powers = graph.tokenPowerOf(workload);
      if (powers.length === 0) continue;
      findings.push({
        analyser: 'identity',
        workload,
        message: `mounts the token of a powerful service account: ${powers.map((p) => p.summary.replace(/^its service account "[^"]*" /, '')).join('; ')}`,
        identity: [workload.id, workload.serviceAccount],
        related: powers.flatMap((p) =>
          p.location ? [{ location: p.location, message: `The binding: ${p.summary}` }] : [],
        ),
      });
    }
  }
  return findings;
}
