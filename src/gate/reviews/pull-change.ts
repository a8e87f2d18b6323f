import { applyWaivers, type WaiverPolicy } from '../../evaluate/waivers.js';
import {
  rbacDelta,
  describeChange,
  describeSubject,
  type RbacChange,
} from '../../analyse/rbac/delta.js';
import { unresolvedBindings, type UnresolvedBinding } from '../../analyse/rbac/permissions.js';
import { RBAC_KINDS, type ResourceRecord } from '../../evaluate/records.js';
import { systemFinding } from '../../evaluate/rules/system-rules.js';
import type { Finding, JsonObject, JsonValue, Location } from '../../model/types.js';
import type { ResourceChange, WaiverChange } from './triggers.js';

// What a pull request changes, computed from the records and findings of the base and head
// scans: resources added, changed or removed; the RBAC delta and the findings its dangerous
// gains become; and the waivers it writes.

/** JSON with sorted keys: reordering keys or reformatting a manifest is not a change. */
function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function resourceChanges(
  base: readonly ResourceRecord[],
  head: readonly ResourceRecord[],
): ResourceChange[] {
  const before = new Map(base.map((r) => [r.id, r]));
  const after = new Map(head.map((r) => [r.id, r]));
  const out: ResourceChange[] = [];
  for (const [id, h] of after) {
    const b = before.get(id);
    if (!b) out.push({ id, namespace: h.namespace, change: 'added', location: h.location });
    else if (canonical(b.object) !== canonical(h.object))
      out.push({ id, namespace: h.namespace, change: 'changed', location: h.location });
  }
  for (const [id, b] of before) {
    if (!after.has(id))
      out.push({ id, namespace: b.namespace, change: 'removed', location: b.location });
  }
  return out;
}

const rbacObjects = (records: readonly ResourceRecord[]) =>
  records.filter((r) => RBAC_KINDS.has(r.kind)).map((r) => ({ object: r.object, id: r.id }));

export interface RbacOutcome {
  changes: RbacChange[];
  /** Bindings the pull request adds or changes whose grants cannot be told in full here. */
  unresolved: UnresolvedBinding[];
  /** One finding per dangerous gain, at its binding (waivable there). */
  findings: Finding[];
  /** Where the first binding behind a change is, for triggers. */
  locationOf: (c: RbacChange) => Location | undefined;
  fingerprintOf: (c: RbacChange) => string | undefined;
}

export function rbacOutcome(
  base: readonly ResourceRecord[],
  head: readonly ResourceRecord[],
  policy: WaiverPolicy,
): RbacOutcome {
  const changes = rbacDelta(rbacObjects(base), rbacObjects(head));
  const known = new Set(
    unresolvedBindings(rbacObjects(base)).map(
      (u) => `${u.binding}\u0000${u.role}\u0000${u.reason}`,
    ),
  );
  const unresolved = unresolvedBindings(rbacObjects(head)).filter(
    (u) => !known.has(`${u.binding}\u0000${u.role}\u0000${u.reason}`),
  );
  const byId = new Map(head.map((r) => [r.id, r]));
  const locationOf = (c: RbacChange) => {
    for (const s of c.sources) {
      const r = byId.get(s.binding) ?? byId.get(s.role);
      if (r) return r.location;
    }
    return undefined;
  };
  const fingerprints = new Map<RbacChange, string>();
  const findings: Finding[] = [];
  for (const c of changes) {
    if (c.direction !== 'gains' || !c.danger) continue;
    const binding = c.sources.map((s) => byId.get(s.binding)).find((r) => r !== undefined);
    const location = locationOf(c) ?? { file: '', line: 1 };
    const finding = systemFinding(
      'rbac-permission-gain',
      {
        message: describeChange(c),
        location,
        resource: binding?.id ?? c.sources[0]?.binding ?? '',
        element: describeSubject(c.subject),
        fieldPath: 'subjects',
      },
      [c.subject, c.scope, c.target, c.danger],
    );
    const metadata = binding?.object.metadata as JsonObject | undefined;
    applyWaivers([finding], metadata?.annotations as JsonObject | undefined, policy);
    fingerprints.set(c, finding.fingerprint);
    findings.push(finding);
  }
  return {
    changes,
    unresolved,
    findings,
    locationOf,
    fingerprintOf: (c) => fingerprints.get(c),
  };
}

/** Waivers on head findings that the base did not have in the same form. */
export function waiverChanges(head: readonly Finding[], base: readonly Finding[]): WaiverChange[] {
  const before = new Map(base.map((f) => [f.fingerprint, f]));
  const out: WaiverChange[] = [];
  for (const f of head) {
    // The config's list comes from the base commit on a pull request: already trusted.
    if (f.waiver?.origin !== 'annotation') continue;
    const b = before.get(f.fingerprint)?.waiver;
    if (!b) out.push({ finding: f, change: 'added' });
    else if (b.reason !== f.waiver.reason || b.expires !== f.waiver.expires)
      out.push({ finding: f, change: 'changed' });
  }
  return out;
}
