import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { describeChange, rbacDelta, type RbacChange } from '../src/analyse/rbac/delta.js';
import { unresolvedBindings, type RbacObject } from '../src/analyse/rbac/permissions.js';
import { createPrivateEnv } from '../src/collect/render/env.js';
import type { JsonObject } from '../src/model/types.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';
import { corpus, describeWithCorpus } from './helpers/corpus.js';

const NOT_DEFINED = 'its role is not defined in these manifests: it grants nothing known here';

// The RBAC delta on real manifests that other projects wrote, read from the shared corpus
// (../shared/corpus, or KUBEGATE_CORPUS) as the tests run: the corpus is test input that is
// not ours, so this repository holds no copy of it. Every expected line below was written
// by reading the YAML and applying the Kubernetes RBAC rules by hand, not by pasting output.

const argoCd = 'realistic/argo-cd/manifests';
const checkov = 'raw/checkov/tests/kubernetes/checks';
const kubeLinter = 'raw/kube-linter/tests/checks';
const polaris = 'raw/polaris/test/checks';
const pspExample = 'realistic/kubernetes-examples/_archived/podsecuritypolicy/rbac';

/**
 * Each test's manifests: files in the corpus (their licences are in its licenses/). Where
 * there are two, upstream split one Kustomize base or one example into files that are
 * applied together, so their documents are read one after the other.
 */
const FILES: Record<string, string[]> = {
  'argocd-application-controller': [
    `${argoCd}/cluster-rbac/application-controller/argocd-application-controller-clusterrole.yaml`,
    `${argoCd}/cluster-rbac/application-controller/argocd-application-controller-clusterrolebinding.yaml`,
  ],
  'argocd-redis': [
    `${argoCd}/base/redis/argocd-redis-role.yaml`,
    `${argoCd}/base/redis/argocd-redis-rolebinding.yaml`,
  ],
  'argocd-server': [
    `${argoCd}/cluster-rbac/server/argocd-server-clusterrole.yaml`,
    `${argoCd}/cluster-rbac/server/argocd-server-clusterrolebinding.yaml`,
  ],
  'checkov-bind-role': [`${checkov}/example_RbacBindRoleBindings/role-failed-2.yaml`],
  'checkov-cloudwatch-agent': [
    `${checkov}/example_DockerSocketVolume/cloudwatch-agent-1PASSED-1FAILED.yaml`,
  ],
  'checkov-escalate-clusterrole': [
    `${checkov}/example_RbacEscalateRoles/clusterrole-failed-1.yaml`,
  ],
  'checkov-kube-dashboard': [`${checkov}/example_KubernetesDashboard/kube-dashboard-FAILED.yaml`],
  'checkov-three-subject-kinds': [
    `${checkov}/example_DefaultServiceAccountBinding/DefaultServiceAccountBinding-PASSED.yaml`,
  ],
  'kube-linter-access-to-secrets': [`${kubeLinter}/access-to-secrets.yml`],
  'kube-linter-cluster-admin-binding': [`${kubeLinter}/cluster-admin-role-binding.yml`],
  'kube-linter-create-pods': [`${kubeLinter}/access-to-create-pods.yml`],
  'polaris-all-wildcards': [
    `${polaris}/clusterrolebindingPodExecAttach/failure.all_wildcards.yaml`,
  ],
  'polaris-missing-cluster-role': [
    `${polaris}/rolebindingClusterRolePodExecAttach/failure.binding_points_to_missing_ref.yaml`,
  ],
  'polaris-rolebinding-clusterrole-wildcard': [
    `${polaris}/rolebindingClusterRolePodExecAttach/failure.get_attach_and_exec_using_resource_wildcard.yaml`,
  ],
  'psp-rbac': [`${pspExample}/roles.yaml`, `${pspExample}/bindings.yaml`],
};

const certManagerChart = 'charts/cert-manager/deploy/charts/cert-manager';
const ksmChart = 'charts/prometheus-community/charts/kube-state-metrics';
const RBAC_KINDS = new Set(['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']);

/** The manifests of corpus charts, rendered by the real helm in the beforeAll that needs them. */
const rendered = new Map<string, RbacObject[]>();

function documents(text: string, source: string): JsonObject[] {
  return parseAllDocuments(text)
    .map((d) => {
      // A corpus file that stopped parsing must fail here, not quietly lose documents.
      if (d.errors.length > 0) throw new Error(`${source}: ${d.errors[0].message}`);
      return d.toJS() as unknown;
    })
    .filter((o): o is JsonObject => o !== null && typeof o === 'object' && !Array.isArray(o));
}

function withIds(objects: JsonObject[]): RbacObject[] {
  return objects.map((object) => {
    const m = (object.metadata ?? {}) as { name?: string; namespace?: string };
    return { object, id: `${String(object.kind)}/${m.namespace ?? ''}/${m.name ?? ''}` };
  });
}

function fixture(name: string): RbacObject[] {
  // A fresh copy on every call, as reading a file gives, so that no test sees another's edits.
  const chart = rendered.get(name);
  if (chart) return structuredClone(chart);
  const files = FILES[name];
  if (!files) throw new Error(`${name}: no corpus files for it, and no chart rendered for it`);
  return withIds(files.flatMap((f) => documents(readFileSync(join(corpus, f), 'utf8'), f)));
}

/**
 * Renders the two charts' RBAC as the tests below read it: cert-manager (release cm, namespace
 * cert-manager, default values), and kube-state-metrics (release ksm, namespace monitoring)
 * set to aggregate the ClusterRoles labelled aggregate-to-view, beside cert-manager's
 * aggregate-to-* ClusterRoles, the ones such a selector can match.
 */
async function renderCharts(): Promise<void> {
  const { helm } = (await setupTools()) as { helm: string };
  // As kubegate itself runs helm: no cluster, and private helm homes in a temporary folder.
  const privateEnv = await createPrivateEnv();
  try {
    const template = (release: string, chart: string, namespace: string, set: string[] = []) =>
      documents(
        execFileSync(
          helm,
          [
            'template',
            release,
            join(corpus, chart),
            `--namespace=${namespace}`,
            ...set.map((kv) => `--set-json=${kv}`),
          ],
          { env: privateEnv.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        ),
        chart,
      );
    const certManager = template('cm', certManagerChart, 'cert-manager');
    rendered.set(
      'cert-manager-rbac',
      withIds(certManager.filter((o) => RBAC_KINDS.has(String(o.kind)))),
    );
    const viewSelector = [
      { matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } },
    ];
    const ksm = template('ksm', ksmChart, 'monitoring', [
      'rbac.useClusterRole=true',
      `rbac.clusterRoleSelectors=${JSON.stringify(viewSelector)}`,
    ]);
    const aggregated = (o: JsonObject): boolean =>
      Object.keys(((o.metadata as JsonObject | undefined)?.labels ?? {}) as JsonObject).some((k) =>
        k.startsWith('rbac.authorization.k8s.io/aggregate-to-'),
      );
    rendered.set(
      'ksm-aggregated',
      withIds([
        ...ksm.filter((o) => o.kind === 'ClusterRole' || o.kind === 'ClusterRoleBinding'),
        ...certManager.filter((o) => o.kind === 'ClusterRole' && aggregated(o)),
      ]),
    );
  } finally {
    await privateEnv.dispose();
  }
}

/** The object of `kind` named `name`, to edit a copy of a fixture. */
function find(objects: RbacObject[], kind: string, name: string): JsonObject {
  const found = objects.find(
    (o) => o.object.kind === kind && (o.object.metadata as { name?: string }).name === name,
  );
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found.object;
}

const lines = (changes: RbacChange[]): string[] => changes.map(describeChange);
const fromNothing = (name: string): string[] => lines(rbacDelta([], fixture(name)));
const dangerous = (changes: RbacChange[]): number => changes.filter((c) => c.danger).length;

const binding = (
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  name: string,
  namespace: string | undefined,
  roleRef: { kind: string; name: string },
  subjects: JsonObject[],
): RbacObject => ({
  object: {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: namespace === undefined ? { name } : { name, namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
    subjects,
  },
  id: `${kind}/${namespace ?? ''}/${name}`,
});

describeWithCorpus('RBAC delta on real manifests (argo-cd)', corpus, () => {
  it('argocd-application-controller: every verb on everything, non-resource URLs too', () => {
    expect(fromNothing('argocd-application-controller')).toEqual([
      'ServiceAccount argocd/argocd-application-controller gains every verb on every non-resource URL cluster-wide (a wildcard: every non-resource URL)',
      'ServiceAccount argocd/argocd-application-controller gains every verb on every resource in every API group cluster-wide (a wildcard: every current and future resource)',
    ]);
  });

  it('argocd-server: a read wildcard says once what narrower rules repeat', () => {
    // get on `*` in `*` already covers get on pods, pods/log and applications.
    const changes = rbacDelta([], fixture('argocd-server'));
    expect(lines(changes)).toEqual([
      'ServiceAccount argocd/argocd-server gains delete, get, patch on every resource in every API group cluster-wide (a wildcard: every current and future resource)',
      'ServiceAccount argocd/argocd-server gains create on jobs.batch cluster-wide (creates workloads, which can run as any service account in the namespace)',
      'ServiceAccount argocd/argocd-server gains list, watch on applications.argoproj.io cluster-wide',
      'ServiceAccount argocd/argocd-server gains list, watch on applicationsets.argoproj.io cluster-wide',
      'ServiceAccount argocd/argocd-server gains list on events cluster-wide',
      'ServiceAccount argocd/argocd-server gains update on the finalizers subresource of every resource in every API group cluster-wide',
      'ServiceAccount argocd/argocd-server gains create on workflows.argoproj.io cluster-wide',
    ]);
    expect(dangerous(changes)).toBe(2);
  });

  it('argocd-server: enabling the web terminal adds create on pods/exec', () => {
    const base = fixture('argocd-server');
    const head = structuredClone(base);
    (find(head, 'ClusterRole', 'argocd-server').rules as JsonObject[]).push({
      apiGroups: [''],
      resources: ['pods/exec'],
      verbs: ['create'],
    });
    const changes = rbacDelta(base, head);
    expect(lines(changes)).toEqual([
      'ServiceAccount argocd/argocd-server gains create on pods/exec cluster-wide (runs commands in pods (pods/exec))',
    ]);
    expect(changes[0].sources).toEqual([
      {
        binding: 'ClusterRoleBinding//argocd-server',
        role: 'ClusterRole/argocd-server',
      },
    ]);
  });

  it('argocd-redis: no namespace anywhere, so the ServiceAccount is the applied namespace', () => {
    expect(fromNothing('argocd-redis')).toEqual([
      'ServiceAccount argocd-redis gains create on secrets in the namespace the manifests are applied to',
      'ServiceAccount argocd-redis gains get on secrets named argocd-redis in the namespace the manifests are applied to',
    ]);
  });

  it('argocd-redis: dropping resourceNames widens the read to every secret, and loses nothing', () => {
    const base = fixture('argocd-redis');
    const head = structuredClone(base);
    const rules = find(head, 'Role', 'argocd-redis').rules as JsonObject[];
    delete rules[0].resourceNames;
    expect(lines(rbacDelta(base, head))).toEqual([
      'ServiceAccount argocd-redis gains get on secrets in the namespace the manifests are applied to (reads secrets)',
    ]);
  });
});

describeWithCorpus('RBAC delta on real manifests (kube-linter, polaris, checkov)', corpus, () => {
  it('kube-linter access-to-secrets: one secrets read; the unbound Role grants nothing', () => {
    expect(fromNothing('kube-linter-access-to-secrets')).toEqual([
      'ServiceAccount namespace-dev/account1 gains get on secrets in namespace namespace-dev (reads secrets)',
    ]);
    expect(unresolvedBindings(fixture('kube-linter-access-to-secrets'))).toEqual([]);
  });

  it('kube-linter access-to-secrets: get becomes get, list, watch', () => {
    const base = fixture('kube-linter-access-to-secrets');
    const head = structuredClone(base);
    const role = find(head, 'Role', 'role1');
    (role.rules as JsonObject[])[0].verbs = ['get', 'list', 'watch'];
    expect(lines(rbacDelta(base, head))).toEqual([
      'ServiceAccount namespace-dev/account1 gains list, watch on secrets in namespace namespace-dev (reads secrets)',
    ]);
  });

  it('kube-linter cluster-admin binding: the built-in cluster-admin, named; admin is unknown', () => {
    expect(fromNothing('kube-linter-cluster-admin-binding')).toEqual([
      'ServiceAccount namespace-dev/account1 gains every verb on every non-resource URL cluster-wide (cluster-admin, a wildcard: every non-resource URL)',
      'ServiceAccount namespace-dev/account1 gains every verb on every resource in every API group cluster-wide (cluster-admin, a wildcard: every current and future resource)',
    ]);
    // ClusterRole admin is built into clusters but not defined here: no grants are invented.
    expect(unresolvedBindings(fixture('kube-linter-cluster-admin-binding'))).toEqual([
      {
        binding: 'ClusterRoleBinding/namespace-dev/dont-fire',
        role: 'ClusterRole/admin',
        subjects: ['ServiceAccount namespace-dev/account1'],
        reason: NOT_DEFINED,
      },
    ]);
  });

  it('kube-linter cluster-admin binding: removing it is two losses', () => {
    const base = fixture('kube-linter-cluster-admin-binding');
    const head = base.filter((o) => o.id !== 'ClusterRoleBinding/namespace-dev/role-binding1');
    expect(head).toHaveLength(base.length - 1);
    expect(lines(rbacDelta(base, head))).toEqual([
      'ServiceAccount namespace-dev/account1 loses every verb on every non-resource URL cluster-wide',
      'ServiceAccount namespace-dev/account1 loses every verb on every resource in every API group cluster-wide',
    ]);
  });

  it('kube-linter access-to-create-pods: create pods is a workload', () => {
    expect(fromNothing('kube-linter-create-pods')).toEqual([
      'ServiceAccount namespace-dev/account1 gains create on pods in namespace namespace-dev (creates workloads, which can run as any service account in the namespace)',
    ]);
  });

  it('polaris: a RoleBinding to a ClusterRole that does not exist grants nothing, and says so', () => {
    expect(fromNothing('polaris-missing-cluster-role')).toEqual([]);
    expect(unresolvedBindings(fixture('polaris-missing-cluster-role'))).toEqual([
      {
        binding: 'RoleBinding/test/test',
        role: 'ClusterRole/does-not-exist',
        subjects: ['User testuser'],
        reason: NOT_DEFINED,
      },
    ]);
  });

  it('polaris: a RoleBinding of a ClusterRole grants it in the binding namespace only', () => {
    expect(fromNothing('polaris-rolebinding-clusterrole-wildcard')).toEqual([
      'User testuser gains get on every resource in the core API group in namespace test (a wildcard: every current and future resource)',
    ]);
  });

  it('polaris: turning that RoleBinding into a ClusterRoleBinding gains cluster-wide and loses nothing', () => {
    const base = fixture('polaris-rolebinding-clusterrole-wildcard');
    const head = base.map((o) => {
      if (o.object.kind !== 'RoleBinding') return o;
      const object = structuredClone(o.object);
      object.kind = 'ClusterRoleBinding';
      object.metadata = { name: 'test' };
      return { object, id: 'ClusterRoleBinding//test' };
    });
    expect(lines(rbacDelta(base, head))).toEqual([
      'User testuser gains get on every resource in the core API group cluster-wide (a wildcard: every current and future resource)',
    ]);
  });

  it('polaris: all wildcards without non-resource URLs', () => {
    expect(fromNothing('polaris-all-wildcards')).toEqual([
      'User testuser gains every verb on every resource in every API group cluster-wide (a wildcard: every current and future resource)',
    ]);
  });

  it('checkov escalate: an unbound ClusterRole grants nothing until a binding appears', () => {
    const base = fixture('checkov-escalate-clusterrole');
    expect(rbacDelta([], base)).toEqual([]);
    // In a namespace: nodes are cluster-scoped, so the RoleBinding grants nothing on them;
    // `roles` in the core group ("") is no real resource, so it is listed but not flagged.
    const namespaced = [
      ...base,
      binding(
        'RoleBinding',
        'ci-escalate',
        'test',
        { kind: 'ClusterRole', name: 'test-should-fail-1' },
        [{ kind: 'ServiceAccount', name: 'ci-bot' }],
      ),
    ];
    expect(lines(rbacDelta(base, namespaced))).toEqual([
      'ServiceAccount test/ci-bot gains escalate on roles.rbac.authorization.k8s.io in namespace test (escalate: a way around RBAC itself)',
      'ServiceAccount test/ci-bot gains escalate, get on roles in namespace test',
      'ServiceAccount test/ci-bot gains get on roles.rbac.authorization.k8s.io in namespace test',
    ]);
    const clusterWide = [
      ...base,
      binding(
        'ClusterRoleBinding',
        'platform-escalate',
        undefined,
        { kind: 'ClusterRole', name: 'test-should-fail-1' },
        [{ kind: 'Group', name: 'platform', apiGroup: 'rbac.authorization.k8s.io' }],
      ),
    ];
    expect(lines(rbacDelta(base, clusterWide))).toEqual([
      'Group platform gains escalate on roles.rbac.authorization.k8s.io cluster-wide (escalate: a way around RBAC itself)',
      'Group platform gains get, list on nodes cluster-wide',
      'Group platform gains escalate, get on roles cluster-wide',
      'Group platform gains get on roles.rbac.authorization.k8s.io cluster-wide',
    ]);
  });

  it('checkov bind: binding a Role with * on roles and rolebindings', () => {
    const base = fixture('checkov-bind-role');
    expect(rbacDelta([], base)).toEqual([]);
    const head = [
      ...base,
      binding('RoleBinding', 'admins', 'test', { kind: 'Role', name: 'test-should-fail-2' }, [
        { kind: 'Group', name: 'test-admins', apiGroup: 'rbac.authorization.k8s.io' },
      ]),
    ];
    const changes = rbacDelta(base, head);
    expect(lines(changes)).toEqual([
      'Group test-admins gains every verb on rolebindings.rbac.authorization.k8s.io in namespace test (full control of RBAC objects)',
      'Group test-admins gains every verb on roles.rbac.authorization.k8s.io in namespace test (full control of RBAC objects)',
    ]);
    expect(dangerous(changes)).toBe(2);
  });

  it('checkov: User, ServiceAccount and Group subjects; the Group is bound to an undefined role', () => {
    expect(fromNothing('checkov-three-subject-kinds')).toEqual([
      'ServiceAccount whoa/supercool gains get, list, watch on pods in namespace whoa',
      'User jane gains get, list, watch on pods in namespace whoa',
    ]);
    expect(unresolvedBindings(fixture('checkov-three-subject-kinds'))).toEqual([
      {
        binding: 'ClusterRoleBinding//read-secrets-global',
        role: 'ClusterRole/secret-reader',
        subjects: ['Group manager'],
        reason: NOT_DEFINED,
      },
    ]);
  });

  it('checkov: defining the missing secret-reader ClusterRole gives the Group its reads', () => {
    const base = fixture('checkov-three-subject-kinds');
    const head: RbacObject[] = [
      ...base,
      {
        object: {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRole',
          metadata: { name: 'secret-reader' },
          rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'watch', 'list'] }],
        },
        id: 'ClusterRole//secret-reader',
      },
    ];
    expect(lines(rbacDelta(base, head))).toEqual([
      'Group manager gains get, list, watch on secrets cluster-wide (reads secrets)',
    ]);
    expect(unresolvedBindings(head)).toEqual([]);
  });

  it('checkov kubernetes-dashboard: resourceNames, each named object on its own line', () => {
    const sa = 'ServiceAccount default/helm-kubernetes-dashboard';
    const changes = rbacDelta([], fixture('checkov-kube-dashboard'));
    // Reading the Secrets it names is not "reads secrets": no dangerous gain.
    expect(lines(changes)).toEqual([
      `${sa} gains create on configmaps in namespace default`,
      `${sa} gains get, update on configmaps named kubernetes-dashboard-settings in namespace default`,
      `${sa} gains create on secrets in namespace default`,
      `${sa} gains delete, get, update on secrets named helm-kubernetes-dashboard in namespace default`,
      `${sa} gains delete, get, update on secrets named kubernetes-dashboard-key-holder in namespace default`,
      `${sa} gains proxy on services named heapster in namespace default`,
      `${sa} gains get on services/proxy named heapster in namespace default`,
      `${sa} gains get on services/proxy named http:heapster: in namespace default`,
      `${sa} gains get on services/proxy named https:heapster: in namespace default`,
    ]);
    expect(dangerous(changes)).toBe(0);
  });

  it('checkov cloudwatch-agent: nodes/proxy, and a ClusterRole without apiVersion still counted', () => {
    const cw = 'ServiceAccount amazon-cloudwatch/cloudwatch-agent';
    const fd = 'ServiceAccount amazon-cloudwatch/fluentd';
    const changes = rbacDelta([], fixture('checkov-cloudwatch-agent'));
    expect(lines(changes)).toEqual([
      `${cw} gains get on nodes/proxy cluster-wide (talks to kubelets' API through nodes/proxy)`,
      `${cw} gains create on configmaps cluster-wide`,
      `${cw} gains get, update on configmaps named cwagent-clusterleader cluster-wide`,
      `${cw} gains list, watch on endpoints cluster-wide`,
      `${cw} gains create on events cluster-wide`,
      `${cw} gains list, watch on jobs.batch cluster-wide`,
      `${cw} gains list, watch on nodes cluster-wide`,
      `${cw} gains create on nodes/stats cluster-wide`,
      `${cw} gains list, watch on pods cluster-wide`,
      `${cw} gains list, watch on replicasets.apps cluster-wide`,
      `${fd} gains get, list, watch on namespaces cluster-wide`,
      `${fd} gains get, list, watch on pods cluster-wide`,
      `${fd} gains get, list, watch on pods/logs cluster-wide`,
    ]);
    expect(dangerous(changes)).toBe(1);
  });

  it('checkov cloudwatch-agent: removing the fluentd binding loses its three reads', () => {
    const base = fixture('checkov-cloudwatch-agent');
    const head = base.filter((o) => o.id !== 'ClusterRoleBinding//fluentd-role-binding');
    expect(head).toHaveLength(base.length - 1);
    expect(lines(rbacDelta(base, head))).toEqual([
      'ServiceAccount amazon-cloudwatch/fluentd loses get, list, watch on namespaces cluster-wide',
      'ServiceAccount amazon-cloudwatch/fluentd loses get, list, watch on pods cluster-wide',
      'ServiceAccount amazon-cloudwatch/fluentd loses get, list, watch on pods/logs cluster-wide',
    ]);
  });
});

describeWithCorpus(
  'RBAC delta on real manifests (kubernetes/examples, rendered charts)',
  corpus,
  () => {
    beforeAll(renderCharts);

    it('PodSecurityPolicy use by Groups, with resourceNames; edit is not defined here', () => {
      expect(fromNothing('psp-rbac')).toEqual([
        'Group privileged-psp-users gains use on podsecuritypolicies.policy named privileged cluster-wide',
        'Group privileged-psp-users gains use on podsecuritypolicies.policy named restricted cluster-wide',
        'Group restricted-psp-users gains use on podsecuritypolicies.policy named restricted cluster-wide',
      ]);
      expect(unresolvedBindings(fixture('psp-rbac'))).toEqual([
        {
          binding: 'ClusterRoleBinding//edit',
          role: 'ClusterRole/edit',
          subjects: ['Group privileged-psp-users', 'Group restricted-psp-users'],
          reason: NOT_DEFINED,
        },
      ]);
    });

    it('kube-state-metrics aggregated from the aggregate-to-view ClusterRoles of cert-manager', () => {
      const sa = 'ServiceAccount monitoring/ksm-kube-state-metrics';
      // Only cm-cert-manager-view carries aggregate-to-view; -edit and -cluster-view do not.
      expect(fromNothing('ksm-aggregated')).toEqual([
        `${sa} gains get, list, watch on certificaterequests.cert-manager.io cluster-wide`,
        `${sa} gains get, list, watch on certificates.cert-manager.io cluster-wide`,
        `${sa} gains get, list, watch on challenges.acme.cert-manager.io cluster-wide`,
        `${sa} gains get, list, watch on issuers.cert-manager.io cluster-wide`,
        `${sa} gains get, list, watch on orders.acme.cert-manager.io cluster-wide`,
      ]);
      // In a cluster, the selector also takes in the built-in system:aggregate-to-view role:
      // the manifests cannot tell those rules, and the delta says so.
      expect(unresolvedBindings(fixture('ksm-aggregated'))).toEqual([
        {
          binding: 'ClusterRoleBinding//ksm-kube-state-metrics',
          role: 'ClusterRole/ksm-kube-state-metrics',
          subjects: [sa],
          reason:
            "its ClusterRole aggregates the cluster's built-in aggregate-to-* roles too: it grants more than shown",
        },
      ]);
    });

    it('kube-state-metrics: a second selector for aggregate-to-edit brings cert-manager-edit in', () => {
      const sa = 'ServiceAccount monitoring/ksm-kube-state-metrics';
      const base = fixture('ksm-aggregated');
      const head = structuredClone(base);
      const rule = find(head, 'ClusterRole', 'ksm-kube-state-metrics')
        .aggregationRule as JsonObject;
      (rule.clusterRoleSelectors as JsonObject[]).push({
        matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' },
      });
      expect(lines(rbacDelta(base, head))).toEqual([
        `${sa} gains create, delete, deletecollection, patch, update on certificaterequests.cert-manager.io cluster-wide`,
        `${sa} gains create, delete, deletecollection, patch, update on certificates.cert-manager.io cluster-wide`,
        `${sa} gains update on certificates.cert-manager.io/status cluster-wide`,
        `${sa} gains delete, deletecollection, patch, update on challenges.acme.cert-manager.io cluster-wide`,
        `${sa} gains create, delete, deletecollection, patch, update on issuers.cert-manager.io cluster-wide`,
        `${sa} gains delete, deletecollection on orders.acme.cert-manager.io cluster-wide`,
      ]);
    });

    it('cert-manager: its five dangerous gains, first, and a sample of the rest', () => {
      const cm = 'ServiceAccount cert-manager/cm-cert-manager';
      const changes = rbacDelta([], fixture('cert-manager-rbac'));
      const words = lines(changes);
      // The cainjector's update and patch on every webhook configuration (to inject CA
      // bundles) count since rbac-admission-config: whoever holds them rewrites any webhook.
      expect(dangerous(changes)).toBe(5);
      const admission =
        'changes admission webhooks or policies, which see every request they match';
      expect(words.slice(0, 5)).toEqual([
        `${cm} gains create on pods cluster-wide (creates workloads, which can run as any service account in the namespace)`,
        `${cm} gains get, list, watch on secrets cluster-wide (reads secrets)`,
        `${cm}-cainjector gains patch, update on mutatingwebhookconfigurations.admissionregistration.k8s.io cluster-wide (${admission})`,
        `${cm}-cainjector gains get, list, watch on secrets cluster-wide (reads secrets)`,
        `${cm}-cainjector gains patch, update on validatingwebhookconfigurations.admissionregistration.k8s.io cluster-wide (${admission})`,
      ]);
      // The webhook reads only its own CA Secret: a gain, not a dangerous one.
      expect(words).toContain(
        `${cm}-webhook gains get, list, update, watch on secrets named cm-cert-manager-webhook-ca in namespace cert-manager`,
      );
      expect(words).toContain(`${cm} gains delete, get, list, watch on pods cluster-wide`);
      expect(words).toContain(
        `${cm} gains approve on signers.cert-manager.io named issuers.cert-manager.io/* cluster-wide`,
      );
      expect(words).toContain(
        `${cm} gains get, patch, update on leases.coordination.k8s.io named cert-manager-controller in namespace kube-system`,
      );
      expect(words).toContain(
        `${cm} gains create on leases.coordination.k8s.io in namespace kube-system`,
      );
      expect(words).toContain(
        `${cm}-startupapicheck gains create on certificaterequests.cert-manager.io in namespace cert-manager`,
      );
      expect(words).toContain(
        `${cm}-webhook gains create on subjectaccessreviews.authorization.k8s.io cluster-wide`,
      );
      expect(new Set(changes.map((c) => c.subject))).toEqual(
        new Set([cm, `${cm}-cainjector`, `${cm}-webhook`, `${cm}-startupapicheck`]),
      );
      expect(unresolvedBindings(fixture('cert-manager-rbac'))).toEqual([]);
    });
  },
);
