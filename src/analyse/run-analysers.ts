import { fingerprintOf } from '../evaluate/fingerprint.js';
import { applyWaivers, type WaiverPolicy } from '../evaluate/waivers.js';
import { formatFieldPath } from '../model/field-path.js';
import type { AnalyserName, Rule } from '../evaluate/rules/rule.js';
import { atMost, capFinding, type Finding, type Severity } from '../model/types.js';
import { bindingFindings, readsBindings, withHolders } from './bindings.js';
import { exposureFindings, type ExposureSettings } from './exposure.js';
import type { AnalysisInput } from '../evaluate/analysis-facts.js';
import { Graph, kindOfId, nameOfId, type AnalyserFinding } from './graph.js';
import { identityFindings } from './identity.js';
import { isolationFindings } from './isolation.js';
import { withoutUnmountedTokens } from './token-mount.js';

// Runs the cross-resource analysers whose rules are active, and turns what they report into
// findings of those rules: the same shape, fingerprints without line numbers, related
// locations on every object of the chain, and waivers on the anchoring resource.

export interface AnalysisSettings extends ExposureSettings {
  severities: Record<string, Severity>;
  policy: WaiverPolicy;
}

const RUNNERS: Record<AnalyserName, (graph: Graph, s: AnalysisSettings) => AnalyserFinding[]> = {
  exposure: exposureFindings,
  identity: identityFindings,
  isolation: isolationFindings,
};

function toFinding(rule: Rule, f: AnalyserFinding, s: AnalysisSettings): Finding {
  const anchor = f.workload
    ? { id: f.workload.id, location: f.workload.location, waivers: f.workload.waivers }
    : f.anchor;
  const finding: Finding = {
    ruleId: rule.id,
    severity: s.severities[rule.id] ?? rule.severity,
    title: rule.title,
    message: anchor
      ? `${kindOfId(anchor.id)} ${nameOfId(anchor.id)}: ${f.message}`
      : `Resource : ${f.message}`,
    location: anchor?.location ?? { file: '', line: 1 },
    resource: anchor?.id ?? '',
    fieldPath: f.workload ? formatFieldPath(f.workload.podSpecPath) : 'metadata',
    fingerprint: fingerprintOf([rule.id, ...f.identity]),
    ...(f.related.length
      ? {
          related: f.related.map((r) => ({
            file: r.location.file,
            line: r.location.line,
            message: r.message,
          })),
        }
      : {}),
  };
  if (f.severity) finding.severity = atMost(finding.severity, f.severity);
  if (f.workload?.notDeployed) capFinding(finding, 'low', f.workload.notDeployed);
  applyWaivers([finding], anchor?.waivers, s.policy);
  return finding;
}

/** A scan's findings once its objects are seen together, and what the analysers add. */
export interface Analysed {
  findings: Finding[];
  added: Finding[];
}

/**
 * What the objects of a scan tell together: the per-resource findings that assumed a
 * mounted token where the ServiceAccount turns it off are dropped (token-mount.ts), the
 * findings on roles name who holds them (bindings.ts), and the active analysers' findings,
 * and those on bindings that their roles decide, are added. `findings` keep their order.
 */
export function analyse(
  input: AnalysisInput,
  rules: readonly Rule[],
  settings: AnalysisSettings,
  findings: Finding[],
): Analysed {
  const assumes = findings.some((f) => f.assumesToken);
  const bindings = readsBindings(rules);
  if (!assumes && !bindings && !rules.some((r) => r.analyser)) {
    for (const f of findings) if (f.unit !== undefined) delete f.unit;
    return { findings, added: [] };
  }
  const graph = new Graph(input);
  const settled = assumes ? withoutUnmountedTokens(findings, graph) : findings;
  return {
    findings: withHolders(settled, graph, rules, settings),
    added: [
      ...analyserFindings(graph, rules, settings),
      ...bindingFindings(graph, rules, settings),
    ],
  };
}

/** The active analysers' findings on a scan's objects. */
function analyserFindings(
  graph: Graph,
  rules: readonly Rule[],
  settings: AnalysisSettings,
): Finding[] {
  const active = rules.filter((r) => r.analyser);
  if (active.length === 0) return [];
  const findings = new Map<string, Finding>();
  for (const rule of active) {
    const analyser = rule.analyser;
    if (!analyser) continue;
    for (const f of RUNNERS[analyser](graph, settings)) {
      const finding = toFinding(rule, f, settings);
      // A Kustomize overlay passes base objects through: the same chain twice is one finding.
      if (!findings.has(finding.fingerprint)) findings.set(finding.fingerprint, finding);
    }
  }
  return [...findings.values()];
}
