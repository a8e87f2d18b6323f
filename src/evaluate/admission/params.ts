// Resolves a binding's parameters among the scanned objects, as the API server's
// CollectParams does (admission/plugin/policy/generic/policy_dispatcher.go):
// - no paramKind: one evaluation with `params` null, whatever the binding says;
// - paramKind but no paramRef: one evaluation with `params` null (the API server does not
//   treat it as an error; the documentation recommends a `params != null` validation);
// - paramRef.name: that object; paramRef.selector: every object it selects, one evaluation
//   each (all must pass);
// - a namespaced paramKind searches paramRef.namespace, else the request's namespace, and
//   is a configuration error for a cluster-scoped request; paramRef.namespace on a
//   cluster-scoped paramKind is a configuration error;
// - nothing found: no evaluation under `Allow`, a configuration error under `Deny`.
// Parameters are matched by group and kind: the API server reads them through one version,
// converting objects stored in another.
import { metadata, nameOf, labelsOf, splitApiVersion, str } from './fields.js';
import { selectorMatches } from './label-selector.js';
import type { ResourceMapper } from './resources.js';
import type { Manifest, ParamKind, ParamRef, VerdictParam } from './types.js';

export type ParamResolution =
  /** Evaluate once per entry; null is "no params". Empty: nothing to evaluate. */
  { params: (Manifest | null)[]; error?: undefined } | { params?: undefined; error: string };

/** A parameter object's namespace: its own, else `default` where kubectl would put it. */
function paramNamespace(o: Manifest): string {
  return str(metadata(o).namespace) ?? 'default';
}

/** How verdicts and descriptions name a param: its name, and its namespace if it has one. */
export function paramIdentity(p: Manifest): VerdictParam {
  const namespace = str(metadata(p).namespace);
  return namespace ? { name: nameOf(p), namespace } : { name: nameOf(p) };
}

/** The objects of a paramKind among the candidates. */
export function paramsOfKind(kind: ParamKind, candidates: Manifest[]): Manifest[] {
  const want = splitApiVersion(kind.apiVersion).group;
  return candidates.filter(
    (o) => o.kind === kind.kind && splitApiVersion(str(o.apiVersion) ?? '').group === want,
  );
}

/** Whether params of this kind live in namespaces: the CRD or built-in table says, else a
 * namespace on the paramRef or on any object of the kind says so. */
export function paramKindNamespaced(
  kind: ParamKind,
  ref: ParamRef | undefined,
  ofKind: Manifest[],
  mapper: ResourceMapper,
): boolean {
  if (mapper.knowsScope(kind.apiVersion, kind.kind))
    return mapper.lookup(kind.apiVersion, kind.kind, false).namespaced;
  return !!ref?.namespace || ofKind.some((o) => !!str(metadata(o).namespace));
}

export function resolveParams(
  kind: ParamKind | undefined,
  ref: ParamRef | undefined,
  requestNamespace: string,
  candidates: Manifest[],
  mapper: ResourceMapper,
): ParamResolution {
  if (!kind || !ref) return { params: [null] };
  let found = paramsOfKind(kind, candidates);
  if (paramKindNamespaced(kind, ref, found, mapper)) {
    const ns = ref.namespace ?? requestNamespace;
    if (!ns)
      return {
        error:
          'cannot use namespaced paramRef in policy binding that matches cluster-scoped resources',
      };
    found = found.filter((o) => paramNamespace(o) === ns);
  } else if (ref.namespace) {
    return { error: 'paramRef.namespace must not be provided for a cluster-scoped `paramKind`' };
  }
  if (ref.name !== undefined) found = found.filter((o) => nameOf(o) === ref.name);
  else if (ref.selector) {
    const selector = ref.selector;
    found = found.filter((o) => selectorMatches(selector, labelsOf(o)));
  }
  if (found.length === 0 && ref.parameterNotFoundAction === 'Deny')
    return { error: 'no params found for policy binding with `Deny` parameterNotFoundAction' };
  return { params: found };
}
