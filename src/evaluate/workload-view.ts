import { valueAt } from '../model/field-path.js';
import {
  isJsonObject,
  type FieldPath,
  type JsonObject,
  type JsonValue,
  type PathSegment,
} from '../model/types.js';

export interface WorkloadView {
  podSpec: JsonObject;
  podSpecPath: FieldPath;
  podMeta: JsonObject;
}

/** The pod spec of a workload (built-in or configured custom kind), or undefined. */
export function workloadView(
  object: JsonObject,
  kind: string,
  podSpecPaths: Record<string, FieldPath>,
): WorkloadView | undefined {
  const podSpecPath = podSpecPaths[kind];
  if (!podSpecPath) return undefined;
  const podSpec = valueAt(object, podSpecPath);
  if (!isJsonObject(podSpec)) return undefined;
  const metaPath = [...podSpecPath.slice(0, -1), 'metadata'];
  const podMeta = valueAt(object, metaPath);
  return { podSpec, podSpecPath, podMeta: isJsonObject(podMeta) ? podMeta : {} };
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
      out.push({
        vars: { element: container, container, containerType },
        path: [...view.podSpecPath, listName, i],
        name,
        container: name,
      });
    }
  }
  return out;
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
    out.push({
      vars: { element: v, volume: v },
      path: [...view.podSpecPath, 'volumes', i],
      name: nameOf(v, `volumes[${i}]`),
    });
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
