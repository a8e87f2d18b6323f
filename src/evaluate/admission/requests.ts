// The admission requests that applying the pull request's objects makes, and which
// (policy, binding) pairs each one matches.
import { toCelValue } from './cel-input.js';
import type { CompiledPolicy } from './expressions.js';
import { isRecord, labelsOf, metadata, nameOf, str } from './fields.js';
import type { LoadedPolicies } from './load.js';
import { matchResources, type MatchedResource, type RequestAttributes } from './match.js';
import { ResourceMapper } from './resources.js';
import type {
  AdmissionInput,
  AdmissionObject,
  Manifest,
  ValidatingAdmissionPolicy,
  ValidatingAdmissionPolicyBinding,
} from './types.js';

export interface KnownNamespace {
  labels: Record<string, string>;
  object: Manifest;
}

/** Namespaces by name: the input's, completed by Namespace manifests among the objects (the
 * cluster has them once the pull request is applied). */
export function knownNamespaces(input: AdmissionInput): Map<string, KnownNamespace> {
  const out = new Map<string, KnownNamespace>();
  for (const [name, v] of input.namespaces) {
    const isObject = isRecord(v.metadata) || v.kind === 'Namespace';
    const labels = isObject ? labelsOf(v as Manifest) : (v as Record<string, string>);
    const object = isObject
      ? (v as Manifest)
      : { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
    out.set(name, { labels, object });
  }
  for (const { object } of input.objects)
    if (object.kind === 'Namespace' && object.apiVersion === 'v1' && !out.has(nameOf(object)))
      out.set(nameOf(object), { labels: labelsOf(object), object });
  return out;
}

/** The request made by applying an object. A kind whose scope is guessed is namespaced
 * when the manifest or the caller names a namespace. */
export function requestAttributes(
  o: AdmissionObject,
  mapper: ResourceMapper,
  namespaces: Map<string, KnownNamespace>,
): RequestAttributes {
  const isDelete = o.operation === 'DELETE';
  const object = isDelete ? null : o.object;
  const oldObject = isDelete ? (o.oldObject ?? o.object) : (o.oldObject ?? null);
  const manifest = object ?? oldObject ?? o.object;
  const declared = o.namespace ?? str(metadata(manifest).namespace);
  const resource = mapper.lookup(
    str(manifest.apiVersion) ?? '',
    str(manifest.kind) ?? '',
    !!declared,
  );
  const isNamespace = isNamespaceResource(resource);
  const name = nameOf(manifest);
  // kubectl puts a namespaced object without a namespace in its context's, `default` unless
  // configured; the Namespace object's request carries its own name as namespace.
  const namespace = isNamespace ? name : resource.namespaced ? (declared ?? 'default') : '';
  return {
    operation: o.operation,
    resource,
    name,
    namespace,
    object,
    oldObject,
    namespaceLabels: isNamespace ? undefined : namespaces.get(namespace)?.labels,
  };
}

/** The API server never lets admission policies judge admission configuration itself
 * (webhook configurations, admission policies and their bindings): a broken policy could
 * otherwise lock out its own fix. */
const EXEMPT_KINDS = new Set([
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
]);

function isExemptConfiguration(a: RequestAttributes): boolean {
  return a.resource.group === 'admissionregistration.k8s.io' && EXEMPT_KINDS.has(a.resource.kind);
}

export function isNamespaceResource(r: { group: string; resource: string }): boolean {
  return r.group === '' && r.resource === 'namespaces';
}

const OPTIONS_KIND: Record<string, string> = {
  CREATE: 'CreateOptions',
  UPDATE: 'UpdateOptions',
  DELETE: 'DeleteOptions',
};

/** The CEL `request`: what an AdmissionRequest holds that can be known offline. `uid` is
 * not known and is left empty; `userInfo` is present only when the caller gave it
 * (expressions reading it are otherwise reported as needing a cluster). */
export function celRequest(a: RequestAttributes, matched: MatchedResource, input: AdmissionInput) {
  const r = a.resource;
  const request: Record<string, unknown> = {
    uid: '',
    kind: { group: matched.group, version: matched.version, kind: matched.kind },
    resource: { group: matched.group, version: matched.version, resource: matched.resource },
    subResource: '',
    requestKind: { group: r.group, version: r.version, kind: r.kind },
    requestResource: { group: r.group, version: r.version, resource: r.resource },
    requestSubResource: '',
    name: a.name,
    namespace: a.namespace,
    operation: a.operation,
    dryRun: false,
  };
  const optionsKind = OPTIONS_KIND[a.operation];
  if (optionsKind) request.options = { apiVersion: 'meta.k8s.io/v1', kind: optionsKind };
  if (input.userInfo) request.userInfo = input.userInfo;
  return toCelValue(request);
}

/** A (policy, binding) pair that matches a request. */
export interface BindingMatch {
  objectIndex: number;
  attributes: RequestAttributes;
  policy: ValidatingAdmissionPolicy;
  compiled: CompiledPolicy;
  binding: ValidatingAdmissionPolicyBinding;
  /** The resource the policy matched under. */
  matched: MatchedResource;
  namespaceLabelsUnknown: boolean;
}

/** Every (object, policy, binding) that matches, in input order: the policy's
 * matchConstraints first, then the binding's matchResources (intersected with them). */
export function* bindingMatches(
  input: AdmissionInput,
  loaded: LoadedPolicies,
  mapper: ResourceMapper,
  namespaces: Map<string, KnownNamespace>,
): Generator<BindingMatch> {
  for (const [objectIndex, o] of input.objects.entries()) {
    const attributes = requestAttributes(o, mapper, namespaces);
    if (isExemptConfiguration(attributes)) continue;
    for (const { policy, compiled } of loaded.policies) {
      if (!policy.matchConstraints) continue;
      const pm = matchResources(policy.matchConstraints, attributes, true);
      if (!pm.matches || !pm.matched) continue;
      for (const binding of loaded.bindingsByPolicy.get(policy.name) ?? []) {
        const bm = binding.matchResources
          ? matchResources(binding.matchResources, attributes, false)
          : pm;
        if (!bm.matches) continue;
        yield {
          objectIndex,
          attributes,
          policy,
          compiled,
          binding,
          matched: pm.matched,
          namespaceLabelsUnknown: pm.namespaceLabelsUnknown || bm.namespaceLabelsUnknown,
        };
      }
    }
  }
}
