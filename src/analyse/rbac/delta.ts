import {
  effectivePermissions,
  type Grant,
  type GrantSource,
  type PermissionMap,
  type RbacObject,
  type Scope,
  type Subject,
} from './permissions.js';
import { inNamespace, namespaceIn, qualifiedName } from '../../model/namespaces.js';
import { compareText } from '../../util/compare-text.js';

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

/** Workload kinds by API group: creating one runs pods. */
const WORKLOADS: Record<string, readonly string[]> = {
  '': ['pods', 'replicationcontrollers'],
  apps: ['deployments', 'statefulsets', 'daemonsets', 'replicasets'],
  extensions: ['deployments', 'daemonsets', 'replicasets'],
  batch: ['jobs', 'cronjobs'],
};
const RBAC = 'rbac.authorization.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';
const ADMISSION_OBJECTS = [
  'validatingwebhookconfigurations',
  'mutatingwebhookconfigurations',
  'validatingadmissionpolicies',
  'validatingadmissionpolicybindings',
  'mutatingadmissionpolicies',
  'mutatingadmissionpolicybindings',
];
const READ = new Set(['get', 'list', 'watch', '*']);

/** True when `g` names `resource` (or `resource/sub`) of `group`, wildcards included. */
function names(g: Grant, groups: readonly string[], resource: string, sub = ''): boolean {
  if (g.apiGroup !== '*' && !groups.includes(g.apiGroup)) return false;
  if (g.resource === '*') return true;
  // The resource before its first "/" and the rest after it, without splitting: dangerOf
  // asks this a dozen times per grant, for every grant of every subject a scan binds.
  const slash = g.resource.indexOf('/');
  const base = slash < 0 ? g.resource : g.resource.slice(0, slash);
  const rest = slash < 0 ? '' : g.resource.slice(slash + 1);
  return (base === resource || (base === '*' && sub !== '')) && rest === sub;
}

const METRICS_GROUPS = new Set([
  'metrics.k8s.io',
  'custom.metrics.k8s.io',
  'external.metrics.k8s.io',
]);

/**
 * False when `g` is restricted to one named Secret: reading the Secrets an operator names is
 * how it reads its own configuration, not "reads secrets". The RBAC reference ("Referring to
 * resources", kubernetes.io/docs/reference/access-authn-authz/rbac/) says requests can be
 * restricted to individual instances through `resourceNames`, and that a `list` or `watch`
 * restricted by resourceName is authorized only when the client sends a `metadata.name`
 * field selector naming an allowed object (`kubectl get configmaps
 * --field-selector=metadata.name=my-configmap`). Servers before that change never matched a
 * list or watch against a rule with resourceNames at all: the request carries no name, and
 * the authorizer compares names (the same page's older text: "those verbs would not be
 * allowed by a rule with resourceNames set"). So get, list and watch with resourceNames read
 * the named Secrets or nothing, on every version. (`resourceNames: [""]` would match requests
 * that carry no name, every list among them: the permission model expands it to the grant on
 * every name, the empty resourceName, which stays "reads secrets".)
 */
function readsAnySecret(g: Grant): boolean {
  return g.resourceName === '';
}

/** Why holding `g` is dangerous, or undefined. */
export function dangerOf(g: Grant): string | undefined {
  const verb = (...verbs: string[]): boolean => g.verb === '*' || verbs.includes(g.verb);
  if (g.resource === 'url:*') return 'a wildcard: every non-resource URL';
  if (g.resource.startsWith('url:')) return undefined;
  // The metrics APIs serve read-only measurements: everything there is not a takeover.
  if (g.resource === '*' && METRICS_GROUPS.has(g.apiGroup)) return undefined;
  if (g.resource === '*') return 'a wildcard: every current and future resource';
  if (g.verb === '*' && g.apiGroup === '*') return 'a wildcard: every verb in every API group';
  const rbacObject = ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'].some((r) =>
    names(g, [RBAC], r),
  );
  if (g.verb === '*' && rbacObject) return 'full control of RBAC objects';
  if ((g.verb === 'escalate' || g.verb === 'bind') && rbacObject) {
    return `${g.verb}: a way around RBAC itself`;
  }
  // impersonate, or `*` on what can be impersonated (users, groups, service accounts, uids).
  const impersonable =
    ['users', 'groups', 'serviceaccounts'].some((r) => names(g, [''], r)) ||
    ['uids', 'userextras'].some((r) => names(g, ['authentication.k8s.io'], r));
  if (g.verb === 'impersonate' || (g.verb === '*' && impersonable)) {
    return 'impersonate: a way around RBAC itself';
  }
  if (names(g, [''], 'secrets') && READ.has(g.verb) && readsAnySecret(g)) return 'reads secrets';
  for (const sub of ['exec', 'attach']) {
    if (names(g, [''], 'pods', sub) && verb('create', 'get')) {
      return `runs commands in pods (pods/${sub})`;
    }
  }
  if (names(g, [''], 'pods', 'ephemeralcontainers') && verb('update', 'patch')) {
    return 'adds ephemeral containers to running pods';
  }
  if (names(g, [''], 'nodes', 'proxy')) return "talks to kubelets' API through nodes/proxy";
  if (names(g, [''], 'serviceaccounts', 'token') && verb('create')) {
    return 'mints tokens for service accounts';
  }
  // The admission objects see every request they match (rbac-admission-config).
  const admission = ADMISSION_OBJECTS.some((r) => names(g, [ADMISSION], r));
  if (admission && verb('create', 'update', 'patch', 'delete', 'deletecollection')) {
    return 'changes admission webhooks or policies, which see every request they match';
  }
  // Approving for a kubernetes.io signer issues certificates the API server trusts, for any
  // user or group (rbac-csr-approve); a signer of the operator's own is not one.
  if (
    names(g, ['certificates.k8s.io'], 'signers') &&
    verb('approve') &&
    (g.resourceName === '' || g.resourceName === '*' || g.resourceName.startsWith('kubernetes.io/'))
  ) {
    return 'approves certificate requests, which the API server trusts for any user or group';
  }
  const workload = Object.entries(WORKLOADS).some(([group, kinds]) =>
    kinds.some((k) => names(g, [group], k)),
  );
  if (workload && verb('create')) {
    return 'creates workloads, which can run as any service account in the namespace';
  }
  return undefined;
}

/** dangerOf, naming cluster-admin when that is where a grant comes from. */
function dangerOfGain(g: Grant, sources: readonly GrantSource[]): string | undefined {
  const danger = dangerOf(g);
  const admin = sources.some((s) => s.role === 'ClusterRole/cluster-admin');
  return danger && admin ? `cluster-admin, ${danger}` : danger;
}

/** What a grant is on, for people: `pods/exec`, `every resource in API group x`. */
export function describeTarget(g: Grant): string {
  if (g.resource === 'url:*') return 'every non-resource URL';
  if (g.resource.startsWith('url:')) return `non-resource URL ${g.resource.slice(4)}`;
  const groupWords =
    g.apiGroup === '*'
      ? 'in every API group'
      : g.apiGroup === ''
        ? 'in the core API group'
        : `in API group ${g.apiGroup}`;
  const [base, ...rest] = g.resource.split('/');
  const sub = rest.join('/');
  let resource: string;
  if (base === '*') {
    resource = sub
      ? `the ${sub} subresource of every resource ${groupWords}`
      : `every resource ${groupWords}`;
  } else {
    // kubectl's spelling: deployments.apps, certificates.cert-manager.io/status.
    const group = g.apiGroup && g.apiGroup !== '*' ? `.${g.apiGroup}` : '';
    resource = `${base}${group}${sub ? `/${sub}` : ''}${g.apiGroup === '*' ? ' (any API group)' : ''}`;
  }
  return g.resourceName ? `${resource} named ${g.resourceName}` : resource;
}

/**
 * True when holding `a` allows everything `b` allows, by the RBAC authorizer's matching:
 * `*` verbs, groups and resources match anything (`*` resources include subresources),
 * `*\/sub` matches that subresource of any resource, a rule without resourceNames matches
 * every name, a URL ending in `*` matches by prefix, and a cluster-wide grant covers the same
 * grant in any namespace.
 */
export function covers(a: Grant, b: Grant): boolean {
  const aUrl = a.resource.startsWith('url:');
  if (aUrl !== b.resource.startsWith('url:')) return false;
  if (a.scope !== b.scope && !(a.scope === 'cluster' && !aUrl)) return false;
  if (a.verb !== '*' && a.verb !== b.verb) return false;
  if (aUrl) {
    const [au, bu] = [a.resource.slice(4), b.resource.slice(4)];
    return au === bu || (au.endsWith('*') && bu.startsWith(au.slice(0, -1)));
  }
  if (a.apiGroup !== '*' && a.apiGroup !== b.apiGroup) return false;
  if (a.resourceName && a.resourceName !== b.resourceName) return false;
  if (a.resource === '*' || a.resource === b.resource) return true;
  const sub = b.resource.slice(b.resource.indexOf('/') + 1);
  return b.resource.includes('/') && a.resource === `*/${sub}`;
}

/**
 * What `to` allows that `from` does not, per subject, as the broadest grants only: a grant
 * that `from` already covers is no change, and one that another changed grant covers is
 * said by that one ("gains get on every resource" needs no "gains get on pods" beside it).
 */
function diff(from: PermissionMap, to: PermissionMap, direction: 'gains' | 'loses'): RbacChange[] {
  const grouped = new Map<string, RbacChange>();
  for (const [subject, grants] of to) {
    const before = [...(from.get(subject)?.values() ?? [])].map((e) => e.grant);
    const changed = [...grants.values()].filter((e) => !before.some((b) => covers(b, e.grant)));
    const broadest = changed.filter(
      (e) => !changed.some((o) => o !== e && covers(o.grant, e.grant)),
    );
    for (const { grant, sources } of broadest) {
      const danger = direction === 'gains' ? dangerOfGain(grant, sources) : undefined;
      const t = describeTarget(grant);
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
      compareText(a.subject, b.subject) ||
      compareText(a.scope, b.scope) ||
      compareText(a.target, b.target),
  );
}

/**
 * A subject for people: `ServiceAccount web` for the account of the namespace the manifests
 * are applied to (the key says `ServiceAccount (unset)/web`).
 */
export function describeSubject(subject: Subject): string {
  const sa = /^ServiceAccount ([^/]*)\/(.*)$/.exec(subject);
  return sa ? `ServiceAccount ${qualifiedName(sa[1], sa[2])}` : subjectWords(subject);
}

/** Who a built-in group is, for a reviewer who does not know the names by heart. */
function subjectWords(subject: Subject): string {
  const group = subject.startsWith('Group ') ? subject.slice(6) : '';
  const who =
    group === 'system:authenticated'
      ? 'every authenticated user'
      : group === 'system:unauthenticated'
        ? 'anonymous requests'
        : group === 'system:serviceaccounts'
          ? 'every service account'
          : group.startsWith('system:serviceaccounts:')
            ? `every service account ${inNamespace(namespaceIn(group.slice(23)))}`
            : group === 'system:masters'
              ? 'cluster admins, whom RBAC never restricts'
              : '';
  return who ? `${subject} (${who})` : subject;
}

/** `cluster-wide`, `in namespace prod`, or `in the namespace the manifests are applied to`. */
export function describeScope(scope: Scope): string {
  return scope === 'cluster' ? 'cluster-wide' : inNamespace(scope.slice('namespace '.length));
}

/** "ServiceAccount ci/deployer gains create on pods/exec in namespace prod". */
export function describeChange(c: RbacChange): string {
  const where = describeScope(c.scope);
  const danger = c.danger ? ` (${c.danger})` : '';
  const what = c.verbs.includes('*') ? 'every verb' : [...c.verbs].sort().join(', ');
  return `${describeSubject(c.subject)} ${c.direction} ${what} on ${c.target} ${where}${danger}`;
}
