import { formatFieldPath } from '../model/field-path.js';
import { isJsonObject, type FieldPath, type JsonObject, type JsonValue } from '../model/types.js';
import type { CustomWorkloadKind } from '../model/workload-kinds.js';
import { argoWorkflowPods } from './argo-workflows.js';
import { viewAt, type WorkloadView } from './workload-view.js';

// Which objects carry pods, and where: Kubernetes' own workloads, the custom resources that
// commonly embed a pod template (Argo Rollouts and Workflows, Knative, KEDA, OpenKruise),
// the kinds the config names, and any other object with a pod template in the place where
// the built-in workloads keep theirs.

/** How the pods of one kind are found. */
interface PodKind {
  /** API groups whose objects of the kind carry pods; unset: any group. */
  groups?: readonly string[];
  /** Its pods, found in the object. */
  pods: (object: JsonObject) => WorkloadView[];
  /** Where its pod spec is, as a missing-pod-spec finding names it. */
  where: FieldPath;
  /**
   * A missing pod spec is an error (the scan fails closed): Kubernetes' own workloads and
   * the config's kinds. Not where the pod spec is optional: a Rollout may reference a
   * Deployment instead, a Workflow a WorkflowTemplate.
   */
  required: boolean;
  /** Cluster-scoped: its pods run in the namespaces of the objects that use it. */
  clusterScoped?: boolean;
}

/** Every pod-carrying kind by name; a name that several API groups use has several entries. */
export type WorkloadKinds = ReadonlyMap<string, readonly PodKind[]>;

/** The pods of one object, when it is a workload. */
export interface WorkloadPods {
  views: WorkloadView[];
  /** Set when the kind must have a pod spec and none was found: where it was looked for. */
  missing?: FieldPath;
  clusterScoped: boolean;
}

const TEMPLATE_SPEC: FieldPath = ['spec', 'template', 'spec'];
const JOB_TEMPLATE_SPEC: FieldPath = ['spec', 'jobTemplate', 'spec', 'template', 'spec'];

/**
 * The pods at fixed paths: one pod, or, for several paths or a path with `*`, one per pod
 * found, each named (findings call it a `noun`).
 */
function atPaths(
  paths: readonly FieldPath[],
  noun = 'pod',
): (object: JsonObject) => WorkloadView[] {
  if (paths.length === 1 && !paths[0].includes('*')) {
    const [path] = paths;
    return (object) => {
      const view = viewAt(object, path);
      return view ? [view] : [];
    };
  }
  const names = distinguishing(paths);
  return (object) => {
    const out: WorkloadView[] = [];
    paths.forEach((path, i) => {
      for (const match of expand(object, path))
        namedView(object, match.path, [names[i], ...match.names], noun, out);
    });
    return out;
  };
}

function namedView(
  object: JsonObject,
  path: FieldPath,
  parts: string[],
  noun: string,
  out: WorkloadView[],
) {
  const view = viewAt(object, path);
  if (!view) return;
  const name = parts.filter((p) => p !== '').join('.');
  out.push(name ? { ...view, name, noun } : view);
}

/**
 * For several paths, the segment that tells each apart (the first where they differ:
 * `spec.driver.podTemplate.spec` and `spec.executor.podTemplate.spec` give `driver` and
 * `executor`); '' for a single path.
 */
function distinguishing(paths: readonly FieldPath[]): string[] {
  if (paths.length < 2) return paths.map(() => '');
  const at = paths[0].findIndex((seg, i) => paths.some((p) => p[i] !== seg));
  return paths.map((p) => (at < 0 ? formatFieldPath(p) : String(p[at] ?? '')));
}

/** The paths that a path with `*` segments stands for in `object`, with what each `*` matched. */
function expand(object: JsonValue, path: FieldPath): { path: FieldPath; names: string[] }[] {
  const star = path.indexOf('*');
  if (star < 0) return [{ path, names: [] }];
  let parent: JsonValue | undefined = object;
  for (const seg of path.slice(0, star)) {
    if (parent === null || typeof parent !== 'object') return [];
    parent = (parent as Record<string | number, JsonValue>)[seg];
  }
  const keys: [string | number, string][] = Array.isArray(parent)
    ? parent.map((item, i) => [
        i,
        isJsonObject(item) && typeof item.name === 'string' ? item.name : String(i),
      ])
    : isJsonObject(parent)
      ? Object.keys(parent).map((k) => [k, k])
      : [];
  const out: { path: FieldPath; names: string[] }[] = [];
  for (const [key, name] of keys)
    for (const rest of expand(object, [...path.slice(0, star), key, ...path.slice(star + 1)]))
      out.push({ path: rest.path, names: [name, ...rest.names] });
  return out;
}

function fixed(path: FieldPath, required: boolean, groups?: readonly string[]): PodKind {
  return { pods: atPaths([path]), where: path, required, ...(groups ? { groups } : {}) };
}

const ARGO = ['argoproj.io'];
const argo = (specPath: FieldPath, clusterScoped = false): PodKind => ({
  groups: ARGO,
  pods: (object) => argoWorkflowPods(object, specPath),
  where: [...specPath, 'templates'],
  required: false,
  ...(clusterScoped ? { clusterScoped } : {}),
});

const ANALYSIS_JOB: FieldPath = [
  'spec',
  'metrics',
  '*',
  'provider',
  'job',
  'spec',
  'template',
  'spec',
];
const analysisJobs = (): PodKind => ({
  groups: ARGO,
  pods: atPaths([ANALYSIS_JOB], 'metric'),
  where: ANALYSIS_JOB,
  required: false,
});

/** The built-in table: kind -> where its pods are. */
const BUILTIN: [string, PodKind][] = [
  // Kubernetes' own workloads. Kinds that reuse their names keep the pod template where
  // they do: OpenKruise's Advanced StatefulSet and Advanced DaemonSet (apps.kruise.io).
  ['Pod', fixed(['spec'], true)],
  ['Deployment', fixed(TEMPLATE_SPEC, true)],
  ['StatefulSet', fixed(TEMPLATE_SPEC, true)],
  ['DaemonSet', fixed(TEMPLATE_SPEC, true)],
  ['ReplicaSet', fixed(TEMPLATE_SPEC, true)],
  ['ReplicationController', fixed(TEMPLATE_SPEC, true)],
  ['Job', fixed(TEMPLATE_SPEC, true)],
  // OpenShift's DeploymentConfig keeps its pod template where a Deployment does.
  ['DeploymentConfig', fixed(TEMPLATE_SPEC, true)],
  ['PodTemplate', fixed(['template', 'spec'], true)],
  ['CronJob', fixed(JOB_TEMPLATE_SPEC, true)],
  // Custom resources. Their pod spec may be optional or elsewhere in older versions of the
  // API, so an object without one is not an error.
  // Argo Rollouts: a Deployment's template, or a workloadRef to a Deployment instead.
  ['Rollout', fixed(TEMPLATE_SPEC, false, ARGO)],
  // Argo Rollouts' analysis templates: a metric measured by a Job runs that Job's pod.
  ['AnalysisTemplate', analysisJobs()],
  ['ClusterAnalysisTemplate', { ...analysisJobs(), clusterScoped: true }],
  // Argo Workflows: one pod per template that runs containers (see argo-workflows.ts).
  ['Workflow', argo(['spec'])],
  ['WorkflowTemplate', argo(['spec'])],
  ['ClusterWorkflowTemplate', argo(['spec'], true)],
  ['CronWorkflow', argo(['spec', 'workflowSpec'])],
  // Knative Serving: a Service (not the core one: its own API group) and a Configuration
  // keep a revision template.
  ['Service', fixed(TEMPLATE_SPEC, false, ['serving.knative.dev'])],
  ['Configuration', fixed(TEMPLATE_SPEC, false, ['serving.knative.dev'])],
  // KEDA: a ScaledJob's jobTargetRef is a Job spec.
  ['ScaledJob', fixed(['spec', 'jobTargetRef', 'template', 'spec'], false, ['keda.sh'])],
  // OpenKruise's CloneSet (its StatefulSet and DaemonSet are above).
  ['CloneSet', fixed(TEMPLATE_SPEC, false, ['apps.kruise.io'])],
];

/** The pod-carrying kinds: the config's first (they override the built-in ones), then the table. */
export function workloadKinds(custom: readonly CustomWorkloadKind[] = []): WorkloadKinds {
  const kinds = new Map<string, PodKind[]>();
  const add = (kind: string, entry: PodKind) => {
    const list = kinds.get(kind);
    if (list) list.push(entry);
    else kinds.set(kind, [entry]);
  };
  for (const c of custom)
    add(c.kind, {
      pods: atPaths(c.podSpecPaths),
      where: c.podSpecPaths[0],
      required: true,
      ...(c.apiGroup !== undefined ? { groups: [c.apiGroup] } : {}),
    });
  for (const [kind, entry] of BUILTIN) add(kind, entry);
  return kinds;
}

/** The built-in kinds alone (no config). */
export const BUILTIN_WORKLOAD_KINDS = workloadKinds();

const groupOf = (apiVersion: string): string => {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
};

/**
 * The pods of an object, or undefined when it is no workload. A kind of the table is looked
 * up by name (and API group where the table says); any other object is a workload when it
 * has a pod template where Kubernetes' workloads keep theirs (`spec.template.spec`, or a
 * CronJob's `spec.jobTemplate.spec.template.spec`) with containers that name an image:
 * only that shape, so that other templates (a Cluster API machine's, a Karpenter node
 * pool's) are not read as pods. Objects without `spec.template` or `spec.jobTemplate`,
 * nearly all of them, cost one property read.
 */
export function podsOf(
  object: JsonObject,
  kind: string,
  apiVersion: string,
  kinds: WorkloadKinds,
): WorkloadPods | undefined {
  const entries = kinds.get(kind);
  if (entries) {
    for (const entry of entries) {
      if (entry.groups && !entry.groups.includes(groupOf(apiVersion))) continue;
      const views = entry.pods(object);
      return {
        views,
        clusterScoped: entry.clusterScoped === true,
        ...(views.length === 0 && entry.required ? { missing: entry.where } : {}),
      };
    }
  }
  const shaped = shapedPod(object);
  return shaped ? { views: [shaped], clusterScoped: false } : undefined;
}

function shapedPod(object: JsonObject): WorkloadView | undefined {
  const spec = object.spec;
  if (!isJsonObject(spec)) return undefined;
  if (isJsonObject(spec.template) && isPodSpec(spec.template.spec))
    return viewAt(object, TEMPLATE_SPEC);
  const job = spec.jobTemplate;
  if (isJsonObject(job) && isJsonObject(job.spec) && isJsonObject(job.spec.template))
    if (isPodSpec(job.spec.template.spec)) return viewAt(object, JOB_TEMPLATE_SPEC);
  return undefined;
}

/** A pod spec by its shape: a non-empty list of containers, each a mapping, one with an image. */
function isPodSpec(v: JsonValue | undefined): boolean {
  if (!isJsonObject(v) || !Array.isArray(v.containers) || v.containers.length === 0) return false;
  let image = false;
  for (const c of v.containers) {
    if (!isJsonObject(c)) return false;
    if (typeof c.image === 'string') image = true;
  }
  return image;
}

/** Whether the object is a workload whose pods run in its own namespace. */
export function isNamespacedWorkload(
  object: JsonObject,
  kind: string,
  apiVersion: string,
  kinds: WorkloadKinds,
): boolean {
  const pods = podsOf(object, kind, apiVersion, kinds);
  return pods !== undefined && !pods.clusterScoped;
}
