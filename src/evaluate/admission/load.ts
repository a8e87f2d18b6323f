// Reads and compiles the input's policies and bindings once, for evaluation and description.
import { compilePolicy, type CompiledPolicy } from './expressions.js';
import { ADMISSION_POLICY_KIND, readBinding, readPolicy } from './policy-objects.js';
import type {
  AdmissionInput,
  PolicyProblem,
  ValidatingAdmissionPolicy,
  ValidatingAdmissionPolicyBinding,
} from './types.js';

/** The policies and bindings of the input, read and compiled, with their problems. */
export interface LoadedPolicies {
  policies: { policy: ValidatingAdmissionPolicy; compiled: CompiledPolicy }[];
  bindingsByPolicy: Map<string, ValidatingAdmissionPolicyBinding[]>;
  bindings: ValidatingAdmissionPolicyBinding[];
  problems: PolicyProblem[];
}

export function loadPolicies(input: Omit<AdmissionInput, 'objects'>): LoadedPolicies {
  const problems: PolicyProblem[] = [];
  const policies: LoadedPolicies['policies'] = [];
  for (const manifest of input.policies) {
    const r = readPolicy(manifest);
    problems.push(...r.problems);
    if (!r.policy) continue;
    const compiled = compilePolicy(input.celEnvironment, r.policy, input.userInfo !== undefined);
    problems.push(...compileProblems(r.policy, compiled));
    policies.push({ policy: r.policy, compiled });
  }
  const bindings: ValidatingAdmissionPolicyBinding[] = [];
  const bindingsByPolicy = new Map<string, ValidatingAdmissionPolicyBinding[]>();
  for (const manifest of input.bindings) {
    const r = readBinding(manifest);
    problems.push(...r.problems);
    if (!r.binding) continue;
    bindings.push(r.binding);
    const list = bindingsByPolicy.get(r.binding.policyName) ?? [];
    list.push(r.binding);
    bindingsByPolicy.set(r.binding.policyName, list);
  }
  return { policies, bindings, bindingsByPolicy, problems };
}

/** The API server refuses to store a policy whose expressions do not compile; the engine
 * still evaluates the rest, and each broken expression gives an error verdict. */
function compileProblems(policy: ValidatingAdmissionPolicy, c: CompiledPolicy): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const add = (field: string, error: string | undefined) => {
    if (error !== undefined)
      out.push({
        kind: ADMISSION_POLICY_KIND,
        name: policy.name,
        field,
        message: `does not compile: ${error}`,
      });
  };
  policy.variables.forEach((v, i) =>
    add(`spec.variables[${i}].expression`, c.variables.get(v.name)?.compileError),
  );
  c.matchConditions.forEach((e, i) => add(`spec.matchConditions[${i}].expression`, e.compileError));
  c.validations.forEach((e, i) => add(`spec.validations[${i}].expression`, e.compileError));
  c.messages.forEach((e, i) => add(`spec.validations[${i}].messageExpression`, e?.compileError));
  c.auditAnnotations.forEach((e, i) =>
    add(`spec.auditAnnotations[${i}].valueExpression`, e.compileError),
  );
  return out;
}
