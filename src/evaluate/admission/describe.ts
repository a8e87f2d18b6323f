// What each binding matches, for `kubegate policies`: the policies and bindings read, the
// params each policy's paramKind finds among the scanned objects, and per binding the
// objects it would validate, with the params it would use for each.
import { loadPolicies } from './load.js';
import { paramIdentity, paramsOfKind, resolveParams } from './params.js';
import { bindingMatches, knownNamespaces } from './requests.js';
import { ResourceMapper } from './resources.js';
import type {
  AdmissionInput,
  FailurePolicy,
  ParamKind,
  ParamRef,
  PolicyProblem,
  ValidationAction,
  VerdictParam,
} from './types.js';

export interface PolicyDescription {
  name: string;
  failurePolicy: FailurePolicy;
  paramKind?: ParamKind;
  /** Objects of the paramKind among the scanned objects. */
  paramsFound: VerdictParam[];
  bindings: string[];
}

export interface BindingMatchDescription {
  objectIndex: number;
  ref?: unknown;
  namespaceLabelsUnknown: boolean;
  /** The params used for this object ([] with `Allow`: not evaluated), or why none can be. */
  params: VerdictParam[];
  paramError?: string;
}

export interface BindingDescription {
  name: string;
  policy: string;
  /** False when no policy of that name was read: the binding then does nothing. */
  policyFound: boolean;
  validationActions: ValidationAction[];
  paramRef?: ParamRef;
  matches: BindingMatchDescription[];
}

export interface PoliciesDescription {
  policies: PolicyDescription[];
  bindings: BindingDescription[];
  problems: PolicyProblem[];
}

export function describePolicies(input: AdmissionInput): PoliciesDescription {
  const loaded = loadPolicies(input);
  const mapper = new ResourceMapper(input.customResourceDefinitions);
  const policies = loaded.policies.map(({ policy }): PolicyDescription => {
    const d: PolicyDescription = {
      name: policy.name,
      failurePolicy: policy.failurePolicy,
      paramsFound: policy.paramKind
        ? paramsOfKind(policy.paramKind, input.paramObjects).map(paramIdentity)
        : [],
      bindings: (loaded.bindingsByPolicy.get(policy.name) ?? []).map((b) => b.name),
    };
    if (policy.paramKind) d.paramKind = policy.paramKind;
    return d;
  });
  const names = new Set(policies.map((p) => p.name));
  const bindings = new Map(
    loaded.bindings.map((b): [string, BindingDescription] => {
      const d: BindingDescription = {
        name: b.name,
        policy: b.policyName,
        policyFound: names.has(b.policyName),
        validationActions: b.validationActions,
        matches: [],
      };
      if (b.paramRef) d.paramRef = b.paramRef;
      return [b.name, d];
    }),
  );
  for (const m of bindingMatches(input, loaded, mapper, knownNamespaces(input))) {
    const ref = input.objects[m.objectIndex].ref;
    const r = resolveParams(
      m.policy.paramKind,
      m.binding.paramRef,
      m.attributes.namespace,
      input.paramObjects,
      mapper,
    );
    const match: BindingMatchDescription = {
      objectIndex: m.objectIndex,
      namespaceLabelsUnknown: m.namespaceLabelsUnknown,
      params: (r.params ?? []).filter((p) => p !== null).map(paramIdentity),
    };
    if (ref !== undefined) match.ref = ref;
    if (r.error !== undefined) match.paramError = r.error;
    bindings.get(m.binding.name)?.matches.push(match);
  }
  return { policies, bindings: [...bindings.values()], problems: loaded.problems };
}
