import { fingerprintOf } from '../evaluate/fingerprint.js';
import { applyWaivers } from '../evaluate/waivers.js';
import { describeId, inNamespace, UNSET_NAMESPACE } from '../model/namespaces.js';
import { dangerOf, describeSubject } from './rbac/delta.js';
import {
  clusterRoleRules,
  expand,
  isRbac,
  rulesOf,
  selects,
  subjectOf,
  type PolicyRule,
  type Subject,
} from './rbac/permissions.js';
import type { ResourceRecord } from '../evaluate/records.js';
import type { Rule } from '../evaluate/rules/rule.js';
import {
  isJsonObject,
  severityRank,
  type Finding,
  type JsonObject,
  type Location,
  type RelatedLocation,
  type Severity,
} from '../model/types.js';
import {
  BINDING_RULES,
  judgesRoles,
  ROLE_KINDS,
  type WorkloadFacts,
} from '../evaluate/analysis-facts.js';

export { BINDING_RULES, judgesRoles, readsBindings } from '../evaluate/analysis-facts.js';
import { kindOfId, nameOfId, type Graph, type Placed } from './graph.js';
import type { WaiverPolicy } from '../evaluate/waivers.js';

// Who holds a role. A per-resource rule judges what a Role or ClusterRole allows; a reviewer
// needs to know who gets it. After every object of a scan is in, this step reads the
// bindings as the analysers connect objects (graph.ts: a RoleBinding finds its Role in its
// own scope, a binding finds a ClusterRole anywhere in the same plain tree or render) and:
//
// - names, in every finding of a rule that judges roles, the subjects bound to the role
//   (directly, or through a ClusterRole that aggregates it), the workloads that run as those
//   service accounts, and the bindings as related locations; a role bound to a namespace's
//   `default` service account or to a group of everyone is high at least;
// - reports the bindings that the roles they refer to make dangerous, which no rule that
//   reads one object can see: cluster-admin-binding for a role that is cluster-admin in
//   effect whatever its name, rbac-anonymous-subject for system:authenticated bound to a
//   role that grants a dangerous permission.

const BINDING_KINDS = ['RoleBinding', 'ClusterRoleBinding'] as const;

/** True for a finding on a Role or ClusterRole. */
export const isRoleFinding = (f: Finding): boolean => ROLE_KINDS.has(kindOfId(f.resource));

/** What the step needs besides the objects: severities as configured, and the waiver policy. */
export interface BindingSettings {
  severities: Record<string, Severity>;
  policy: WaiverPolicy;
}

/** A binding among the objects, with the role it refers to when that is among them too. */
interface Bound {
  record: ResourceRecord;
  clusterWide: boolean;
  roleKind: 'Role' | 'ClusterRole';
  roleName: string;
  role?: ResourceRecord;
  subjects: { subject: Subject; index: number }[];
}

/** A binding that grants a role, and the aggregating ClusterRole it goes through, if any. */
interface Grantee {
  bound: Bound;
  via?: string;
}

/** The built-in ClusterRoles that each aggregation label feeds (view into edit into admin). */
const BUILT_IN_AGGREGATION: Record<string, readonly string[]> = {
  'rbac.authorization.k8s.io/aggregate-to-view': ['view', 'edit', 'admin'],
  'rbac.authorization.k8s.io/aggregate-to-edit': ['edit', 'admin'],
  'rbac.authorization.k8s.io/aggregate-to-admin': ['admin'],
};

const asObject = (v: unknown): JsonObject | undefined => (isJsonObject(v) ? v : undefined);

function labelsOf(record: ResourceRecord): Record<string, string> {
  const out: Record<string, string> = {};
  const labels = asObject(asObject(record.object.metadata)?.labels) ?? {};
  for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

function appendTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The bindings of a scan's graph, indexed once for both parts of the step. */
const indexes = new WeakMap<Graph, Bindings>();

function bindingsOf(graph: Graph): Bindings {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = new Bindings(graph)));
  return index;
}

/** The bindings of a scan, by the role each one refers to. */
class Bindings {
  readonly all: Bound[] = [];
  private readonly byRole = new Map<ResourceRecord, Bound[]>();
  /** Bindings to ClusterRoles that are not among the objects (built in), by unit and name. */
  private readonly toAbsent = new Map<string, Bound[]>();
  /** Per unit, the ClusterRoles' rules with aggregation resolved (permissions.ts). */
  private readonly clusterRules = new Map<string, Map<string, PolicyRule[]>>();
  /** Per unit, the ClusterRoles that aggregate others, with their selectors. */
  private readonly aggregating = new Map<
    string,
    { role: ResourceRecord; selectors: JsonObject[] }[]
  >();

  constructor(private readonly graph: Graph) {
    for (const kind of BINDING_KINDS) {
      for (const record of graph.ofKind(kind)) {
        if (!isRbac({ object: record.object, id: record.id })) continue;
        const ref = asObject(record.object.roleRef);
        if (!ref || typeof ref.name !== 'string') continue;
        const clusterWide = kind === 'ClusterRoleBinding';
        const roleKind =
          ref.kind === 'Role' ? 'Role' : ref.kind === 'ClusterRole' ? 'ClusterRole' : '';
        // A ClusterRoleBinding cannot refer to a Role: the API server rejects it.
        if (!roleKind || (clusterWide && roleKind === 'Role')) continue;
        const role = this.graph.object(roleKind, record, record.namespace, ref.name);
        const subjects: Bound['subjects'] = [];
        const own = clusterWide ? undefined : record.namespace || UNSET_NAMESPACE;
        const list = Array.isArray(record.object.subjects) ? record.object.subjects : [];
        list.forEach((s, index) => {
          const subject = subjectOf(s, own);
          if (subject !== undefined) subjects.push({ subject, index });
        });
        const bound: Bound = {
          record,
          clusterWide,
          roleKind,
          roleName: ref.name,
          ...(role ? { role } : {}),
          subjects,
        };
        this.all.push(bound);
        if (role) appendTo(this.byRole, role, bound);
        else if (roleKind === 'ClusterRole')
          appendTo(this.toAbsent, `${record.unit ?? ''}\u0000${ref.name}`, bound);
      }
    }
    for (const role of graph.ofKind('ClusterRole')) {
      const aggregation = asObject(role.object.aggregationRule);
      const selectors = (
        Array.isArray(aggregation?.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []
      ).filter(isJsonObject);
      if (selectors.length) appendTo(this.aggregating, role.unit ?? '', { role, selectors });
    }
  }

  /** The rules a role grants: its own, or for an aggregated ClusterRole those it gathers. */
  rulesOf(role: ResourceRecord): PolicyRule[] {
    if (role.kind === 'Role') return rulesOf(role.object);
    const unit = role.unit ?? '';
    let rules = this.clusterRules.get(unit);
    if (!rules) {
      rules = clusterRoleRules(
        this.graph
          .ofKind('ClusterRole')
          .filter((r) => (r.unit ?? '') === unit)
          .map((r) => ({ object: r.object, id: r.id })),
      );
      this.clusterRules.set(unit, rules);
    }
    return rules.get(nameOfId(role.id)) ?? [];
  }

  /**
   * The bindings that grant `role`: its own, and for a ClusterRole those of the ClusterRoles
   * among the objects that aggregate it (followed up the chain), and of the built-in admin,
   * edit and view where its labels feed them. `builtIn` names those built-in roles.
   */
  granteesOf(role: ResourceRecord): { grantees: Grantee[]; builtIn: string[] } {
    const grantees: Grantee[] = (this.byRole.get(role) ?? []).map((bound) => ({ bound }));
    const builtIn = new Set<string>();
    if (role.kind !== 'ClusterRole') return { grantees, builtIn: [] };
    const seen = new Set<ResourceRecord>([role]);
    const queue: ResourceRecord[] = [role];
    while (queue.length) {
      const current = queue.shift() as ResourceRecord;
      const labels = labelsOf(current);
      for (const [label, roles] of Object.entries(BUILT_IN_AGGREGATION))
        if (labels[label] === 'true') for (const r of roles) builtIn.add(r);
      for (const { role: other, selectors } of this.aggregating.get(current.unit ?? '') ?? []) {
        if (seen.has(other) || !selectors.some((s) => selects(s, labels))) continue;
        seen.add(other);
        queue.push(other);
        const via = nameOfId(other.id);
        for (const bound of this.byRole.get(other) ?? []) grantees.push({ bound, via });
      }
    }
    const unit = role.unit ?? '';
    for (const name of builtIn)
      for (const bound of this.toAbsent.get(`${unit}\u0000${name}`) ?? [])
        grantees.push({ bound, via: name });
    return { grantees, builtIn: [...builtIn] };
  }
}

/** Why a subject makes a dangerous role high: it is everyone, or every pod that names no account. */
function broadness(subject: Subject): string | undefined {
  const sa = /^ServiceAccount ([^/]*)\/default$/.exec(subject);
  if (sa) {
    const ns = sa[1] === UNSET_NAMESPACE ? '' : sa[1];
    return `the default service account, which every pod ${inNamespace(ns)} that names none runs as`;
  }
  const group = subject.startsWith('Group ') ? subject.slice(6) : '';
  if (
    group === 'system:authenticated' ||
    group === 'system:unauthenticated' ||
    group === 'system:serviceaccounts' ||
    group.startsWith('system:serviceaccounts:') ||
    subject === 'User system:anonymous'
  )
    return describeSubject(subject);
  return undefined;
}

const MAX_SUBJECTS = 5;
const MAX_RELATED = 10;
const MAX_WORKLOADS = 3;

/** Where the step may look a finding's role up: its namespace, its file (plain), its unit. */
function placedOf(f: Finding): Placed {
  const first = f.resource.indexOf('/');
  const second = f.resource.indexOf('/', first + 1);
  const namespace = f.resource.slice(first + 1, second);
  return { namespace, location: f.location, ...(f.unit !== undefined ? { unit: f.unit } : {}) };
}

/** The workloads that run as `subject` (a service account) beside the binding. */
function workloadsOf(graph: Graph, bound: Bound, subject: Subject): WorkloadFacts[] {
  const sa = /^ServiceAccount ([^/]*)\/(.*)$/.exec(subject);
  if (!sa) return [];
  const namespace = sa[1] === UNSET_NAMESPACE ? '' : sa[1];
  return graph.workloadsAs(bound.record, namespace, sa[2]);
}

/** What a reviewer reads about who holds a role: the words, the related places, the breadth. */
interface Holders {
  words: string;
  related: RelatedLocation[];
  broad?: string;
}

/** How close `file` is to `to`: the same file first, then the longest shared folder path. */
function closeness(file: string, to: string): number {
  if (file === to) return Number.MAX_SAFE_INTEGER;
  let i = 0;
  while (i < file.length && i < to.length && file[i] === to[i]) i++;
  return file.lastIndexOf('/', i - 1) + 1;
}

/**
 * Of the copies of one object (a binding or a workload also written out in a generated
 * install bundle), the one closest to `file`, where the finding is: the source people edit.
 */
function closestById<T>(
  items: readonly T[],
  idOf: (t: T) => string,
  fileOf: (t: T) => string,
  file: string,
): T[] {
  const best = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    const kept = best.get(id);
    if (!kept || closeness(fileOf(item), file) > closeness(fileOf(kept), file)) best.set(id, item);
  }
  return [...best.values()];
}

function holdersOf(
  graph: Graph,
  bindings: Bindings,
  role: ResourceRecord,
  file: string,
): Holders | undefined {
  const found = bindings.granteesOf(role);
  if (found.grantees.length === 0 && found.builtIn.length === 0) return undefined;
  const grantees = closestById(
    found.grantees,
    (g) => `${g.bound.record.id}\u0000${g.via ?? ''}`,
    (g) => g.bound.record.location.file,
    file,
  );
  const parts: string[] = [];
  const related: RelatedLocation[] = [];
  let broad: string | undefined;
  const seen = new Set<string>();
  let more = 0;
  for (const { bound, via } of grantees) {
    const through = `${describeId(bound.record.id)}${via ? ` (through ClusterRole ${via}, which aggregates it)` : ''}`;
    const names = bound.subjects.map((s) => s.subject);
    related.push({
      file: bound.record.location.file,
      line: bound.record.location.line,
      message: `${describeId(bound.record.id)} grants it${via ? ` through ClusterRole ${via}` : ''} to ${names.length ? names.map(describeSubject).join(', ') : 'no subject yet'}`,
    });
    for (const subject of names) {
      broad ??= broadness(subject);
      const key = `${subject}\u0000${bound.record.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (parts.length >= MAX_SUBJECTS) {
        more++;
        continue;
      }
      const workloads = closestById(
        workloadsOf(graph, bound, subject),
        (w) => w.id,
        (w) => w.location.file,
        file,
      );
      const run = workloads.length
        ? `, run by ${workloads
            .slice(0, MAX_WORKLOADS)
            .map((w) => `${w.kind} ${w.name}`)
            .join(
              ', ',
            )}${workloads.length > MAX_WORKLOADS ? ` and ${workloads.length - MAX_WORKLOADS} more` : ''}`
        : '';
      parts.push(`${describeSubject(subject)} through ${through}${run}`);
      for (const w of workloads.slice(0, MAX_WORKLOADS))
        related.push({
          file: w.location.file,
          line: w.location.line,
          message: `${w.kind} ${w.name} runs as ${describeSubject(subject)}`,
        });
    }
  }
  const holders = parts.length
    ? `held by ${parts.join('; ')}${more ? `; and ${more} more` : ''}`
    : grantees.length
      ? `bound through ${[...new Set(grantees.map((g) => describeId(g.bound.record.id)))].join(', ')} to no subject yet`
      : '';
  const { builtIn } = found;
  const aggregated = builtIn.length
    ? `aggregated into the built-in ClusterRole${builtIn.length > 1 ? 's' : ''} ${builtIn.join(', ')}, so whoever the cluster binds to ${builtIn.length > 1 ? 'them' : 'it'} holds it too`
    : '';
  return {
    words: [holders, aggregated].filter(Boolean).join('; '),
    related: related.slice(0, MAX_RELATED),
    ...(broad ? { broad } : {}),
  };
}

/**
 * `findings` with every finding of a rule that judges roles naming who holds the role, and
 * raised to high where that is a default service account or a group of everyone (not where
 * the rule's cap lowered it, nor where the config sets the rule's severity). The internal
 * `unit` field is removed from every finding.
 */
export function withHolders(
  findings: Finding[],
  graph: Graph,
  rules: readonly Rule[],
  settings: BindingSettings,
): Finding[] {
  const judging = new Map(rules.filter(judgesRoles).map((r) => [r.id, r]));
  let bindings: Bindings | undefined;
  const cache = new Map<string, Holders | undefined>();
  const ids = new Map<ResourceRecord, number>();
  for (const f of findings) {
    const rule = judging.get(f.ruleId);
    if (!rule || !isRoleFinding(f)) {
      if (f.unit !== undefined) delete f.unit;
      continue;
    }
    const placed = placedOf(f);
    delete f.unit;
    bindings ??= bindingsOf(graph);
    const role = graph.object(kindOfId(f.resource), placed, placed.namespace, nameOfId(f.resource));
    if (!role) continue;
    // Per role and file: the copies named are those closest to the finding.
    if (!ids.has(role)) ids.set(role, ids.size);
    const key = `${ids.get(role)}\u0000${f.location.file}`;
    if (!cache.has(key)) cache.set(key, holdersOf(graph, bindings, role, f.location.file));
    const holders = cache.get(key);
    if (!holders) continue;
    // Updated in place, as the value-set merge does: whoever holds the finding sees it.
    f.message = `${f.message}; ${holders.words}`;
    if (holders.related.length) f.related = [...(f.related ?? []), ...holders.related];
    const configured = settings.severities[rule.id];
    const capped = severityRank(f.severity) < severityRank(rule.severity);
    if (
      holders.broad &&
      configured === undefined &&
      !capped &&
      severityRank(f.severity) < severityRank('high')
    ) {
      f.severity = 'high';
      f.message = `${f.message} (high: granted to ${holders.broad})`;
    }
  }
  return findings;
}

/** The verbs that, all together on every resource of every group, are cluster-admin in effect. */
const ADMIN_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** A rule that allows everything: every verb (or all of ADMIN_VERBS) on every resource of every group. */
function allowsEverything(rule: PolicyRule): boolean {
  return (
    rule.apiGroups.includes('*') &&
    rule.resources.includes('*') &&
    rule.resourceNames.length === 0 &&
    (rule.verbs.includes('*') || ADMIN_VERBS.every((v) => rule.verbs.includes(v)))
  );
}

/**
 * cluster-admin-binding's exemption, as its CEL says: subjects, every one of them a
 * Kubernetes system identity (a `system:` User or Group, not a service account's, not a
 * group of everyone).
 */
function onlySystemSubjects(binding: JsonObject): boolean {
  const subjects = Array.isArray(binding.subjects) ? binding.subjects : [];
  return (
    subjects.length > 0 &&
    subjects.every((s) => {
      const o = asObject(s);
      const name = o?.name;
      return (
        o !== undefined &&
        (o.kind === 'User' || o.kind === 'Group') &&
        typeof name === 'string' &&
        name.startsWith('system:') &&
        !name.startsWith('system:serviceaccount') &&
        !['system:authenticated', 'system:unauthenticated', 'system:anonymous'].includes(name)
      );
    })
  );
}

/** The built-in roles whose names rbac-anonymous-subject's CEL already judges. */
const NAMED_DANGEROUS = new Set(['cluster-admin', 'admin', 'edit']);

function bindingFinding(
  rule: Rule,
  bound: Bound,
  at: Location,
  fieldPath: string,
  message: string,
  related: RelatedLocation[],
  settings: BindingSettings,
  element?: string,
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: settings.severities[rule.id] ?? rule.severity,
    title: rule.title,
    message: `${bound.record.kind} ${nameOfId(bound.record.id)}${element ? `, subject "${element}"` : ''}: ${message}`,
    location: at,
    resource: bound.record.id,
    ...(element ? { element } : {}),
    fieldPath,
    fingerprint: fingerprintOf([rule.id, bound.record.id, element ?? '', fieldPath, 'role']),
    ...(related.length ? { related } : {}),
  };
  const annotations = asObject(asObject(bound.record.object.metadata)?.annotations);
  applyWaivers([finding], annotations, settings.policy);
  return finding;
}

/**
 * The findings on bindings that their roles, among the objects, decide: a binding to a role
 * that allows everything (cluster-admin in effect, whatever its name), and system:authenticated
 * bound to a role that grants a dangerous permission. Bindings to the roles that the rules'
 * CEL judges by name (cluster-admin; admin and edit for system:authenticated) are theirs.
 */
export function bindingFindings(
  graph: Graph,
  rules: readonly Rule[],
  settings: BindingSettings,
): Finding[] {
  const active = new Map(rules.filter((r) => BINDING_RULES.has(r.id)).map((r) => [r.id, r]));
  if (active.size === 0) return [];
  const bindings = bindingsOf(graph);
  const out: Finding[] = [];
  const admin = active.get('cluster-admin-binding');
  const anonymous = active.get('rbac-anonymous-subject');
  for (const bound of bindings.all) {
    const { role } = bound;
    if (!role) continue;
    const named = bound.roleKind === 'ClusterRole' ? bound.roleName : '';
    const roleWords = `${bound.roleKind} ${bound.roleName}`;
    const roleAt = { file: role.location.file, line: role.location.line };
    const rules = bindings.rulesOf(role);
    const where = bound.clusterWide
      ? 'in the whole cluster'
      : inNamespace(bound.record.namespace || UNSET_NAMESPACE);
    if (
      admin &&
      named !== 'cluster-admin' &&
      rules.some(allowsEverything) &&
      !onlySystemSubjects(bound.record.object)
    ) {
      const star = rules.find(allowsEverything);
      const verbs = star?.verbs.includes('*') ? 'every verb' : ADMIN_VERBS.join(', ');
      out.push(
        bindingFinding(
          admin,
          bound,
          bound.record.parts?.['roleRef.name'] ?? bound.record.location,
          'roleRef.name',
          `binds ${roleWords}, which allows ${verbs} on every resource in every API group: cluster-admin in effect, ${where}`,
          [{ ...roleAt, message: `${roleWords} allows ${verbs} on every resource` }],
          settings,
        ),
      );
    }
    if (anonymous && !NAMED_DANGEROUS.has(named)) {
      const everyone = bound.subjects.filter((s) => s.subject === 'Group system:authenticated');
      if (everyone.length === 0) continue;
      const scope = bound.clusterWide
        ? 'cluster'
        : `namespace ${bound.record.namespace || UNSET_NAMESPACE}`;
      let danger: string | undefined;
      for (const r of rules) {
        for (const grant of expand(r, scope)) if ((danger = dangerOf(grant))) break;
        if (danger) break;
      }
      if (!danger) continue;
      for (const { index } of everyone) {
        const key = `subjects[${index}].name`;
        out.push(
          bindingFinding(
            anonymous,
            bound,
            bound.record.parts?.[key] ?? bound.record.location,
            key,
            `grants ${roleWords} to every authenticated user and every service account (system:authenticated), and what it grants is dangerous: ${danger}`,
            [{ ...roleAt, message: `${roleWords}: ${danger}` }],
            settings,
            'Group/system:authenticated',
          ),
        );
      }
    }
  }
  return out;
}
