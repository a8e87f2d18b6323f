import { valueAt } from '../model/field-path.js';
import {
  isJsonObject,
  type FieldPath,
  type JsonObject,
  type JsonValue,
  type PathSegment,
} from '../model/types.js';
import { indexByKey, mergeKeyOf, type Layer, type Layers, type PodSources } from './pod-sources.js';

/** One pod of a workload, as the rules see it. */
export interface WorkloadView {
  podSpec: JsonObject;
  /**
   * Where the pod spec is: `$pod.` paths start there, and the pod's own location. For an
   * assembled pod (see `sources`), the place that holds most of it (an Argo template).
   */
  podSpecPath: FieldPath;
  podMeta: JsonObject;
  /** Where the pod's metadata is written, when not beside the pod spec (an Argo template's). */
  podMetaPath?: FieldPath;
  /**
   * For one of several pods of one object (an Argo Workflow's templates), its name: findings
   * inside it name it, and qualify the names of its containers (`build.main`).
   */
  name?: string;
  /** What findings call such a pod: `template`, `pod`. */
  noun?: string;
  /** For a pod spec assembled from several places: where each part of it is written. */
  sources?: PodSources;
  /**
   * Set when something the manifest does not show runs in the pod and calls the Kubernetes
   * API with its service-account token (Argo's executor): the token is needed.
   */
  needsToken?: boolean;
}

/** The view of the pod spec at `path`, with the metadata beside it; undefined when none is. */
export function viewAt(object: JsonObject, path: FieldPath): WorkloadView | undefined {
  const podSpec = valueAt(object, path);
  if (!isJsonObject(podSpec)) return undefined;
  const podMeta = valueAt(object, [...path.slice(0, -1), 'metadata']);
  return { podSpec, podSpecPath: path, podMeta: isJsonObject(podMeta) ? podMeta : {} };
}

/**
 * The operating system a pod is for, as its spec says: `spec.os.name` (since Kubernetes 1.25
 * the API server rejects Linux-only fields on a pod that says `windows`, and the Pod Security
 * Standards relax the Linux-only controls for it), else, without `os`, the
 * `kubernetes.io/os` node selector that schedules it. '' when neither says: Linux in
 * practice. Rules read it as the CEL variable `podOS`, so that "is this a Windows pod" is
 * decided here once.
 */
export function podOS(podSpec: JsonObject): string {
  if (isJsonObject(podSpec.os)) return typeof podSpec.os.name === 'string' ? podSpec.os.name : '';
  const selector = isJsonObject(podSpec.nodeSelector)
    ? podSpec.nodeSelector['kubernetes.io/os']
    : '';
  return typeof selector === 'string' ? selector : '';
}

/**
 * The service account a pod runs as: serviceAccountName, else the deprecated
 * serviceAccount, else the namespace's `default`.
 */
export function serviceAccountOf(podSpec: JsonObject): string {
  for (const name of [podSpec.serviceAccountName, podSpec.serviceAccount])
    if (typeof name === 'string' && name !== '') return name;
  return 'default';
}

/** One item a rule iterates over, with the CEL variables it binds and where it lives. */
export interface Element {
  vars: Record<string, unknown>;
  path: PathSegment[];
  name?: string;
  /** The container the element belongs to, for per-container waivers. */
  container?: string;
  /**
   * Which entry of the container the element is, when the entry has a name of its own (an
   * env var's): named in the message and the fingerprint, so that two variables of one
   * container are two findings that a diff can tell apart.
   */
  item?: string;
  /**
   * For an item of an assembled pod that more than one place gives (see pod-sources.ts):
   * where its fields are written. `path` stays its own place.
   */
  layers?: Layers;
}

const CONTAINER_LISTS = [
  ['containers', 'container'],
  ['initContainers', 'initContainer'],
  ['ephemeralContainers', 'ephemeralContainer'],
] as const;

function list(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : [];
}

function nameOf(v: JsonValue, fallback: string): string {
  return isJsonObject(v) && typeof v.name === 'string' && v.name ? v.name : fallback;
}

/**
 * Sets where item `i` of the pod spec's list `listName` is on `element`: its own place, and
 * its layers when it has any (an assembled pod). Assigned, not spread: this runs for every
 * container of a scan.
 */
function placeItem(element: Element, view: WorkloadView, listName: string, i: number): Element {
  const source = view.sources?.items[listName]?.[i];
  if (!source) return element;
  element.path = [...source.path];
  if (source.layers) element.layers = source.layers;
  return element;
}

// The element lists below are plain loops, not forEach or flatMap over closures: they run
// for every workload of a scan.

export function containerElements(view: WorkloadView): Element[] {
  const out: Element[] = [];
  for (const [listName, containerType] of CONTAINER_LISTS) {
    const containers = list(view.podSpec[listName]);
    for (let i = 0; i < containers.length; i++) {
      const container = containers[i];
      if (!isJsonObject(container)) continue;
      const name = nameOf(container, `${listName}[${i}]`);
      const element: Element = {
        vars: { element: container, container, containerType },
        path: [...view.podSpecPath, listName, i],
        name,
        container: name,
      };
      out.push(view.sources ? placeItem(element, view, listName, i) : element);
    }
  }
  return out;
}

/**
 * Sets where the entry `item` of the container's list `key` is written, for a container with
 * layers: each layer with an entry of the same merge key gives a layer of the entry.
 */
function placeNested(element: Element, c: Element, key: string, item: JsonValue): void {
  const mergeKey = mergeKeyOf(key);
  const layers: Layer[] = [];
  for (const layer of c.layers ?? []) {
    if (!isJsonObject(layer.value)) continue;
    const entries = list(layer.value[key]);
    const at = mergeKey ? indexByKey(entries, mergeKey, item) : -1;
    if (at < 0) continue;
    layers.push({
      path: layer.opaque ? layer.path : [...layer.path, key, at],
      value: entries[at],
      ...(layer.opaque ? { opaque: true } : {}),
    });
  }
  if (layers.length === 0) return;
  // Its own place is the first layer written out in the manifest, else the patch.
  element.path = [...(layers.find((l) => !l.opaque) ?? layers[0]).path];
  element.layers = layers;
}

function nested(view: WorkloadView, key: 'ports' | 'env', alias: 'port' | 'env'): Element[] {
  const out: Element[] = [];
  for (const c of containerElements(view)) {
    const { container, containerType } = c.vars as { container: JsonObject; containerType: string };
    const items = list(container[key]);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isJsonObject(item)) continue;
      const element: Element = {
        // The container's variables with the item as the element (as a spread of them).
        vars: { element: item, container, containerType, [alias]: item },
        path: [...c.path, key, i],
        name: c.name,
        container: c.container,
      };
      if (c.layers) placeNested(element, c, key, item);
      // Only env vars: a port's findings already name the port field they are about.
      if (key === 'env' && typeof item.name === 'string' && item.name) element.item = item.name;
      out.push(element);
    }
  }
  return out;
}

function volumeElements(view: WorkloadView): Element[] {
  const out: Element[] = [];
  const volumes = list(view.podSpec.volumes);
  for (let i = 0; i < volumes.length; i++) {
    const v = volumes[i];
    if (!isJsonObject(v)) continue;
    const element: Element = {
      vars: { element: v, volume: v },
      path: [...view.podSpecPath, 'volumes', i],
      name: nameOf(v, `volumes[${i}]`),
    };
    out.push(view.sources ? placeItem(element, view, 'volumes', i) : element);
  }
  return out;
}

function policyRuleElements(object: JsonObject): Element[] {
  const out: Element[] = [];
  const rules = list(object.rules);
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (isJsonObject(r))
      out.push({ vars: { element: r, rule: r }, path: ['rules', i], name: `rules[${i}]` });
  }
  return out;
}

function subjectElements(object: JsonObject): Element[] {
  const out: Element[] = [];
  const subjects = list(object.subjects);
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i];
    if (!isJsonObject(s)) continue;
    out.push({
      vars: { element: s, subject: s },
      path: ['subjects', i],
      name: `${String(s.kind ?? '')}/${String(s.name ?? '')}`,
    });
  }
  return out;
}

export function elementsFor(
  forEach: string | undefined,
  object: JsonObject,
  view: WorkloadView | undefined,
): Element[] {
  switch (forEach) {
    case undefined:
      return [{ vars: { element: object }, path: [] }];
    case 'container':
      return view ? containerElements(view) : [];
    case 'containerPort':
      return view ? nested(view, 'ports', 'port') : [];
    case 'envVar':
      return view ? nested(view, 'env', 'env') : [];
    case 'volume':
      return view ? volumeElements(view) : [];
    case 'policyRule':
      return policyRuleElements(object);
    case 'subject':
      return subjectElements(object);
    default:
      return [];
  }
}
