// Reads ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding manifests into typed
// structures, applying the API server's defaults (failurePolicy Fail, matchPolicy
// Equivalent, scope *) and collecting what its validation would reject as problems. A
// problem never throws: the caller reports it, and evaluates what can be evaluated.
import { isRecord, list, metadata, record, str, strList } from './fields.js';
import { readLabelSelector } from './label-selector.js';
import type {
  AuditAnnotation,
  Manifest,
  MatchResources,
  NamedExpression,
  ParamKind,
  ParamRef,
  PolicyProblem,
  ResourceRule,
  Scope,
  ValidatingAdmissionPolicy,
  ValidatingAdmissionPolicyBinding,
  Validation,
  ValidationAction,
} from './types.js';

export const ADMISSION_POLICY_KIND = 'ValidatingAdmissionPolicy';
export const ADMISSION_BINDING_KIND = 'ValidatingAdmissionPolicyBinding';
const ACTIONS = new Set<string>(['Deny', 'Warn', 'Audit']);
const REASONS = new Set(['Unauthorized', 'Forbidden', 'Invalid', 'RequestEntityTooLarge']);
const OPERATIONS = new Set(['*', 'CREATE', 'UPDATE', 'DELETE', 'CONNECT']);

export function isAdmissionPolicy(o: Manifest): boolean {
  return (
    o.kind === ADMISSION_POLICY_KIND &&
    String(o.apiVersion).startsWith('admissionregistration.k8s.io/')
  );
}

export function isAdmissionPolicyBinding(o: Manifest): boolean {
  return (
    o.kind === ADMISSION_BINDING_KIND &&
    String(o.apiVersion).startsWith('admissionregistration.k8s.io/')
  );
}

function readRule(v: unknown, at: string, issues: string[]): ResourceRule | undefined {
  if (!isRecord(v)) {
    issues.push(`${at}: a rule must be an object`);
    return undefined;
  }
  const scope = str(v.scope) ?? '*';
  if (scope !== '*' && scope !== 'Cluster' && scope !== 'Namespaced')
    issues.push(`${at}.scope: must be Cluster, Namespaced or *`);
  const rule: ResourceRule = {
    apiGroups: strList(v.apiGroups),
    apiVersions: strList(v.apiVersions),
    resources: strList(v.resources),
    operations: strList(v.operations),
    resourceNames: strList(v.resourceNames),
    scope: scope as Scope,
  };
  for (const f of ['apiGroups', 'apiVersions', 'resources', 'operations'] as const)
    if (rule[f].length === 0) issues.push(`${at}.${f}: required`);
  for (const op of rule.operations)
    if (!OPERATIONS.has(op)) issues.push(`${at}.operations: unknown operation ${op}`);
  return rule;
}

function readMatchResources(v: unknown, at: string, issues: string[]): MatchResources {
  const r = record(v) ?? {};
  const rules = (key: 'resourceRules' | 'excludeResourceRules') =>
    list(r[key])
      .map((x, i) => readRule(x, `${at}.${key}[${i}]`, issues))
      .filter((x): x is ResourceRule => x !== undefined);
  const matchPolicy = str(r.matchPolicy) ?? 'Equivalent';
  if (matchPolicy !== 'Exact' && matchPolicy !== 'Equivalent')
    issues.push(`${at}.matchPolicy: must be Exact or Equivalent`);
  return {
    namespaceSelector: readLabelSelector(r.namespaceSelector, `${at}.namespaceSelector`, issues),
    objectSelector: readLabelSelector(r.objectSelector, `${at}.objectSelector`, issues),
    resourceRules: rules('resourceRules'),
    excludeResourceRules: rules('excludeResourceRules'),
    matchPolicy: matchPolicy === 'Exact' ? 'Exact' : 'Equivalent',
  };
}

/** A list of {<id>, <expression>} entries with unique ids: matchConditions and variables
 * (name, expression), auditAnnotations (key, valueExpression). */
function readKeyed(
  v: unknown,
  at: string,
  idField: string,
  expressionField: string,
  issues: string[],
): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  list(v).forEach((x, i) => {
    const id = isRecord(x) ? str(x[idField]) : undefined;
    const expression = isRecord(x) ? str(x[expressionField]) : undefined;
    if (!id || !expression) {
      issues.push(`${at}[${i}]: needs ${idField} and ${expressionField}`);
      return;
    }
    if (seen.has(id)) issues.push(`${at}[${i}].${idField}: duplicate ${idField} ${id}`);
    seen.add(id);
    out.push([id, expression]);
  });
  return out;
}

function readNamed(v: unknown, at: string, issues: string[]): NamedExpression[] {
  return readKeyed(v, at, 'name', 'expression', issues).map(([name, expression]) => ({
    name,
    expression,
  }));
}

function readValidations(v: unknown, issues: string[]): Validation[] {
  const out: Validation[] = [];
  list(v).forEach((x, i) => {
    const at = `spec.validations[${i}]`;
    const expression = isRecord(x) ? str(x.expression) : undefined;
    if (!isRecord(x) || !expression) {
      issues.push(`${at}.expression: required`);
      // Keep the index aligned with the manifest's: verdicts name validations by index.
      out.push({ expression: '' });
      return;
    }
    const validation: Validation = { expression };
    const message = str(x.message);
    if (message !== undefined) {
      if (message.includes('\n')) issues.push(`${at}.message: must be a single line`);
      validation.message = message;
    }
    const messageExpression = str(x.messageExpression);
    if (messageExpression !== undefined) validation.messageExpression = messageExpression;
    const reason = str(x.reason);
    if (reason !== undefined) {
      if (!REASONS.has(reason))
        issues.push(`${at}.reason: must be one of ${[...REASONS].join(', ')}`);
      validation.reason = reason;
    }
    out.push(validation);
  });
  return out;
}

function readAuditAnnotations(v: unknown, issues: string[]): AuditAnnotation[] {
  const entries = readKeyed(v, 'spec.auditAnnotations', 'key', 'valueExpression', issues);
  return entries.map(([key, valueExpression]) => ({ key, valueExpression }));
}

/** Issues read as "field: message"; the problem keeps them apart. */
function toProblems(kind: PolicyProblem['kind'], name: string, issues: string[]): PolicyProblem[] {
  return issues.map((issue) => {
    const colon = issue.indexOf(': ');
    return { kind, name, field: issue.slice(0, colon), message: issue.slice(colon + 2) };
  });
}

export function readPolicy(o: Manifest): {
  policy?: ValidatingAdmissionPolicy;
  problems: PolicyProblem[];
} {
  const name = str(metadata(o).name) ?? '';
  const spec = record(o.spec);
  const issues: string[] = [];
  if (!name) issues.push('metadata.name: required');
  if (!spec) {
    issues.push('spec: required');
    return { problems: toProblems(ADMISSION_POLICY_KIND, name, issues) };
  }
  const failurePolicy = str(spec.failurePolicy) ?? 'Fail';
  if (failurePolicy !== 'Fail' && failurePolicy !== 'Ignore')
    issues.push('spec.failurePolicy: must be Fail or Ignore');
  let matchConstraints: MatchResources | undefined;
  if (!isRecord(spec.matchConstraints)) issues.push('spec.matchConstraints: required');
  else {
    matchConstraints = readMatchResources(spec.matchConstraints, 'spec.matchConstraints', issues);
    if (matchConstraints.resourceRules.length === 0)
      issues.push('spec.matchConstraints.resourceRules: required');
  }
  let paramKind: ParamKind | undefined;
  const pk = record(spec.paramKind);
  if (pk) {
    const apiVersion = str(pk.apiVersion);
    const kind = str(pk.kind);
    if (apiVersion && kind) paramKind = { apiVersion, kind };
    else issues.push('spec.paramKind: needs apiVersion and kind');
  }
  const validations = readValidations(spec.validations, issues);
  const auditAnnotations = readAuditAnnotations(spec.auditAnnotations, issues);
  if (validations.length === 0 && auditAnnotations.length === 0)
    issues.push('spec.validations: validations and auditAnnotations may not both be empty');
  const policy: ValidatingAdmissionPolicy = {
    name,
    // An invalid value is reported above and taken as the default, Fail: failing closed.
    failurePolicy: failurePolicy === 'Ignore' ? 'Ignore' : 'Fail',
    matchConditions: readNamed(spec.matchConditions, 'spec.matchConditions', issues),
    variables: readNamed(spec.variables, 'spec.variables', issues),
    validations,
    auditAnnotations,
    source: o,
  };
  if (matchConstraints) policy.matchConstraints = matchConstraints;
  if (paramKind) policy.paramKind = paramKind;
  return {
    policy: name ? policy : undefined,
    problems: toProblems(ADMISSION_POLICY_KIND, name, issues),
  };
}

function readParamRef(v: unknown, issues: string[]): ParamRef | undefined {
  const r = record(v);
  if (!r) return undefined;
  const name = str(r.name);
  const hasSelector = isRecord(r.selector);
  if (name && hasSelector) issues.push('spec.paramRef: name and selector are mutually exclusive');
  if (!name && !hasSelector) issues.push('spec.paramRef: one of name or selector is required');
  const action = str(r.parameterNotFoundAction);
  // v1 requires the field; a missing one is reported and read as Allow, which is what the
  // API server's dispatcher does when it is unset (only Deny turns "none found" into an error).
  if (action === undefined) issues.push('spec.paramRef.parameterNotFoundAction: required');
  else if (action !== 'Allow' && action !== 'Deny')
    issues.push('spec.paramRef.parameterNotFoundAction: must be Allow or Deny');
  const ref: ParamRef = { parameterNotFoundAction: action === 'Deny' ? 'Deny' : 'Allow' };
  if (name) ref.name = name;
  const namespace = str(r.namespace);
  if (namespace) ref.namespace = namespace;
  if (hasSelector) ref.selector = readLabelSelector(r.selector, 'spec.paramRef.selector', issues);
  return ref;
}

export function readBinding(o: Manifest): {
  binding?: ValidatingAdmissionPolicyBinding;
  problems: PolicyProblem[];
} {
  const name = str(metadata(o).name) ?? '';
  const spec = record(o.spec) ?? {};
  const issues: string[] = [];
  if (!name) issues.push('metadata.name: required');
  const policyName = str(spec.policyName) ?? '';
  if (!policyName) issues.push('spec.policyName: required');
  const actions = strList(spec.validationActions);
  if (actions.length === 0) issues.push('spec.validationActions: required');
  for (const a of actions) if (!ACTIONS.has(a)) issues.push(`spec.validationActions: unknown ${a}`);
  if (new Set(actions).size !== actions.length)
    issues.push('spec.validationActions: duplicate actions');
  // The API server rejects this pair: it would repeat the failure in the response body and in
  // the warning headers (validating-admission-policy documentation, "Validation actions").
  const invalidPair = actions.includes('Deny') && actions.includes('Warn');
  if (invalidPair) issues.push('spec.validationActions: Deny and Warn may not be used together');
  const binding: ValidatingAdmissionPolicyBinding = {
    name,
    policyName,
    validationActions: [...new Set(actions.filter((a) => ACTIONS.has(a)))] as ValidationAction[],
    source: o,
  };
  const paramRef = readParamRef(spec.paramRef, issues);
  if (paramRef) binding.paramRef = paramRef;
  if (isRecord(spec.matchResources))
    binding.matchResources = readMatchResources(spec.matchResources, 'spec.matchResources', issues);
  // A binding the API server would not store enforces nothing: it is reported, not evaluated.
  const usable = name && policyName && binding.validationActions.length > 0 && !invalidPair;
  return {
    binding: usable ? binding : undefined,
    problems: toProblems(ADMISSION_BINDING_KIND, name, issues),
  };
}
