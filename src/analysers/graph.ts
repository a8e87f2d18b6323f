import { dangerOf, describeTarget } from '../rbac/delta.js';
import { effectivePermissions, UNSET_NAMESPACE, type PermissionMap } from '../rbac/permissions.js';
import { RBAC_KINDS, type ResourceRecord } from '../records.js';
import type { AnalyserName } from '../rules/rule.js';
import type { JsonObject, Location } from '../types.js';
import type { AnalysisInput, WorkloadFacts } from './facts.js';

// The objects of a scan, indexed for walking from one to another: by kind, scope and name;
// workloads by scope; and what each service account may do, from the same permission model
// as the RBAC delta.
//
// Two objects are connected only within one scope, which is where they are sure to be
// applied together:
// - a manifest that names its namespace: that namespace, anywhere in the repository;
// - a manifest that names none: its folder (the namespace is chosen when it is applied, and
//   unrelated folders may go to unrelated namespaces);
// - a rendered chart or overlay: its own output (a chart's namespace is the release's).

/** What an analyser reports, before it becomes a finding of its rule. */
export interface AnalyserFinding {
  analyser: AnalyserName;
  /** The workload the finding is on (its location and waivers), or another anchor. */
  workload?: WorkloadFacts;
  anchor?: { id: string; location: Location; waivers: JsonObject };
  message: string;
  /** Line-free parts that identify the finding (for its fingerprint). */
  identity: string[];
  related: { location: Location; message: string }[];
}

/** A dangerous permission a service account holds, and the binding that grants it. */
export interface Power {
  summary: string;
  location?: Location;
}

/** What a scope is computed from: a record or a workload's facts. */
interface Placed {
  namespace: string;
  location: Location;
  unit?: string;
}

const folder = (file: string) => file.slice(0, Math.max(0, file.lastIndexOf('/')));

/** The scope of an object in `namespace`, placed where `from` is (see the comment above). */
function scopeFor(from: Placed, namespace: string): string {
  if (from.unit !== undefined) return `render:${from.unit}|${namespace}`;
  return namespace ? `ns:${namespace}` : `dir:${folder(from.location.file)}`;
}

const scopeOf = (p: Placed): string => scopeFor(p, p.namespace);

/** Kinds with one name for the whole cluster: found across folders (within one render). */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
]);

function keyOf(kind: string, from: Placed, namespace: string, name: string): string {
  const scope = CLUSTER_SCOPED.has(kind) ? `cluster:${from.unit ?? ''}` : scopeFor(from, namespace);
  return `${kind}|${scope}|${name}`;
}

export class Graph {
  private readonly byKey = new Map<string, ResourceRecord>();
  /** Records by unit and id (`unit\u0000Kind/ns/name`), for the bindings behind a power. */
  private readonly byUnitId = new Map<string, ResourceRecord>();
  private readonly policiesByScope = new Map<string, ResourceRecord[]>();
  private readonly byKind = new Map<string, ResourceRecord[]>();
  private readonly workloadsByScope = new Map<string, WorkloadFacts[]>();
  /** Workloads by scope and one pod label (`scope|key=value`), for selectors. */
  private readonly workloadsByLabel = new Map<string, WorkloadFacts[]>();
  private readonly permissions = new Map<string, PermissionMap>();
  private readonly powers = new Map<string, Power[]>();

  constructor(readonly input: AnalysisInput) {
    for (const r of input.objects) {
      const key = keyOf(r.kind, r, r.namespace, r.id.split('/').slice(2).join('/'));
      const unitId = `${r.unit ?? ''}\u0000${r.id}`;
      if (!this.byUnitId.has(unitId)) this.byUnitId.set(unitId, r);
      if (r.kind === 'NetworkPolicy') {
        const scope = scopeOf(r);
        const policies = this.policiesByScope.get(scope) ?? [];
        policies.push(r);
        this.policiesByScope.set(scope, policies);
      }
      if (!this.byKey.has(key)) this.byKey.set(key, r);
      const list = this.byKind.get(r.kind) ?? [];
      list.push(r);
      this.byKind.set(r.kind, list);
    }
    for (const w of input.workloads) {
      const scope = scopeOf(w);
      const list = this.workloadsByScope.get(scope) ?? [];
      list.push(w);
      this.workloadsByScope.set(scope, list);
      for (const [k, v] of Object.entries(w.podLabels)) {
        const key = `${scope}|${k}=${v}`;
        const byLabel = this.workloadsByLabel.get(key) ?? [];
        byLabel.push(w);
        this.workloadsByLabel.set(key, byLabel);
      }
    }
  }

  /**
   * The workloads beside `p` whose pod labels include every pair: looked up by the first
   * pair, so that many Services over many workloads stay linear.
   */
  workloadsMatching(p: Placed, pairs: readonly [string, string][]): WorkloadFacts[] {
    if (pairs.length === 0) return [];
    const [k, v] = pairs[0];
    const candidates = this.workloadsByLabel.get(`${scopeOf(p)}|${k}=${v}`) ?? [];
    return candidates.filter((w) => pairs.every(([a, b]) => w.podLabels[a] === b));
  }

  /** The object `kind` named `name` in `namespace`, as seen from `from`. */
  object(kind: string, from: Placed, namespace: string, name: string): ResourceRecord | undefined {
    return this.byKey.get(keyOf(kind, from, namespace, name));
  }

  /** The NetworkPolicies of one scope. */
  policiesIn(scope: string): readonly ResourceRecord[] {
    return this.policiesByScope.get(scope) ?? [];
  }

  ofKind(kind: string): readonly ResourceRecord[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Each scope that runs workloads, with them. */
  scopes(): [string, readonly WorkloadFacts[]][] {
    return [...this.workloadsByScope.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /** Effective permissions among the objects applied together with `unit` (plain or one render). */
  private permissionsFor(unit: string | undefined): PermissionMap {
    const key = unit ?? '';
    let map = this.permissions.get(key);
    if (!map) {
      map = effectivePermissions(
        this.input.objects
          .filter((r) => RBAC_KINDS.has(r.kind) && r.unit === unit)
          .map((r) => ({ object: r.object, id: r.id })),
      );
      this.permissions.set(key, map);
    }
    return map;
  }

  /** The dangerous permissions of the service account a workload runs as. */
  powerOf(workload: WorkloadFacts): Power[] {
    const subject = `ServiceAccount ${workload.namespace || UNSET_NAMESPACE}/${workload.serviceAccount}`;
    const cacheKey = `${workload.unit ?? ''}\u0000${subject}`;
    const cached = this.powers.get(cacheKey);
    if (cached) return cached;
    const grants = this.permissionsFor(workload.unit).get(subject);
    const out: Power[] = [];
    const seen = new Set<string>();
    for (const { grant, sources } of grants?.values() ?? []) {
      const danger = dangerOf(grant);
      if (!danger) continue;
      const binding = sources[0]?.binding ?? '';
      const role = sources[0]?.role ?? '';
      // One line per binding is enough to name the problem; the rest are alike.
      if (seen.has(binding)) continue;
      seen.add(binding);
      const where = grant.scope === 'cluster' ? 'cluster-wide' : `in ${grant.scope}`;
      const verb = grant.verb === '*' ? 'do anything' : grant.verb;
      const summary = `its service account "${workload.serviceAccount}" may ${verb} on ${describeTarget(grant)} ${where} through ${binding} (${role}): ${danger}`;
      const record = this.byUnitId.get(`${workload.unit ?? ''}\u0000${binding}`);
      out.push({ summary, ...(record ? { location: record.location } : {}) });
    }
    this.powers.set(cacheKey, out);
    return out;
  }
}
