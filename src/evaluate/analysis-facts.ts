import type { Rule } from './rules/rule.js';
import { podsOf, type WorkloadKinds } from './pod-kinds.js';
import { podOS, serviceAccountOf, type WorkloadView } from './workload-view.js';
import { WAIVER_PREFIX } from './waivers.js';
import type { ResourceRecord } from './records.js';
import {
  isJsonObject,
  resourceId,
  type FieldPath,
  type JsonObject,
  type JsonValue,
  type Location,
  type Resource,
} from '../model/types.js';

// What the cross-resource analysers need to know of each resource, taken where the resource
// is parsed (a scan worker, for large scans) and sent back as plain data. Workloads are many
// and large, so they are reduced to a few facts; the objects that connect them (Services,
// routes, service accounts, bindings, network policies, namespaces) are few and kept whole.

/** Kinds kept whole for the analysers. */
export const CONNECTING_KINDS: ReadonlySet<string> = new Set([
  'Service',
  'Ingress',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'Gateway',
  'ServiceAccount',
  'Namespace',
  'NetworkPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
]);

/** A workload as the analysers see it. */
export interface WorkloadFacts {
  id: string;
  kind: string;
  name: string;
  namespace: string;
  /** The pod template's labels (what Services and network policies select). */
  podLabels: Record<string, string>;
  /** The service account its pods run as (`default` when unset). */
  serviceAccount: string;
  /** The pod's automountServiceAccountToken, when set. */
  automountToken?: boolean;
  /** What makes the workload dangerous to reach: "runs privileged", "is not made to run as a non-root user". */
  risks: string[];
  /** Where its pod spec is, in the file people edit. */
  location: Location;
  /** The path of the pod spec (for the location of a rendered workload). */
  podSpecPath: FieldPath;
  /** Its `waive.kubegate.io/` annotations, so analyser findings are waivable on it. */
  waivers: JsonObject;
  /** Whether its pods use the node's network (NetworkPolicy does not apply to them). */
  hostNetwork: boolean;
  /** For a rendered workload: the chart or overlay it came from (see graph.ts). */
  unit?: string;
  /**
   * Why the workload is not deployed with the objects around it (a Helm test hook): its
   * findings are low at most, and it is no neighbour of theirs.
   */
  notDeployed?: string;
}

/** Everything the analysers read, gathered from every file of a scan. */
export interface AnalysisInput {
  workloads: WorkloadFacts[];
  objects: ResourceRecord[];
}

function stringMap(v: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (isJsonObject(v))
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

function containersOf(podSpec: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const key of ['containers', 'initContainers', 'ephemeralContainers']) {
    const list = podSpec[key];
    if (Array.isArray(list)) for (const c of list) if (isJsonObject(c)) out.push(c);
  }
  return out;
}

const windowsOptionsOf = (context: JsonObject): JsonObject =>
  isJsonObject(context.windowsOptions) ? context.windowsOptions : {};

/**
 * True unless the container is made to run as a non-root user, as the run-as-non-root rule
 * decides at its own severity: runAsNonRoot or a non-zero runAsUser (on Windows, which has no
 * UIDs, runAsNonRoot or a runAsUserName other than ContainerAdministrator), per container or
 * from the pod. A non-root user without runAsNonRoot: true is that rule's narrower, low case:
 * the container does not run as root.
 */
function mayRunAsRoot(container: JsonObject, pod: JsonObject, windows: boolean): boolean {
  const own = isJsonObject(container.securityContext) ? container.securityContext : {};
  const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
  if (windows) {
    const name = windowsOptionsOf(own).runAsUserName ?? windowsOptionsOf(pod).runAsUserName;
    if (typeof name === 'string') return name.toLowerCase() === 'containeradministrator';
    return nonRoot !== true;
  }
  const user = own.runAsUser ?? pod.runAsUser;
  if (typeof user === 'number') return user === 0 || (user < 0 && nonRoot !== true);
  return nonRoot !== true;
}

/** What a reviewer must weigh when the workload can be reached: privilege and root. */
function risksOf(podSpec: JsonObject): string[] {
  const risks: string[] = [];
  const pod = isJsonObject(podSpec.securityContext) ? podSpec.securityContext : {};
  const containers = containersOf(podSpec);
  const names = (list: JsonObject[]) => list.map((c) => String(c.name)).join(', ');
  const privileged = containers.filter(
    (c) => isJsonObject(c.securityContext) && c.securityContext.privileged === true,
  );
  if (privileged.length) risks.push(`runs privileged (${names(privileged)})`);
  const hostProcess = containers.filter((c) => {
    const own = isJsonObject(c.securityContext) ? windowsOptionsOf(c.securityContext) : {};
    return (own.hostProcess ?? windowsOptionsOf(pod).hostProcess) === true;
  });
  if (hostProcess.length)
    risks.push(`runs as a Windows HostProcess container (${names(hostProcess)})`);
  if (podSpec.hostNetwork === true || podSpec.hostPID === true || podSpec.hostIPC === true)
    risks.push("shares the node's namespaces");
  const windows = podOS(podSpec) === 'windows';
  const root = containers.filter((c) => mayRunAsRoot(c, pod, windows));
  if (root.length) risks.push(`is not made to run as a non-root user (${names(root)})`);
  return risks;
}

/**
 * The facts of a workload: one per pod (an Argo Workflow has one per template that runs
 * containers); none for other kinds, for workloads without a pod spec, and for a
 * ClusterWorkflowTemplate, whose pods run in the namespaces of the workflows that use it.
 */
export function workloadFacts(resource: Resource, kinds: WorkloadKinds): WorkloadFacts[] {
  const pods = podsOf(resource.object, resource.kind, resource.apiVersion, kinds);
  if (!pods || pods.clusterScoped || pods.views.length === 0) return [];
  const annotations = isJsonObject(resource.object.metadata)
    ? resource.object.metadata.annotations
    : undefined;
  const waivers: JsonObject = {};
  if (isJsonObject(annotations))
    for (const [k, v] of Object.entries(annotations))
      if (k.startsWith(WAIVER_PREFIX)) waivers[k] = v;
  return pods.views.map((view) => podFacts(resource, view, waivers));
}

function podFacts(resource: Resource, view: WorkloadView, waivers: JsonObject): WorkloadFacts {
  const automount = view.podSpec.automountServiceAccountToken;
  const podSpecPath = [...resource.basePath, ...view.podSpecPath];
  return {
    id: resourceId(resource),
    kind: resource.kind,
    name: resource.name,
    namespace: resource.namespace,
    podLabels: stringMap(view.podMeta.labels),
    serviceAccount: serviceAccountOf(view.podSpec),
    ...(typeof automount === 'boolean' ? { automountToken: automount } : {}),
    risks: risksOf(view.podSpec),
    location: { file: resource.file, line: resource.locator.locate(podSpecPath).line },
    podSpecPath,
    waivers,
    hostNetwork: view.podSpec.hostNetwork === true,
  };
}

// Whether the step that names who holds a role (analyse/bindings.ts) has anything to do: the
// evaluation gathers the facts it reads only then.
export const ROLE_KINDS: ReadonlySet<string> = new Set(['Role', 'ClusterRole']);

/** A rule that judges what roles grant: its findings name who holds the role. */
export const judgesRoles = (r: Rule): boolean =>
  !r.analyser && r.match.kinds.some((k) => ROLE_KINDS.has(k));

/** Rules whose findings on bindings this step adds, where the role is among the objects. */
export const BINDING_RULES: ReadonlySet<string> = new Set([
  'cluster-admin-binding',
  'rbac-anonymous-subject',
]);

/** Whether the step has anything to do for `rules`. */
export const readsBindings = (rules: readonly Rule[]): boolean =>
  rules.some((r) => judgesRoles(r) || BINDING_RULES.has(r.id));
