import {
  effectivePermissions,
  type Grant,
  type GrantSource,
  type PermissionMap,
  type RbacObject,
  type Subject,
} from './permissions.js';

// What a change does to who may do what: each subject's grants at the base and at the head,
// compared, and told in words a reviewer understands ("ServiceAccount ci/deployer gains
// create on pods/exec in namespace prod"), with the gains that matter flagged.

export interface RbacChange {
  subject: Subject;
  scope: string;
  /** `pods/exec`, `deployments.apps`, `secrets named db-creds`, `url:/metrics`. */
  target: string;
  verbs: string[];
  direction: 'gains' | 'loses';
  /** Why a gain is dangerous, when it is. */
  danger?: string;
  /** Bindings and roles behind a gain (at the head). */
  sources: GrantSource[];
}

const WORKLOADS = new Set([
  'pods',
  'deployments',
  'statefulsets',
  'daemonsets',
  'replicasets',
  'jobs',
  'cronjobs',
  'replicationcontrollers',
]);
const READ = new Set(['get', 'list', 'watch', '*']);

/** Why holding `g` is dangerous, or undefined. */
export function dangerOf(g: Grant): string | undefined {
  const base = g.resource.split('/')[0];
  const sub = g.resource.includes('/') ? g.resource.slice(g.resource.indexOf('/') + 1) : '';
  if (g.resource === '*' || g.resource === 'url:*' || (g.verb === '*' && g.apiGroup === '*')) {
    return 'a wildcard: every current and future resource';
  }
  if (['escalate', 'bind', 'impersonate'].includes(g.verb)) {
    return `${g.verb}: a way around RBAC itself`;
  }
  if (
    g.verb === '*' &&
    ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'].includes(base)
  ) {
    return 'full control of RBAC objects';
  }
  if (base === 'secrets' && !sub && READ.has(g.verb)) return 'reads secrets';
  if (
    base === 'pods' &&
    (sub === 'exec' || sub === 'attach') &&
    ['create', 'get', '*'].includes(g.verb)
  ) {
    return `runs commands in pods (${g.resource})`;
  }
  if (
    base === 'pods' &&
    sub === 'ephemeralcontainers' &&
    ['update', 'patch', '*'].includes(g.verb)
  ) {
    return 'adds ephemeral containers to running pods';
  }
  if (base === 'nodes' && sub === 'proxy') return "talks to kubelets' API through nodes/proxy";
  if (base === 'serviceaccounts' && sub === 'token' && ['create', '*'].includes(g.verb)) {
    return 'mints tokens for service accounts';
  }
  if (WORKLOADS.has(base) && !sub && ['create', '*'].includes(g.verb)) {
    return 'creates workloads, which can run as any service account in the namespace';
  }
  return undefined;
}

function target(g: Grant): string {
  if (g.resource === '*')
    return g.apiGroup === '*'
      ? 'every resource in every API group'
      : `every resource in API group "${g.apiGroup}"`;
  if (g.resource === 'url:*') return 'every non-resource URL';
  const group =
    g.apiGroup && g.apiGroup !== '*' && !g.resource.startsWith('url:') ? `.${g.apiGroup}` : '';
  const resource =
    g.apiGroup === '*' && g.resource !== '*'
      ? `${g.resource} (any API group)`
      : `${g.resource}${group}`;
  return g.resourceName ? `${resource} named ${g.resourceName}` : resource;
}

function diff(from: PermissionMap, to: PermissionMap, direction: 'gains' | 'loses'): RbacChange[] {
  const grouped = new Map<string, RbacChange>();
  for (const [subject, grants] of to) {
    const before = from.get(subject);
    for (const [key, { grant, sources }] of grants) {
      if (before?.has(key)) continue;
      const danger = direction === 'gains' ? dangerOf(grant) : undefined;
      const t = target(grant);
      // One line per subject, scope, target and danger: verbs are listed together.
      const id = [subject, grant.scope, t, danger ?? ''].join('\u0000');
      const change = grouped.get(id);
      if (change) {
        if (!change.verbs.includes(grant.verb)) change.verbs.push(grant.verb);
        for (const s of sources) {
          if (!change.sources.some((x) => x.binding === s.binding && x.role === s.role))
            change.sources.push(s);
        }
      } else {
        grouped.set(id, {
          subject,
          scope: grant.scope,
          target: t,
          verbs: [grant.verb],
          direction,
          ...(danger ? { danger } : {}),
          sources: direction === 'gains' ? [...sources] : [],
        });
      }
    }
  }
  return [...grouped.values()];
}

/** Gains and losses of every subject between two sets of RBAC objects. */
export function rbacDelta(base: readonly RbacObject[], head: readonly RbacObject[]): RbacChange[] {
  const before = effectivePermissions(base);
  const after = effectivePermissions(head);
  const changes = [...diff(before, after, 'gains'), ...diff(after, before, 'loses')];
  return changes.sort(
    (a, b) =>
      Number(Boolean(b.danger)) - Number(Boolean(a.danger)) ||
      a.subject.localeCompare(b.subject) ||
      a.scope.localeCompare(b.scope) ||
      a.target.localeCompare(b.target),
  );
}

/** "ServiceAccount ci/deployer gains create on pods/exec in namespace prod". */
export function describeChange(c: RbacChange): string {
  const where = c.scope === 'cluster' ? 'cluster-wide' : `in ${c.scope}`;
  const verbs = [...c.verbs].sort().join(', ');
  const danger = c.danger ? ` (${c.danger})` : '';
  const what = verbs === '*' ? 'every verb' : verbs;
  return `${c.subject} ${c.direction} ${what} on ${c.target} ${where}${danger}`;
}
