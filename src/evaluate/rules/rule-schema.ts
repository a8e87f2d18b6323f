import { RULE_CATEGORIES } from '../../model/rule-categories.js';

// JSON schema of a rule file (rules/<category>/<id>.yaml). Unknown keys are errors, so a
// typo in a custom rule is reported instead of silently ignored.
export const RULE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'severity', 'category', 'match', 'why', 'fix'],
  // A rule is a CEL check on one object, or (built-in only) a cross-resource analyser.
  oneOf: [{ required: ['check'] }, { required: ['analyser'] }],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    title: { type: 'string', minLength: 5 },
    severity: { enum: ['critical', 'high', 'medium', 'low'] },
    category: { enum: RULE_CATEGORIES },
    match: {
      type: 'object',
      additionalProperties: false,
      required: ['kinds'],
      properties: {
        kinds: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        // On workloads, only those whose container command ends with one of these binaries
        // (control-plane static pods): ordinary workloads skip the rule without running it.
        commands: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      },
    },
    forEach: { enum: ['container', 'containerPort', 'envVar', 'volume', 'policyRule', 'subject'] },
    check: { type: 'string', minLength: 1 },
    analyser: { enum: ['exposure', 'identity', 'isolation'] },
    // Off until the config sets one of these params (a non-empty list or map): a scan with
    // the defaults does not run the rule at all.
    enabledByParams: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    field: { type: 'array', items: { type: 'string', minLength: 1 } },
    message: { type: 'string' },
    // CEL giving a violation's message (src/evaluate/rules/rule.ts).
    messageExpression: { type: 'string', minLength: 1 },
    why: { type: 'string', minLength: 20 },
    fix: { type: 'string', minLength: 20 },
    references: { type: 'array', items: { type: 'string', pattern: '^https?://' } },
    tags: { type: 'array', items: { type: 'string' } },
    // Its findings on a workload assume the service-account token is mounted (rule.ts).
    ifTokenUnneeded: { type: 'boolean' },
    // A narrower, less severe case of the violation (src/evaluate/rules/rule.ts, RuleCap).
    cap: {
      type: 'object',
      additionalProperties: false,
      required: ['when', 'severity'],
      properties: {
        when: { type: 'string', minLength: 1 },
        severity: { enum: ['critical', 'high', 'medium', 'low'] },
        messageExpression: { type: 'string', minLength: 1 },
      },
    },
    suggest: {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'value'],
      properties: {
        key: { type: 'string', minLength: 1 },
        value: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
      },
    },
  },
} as const;
