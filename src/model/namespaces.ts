// Namespaces as kubegate reads and names them. A manifest that sets no namespace is applied
// to one chosen at apply time (`kubectl apply -n`, a Helm release, a Kustomize `namespace:`),
// which the manifests do not tell: it is kept as the empty namespace, and said in words
// ("the namespace the manifests are applied to"), never as a made-up name.

/**
 * The namespace key of an object whose manifest sets none, where a key must name one (the
 * permission model's subjects and scopes: `ServiceAccount (unset)/web`). Never shown.
 */
export const UNSET_NAMESPACE = '(unset)';

/**
 * The release namespace `helm template` is given when the config names none. The release's
 * namespace is chosen when the chart is installed, not in the repository: rendering with
 * `default` would make every `namespace: {{ .Release.Namespace }}` read as a choice of
 * `default`. This name cannot be a real namespace's (a DNS label has no capital letters),
 * so an object that has it took its namespace from the release, and is read as one whose
 * manifest sets none (namespaceIn); one that names a namespace of its own keeps it. Where a
 * chart builds other strings from the namespace (a ClusterRole named `<name>-<namespace>`),
 * the name says what it stands for.
 */
export const RELEASE_NAMESPACE = 'RELEASE-NAMESPACE';

/** A namespace as an object says it: the release's placeholder is no namespace of its own. */
export function namespaceIn(value: string): string {
  return value === RELEASE_NAMESPACE ? '' : value;
}

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
