import { fingerprintOf } from '../fingerprint.js';
import { ruleEnabled, type RuleSettings } from '../../config/config.js';
import type { Finding, Location } from '../../model/types.js';
import type { RuleSpec } from './rule.js';

/** Findings the engine itself produces: they have rule metadata like any other. */
export type SystemRuleId = 'parse-error' | 'rule-error' | 'render-error' | 'rbac-permission-gain';

export const SYSTEM_RULES: (Omit<RuleSpec, 'check' | 'match'> & {
  id: SystemRuleId;
  /**
   * A policy choice that the config may disable or re-grade like any rule. The others
   * report input the engine could not check, and always fail closed.
   */
  configurable?: boolean;
})[] = [
  {
    id: 'parse-error',
    title: 'A file could not be read as Kubernetes manifests',
    severity: 'high',
    category: 'isolation',
    why: 'kubegate cannot check what it cannot parse, so it fails closed: a manifest that does not parse here will usually be rejected by `kubectl apply` too, and a file that is skipped silently could hide any risk.',
    fix: 'Fix the YAML or JSON at the reported line (indentation, an unclosed quote, a duplicate key), or exclude the file in `.kubegate.yaml` when it is not a manifest:\n\n```yaml\nexclude:\n  - "docs/**"\n```',
  },
  {
    id: 'rule-error',
    title: 'A rule could not be evaluated',
    severity: 'high',
    category: 'isolation',
    why: 'A rule whose check raised an error gives no verdict; kubegate reports it instead of treating the resource as compliant.',
    fix: 'For a custom rule, guard optional fields in its CEL check (`a.?b.orValue(default)`, `has(a.b)`). For a built-in rule, please report the resource that triggers it.',
  },
  {
    id: 'render-error',
    title: 'A Helm chart or Kustomize overlay could not be rendered',
    severity: 'high',
    category: 'isolation',
    why: 'kubegate checks what a chart or overlay renders to; when `helm template` or `kubectl kustomize` fails (a template error, a dependency missing from `charts/`, a timeout, or no helm/kubectl binary) there is nothing to check, so the gate fails closed for that chart instead of passing it unseen. The message is the tool\'s own.',
    fix: 'Run the same command locally (`helm template <chart>` or `kubectl kustomize <dir>`) and fix the error it reports. Vendor chart dependencies into `charts/` (`helm dependency build`), since kubegate renders offline. When helm or kubectl is missing, install it or point `render.helmBinary` / `KUBEGATE_HELM` at it; to not render at all, set `render: { helm: false }` in `.kubegate.yaml` or pass `--no-render`.',
  },
  {
    id: 'rbac-permission-gain',
    configurable: true,
    title: 'A subject gains a dangerous permission',
    severity: 'high',
    category: 'rbac',
    why: "On a pull request, kubegate computes every subject's effective RBAC permissions at the base and at the head (roles, aggregated cluster roles and bindings together) and reports each dangerous permission a user, group or service account gains: wildcards, escalate, bind and impersonate, reading secrets, exec into pods, ephemeral containers, nodes/proxy, minting tokens, and creating workloads (which run as any service account of the namespace). One binding can grant all of that, and it is easy to miss in a diff that only adds a subject to a list.",
    fix: 'Grant the narrowest role that does the job: name the resources and verbs, bind a Role in one namespace rather than a ClusterRole across the cluster, and use `resourceNames` for secrets. If the gain is intended, have it reviewed (a `reviews` requirement with `when: { rbac: dangerous }` asks for that) or waive it on the binding:\n\n```yaml\nkind: RoleBinding\nmetadata:\n  name: deployer\n  annotations:\n    waive.kubegate.io/rbac-permission-gain: "CI deploys releases here; ticket SEC-42 expires=2027-03-01"\n```',
  },
];

export interface SystemFindingFields {
  message: string;
  location: Location;
  resource?: string;
  element?: string;
  fieldPath?: string;
}

/**
 * A finding of one of the engine's own rules, with that rule's title and severity. The
 * fingerprint comes from `identity`, which must leave out line numbers.
 */
export function systemFinding(ruleId: SystemRuleId, fields: SystemFindingFields, identity: readonly string[]): Finding {
  const rule = SYSTEM_RULES.find((r) => r.id === ruleId);
  return {
    ruleId,
    severity: rule?.severity ?? 'high',
    title: rule?.title ?? ruleId,
    resource: '',
    fieldPath: '',
    ...fields,
    fingerprint: fingerprintOf([ruleId, ...identity]),
  };
}

/**
 * The config's `rules.disabled`, `rules.categories` and `rules.severity` applied to findings
 * of configurable engine rules.
 */
export function withRuleSettings(
  findings: readonly Finding[],
  settings: Pick<RuleSettings, 'disabled' | 'categories' | 'severity'>,
): Finding[] {
  const categoryOf = (id: string) => SYSTEM_RULES.find((r) => r.id === id)?.category ?? '';
  const kept = findings.filter((f) =>
    ruleEnabled(settings, { id: f.ruleId, category: categoryOf(f.ruleId) }),
  );
  for (const f of kept) f.severity = settings.severity[f.ruleId] ?? f.severity;
  return kept;
}
