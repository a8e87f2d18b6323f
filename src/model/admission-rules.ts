// The findings of a repository's own ValidatingAdmissionPolicies (evaluate/admission/) are
// rules named after their policies: `vap/<policy name>`, so that the config, waivers and
// review requirements (`when: { rules: ["vap/*"] }`) address them as any other rule.

export const ADMISSION_RULE_PREFIX = 'vap/';

/** The rule id of an admission policy's findings. */
export const admissionRuleId = (policyName: string): string =>
  `${ADMISSION_RULE_PREFIX}${policyName}`;
