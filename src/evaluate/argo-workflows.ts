import yaml from 'js-yaml';
import { valueAt } from '../model/field-path.js';
import { KUBERNETES_SCHEMA } from '../parse/yaml-schema.js';
import { isJsonObject, type FieldPath, type JsonObject, type JsonValue } from '../model/types.js';
import {
  indexByKey,
  mergedValue,
  mergePatch,
  type ItemSource,
  type Layer,
  type PodSources,
} from './pod-sources.js';
import type { WorkloadView } from './workload-view.js';

// Argo Workflows (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, and a CronWorkflow's
// workflowSpec) run one pod per step, and a step's pod is made from its template, not
// written anywhere whole. Each template that runs containers (`container`, `script`,
// `containerSet`, inline templates of steps and DAG tasks included) is one pod view, named
// by the template, assembled as the workflow controller assembles the pod:
// - containers: the template's container or script (named `main` unless it has a name), or
//   its containerSet's containers, then its sidecars; init containers: its initContainers;
// - securityContext, serviceAccountName, automountServiceAccountToken and nodeSelector: the
//   template's, else the workflow's (a template's securityContext replaces the workflow's
//   whole); hostNetwork: the workflow's;
// - volumes: the template's, and those of the workflow that its containers mount;
// - `templateDefaults` under each template, and `podSpecPatch` (the workflow's, then the
//   template's) over the result, as a strategic merge patch. A patch is a string: it is read
//   when it is YAML or JSON without parameters, and a finding on a field it sets points at
//   the patch; a patch that cannot be read (`{{inputs.parameters.x}}` where a value goes)
//   is left out.
// A pod field that no place sets is reported at the workflow's spec, where setting it fixes
// every template at once (one finding, not one per template). Argo's own init and wait
// containers are not in the manifest and are not checked; the wait container reports the
// step's outcome to the API with the pod's token (unless `executor.serviceAccountName` gives
// it a token of its own), so the pod needs it.

/** Template types that run user containers in a pod of their own. */
const POD_TYPES = ['container', 'script', 'containerSet'] as const;
/** Pod fields a template sets for its pod; else the workflow's apply. */
const TEMPLATE_POD_FIELDS = [
  'securityContext',
  'serviceAccountName',
  'automountServiceAccountToken',
  'nodeSelector',
];
/** Pod fields the workflow sets for every pod. */
const WORKFLOW_POD_FIELDS = new Set([...TEMPLATE_POD_FIELDS, 'hostNetwork']);
/** Pod spec lists, assembled item by item rather than taken whole. */
const POD_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers', 'volumes']);

/** What every template of one workflow shares. */
interface Workflow {
  spec: JsonObject;
  specPath: FieldPath;
  /** `templateDefaults`, merged under each template. */
  defaults?: { value: JsonObject; path: FieldPath };
  /** The workflow's podSpecPatch, read. */
  patch?: Layer;
  /** `podMetadata`: labels and annotations of every pod. */
  podMetadata: JsonObject;
}

const list = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
const objectOr = (v: JsonValue | undefined): JsonObject => (isJsonObject(v) ? v : {});

/** One pod view per template of the workflow spec at `specPath` that runs containers. */
export function argoWorkflowPods(object: JsonObject, specPath: FieldPath): WorkloadView[] {
  const spec = valueAt(object, specPath);
  if (!isJsonObject(spec)) return [];
  const defaults = spec.templateDefaults;
  const patch = patchLayer(spec.podSpecPatch, [...specPath, 'podSpecPatch']);
  const workflow: Workflow = {
    spec,
    specPath,
    ...(isJsonObject(defaults)
      ? { defaults: { value: defaults, path: [...specPath, 'templateDefaults'] } }
      : {}),
    ...(patch ? { patch } : {}),
    podMetadata: objectOr(spec.podMetadata),
  };
  const out: WorkloadView[] = [];
  const templates = list(spec.templates);
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i];
    if (!isJsonObject(t)) continue;
    walk(t, [...specPath, 'templates', i], stringOr(t.name, `templates[${i}]`), workflow, out);
  }
  return out;
}

const stringOr = (v: JsonValue | undefined, fallback: string): string =>
  typeof v === 'string' && v !== '' ? v : fallback;

/** The template's pod, then those of the inline templates of its steps and DAG tasks. */
function walk(t: JsonObject, path: FieldPath, name: string, wf: Workflow, out: WorkloadView[]) {
  const pod = templatePod(t, path, name, wf);
  if (pod) out.push(pod);
  const groups = list(t.steps);
  for (let g = 0; g < groups.length; g++) {
    const steps = list(groups[g]);
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s];
      if (isJsonObject(step) && isJsonObject(step.inline))
        walk(
          step.inline,
          [...path, 'steps', g, s, 'inline'],
          `${name}.${stringOr(step.name, `steps[${g}][${s}]`)}`,
          wf,
          out,
        );
    }
  }
  const tasks = list(objectOr(t.dag).tasks);
  for (let k = 0; k < tasks.length; k++) {
    const task = tasks[k];
    if (isJsonObject(task) && isJsonObject(task.inline))
      walk(
        task.inline,
        [...path, 'dag', 'tasks', k, 'inline'],
        `${name}.${stringOr(task.name, `tasks[${k}]`)}`,
        wf,
        out,
      );
  }
}

/** A podSpecPatch read into a layer, or undefined when there is none or it cannot be read. */
function patchLayer(text: JsonValue | undefined, path: FieldPath): Layer | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = yaml.load(text, { schema: KUBERNETES_SCHEMA });
  } catch {
    return undefined;
  }
  return isJsonObject(value) ? { path, value, opaque: true } : undefined;
}

/** One item of an assembled list: its value and where it is written. */
interface Item {
  value: JsonObject;
  source: ItemSource;
}

function items(v: JsonValue | undefined, path: FieldPath): Item[] {
  const out: Item[] = [];
  const entries = list(v);
  for (let i = 0; i < entries.length; i++) {
    const value = entries[i];
    if (isJsonObject(value)) out.push({ value, source: { path: [...path, i] } });
  }
  return out;
}

/** The template's pod view, or undefined for a template that runs no containers. */
function templatePod(
  t: JsonObject,
  path: FieldPath,
  name: string,
  wf: Workflow,
): WorkloadView | undefined {
  const type = POD_TYPES.find((k) => isJsonObject(t[k]));
  if (!type) return undefined;
  const defaults = wf.defaults;
  const own = patchLayer(t.podSpecPatch, [...path, 'podSpecPatch']);
  // Lowest first: the template's patch goes over the workflow's.
  const patches = [wf.patch, own].filter((p): p is Layer => p !== undefined);

  const containers =
    type === 'containerSet'
      ? items(objectOr(t.containerSet).containers, [...path, 'containerSet', 'containers'])
      : [mainContainer(t, type, path, defaults)];
  containers.push(...items(t.sidecars, [...path, 'sidecars']));
  const lists: Record<string, Item[]> = {
    containers,
    initContainers: items(t.initContainers, [...path, 'initContainers']),
    volumes: [...items(t.volumes, [...path, 'volumes']), ...mountedVolumes(t, containers, wf)],
  };
  for (const patch of patches) for (const key of POD_LISTS) patchList(lists, key, patch);

  const podSpec: JsonObject = {};
  const sources: PodSources = {
    fields: {},
    items: {},
    unset: wf.specPath,
    meta: metaLayers(t, path, wf),
  };
  for (const [key, entries] of Object.entries(lists)) {
    podSpec[key] = entries.map((e) => e.value);
    sources.items[key] = entries.map((e) => e.source);
  }
  for (const key of podFields(patches)) {
    const layers = fieldLayers(key, t, path, wf, patches);
    if (layers.length === 0) continue;
    const value = mergedValue(layers, key);
    if (value === undefined) continue;
    podSpec[key] = value;
    sources.fields[key] = layers;
  }
  return {
    podSpec,
    podSpecPath: path,
    podMeta: podMeta(t, wf),
    podMetaPath: [...path, 'metadata'],
    name,
    noun: 'template',
    sources,
    ...(executorAccount(t, wf) ? {} : { needsToken: true }),
  };
}

/** Whether the executor runs with a service account of its own (template's, else workflow's). */
function executorAccount(t: JsonObject, wf: Workflow): boolean {
  for (const level of [t, wf.defaults?.value ?? {}, wf.spec]) {
    const name = objectOr(level.executor).serviceAccountName;
    if (typeof name === 'string' && name !== '') return true;
  }
  return false;
}

/**
 * The template's container or script, with templateDefaults' of the same type under it,
 * named `main` when it has no name (as the controller names it).
 */
function mainContainer(
  t: JsonObject,
  type: 'container' | 'script',
  path: FieldPath,
  defaults: Workflow['defaults'],
): Item {
  const ownPath = [...path, type];
  const own = objectOr(t[type]);
  const under = defaults?.value[type];
  let value: JsonObject = own;
  let source: ItemSource = { path: ownPath };
  if (isJsonObject(under)) {
    value = mergePatch(under, own) as JsonObject;
    source = {
      path: ownPath,
      layers: [
        { path: ownPath, value: own },
        { path: [...(defaults?.path ?? []), type], value: under },
      ],
    };
  }
  if (typeof value.name !== 'string' || value.name === '') value = { ...value, name: 'main' };
  return { value, source };
}

/** The workflow's volumes that the template's containers mount (the controller adds those). */
function mountedVolumes(t: JsonObject, containers: readonly Item[], wf: Workflow): Item[] {
  const mounted = new Set<string>();
  const mounts = [
    ...list(objectOr(t.containerSet).volumeMounts),
    ...containers.flatMap((c) => list(c.value.volumeMounts)),
    ...list(t.initContainers).flatMap((c) => list(objectOr(c).volumeMounts)),
  ];
  for (const m of mounts) if (isJsonObject(m) && typeof m.name === 'string') mounted.add(m.name);
  const own = new Set(list(t.volumes).map((v) => objectOr(v).name));
  return items(wf.spec.volumes, [...wf.specPath, 'volumes']).filter(
    (v) => typeof v.value.name === 'string' && mounted.has(v.value.name) && !own.has(v.value.name),
  );
}

/** A patch's items of the list `key` merged into the assembled list, by name. */
function patchList(lists: Record<string, Item[]>, key: string, patch: Layer): void {
  const entries = list(objectOr(patch.value)[key]);
  if (entries.length === 0) return;
  const target = (lists[key] ??= []);
  for (const entry of entries) {
    if (!isJsonObject(entry)) continue;
    const layer: Layer = { path: patch.path, value: entry, opaque: true };
    const at = indexByKey(
      target.map((i) => i.value),
      'name',
      entry,
    );
    if (at < 0) {
      target.push({ value: entry, source: { path: patch.path, layers: [layer] } });
      continue;
    }
    const item = target[at];
    const layers = item.source.layers ?? [{ path: item.source.path, value: item.value }];
    target[at] = {
      value: mergePatch(item.value, entry) as JsonObject,
      source: { path: item.source.path, layers: [layer, ...layers] },
    };
  }
}

/** The pod fields to assemble: those templates and workflows set, and any a patch sets. */
function podFields(patches: readonly Layer[]): Set<string> {
  const keys = new Set(WORKFLOW_POD_FIELDS);
  for (const p of patches)
    for (const k of Object.keys(objectOr(p.value))) if (!POD_LISTS.has(k)) keys.add(k);
  return keys;
}

/** The layers of one pod field, highest first: the patches, then the template's or the workflow's. */
function fieldLayers(
  key: string,
  t: JsonObject,
  path: FieldPath,
  wf: Workflow,
  patches: readonly Layer[],
): Layer[] {
  const out: Layer[] = [];
  for (let i = patches.length - 1; i >= 0; i--) {
    const value = objectOr(patches[i].value)[key];
    if (value !== undefined) out.push({ path: patches[i].path, value, opaque: true });
  }
  const template: Layer[] = [];
  if (TEMPLATE_POD_FIELDS.includes(key)) {
    if (t[key] !== undefined) template.push({ path: [...path, key], value: t[key] });
    const under = wf.defaults?.value[key];
    if (under !== undefined && wf.defaults)
      template.push({ path: [...wf.defaults.path, key], value: under });
  }
  if (template.length) out.push(...template);
  else if (WORKFLOW_POD_FIELDS.has(key) && wf.spec[key] !== undefined)
    out.push({ path: [...wf.specPath, key], value: wf.spec[key] });
  return out;
}

/** Where the pod's metadata is written, highest first: the template's, defaults', the workflow's. */
function metaLayers(t: JsonObject, path: FieldPath, wf: Workflow): Layer[] {
  const out: Layer[] = [];
  if (isJsonObject(t.metadata)) out.push({ path: [...path, 'metadata'], value: t.metadata });
  const under = wf.defaults?.value.metadata;
  if (isJsonObject(under) && wf.defaults)
    out.push({ path: [...wf.defaults.path, 'metadata'], value: under });
  if (isJsonObject(wf.spec.podMetadata))
    out.push({ path: [...wf.specPath, 'podMetadata'], value: wf.spec.podMetadata });
  return out;
}

/** The pod's labels and annotations: the workflow's podMetadata, defaults', the template's. */
function podMeta(t: JsonObject, wf: Workflow): JsonObject {
  const labels: JsonObject = {};
  const annotations: JsonObject = {};
  for (const meta of [
    wf.podMetadata,
    objectOr(wf.defaults?.value.metadata),
    objectOr(t.metadata),
  ]) {
    Object.assign(labels, objectOr(meta.labels));
    Object.assign(annotations, objectOr(meta.annotations));
  }
  return { labels, annotations };
}
