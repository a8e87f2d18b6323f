// Namespaces as kubegate reads and names them. A manifest that sets no namespace is applied
// to one chosen at apply time (`kubectl apply -n`, a Helm release, a Kustomize `namespace:`),
// which the manifests do not tell: it is kept as the empty namespace, and said in words
// ("the namespace the manifests are applied to"), never as a made-up name.

/**
 * The namespace key of an object whose manifest sets none, where a key must name one (the
 * permission model's subjects and scopes: `ServiceAccount (unset)/web`). Never shown.
 */
export const UNSET_NAMESPACE = '(unset)';

/** How messages name the namespace of objects whose manifests set none. */
export const APPLIED_NAMESPACE = 'the namespace the manifests are applied to';

/** `shop/web`, or `web` for an object whose manifest sets no namespace. */
export function qualifiedName(namespace: string, name: string): string {
  return namespace && namespace !== UNSET_NAMESPACE ? `${namespace}/${name}` : name;
}

/** `RoleBinding shop/web` for the resource id `RoleBinding/shop/web`; `RoleBinding web` without a namespace. */
export function describeId(id: string): string {
  const first = id.indexOf('/');
  const second = first < 0 ? -1 : id.indexOf('/', first + 1);
  if (second < 0) return id;
  return `${id.slice(0, first)} ${qualifiedName(id.slice(first + 1, second), id.slice(second + 1))}`;
}

/** `in namespace shop`, or `in the namespace the manifests are applied to`. */
export function inNamespace(namespace: string): string {
  return namespace && namespace !== UNSET_NAMESPACE
    ? `in namespace ${namespace}`
    : `in ${APPLIED_NAMESPACE}`;
}
