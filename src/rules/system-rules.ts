import type { RuleSpec } from './rule.js';

/** Findings the engine itself produces: they have rule metadata like any other. */
export const SYSTEM_RULES: Omit<RuleSpec, 'check' | 'match'>[] = [
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
];
