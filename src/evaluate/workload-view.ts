import { valueAt } from '../parse/field-path.js';
import {
  isJsonObject,
  type FieldPath,
  type JsonObject,
  type JsonValue,
  type PathSegment,
} from '../types.js';

const TEMPLATE_SPEC: FieldPath = ['spec', 'template', 'spec'];

/** Where each built-in workload kind keeps its pod spec. */
export const WORKLOAD_POD_SPEC_PATHS: Record<string, FieldPath> = {
  Pod: ['spec'],
  Deployment: TEMPLATE_SPEC,
  StatefulSet: TEMPLATE_SPEC,
  DaemonSet: TEMPLATE_SPEC,
  ReplicaSet: TEMPLATE_SPEC,
  ReplicationController: TEMPLATE_SPEC,
  Job: TEMPLATE_SPEC,
  // OpenShift's DeploymentConfig keeps its pod template where a Deployment does.
  DeploymentConfig: TEMPLATE_SPEC,
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

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

/** One item a rule iterates over, with the CEL variables it binds and where it lives. */
export interface Element {
  vars: Record<string, unknown>;
  path: PathSegment[];
  name?: string;
  /** The container the element belongs to, for per-container waivers. */
  container?: string;
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

export function containerElements(view: WorkloadView): Element[] {
  const out: Element[] = [];
  for (const [listName, containerType] of CONTAINER_LISTS) {
    list(view.podSpec[listName]).forEach((container, i) => {
      if (!isJsonObject(container)) return;
      const name = nameOf(container, `${listName}[${i}]`);
      out.push({
        vars: { element: container, container, containerType },
        path: [...view.podSpecPath, listName, i],
        name,
        container: name,
      });
    });
  }
  return out;
}

function nested(view: WorkloadView, key: 'ports' | 'env', alias: 'port' | 'env'): Element[] {
  const out: Element[] = [];
  for (const c of containerElements(view)) {
    const container = c.vars.container as JsonObject;
    list(container[key]).forEach((item, i) => {
      if (!isJsonObject(item)) return;
      out.push({
        vars: { ...c.vars, element: item, [alias]: item },
        path: [...c.path, key, i],
        name: c.name,
        container: c.container,
      });
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
      return view
        ? list(view.podSpec.volumes).flatMap((v, i) =>
            isJsonObject(v)
              ? [
                  {
                    vars: { element: v, volume: v },
                    path: [...view.podSpecPath, 'volumes', i],
                    name: nameOf(v, `volumes[${i}]`),
                  },
                ]
              : [],
          )
        : [];
    case 'policyRule':
      return list(object.rules).flatMap((r, i) =>
        isJsonObject(r)
          ? [{ vars: { element: r, rule: r }, path: ['rules', i], name: `rules[${i}]` }]
          : [],
      );
    case 'subject':
      return list(object.subjects).flatMap((s, i) =>
        isJsonObject(s)
          ? [
              {
                vars: { element: s, subject: s },
                path: ['subjects', i],
                name: `${String(s.kind ?? '')}/${String(s.name ?? '')}`,
              },
            ]
          : [],
      );
    default:
      return [];
  }
}
