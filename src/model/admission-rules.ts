// The findings of a repository's own ValidatingAdmissionPolicies (evaluate/admission/) are
// rules named after their policies: `vap/<policy name>`, so that the config, waivers and
// review requirements (`when: { rules: ["vap/*"] }`) address them as any other rule.

export const ADMISSION_RULE_PREFIX = 'vap/';

/** The rule id of an admission policy's findings. */
export const admissionRuleId = (policyName: string): string =>
  `${ADMISSION_RULE_PREFIX}${policyName}`;

/** True for the rule id of an admission policy's findings. */
export const isAdmissionRule = (ruleId: string): boolean =>
  ruleId.startsWith(ADMISSION_RULE_PREFIX);

/** Said of a policy read from a pull request's base commit, where its lines may have moved. */
export const FROM_BASE = ', as in the base commit';
