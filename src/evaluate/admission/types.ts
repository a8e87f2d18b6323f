// The engine's public shapes. Manifests are untyped JSON, so every object that comes in is
// `Manifest` (a plain record) and is read field by field in policy-objects.ts.

/** A parsed Kubernetes object (YAML or JSON), as it appears in a manifest. */
export type Manifest = Record<string, unknown>;

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';
export type FailurePolicy = 'Fail' | 'Ignore';
export type ValidationAction = 'Deny' | 'Warn' | 'Audit';
export type MatchPolicy = 'Exact' | 'Equivalent';
export type Scope = 'Cluster' | 'Namespaced' | '*';

/** A compiled CEL expression: callable with the variables, with its syntax tree. */
export interface CelProgram {
  (context: Record<string, unknown>): unknown;
  readonly ast: unknown;
}

/** What the engine needs of a CEL environment: cel-js's `Environment` satisfies it, and so
 * will the Kubernetes CEL environment (quantity, IP, url... libraries) built elsewhere. */
export interface CelEnvironment {
  parse(expression: string): CelProgram;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values: string[];
}

export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: LabelSelectorRequirement[];
}

export interface ResourceRule {
  apiGroups: string[];
  apiVersions: string[];
  resources: string[];
  operations: string[];
  resourceNames: string[];
  scope: Scope;
}

export interface MatchResources {
  namespaceSelector: LabelSelector;
  objectSelector: LabelSelector;
  resourceRules: ResourceRule[];
  excludeResourceRules: ResourceRule[];
  matchPolicy: MatchPolicy;
}

export interface NamedExpression {
  name: string;
  expression: string;
}

export interface Validation {
  expression: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
}

export interface AuditAnnotation {
  key: string;
  valueExpression: string;
}

export interface ParamKind {
  apiVersion: string;
  kind: string;
}

export interface ValidatingAdmissionPolicy {
  name: string;
  failurePolicy: FailurePolicy;
  /** undefined when the policy has none: the API server requires it, and matches nothing. */
  matchConstraints?: MatchResources;
  paramKind?: ParamKind;
  matchConditions: NamedExpression[];
  variables: NamedExpression[];
  validations: Validation[];
  auditAnnotations: AuditAnnotation[];
  /** The manifest it was read from. */
  source: Manifest;
}

export interface ParamRef {
  name?: string;
  namespace?: string;
  selector?: LabelSelector;
  parameterNotFoundAction: 'Allow' | 'Deny';
}

export interface ValidatingAdmissionPolicyBinding {
  name: string;
  policyName: string;
  paramRef?: ParamRef;
  /** undefined when unset: the binding then validates everything its policy matches. */
  matchResources?: MatchResources;
  validationActions: ValidationAction[];
  source: Manifest;
}

/** A policy or binding that the API server would refuse to store, and why. */
export interface PolicyProblem {
  kind: 'ValidatingAdmissionPolicy' | 'ValidatingAdmissionPolicyBinding';
  name: string;
  /** The field at fault, e.g. `spec.validations[0].expression`. */
  field: string;
  message: string;
}

/** An object under admission: a manifest of the pull request. */
export interface AdmissionObject {
  object: Manifest;
  /** The base commit's version, for UPDATE. */
  oldObject?: Manifest;
  operation: Operation;
  /** The namespace it will be created in when the manifest does not say (a Helm release's
   * namespace, say). Without either, a namespaced object goes to `default`, as kubectl does. */
  namespace?: string;
  /** Whatever the caller wants back on the verdicts (a file and document, a resource id). */
  ref?: unknown;
}

/** The identity making the request, when the caller knows it (the deploy bot, say). */
export interface UserInfo {
  username: string;
  uid?: string;
  groups: string[];
  extra?: Record<string, string[]>;
}

export interface AdmissionInput {
  objects: AdmissionObject[];
  /** ValidatingAdmissionPolicy manifests. */
  policies: Manifest[];
  /** ValidatingAdmissionPolicyBinding manifests. */
  bindings: Manifest[];
  /** Known namespaces: a name to its labels, or to its Namespace manifest. */
  namespaces: Map<string, Record<string, string> | Manifest>;
  /** Candidate parameter objects (ConfigMaps, custom resources...). */
  paramObjects: Manifest[];
  celEnvironment: CelEnvironment;
  /** CustomResourceDefinitions, for the plural and the scope of custom kinds. */
  customResourceDefinitions?: Manifest[];
  /** The requesting identity; unknown by default, and expressions reading
   * `request.userInfo` then cannot be evaluated offline. */
  userInfo?: UserInfo;
}

/** Where a verdict comes from within its policy. */
export type VerdictSource =
  | { type: 'validation'; index: number }
  | { type: 'matchCondition'; name: string }
  | { type: 'auditAnnotation'; key: string }
  | { type: 'param' };

export interface VerdictParam {
  name: string;
  namespace?: string;
}

export interface AdmissionVerdict {
  /**
   * violation: a validation evaluated to false.
   * error: an expression or the configuration failed; `failure` says what the API server
   * does about it.
   * needs-cluster: the expression reads something only a cluster knows (`authorizer`,
   * `request.userInfo` when no user is given): not evaluated, never taken as a pass.
   */
  kind: 'violation' | 'error' | 'needs-cluster';
  policy: string;
  binding: string;
  /** Index of the object in the input, and the caller's ref for it. */
  objectIndex: number;
  ref?: unknown;
  param?: VerdictParam;
  source: VerdictSource;
  /** What the API server does: the binding's validationActions, or [] when ignored. */
  actions: ValidationAction[];
  message: string;
  /** The status reason: the validation's reason, `Invalid` by default. */
  reason: string;
  /** The field the expression reads, deepest that exists in the object; [] for the object. */
  fieldPath: string[];
  /** The namespace's labels were not known: the binding was taken to match. */
  namespaceLabelsUnknown: boolean;
  /** Audit annotations produced by the same evaluation (keys prefixed with the policy). */
  auditAnnotations: Record<string, string>;
  /** For errors: the failurePolicy, whether the error is enforced or ignored, and why. */
  failure?: { failurePolicy: FailurePolicy; outcome: 'enforced' | 'ignored'; why: string };
}

/** An audit annotation the API server would add to the request's audit event. */
export interface AuditAnnotationRecord {
  policy: string;
  objectIndex: number;
  ref?: unknown;
  /** `<policy name>/<key>`, as in the audit event. */
  key: string;
  /** Distinct values from several bindings or params are joined with ", ". */
  value: string;
}

export interface AdmissionResult {
  verdicts: AdmissionVerdict[];
  auditAnnotations: AuditAnnotationRecord[];
  problems: PolicyProblem[];
}
