import { valueAt } from '../model/field-path.js';
import { isJsonObject, type FieldPath, type JsonObject, type JsonValue } from '../model/types.js';

// A pod spec that no manifest writes out whole (an Argo Workflows template's pod: its
// containers in the template, its security context in the template or the workflow, a
// podSpecPatch over both) is assembled for the rules, and each of its parts remembers where
// it was written, so that a finding still lands on the line to edit.

/** One place that gives (part of) an assembled value. */
export interface Layer {
  /** Where the value is written in the object. */
  path: FieldPath;
  value: JsonValue;
  /**
   * The value was read from a string (an Argo podSpecPatch): its fields have no lines of
   * their own, so a finding about any of them points at the string.
   */
  opaque?: boolean;
}

/** The layers of one value, highest priority first (a patch before what it patches). */
export type Layers = readonly Layer[];

/** One item of an assembled list (a container, a volume): where it lives, and its layers. */
export interface ItemSource {
  /** Its own place, where a finding about a field that no layer has points. */
  path: FieldPath;
  /** Set when more than one place gives the item (a patch or defaults merged into it). */
  layers?: Layers;
}

/** Where the parts of an assembled pod spec are. */
export interface PodSources {
  /** Per pod spec key (securityContext, hostNetwork...), the layers of its value. */
  fields: Record<string, Layers>;
  /** Per list of the pod spec (containers, initContainers, volumes...), each item's source. */
  items: Record<string, ItemSource[]>;
  /**
   * Where a pod field that no place sets would be added to fix every pod at once (an Argo
   * workflow's spec); unset: the pod's own place.
   */
  unset?: FieldPath;
  /** The layers of the pod's metadata (labels, annotations), for `$podMeta.` paths. */
  meta?: Layers;
}

/**
 * Where `rest` (a path inside the layers' value) is written: in the first layer that holds
 * it, or undefined when none does.
 */
export function holdingPath(layers: Layers, rest: FieldPath): FieldPath | undefined {
  for (const layer of layers)
    if (valueAt(layer.value, rest) !== undefined)
      return layer.opaque ? layer.path : [...layer.path, ...rest];
  return undefined;
}

/** Lists whose items a strategic merge patch matches by a key, as Kubernetes defines them. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  env: 'name',
  imagePullSecrets: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
};

/** The merge key of the list under `key`, or undefined for a list that a patch replaces. */
export function mergeKeyOf(key: string): string | undefined {
  return MERGE_KEYS[key];
}

/** The index of the item of `list` whose `key` equals that of `item`, or -1. */
export function indexByKey(list: readonly JsonValue[], key: string, item: JsonValue): number {
  if (!isJsonObject(item) || item[key] === undefined) return -1;
  return list.findIndex((x) => isJsonObject(x) && x[key] === item[key]);
}

/**
 * `patch` applied over `base` as a strategic merge patch does for pod specs: mappings merge
 * key by key, the keyed lists above merge item by item, anything else the patch replaces.
 * (Directives such as `$patch: delete` are not read: a patch that removes is rare, and
 * keeping the base's value errs towards a finding.) Neither argument is changed.
 */
export function mergePatch(base: JsonValue | undefined, patch: JsonValue, key = ''): JsonValue {
  if (isJsonObject(base) && isJsonObject(patch)) {
    const out: JsonObject = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = mergePatch(base[k], v, k);
    return out;
  }
  const mergeKey = mergeKeyOf(key);
  if (mergeKey && Array.isArray(base) && Array.isArray(patch)) {
    const out = [...base];
    for (const item of patch) {
      const at = indexByKey(out, mergeKey, item);
      if (at < 0) out.push(item);
      else out[at] = mergePatch(out[at], item);
    }
    return out;
  }
  return patch;
}

/** The value the layers make together: the lowest first, each higher one merged over it. */
export function mergedValue(layers: Layers, key: string): JsonValue | undefined {
  let value: JsonValue | undefined;
  for (let i = layers.length - 1; i >= 0; i--)
    value = value === undefined ? layers[i].value : mergePatch(value, layers[i].value, key);
  return value;
}
