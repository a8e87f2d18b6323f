import type { JsonObject, JsonValue } from '../types.js';

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

interface PolicyRule {
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

function rulesOf(object: JsonObject): PolicyRule[] {
  const rules = Array.isArray(object.rules) ? object.rules : [];
  return rules.flatMap((r) => {
    const o = asObject(r);
    if (!o) return [];
    return [
      {
        apiGroups: strings(o.apiGroups),
        resources: strings(o.resources),
        verbs: strings(o.verbs),
        resourceNames: strings(o.resourceNames),
        nonResourceURLs: strings(o.nonResourceURLs),
      },
    ];
  });
}

function metadata(object: JsonObject): {
  name: string;
  namespace: string;
  labels: Record<string, string>;
} {
  const m = asObject(object.metadata) ?? {};
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(m.labels) ?? {})) {
    if (typeof v === 'string') labels[k] = v;
  }
  return {
    name: typeof m.name === 'string' ? m.name : '',
    namespace: typeof m.namespace === 'string' ? m.namespace : '',
    labels,
  };
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

/** ClusterRole name -> rules, with aggregated ClusterRoles resolved (one level, as the controller does). */
function clusterRoleRules(objects: readonly RbacObject[]): Map<string, PolicyRule[]> {
  const clusterRoles = objects.filter((o) => o.object.kind === 'ClusterRole');
  const out = new Map<string, PolicyRule[]>(Object.entries(BUILT_IN_CLUSTER_ROLES));
  for (const { object } of clusterRoles) out.set(metadata(object).name, rulesOf(object));
  for (const { object } of clusterRoles) {
    const aggregation = asObject(object.aggregationRule);
    if (!aggregation) continue;
    const selectors = (
      Array.isArray(aggregation.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []
    )
      .map(asObject)
      .filter((s): s is JsonObject => s !== undefined);
    const own = metadata(object).name;
    const aggregated = clusterRoles
      .filter((c) => metadata(c.object).name !== own)
      .filter((c) => selectors.some((s) => selects(s, metadata(c.object).labels)))
      .flatMap((c) => rulesOf(c.object));
    out.set(own, [...(out.get(own) ?? []), ...aggregated]);
  }
  return out;
}

export const grantKey = (g: Grant): string =>
  [g.scope, g.apiGroup, g.resource, g.verb, g.resourceName].join('\u0000');

function subjectsOf(binding: JsonObject, bindingNamespace: string): Subject[] {
  const subjects = Array.isArray(binding.subjects) ? binding.subjects : [];
  return subjects.flatMap((s) => {
    const o = asObject(s);
    if (!o || typeof o.name !== 'string') return [];
    if (o.kind === 'ServiceAccount') {
      const ns = typeof o.namespace === 'string' && o.namespace ? o.namespace : bindingNamespace;
      return [`ServiceAccount ${ns}/${o.name}`];
    }
    if (o.kind === 'User' || o.kind === 'Group') return [`${o.kind} ${o.name}`];
    return [];
  });
}

/** Every subject's grants, with the bindings and roles they come from. */
export function effectivePermissions(objects: readonly RbacObject[]): PermissionMap {
  const clusterRules = clusterRoleRules(objects);
  const roleRules = new Map<string, PolicyRule[]>();
  for (const { object } of objects) {
    if (object.kind !== 'Role') continue;
    const m = metadata(object);
    roleRules.set(`${m.namespace}/${m.name}`, rulesOf(object));
  }
  const map: PermissionMap = new Map();
  for (const { object, id } of objects) {
    if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding') continue;
    const m = metadata(object);
    const ref = asObject(object.roleRef);
    if (!ref || typeof ref.name !== 'string') continue;
    const clusterWide = object.kind === 'ClusterRoleBinding';
    const rules =
      ref.kind === 'ClusterRole'
        ? clusterRules.get(ref.name)
        : ref.kind === 'Role' && !clusterWide
          ? roleRules.get(`${m.namespace}/${ref.name}`)
          : undefined;
    if (!rules) continue; // a role defined elsewhere: nothing known to compare
    const scope: Scope = clusterWide ? 'cluster' : `namespace ${m.namespace}`;
    const source: GrantSource = { binding: id, role: `${String(ref.kind)}/${ref.name}` };
    for (const subject of subjectsOf(object, m.namespace)) {
      let grants = map.get(subject);
      if (!grants) map.set(subject, (grants = new Map()));
      for (const rule of rules) {
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

function expand(rule: PolicyRule, scope: Scope): Grant[] {
  const out: Grant[] = [];
  const names = rule.resourceNames.length ? rule.resourceNames : [''];
  for (const verb of rule.verbs) {
    for (const apiGroup of rule.apiGroups) {
      for (const resource of rule.resources) {
        for (const resourceName of names)
          out.push({ scope, apiGroup, resource, verb, resourceName });
      }
    }
    // Non-resource URLs only mean something cluster-wide.
    if (scope === 'cluster') {
      for (const url of rule.nonResourceURLs) {
        out.push({ scope, apiGroup: '', resource: `url:${url}`, verb, resourceName: '' });
      }
    }
  }
  return out;
}
