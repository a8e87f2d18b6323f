// Whether a request matches a policy's matchConstraints or a binding's matchResources, with
// the API server's order and semantics (admission/plugin/policy/matching and
// webhook/predicates in k8s.io/apiserver): namespaceSelector, objectSelector,
// excludeResourceRules, then resourceRules, exactly first and then, for matchPolicy
// Equivalent, under the equivalent group/versions of resources.ts.
import { isEmptySelector, selectorMatches } from './label-selector.js';
import { labelsOf } from './fields.js';
import { equivalentGroups, type ResourceInfo } from './resources.js';
import type { Manifest, MatchResources, Operation, ResourceRule } from './types.js';

/** What matching knows of a request made from a manifest. */
export interface RequestAttributes {
  operation: Operation;
  resource: ResourceInfo;
  name: string;
  /** '' for cluster-scoped objects; a Namespace's own name for a Namespace, as the API
   * server sets it. */
  namespace: string;
  object: Manifest | null;
  oldObject: Manifest | null;
  /** Labels of the request's namespace; undefined when the namespace is not known. */
  namespaceLabels: Record<string, string> | undefined;
}

/** The group/version/resource/kind the request matched under (the rule's, when it matched
 * through an equivalent resource). */
export interface MatchedResource {
  group: string;
  version: string;
  resource: string;
  kind: string;
}

export interface MatchOutcome {
  matches: boolean;
  /** The namespaceSelector needed labels that are not known: taken as a match. */
  namespaceLabelsUnknown: boolean;
  matched?: MatchedResource;
}

const NO_MATCH: MatchOutcome = { matches: false, namespaceLabelsUnknown: false };

function exactOrWildcard(items: string[], value: string): boolean {
  return items.includes('*') || items.includes(value);
}

/** Manifests are always a resource's main object: their subresource is ''. */
function resourceMatches(rule: ResourceRule, resource: string): boolean {
  return rule.resources.some((r) => {
    const slash = r.indexOf('/');
    const res = slash < 0 ? r : r.slice(0, slash);
    const sub = slash < 0 ? '' : r.slice(slash + 1);
    // As in the API server, a "*" subresource also accepts the main resource ("pods/*"),
    // while "pods/status" or "*/status" never match a manifest.
    return (res === '*' || res === resource) && (sub === '*' || sub === '');
  });
}

function scopeMatches(rule: ResourceRule, a: RequestAttributes): boolean {
  const isNamespace = a.resource.group === '' && a.resource.resource === 'namespaces';
  if (rule.scope === 'Namespaced') return !isNamespace && a.namespace !== '';
  if (rule.scope === 'Cluster') return isNamespace || a.namespace === '';
  return true;
}

function ruleMatches(rule: ResourceRule, a: RequestAttributes, group: string, version: string) {
  return (
    scopeMatches(rule, a) &&
    exactOrWildcard(rule.operations, a.operation) &&
    exactOrWildcard(rule.apiGroups, group) &&
    exactOrWildcard(rule.apiVersions, version) &&
    resourceMatches(rule, a.resource.resource) &&
    (rule.resourceNames.length === 0 || rule.resourceNames.includes(a.name))
  );
}

/** The matched resource for rules, or undefined. Equivalent: the same resource in another
 * group that shares its storage, or in another version; the version is then the rule's. */
export function matchRules(
  rules: ResourceRule[],
  a: RequestAttributes,
  equivalent: boolean,
): MatchedResource | undefined {
  const own = a.resource;
  for (const rule of rules)
    if (ruleMatches(rule, a, own.group, own.version))
      return { group: own.group, version: own.version, resource: own.resource, kind: own.kind };
  if (!equivalent) return undefined;
  for (const rule of rules)
    for (const group of equivalentGroups(own.group, own.resource)) {
      if (!exactOrWildcard(rule.apiGroups, group)) continue;
      const version = rule.apiVersions.find((v) => v !== '*') ?? own.version;
      if (ruleMatches(rule, a, group, version))
        return { group, version, resource: own.resource, kind: own.kind };
    }
  return undefined;
}

function namespaceSelectorOutcome(m: MatchResources, a: RequestAttributes) {
  const isNamespace = a.resource.group === '' && a.resource.resource === 'namespaces';
  // Cluster-scoped objects other than Namespaces are never filtered by namespaceSelector.
  if (a.namespace === '' && !isNamespace) return { matches: true, unknown: false };
  if (isEmptySelector(m.namespaceSelector)) return { matches: true, unknown: false };
  // A Namespace being created or updated is judged by its own labels.
  if (isNamespace && (a.operation === 'CREATE' || a.operation === 'UPDATE'))
    return {
      matches: selectorMatches(m.namespaceSelector, labelsOf(a.object ?? undefined)),
      unknown: false,
    };
  if (a.namespaceLabels === undefined) return { matches: true, unknown: true };
  return { matches: selectorMatches(m.namespaceSelector, a.namespaceLabels), unknown: false };
}

function objectSelectorMatches(m: MatchResources, a: RequestAttributes): boolean {
  if (isEmptySelector(m.objectSelector)) return true;
  // Either version of the object selects it: on UPDATE, old or new labels.
  return [a.object, a.oldObject].some(
    (o) => o !== null && selectorMatches(m.objectSelector, labelsOf(o)),
  );
}

/** Matches a request against match criteria. `requireRules`: a policy's matchConstraints
 * match nothing without resourceRules, a binding's match everything its policy does. */
export function matchResources(
  m: MatchResources,
  a: RequestAttributes,
  requireRules: boolean,
): MatchOutcome {
  const ns = namespaceSelectorOutcome(m, a);
  if (!ns.matches) return NO_MATCH;
  if (!objectSelectorMatches(m, a)) return NO_MATCH;
  const equivalent = m.matchPolicy === 'Equivalent';
  if (matchRules(m.excludeResourceRules, a, equivalent)) return NO_MATCH;
  if (m.resourceRules.length === 0) {
    if (requireRules) return NO_MATCH;
    const r = a.resource;
    return {
      matches: true,
      namespaceLabelsUnknown: ns.unknown,
      matched: { group: r.group, version: r.version, resource: r.resource, kind: r.kind },
    };
  }
  const matched = matchRules(m.resourceRules, a, equivalent);
  return matched ? { matches: true, namespaceLabelsUnknown: ns.unknown, matched } : NO_MATCH;
}
