import {
  isJsonObject,
  resourceId,
  type FieldPath,
  type JsonObject,
  type Location,
  type Resource,
} from '../model/types.js';
import { ADMISSION_BINDING_KIND, ADMISSION_POLICY_KIND } from './admission/index.js';

// What a scan can keep of the resources themselves, beyond their findings: the analyses that
// compare or combine objects (the RBAC delta, what a pull request changes in a namespace,
// `oldObject` for rules) need the objects, while a plain scan needs none. Records are plain
// data, so that scan workers can send them back to the main thread.

/**
 * `none`: keep nothing (the default, and the cheapest). `policy`: what says who may do
 * what: Roles, ClusterRoles and their bindings, admission policies, their bindings and the
 * Namespaces. `all`: every resource.
 */
export type RecordMode = 'none' | 'policy' | 'all';

export const RBAC_KINDS: ReadonlySet<string> = new Set([
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
]);

/** One resource as a scan saw it: identity, where people edit it, and the object. */
export interface ResourceRecord {
  /** `Kind/namespace/name`, as in findings. */
  id: string;
  kind: string;
  namespace: string;
  /** The line of its `metadata.name` (or nearest parent) in the file people edit. */
  location: Location;
  object: JsonObject;
  /** For a rendered resource: the chart or overlay it came from (see analyse/graph.ts). */
  unit?: string;
  /**
   * A binding's parts, by field path (`roleRef.name`, `subjects[0].name`), in the file
   * people edit: where the findings that the objects tell together land (analysers/bindings.ts).
   */
  parts?: Record<string, Location>;
}

// The engine says what an admission policy is; the records keep them by the same names.
export { ADMISSION_BINDING_KIND, ADMISSION_POLICY_KIND };

/**
 * The objects that say how admission policies apply: the policies, their bindings, and the
 * Namespaces (their labels, for namespaceSelector). Params are found apart, by the kinds
 * the policies name (pipeline/admission-sources.ts).
 */
export const ADMISSION_KINDS: ReadonlySet<string> = new Set([
  ADMISSION_POLICY_KIND,
  ADMISSION_BINDING_KIND,
  'Namespace',
]);

/** The kinds whose records keep their parts' locations (ResourceRecord.parts). */
const BINDING_KINDS: ReadonlySet<string> = new Set(['RoleBinding', 'ClusterRoleBinding']);

/**
 * The field paths of a binding's parts, or an admission policy's validations, with their
 * keys in ResourceRecord.parts.
 */
export function partPaths(resource: Resource): [string, FieldPath][] {
  if (resource.kind === ADMISSION_POLICY_KIND) return validationPaths(resource.object);
  if (!BINDING_KINDS.has(resource.kind)) return [];
  const out: [string, FieldPath][] = [['roleRef.name', ['roleRef', 'name']]];
  const subjects = resource.object.subjects;
  if (Array.isArray(subjects))
    subjects.forEach((s, i) => {
      if (isJsonObject(s)) out.push([`subjects[${i}].name`, ['subjects', i, 'name']]);
    });
  return out;
}

/** An admission policy's validations (`spec.validations[0]`), where its findings relate. */
function validationPaths(policy: JsonObject): [string, FieldPath][] {
  const spec = policy.spec;
  const validations = isJsonObject(spec) ? spec.validations : undefined;
  if (!Array.isArray(validations)) return [];
  return validations.map((_v, i): [string, FieldPath] => [
    `spec.validations[${i}]`,
    ['spec', 'validations', i],
  ]);
}

export function keepsRecord(mode: RecordMode, resource: Pick<Resource, 'kind'>): boolean {
  if (mode === 'all') return true;
  if (mode === 'none') return false;
  return RBAC_KINDS.has(resource.kind) || ADMISSION_KINDS.has(resource.kind);
}

/** The record of `resource`, at the line its name is on (before any relocation). */
export function recordOf(resource: Resource): ResourceRecord {
  const { line } = resource.locator.locate([...resource.basePath, 'metadata', 'name']);
  const record: ResourceRecord = {
    id: resourceId(resource),
    kind: resource.kind,
    namespace: resource.namespace,
    location: { file: resource.file, line },
    object: resource.object,
  };
  const paths = partPaths(resource);
  if (paths.length) {
    const parts: Record<string, Location> = {};
    for (const [key, path] of paths)
      parts[key] = {
        file: resource.file,
        line: resource.locator.locate([...resource.basePath, ...path]).line,
      };
    record.parts = parts;
  }
  return record;
}

/** Base objects by resource id, for rules that read `oldObject`. */
export function oldObjectsOf(records: readonly ResourceRecord[]): Map<string, JsonObject> {
  return new Map(records.map((r) => [r.id, r.object]));
}

/** True when a rule's check reads the base version of its resource. */
export function readsOldObject(check: string | undefined): boolean {
  return check !== undefined && /\boldObject\b/.test(check);
}
