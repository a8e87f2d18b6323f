import { namespaceIn } from '../../model/namespaces.js';
import { isJsonObject, type Resource } from '../../model/types.js';

// The namespace of a rendered chart's objects as `helm install` leaves them: the release's
// namespace for the objects that take it (`namespace: {{ .Release.Namespace }}`) and for the
// namespaced objects whose templates name none. Unless the config names the release
// namespace, it is unknown at review time: such objects keep no namespace of their own, the
// same as a plain manifest applied with `kubectl apply -n` (namespaces.ts,
// RELEASE_NAMESPACE). A namespace that a template or values file writes out stays the
// chart's choice.

/**
 * Kinds whose objects always live in a namespace, so that `helm install -n x` puts one that
 * names none into x. Objects of other kinds (cluster-scoped ones, and custom resources whose
 * scope the manifests do not tell) are left as they are.
 */
const NAMESPACED_KINDS: ReadonlySet<string> = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Service',
  'ServiceAccount',
  'ConfigMap',
  'Secret',
  'Role',
  'RoleBinding',
  'NetworkPolicy',
  'Ingress',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'Gateway',
  'PersistentVolumeClaim',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
]);

/**
 * Gives `resource` the namespace it is installed in. `release` is the namespace helm was given:
 * RELEASE_NAMESPACE when the config names none, else the configured one. `isWorkload` says
 * whether an object carries pods that run in its own namespace (evaluate/pod-kinds.ts: custom
 * resources and the config's kinds included); such objects are namespaced.
 */
export function asInstalled(
  resource: Resource,
  release: string,
  isWorkload: (resource: Resource) => boolean,
): void {
  const own = namespaceIn(resource.namespace);
  const known = namespaceIn(release);
  const namespaced = NAMESPACED_KINDS.has(resource.kind) || isWorkload(resource);
  if (own === '' && known !== '' && namespaced) {
    resource.namespace = known;
    if (isJsonObject(resource.object.metadata)) resource.object.metadata.namespace = known;
    return;
  }
  resource.namespace = own;
}
