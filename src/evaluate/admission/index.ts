// The ValidatingAdmissionPolicy engine: a repository's own admission policies evaluated on
// the objects of a pull request, with the API server's semantics, offline and pure. The CEL
// environment is a parameter, so the Kubernetes CEL libraries plug in without this folder
// depending on them.
export {
  createAdmissionEngine,
  evaluateAdmission,
  denialMessage,
  type AdmissionEngine,
  type AdmissionSetup,
} from './engine.js';
export { describePolicies } from './describe.js';
export type {
  BindingDescription,
  BindingMatchDescription,
  PoliciesDescription,
  PolicyDescription,
} from './describe.js';
export {
  ADMISSION_BINDING_KIND,
  ADMISSION_POLICY_KIND,
  isAdmissionPolicy,
  isAdmissionPolicyBinding,
  readBinding,
  readPolicy,
} from './policy-objects.js';
export { objectReads, deepestExistingRead } from './field-reads.js';
export { nameOf } from './fields.js';
export { guessResource, ResourceMapper, type ResourceInfo } from './resources.js';
export { selectorMatches } from './label-selector.js';
export type * from './types.js';
