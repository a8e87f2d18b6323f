/**
 * A rule's category: what it protects. The config can turn a whole category off
 * (`rules.categories` in config/config-schema.json, whose keys must be these), and the rule
 * schema accepts only these. `reliability` is not about security: checks most peers share
 * (probes, resource requests), low by default.
 */
export const RULE_CATEGORIES = [
  'rbac',
  'workload-identity',
  'workload-hardening',
  'exposure',
  'secrets',
  'isolation',
  'control-plane',
  'admission',
  'admission-policy',
  'reliability',
] as const;

export type RuleCategory = (typeof RULE_CATEGORIES)[number];
