import { namespaceIn, RELEASE_NAMESPACE, UNSET_NAMESPACE } from '../../model/namespaces.js';
import type { JsonObject, JsonValue } from '../../model/types.js';

// The effective RBAC permissions of every subject, computed from the Roles, ClusterRoles
// (aggregation included) and bindings in a set of manifests. A permission is one atom:
// (scope, API group, resource, verb, resource name); wildcards stay as `*` atoms, because
// "may do anything to anything" is exactly what a reviewer must see, not an expansion.

/** `cluster` or `namespace <name>`. */
export type Scope = string;

export interface Grant {
  scope: Scope;
  apiGroup: string;
  /** `pods`, `pods/exec`, `*`, or `url:/healthz` for non-resource URLs. */
  resource: string;
  verb: string;
  /** Empty for every object of the resource. */
  resourceName: string;
}

/** Where a grant comes from: the binding and the role it refers to. */
export interface GrantSource {
  binding: string;
  role: string;
}

/** A subject key: `User alice`, `Group system:masters`, `ServiceAccount ci/deployer`. */
export type Subject = string;

export type PermissionMap = Map<Subject, Map<string, { grant: Grant; sources: GrantSource[] }>>;

/** An RBAC object and a label for it in messages (kind/namespace/name). */
export interface RbacObject {
  object: JsonObject;
  id: string;
}

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

/** ClusterRoles that Kubernetes ships and manifests bind without defining. */
const BUILT_IN_CLUSTER_ROLES: Record<string, PolicyRule[]> = {
  'cluster-admin': [
    { apiGroups: ['*'], resources: ['*'], verbs: ['*'], resourceNames: [], nonResourceURLs: [] },
    { apiGroups: [], resources: [], verbs: ['*'], resourceNames: [], nonResourceURLs: ['*'] },
  ],
};

const strings = (v: JsonValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const asObject = (v: JsonValue | undefined): JsonObject | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;

export function rulesOf(object: JsonObject): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const r of Array.isArray(object.rules) ? object.rules : []) {
    const o = asObject(r);
    if (!o) continue;
    out.push({
      apiGroups: strings(o.apiGroups),
      resources: strings(o.resources),
      verbs: strings(o.verbs),
      resourceNames: strings(o.resourceNames),
      nonResourceURLs: strings(o.nonResourceURLs),
    });
  }
  return out;
}

function metadata(object: JsonObject): { name: string; namespace: string } {
  const m = asObject(object.metadata) ?? {};
  return {
    name: typeof m.name === 'string' ? m.name : '',
    namespace: typeof m.namespace === 'string' ? namespaceIn(m.namespace) : '',
  };
}

/** An object's string labels (what aggregation selectors match). */
function labelsOf(object: JsonObject): Record<string, string> {
  const labels: Record<string, string> = {};
  const m = asObject(object.metadata);
  for (const [k, v] of Object.entries(asObject(m?.labels) ?? {})) {
    if (typeof v === 'string') labels[k] = v;
  }
  return labels;
}

/** True when a label selector (matchLabels / matchExpressions) selects `labels`. */
export function selects(selector: JsonObject, labels: Record<string, string>): boolean {
  const matchLabels = asObject(selector.matchLabels) ?? {};
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const e of expressions) {
    const x = asObject(e);
    if (!x || typeof x.key !== 'string') return false;
    const values = strings(x.values);
    const has = Object.hasOwn(labels, x.key);
    const ok =
      x.operator === 'In'
        ? has && values.includes(labels[x.key])
        : x.operator === 'NotIn'
          ? !has || !values.includes(labels[x.key])
          : x.operator === 'Exists'
            ? has
            : x.operator === 'DoesNotExist'
              ? !has
              : false;
    if (!ok) return false;
  }
  return true;
}

const ruleKey = (r: PolicyRule): string => JSON.stringify(r);

/**
 * ClusterRole name -> rules, with aggregated ClusterRoles resolved as the aggregation
 * controller leaves them: an aggregated ClusterRole's rules are the union of the rules of
 * every other ClusterRole its selectors match, and its own `rules` are overwritten (the API
 * reference: "direct changes to Rules will be stomped by the controller"). Aggregated roles
 * that select aggregated roles (admin -> edit -> view) are followed until nothing changes.
 */
export function clusterRoleRules(objects: readonly RbacObject[]): Map<string, PolicyRule[]> {
  const clusterRoles = objects.filter((o) => o.object.kind === 'ClusterRole');
  const out = new Map<string, PolicyRule[]>(Object.entries(BUILT_IN_CLUSTER_ROLES));
  const aggregated: { name: string; selectors: JsonObject[] }[] = [];
  for (const { object } of clusterRoles) {
    const name = metadata(object).name;
    const aggregation = asObject(object.aggregationRule);
    if (!aggregation) {
      out.set(name, rulesOf(object));
      continue;
    }
    const selectors = (
      Array.isArray(aggregation.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []
    )
      .map(asObject)
      .filter((s): s is JsonObject => s !== undefined);
    aggregated.push({ name, selectors });
    out.set(name, []);
  }
  for (let round = 0, changed = true; changed && round <= aggregated.length; round++) {
    changed = false;
    for (const { name, selectors } of aggregated) {
      const rules = new Map<string, PolicyRule>();
      for (const c of clusterRoles) {
        const other = metadata(c.object).name;
        const labels = labelsOf(c.object);
        if (other === name || !selectors.some((s) => selects(s, labels))) continue;
        for (const r of out.get(other) ?? []) rules.set(ruleKey(r), r);
      }
      const before = (out.get(name) ?? []).map(ruleKey).join('\n');
      if ([...rules.keys()].join('\n') !== before) {
        out.set(name, [...rules.values()]);
        changed = true;
      }
    }
  }
  return out;
}

export const grantKey = (g: Grant): string =>
  `${g.scope}\u0000${g.apiGroup}\u0000${g.resource}\u0000${g.verb}\u0000${g.resourceName}`;

export { UNSET_NAMESPACE };

/**
 * Built-in resources that are not namespaced. A RoleBinding grants nothing on them, even
 * through a ClusterRole that names them: "a RoleBinding ... grants permissions within a
 * specific namespace". (`namespaces` is not here: a RoleBinding in `x` does let a subject
 * get the Namespace `x` itself.)
 */
const CLUSTER_SCOPED = new Set([
  'nodes',
  'persistentvolumes',
  'componentstatuses',
  'clusterroles',
  'clusterrolebindings',
  'customresourcedefinitions',
  'apiservices',
  'mutatingwebhookconfigurations',
  'validatingwebhookconfigurations',
  'validatingadmissionpolicies',
  'validatingadmissionpolicybindings',
  'certificatesigningrequests',
  'storageclasses',
  'csidrivers',
  'csinodes',
  'volumeattachments',
  'priorityclasses',
  'runtimeclasses',
  'ingressclasses',
  'tokenreviews',
  'selfsubjectaccessreviews',
  'selfsubjectrulesreviews',
  'subjectaccessreviews',
  'flowschemas',
  'prioritylevelconfigurations',
]);

/**
 * One subject of a binding as a key (`ServiceAccount ci/deployer`, `Group x`), or undefined
 * for one that names nobody the permission model knows.
 */
export function subjectOf(
  subject: JsonValue | undefined,
  bindingNamespace: string | undefined,
): Subject | undefined {
  const o = asObject(subject);
  if (!o || typeof o.name !== 'string') return undefined;
  if (o.kind === 'ServiceAccount') {
    // Without a namespace, a ServiceAccount subject is the binding's own namespace's; a
    // ClusterRoleBinding has none, and the API server rejects the binding. A chart's
    // release namespace is one (the namespace its objects are applied to), only unknown.
    const own = typeof o.namespace === 'string' ? o.namespace : '';
    const ns = own === RELEASE_NAMESPACE ? UNSET_NAMESPACE : own || bindingNamespace;
    return ns !== undefined ? `ServiceAccount ${ns}/${o.name}` : undefined;
  }
  if (o.kind === 'User' || o.kind === 'Group') {
    // A service account's user name is system:serviceaccount:<namespace>:<name>.
    const sa = o.kind === 'User' ? SERVICE_ACCOUNT_USER.exec(o.name) : null;
    const ns = sa && sa[1] === RELEASE_NAMESPACE ? UNSET_NAMESPACE : sa?.[1];
    return sa ? `ServiceAccount ${ns}/${sa[2]}` : `${o.kind} ${o.name}`;
  }
  return undefined;
}

function subjectsOf(binding: JsonObject, bindingNamespace: string | undefined): Subject[] {
  const out: Subject[] = [];
  for (const s of Array.isArray(binding.subjects) ? binding.subjects : []) {
    const subject = subjectOf(s, bindingNamespace);
    if (subject !== undefined) out.push(subject);
  }
  return out;
}

const SERVICE_ACCOUNT_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;

/**
 * A binding whose grants the manifests do not tell, or tell only in part: its role is not
 * defined here (nor built in), or it is an aggregated ClusterRole whose selectors also take
 * in the cluster's built-in aggregate-to-* roles.
 */
export interface UnresolvedBinding {
  binding: string;
  role: string;
  subjects: Subject[];
  reason: string;
}

/** The labels of the built-in system:aggregate-to-{view,edit,admin} ClusterRoles. */
const BUILT_IN_AGGREGATED_LABELS = ['view', 'edit', 'admin'].map((to) => ({
  'kubernetes.io/bootstrapping': 'rbac-defaults',
  [`rbac.authorization.k8s.io/aggregate-to-${to}`]: 'true',
}));

/** Aggregated ClusterRoles whose selectors match built-in ClusterRoles, by name. */
function aggregatingBuiltIns(objects: readonly RbacObject[]): Set<string> {
  const out = new Set<string>();
  for (const { object } of objects) {
    const aggregation =
      object.kind === 'ClusterRole' ? asObject(object.aggregationRule) : undefined;
    const selectors = Array.isArray(aggregation?.clusterRoleSelectors)
      ? aggregation.clusterRoleSelectors
      : [];
    const builtIn = selectors.some((s) => {
      const selector = asObject(s);
      return selector && BUILT_IN_AGGREGATED_LABELS.some((l) => selects(selector, l));
    });
    if (builtIn) out.add(metadata(object).name);
  }
  return out;
}

interface Binding {
  id: string;
  clusterWide: boolean;
  namespace: string;
  role: string;
  rules: PolicyRule[] | undefined;
  subjects: Subject[];
}

/**
 * RBAC objects only: a `Role` or `RoleBinding` of another API group (a CRD's) is not one. A
 * manifest without apiVersion is kept, as its author meant RBAC (the API server would ask
 * for the field; the permissions are worth showing before it does).
 */
export const isRbac = ({ object }: RbacObject): boolean =>
  object.apiVersion === undefined ||
  (typeof object.apiVersion === 'string' &&
    object.apiVersion.startsWith('rbac.authorization.k8s.io/'));

function bindingsOf(all: readonly RbacObject[]): Binding[] {
  const objects = all.filter(isRbac);
  const clusterRules = clusterRoleRules(objects);
  const roleRules = new Map<string, PolicyRule[]>();
  for (const { object } of objects) {
    if (object.kind !== 'Role') continue;
    const m = metadata(object);
    roleRules.set(`${m.namespace || UNSET_NAMESPACE}/${m.name}`, rulesOf(object));
  }
  const out: Binding[] = [];
  for (const { object, id } of objects) {
    if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding') continue;
    const ref = asObject(object.roleRef);
    if (!ref || typeof ref.name !== 'string') continue;
    const clusterWide = object.kind === 'ClusterRoleBinding';
    const namespace = metadata(object).namespace || UNSET_NAMESPACE;
    out.push({
      id,
      clusterWide,
      namespace,
      role: `${String(ref.kind)}/${ref.name}`,
      rules:
        ref.kind === 'ClusterRole'
          ? clusterRules.get(ref.name)
          : ref.kind === 'Role' && !clusterWide
            ? roleRules.get(`${namespace}/${ref.name}`)
            : undefined,
      subjects: subjectsOf(object, clusterWide ? undefined : namespace),
    });
  }
  return out;
}

/** The bindings whose grants `objects` do not tell in full (see UnresolvedBinding). */
export function unresolvedBindings(objects: readonly RbacObject[]): UnresolvedBinding[] {
  const partial = aggregatingBuiltIns(objects.filter(isRbac));
  return bindingsOf(objects).flatMap(({ id, role, rules, subjects }) => {
    const reason =
      rules === undefined
        ? 'its role is not defined in these manifests: it grants nothing known here'
        : partial.has(role.replace(/^ClusterRole\//, '')) && role.startsWith('ClusterRole/')
          ? "its ClusterRole aggregates the cluster's built-in aggregate-to-* roles too: it grants more than shown"
          : '';
    return reason ? [{ binding: id, role, subjects, reason }] : [];
  });
}

/** Every subject's grants, with the bindings and roles they come from. */
export function effectivePermissions(objects: readonly RbacObject[]): PermissionMap {
  const map: PermissionMap = new Map();
  for (const b of bindingsOf(objects)) {
    if (!b.rules) continue; // a role defined elsewhere: nothing known to compare
    const scope: Scope = b.clusterWide ? 'cluster' : `namespace ${b.namespace}`;
    const source: GrantSource = { binding: b.id, role: b.role };
    for (const subject of b.subjects) {
      let grants = map.get(subject);
      if (!grants) map.set(subject, (grants = new Map()));
      for (const rule of b.rules) {
        for (const grant of expand(rule, scope)) {
          const key = grantKey(grant);
          const entry = grants.get(key);
          if (entry) entry.sources.push(source);
          else grants.set(key, { grant, sources: [source] });
        }
      }
    }
  }
  return map;
}

/** `pods` for `pods/exec`. */
function topResource(resource: string): string {
  const slash = resource.indexOf('/');
  return slash < 0 ? resource : resource.slice(0, slash);
}

export function expand(rule: PolicyRule, scope: Scope): Grant[] {
  const out: Grant[] = [];
  const names = rule.resourceNames.length ? rule.resourceNames : [''];
  const namespaced = scope !== 'cluster';
  for (const verb of rule.verbs) {
    for (const apiGroup of rule.apiGroups) {
      for (const resource of rule.resources) {
        // A RoleBinding grants nothing on cluster-scoped resources.
        if (namespaced && CLUSTER_SCOPED.has(topResource(resource))) continue;
        for (const resourceName of names)
          out.push({ scope, apiGroup, resource, verb, resourceName });
      }
    }
    // Non-resource URLs only mean something cluster-wide.
    if (!namespaced) {
      for (const url of rule.nonResourceURLs) {
        out.push({ scope, apiGroup: '', resource: `url:${url}`, verb, resourceName: '' });
      }
    }
  }
  return out;
}
