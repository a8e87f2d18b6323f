import { describeId } from '../model/namespaces.js';
import { dangerOf, describeScope, describeTarget } from './rbac/delta.js';
import {
  effectivePermissions,
  UNSET_NAMESPACE,
  type Grant,
  type PermissionMap,
} from './rbac/permissions.js';
import { RBAC_KINDS, type ResourceRecord } from '../evaluate/records.js';
import type { AnalyserName } from '../evaluate/rules/rule.js';
import type { AccountRef, JsonObject, Location, Severity } from '../model/types.js';
import type { AnalysisInput, WorkloadFacts } from '../evaluate/analysis-facts.js';

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
  /** At most this severity (below the rule's). */
  severity?: Severity;
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
export interface Placed {
  namespace: string;
  location: Location;
  unit?: string;
}

const folder = (file: string) => file.slice(0, Math.max(0, file.lastIndexOf('/')));

/** The kind part of a resource id (`Kind/namespace/name`): everything before the first "/". */
export function kindOfId(id: string): string {
  const first = id.indexOf('/');
  return first < 0 ? id : id.slice(0, first);
}

/** The name part of a resource id (`Kind/namespace/name`): everything after the second "/". */
export function nameOfId(id: string): string {
  const first = id.indexOf('/');
  const second = first < 0 ? -1 : id.indexOf('/', first + 1);
  return second < 0 ? '' : id.slice(second + 1);
}

/** Adds `item` to the list under `key`, starting the list when there is none. */
function appendTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The scope of an object in `namespace`, placed where `from` is (see the comment above). */
function scopeFor(from: Placed, namespace: string): string {
  if (from.unit !== undefined) return `render:${from.unit}|${namespace}`;
  return namespace ? `ns:${namespace}` : `dir:${folder(from.location.file)}`;
}

const scopeOf = (p: Placed): string => scopeFor(p, p.namespace);

/** A record's key among the objects of every unit: `unit\u0000Kind/ns/name`. */
const unitIdOf = (unit: string | undefined, id: string): string => `${unit ?? ''}\u0000${id}`;
const recordUnitIdOf = (r: ResourceRecord): string => unitIdOf(r.unit, r.id);

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

/** A record's own key in the index by scope and name (keyOf, as seen from itself). */
const recordKeyOf = (r: ResourceRecord): string => keyOf(r.kind, r, r.namespace, nameOfId(r.id));

export class Graph {
  /**
   * Per kind, its records by scope and name (keyOf), and by unit and id
   * (`unit\u0000Kind/ns/name`, for the bindings behind a power): built for a kind the first
   * time it is looked up, since most kinds never are.
   */
  private readonly byKey = new Map<string, Map<string, ResourceRecord>>();
  private readonly byUnitId = new Map<string, Map<string, ResourceRecord>>();
  private readonly policiesByScope = new Map<string, ResourceRecord[]>();
  private readonly byKind = new Map<string, ResourceRecord[]>();
  private readonly workloadsByScope = new Map<string, WorkloadFacts[]>();
  /** Workloads by scope and one pod label (`scope|key=value`), for selectors. */
  private readonly workloadsByLabel = new Map<string, WorkloadFacts[]>();
  private readonly permissions = new Map<string, PermissionMap>();
  private readonly powers = new Map<string, Power[]>();
  /**
   * dangerOf by verb, API group, resource and whether the grant names its objects, the only
   * parts of a grant it reads: the same roles are bound to many service accounts, and
   * dangerOf tests a dozen patterns.
   */
  private readonly dangers = new Map<string, string | undefined>();

  constructor(readonly input: AnalysisInput) {
    // Built on the main thread after every file of a scan: one Map lookup per list, and no
    // arrays to cut ids apart.
    for (const r of input.objects) {
      if (r.kind === 'NetworkPolicy') appendTo(this.policiesByScope, scopeOf(r), r);
      appendTo(this.byKind, r.kind, r);
    }
    for (const w of input.workloads) {
      const scope = scopeOf(w);
      appendTo(this.workloadsByScope, scope, w);
      for (const k of Object.keys(w.podLabels))
        appendTo(this.workloadsByLabel, `${scope}|${k}=${w.podLabels[k]}`, w);
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
    return this.indexOf(this.byKey, kind, recordKeyOf).get(keyOf(kind, from, namespace, name));
  }

  /** The record with resource id `id` among the objects applied with `unit`. */
  private objectById(unit: string | undefined, id: string): ResourceRecord | undefined {
    const index = this.indexOf(this.byUnitId, kindOfId(id), recordUnitIdOf);
    return index.get(unitIdOf(unit, id));
  }

  /** The records of `kind` by `key`, built into `indexes` the first time it is asked for. */
  private indexOf(
    indexes: Map<string, Map<string, ResourceRecord>>,
    kind: string,
    key: (r: ResourceRecord) => string,
  ): Map<string, ResourceRecord> {
    let index = indexes.get(kind);
    if (!index) {
      index = new Map();
      // The first object of a key wins (as it would in a repository applied in file order).
      for (const r of this.ofKind(kind)) {
        const k = key(r);
        if (index.get(k) === undefined) index.set(k, r);
      }
      indexes.set(kind, index);
    }
    return index;
  }

  /** The NetworkPolicies of one scope. */
  policiesIn(scope: string): readonly ResourceRecord[] {
    return this.policiesByScope.get(scope) ?? [];
  }

  ofKind(kind: string): readonly ResourceRecord[] {
    return this.byKind.get(kind) ?? [];
  }

  /**
   * The workloads deployed beside `from` whose pods run as the service account `account` of
   * `namespace` (`default` for pods that name none).
   */
  workloadsAs(from: Placed, namespace: string, account: string): WorkloadFacts[] {
    const workloads = this.workloadsByScope.get(scopeFor(from, namespace)) ?? [];
    return workloads.filter((w) => w.serviceAccount === account && !w.notDeployed);
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

  private dangerOf(grant: Grant): string | undefined {
    const key = `${grant.verb}\u0000${grant.apiGroup}\u0000${grant.resource}\u0000${grant.resourceName === '' ? '' : 'named'}`;
    if (this.dangers.has(key)) return this.dangers.get(key);
    const danger = dangerOf(grant);
    this.dangers.set(key, danger);
    return danger;
  }

  /**
   * Whether Kubernetes mounts the service-account token into the workload's pods: the pod's
   * own setting wins; else the ServiceAccount object's, where it is applied with the
   * workload; else it does.
   */
  mountsToken(workload: WorkloadFacts): boolean {
    return this.accountMounts(
      workload.automountToken,
      this.object('ServiceAccount', workload, workload.namespace, workload.serviceAccount),
    );
  }

  /** As mountsToken, for a pod that does not say, from its account's name and place. */
  accountMountsToken(account: AccountRef): boolean {
    const from = { namespace: account.namespace, location: { file: account.file, line: 1 } };
    const placed = account.unit === undefined ? from : { ...from, unit: account.unit };
    return this.accountMounts(
      undefined,
      this.object('ServiceAccount', placed, account.namespace, account.name),
    );
  }

  /**
   * Whether the account is granted any permission by the RBAC objects applied with the pods
   * that assume it: an account given permissions is one whose pods are meant to call the API.
   */
  accountIsGranted(account: AccountRef): boolean {
    const subject = `ServiceAccount ${account.namespace || UNSET_NAMESPACE}/${account.name}`;
    return (this.permissionsFor(account.unit).get(subject)?.size ?? 0) > 0;
  }

  private accountMounts(own: boolean | undefined, account: ResourceRecord | undefined): boolean {
    if (own !== undefined) return own;
    return account?.object.automountServiceAccountToken !== false;
  }

  /**
   * The dangerous permissions that code in the workload's pods holds: those of its service
   * account, when the pods mount its token (none when they do not).
   */
  tokenPowerOf(workload: WorkloadFacts): Power[] {
    return this.mountsToken(workload) ? this.powerOf(workload) : [];
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
      const danger = this.dangerOf(grant);
      if (!danger) continue;
      const binding = sources[0]?.binding ?? '';
      const role = sources[0]?.role ?? '';
      // One line per binding is enough to name the problem; the rest are alike.
      if (seen.has(binding)) continue;
      seen.add(binding);
      const verb = grant.verb === '*' ? 'do anything' : grant.verb;
      const summary = `its service account "${workload.serviceAccount}" may ${verb} on ${describeTarget(grant)} ${describeScope(grant.scope)} through ${describeId(binding)} (${role.replace('/', ' ')}): ${danger}`;
      const record = this.objectById(workload.unit, binding);
      out.push({ summary, ...(record ? { location: record.location } : {}) });
    }
    this.powers.set(cacheKey, out);
    return out;
  }
}
