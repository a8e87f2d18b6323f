// Issue 17, "Precision on real charts": what an object means depends on what is around it.
// A Role that names its Secrets, a ServiceAccount that turns the token off, a Windows pod, a
// Helm test hook, a chart's release namespace. Plain manifests through scan(); a chart of our
// own (test/fixtures/release-chart) through the real helm.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../src/config/config.js';
import { scan } from '../src/pipeline/scan.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import type { Finding } from '../src/model/types.js';
import { tempTree } from './helpers/temp-tree.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const today = '2026-06-01';

const scanTree = (files: Record<string, string>): Finding[] =>
  scan({
    root: tempTree(files, 'kubegate-precision-'),
    config: resolveConfig(),
    today,
    workers: 0,
  }).findings;

const of = (findings: readonly Finding[], rule: string) =>
  findings.filter((f) => f.ruleId === rule);

const deployment = (name: string, namespace: string, podSpec: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
${podSpec
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
`;

const binding = (name: string, namespace: string, role: string, account: string) => `
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ${name}
  namespace: ${namespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ${role}
subjects:
  - kind: ServiceAccount
    name: ${account}
`;

describe('a Role restricted to named Secrets', () => {
  const files = {
    'cache/roles.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: own-config
  namespace: cache
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["cache-auth", "cache-tls"]
    verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: every-secret
  namespace: cache
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "list", "watch"]
---${binding('operator', 'cache', 'own-config', 'operator')}---${binding('syncer', 'cache', 'every-secret', 'syncer')}`,
    'cache/operator.yaml': deployment(
      'operator',
      'cache',
      'serviceAccountName: operator\ncontainers:\n  - name: operator\n    image: registry.example/op:1.0',
    ),
    'cache/syncer.yaml': deployment(
      'syncer',
      'cache',
      'serviceAccountName: syncer\ncontainers:\n  - name: syncer\n    image: registry.example/sync:1.0',
    ),
  };

  it('is low and names the Secrets; reading every Secret stays high', () => {
    const reads = of(scanTree(files), 'rbac-secret-read');
    // Each names who holds it (analysers/bindings.ts).
    expect(reads.map((f) => [f.resource, f.severity, f.message])).toEqual([
      [
        'Role/cache/own-config',
        'low',
        'Role own-config, rule "rules[0]": can read only the Secrets named cache-auth, cache-tls; held by ServiceAccount cache/operator through RoleBinding cache/operator, run by Deployment operator',
      ],
      [
        'Role/cache/every-secret',
        'high',
        'Role every-secret, rule "rules[0]": can read Secrets; held by ServiceAccount cache/syncer through RoleBinding cache/syncer, run by Deployment syncer',
      ],
    ]);
  });

  it('does not make the token of its account powerful', () => {
    const powerful = of(scanTree(files), 'powerful-service-account-token');
    expect(powerful.map((f) => f.resource)).toEqual(['Deployment/cache/syncer']);
    expect(powerful[0].message).toContain('reads secrets');
  });
});

describe('a ServiceAccount that turns the token off', () => {
  const files = {
    'alerts/account.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: notifier
  namespace: alerts
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: pods
  namespace: alerts
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["create"]
---${binding('notifier', 'alerts', 'pods', 'notifier')}`,
    // Another file of the same namespace: connected all the same.
    'apps/notifier.yaml': deployment(
      'notifier',
      'alerts',
      'serviceAccountName: notifier\ncontainers:\n  - name: notifier\n    image: registry.example/n:1.0',
    ),
    'apps/notifier-admin.yaml': deployment(
      'notifier-admin',
      'alerts',
      'serviceAccountName: notifier\nautomountServiceAccountToken: true\ncontainers:\n  - name: admin\n    image: registry.example/n:1.0',
    ),
  };

  it('mounts nothing into a pod that does not say otherwise', () => {
    const findings = scanTree(files);
    const byWorkload = (rule: string) => of(findings, rule).map((f) => f.resource);
    // notifier mounts nothing; notifier-admin opts back in, and its account is granted
    // permissions (it calls the API): the token is needed, and what it may do is reported.
    expect(byWorkload('automount-service-account-token')).toEqual([]);
    expect(byWorkload('powerful-service-account-token')).toEqual([
      'Deployment/alerts/notifier-admin',
    ]);
  });

  it('gives the same answer with scan workers', () => {
    const root = tempTree(files, 'kubegate-precision-');
    const run = (workers: number) =>
      scan({ root, config: resolveConfig(), today, workers })
        .findings.map((f) => `${f.ruleId} ${f.resource}`)
        .sort();
    expect(run(2)).toEqual(run(0));
  });
});

describe('a Windows pod next to a Linux pod', () => {
  const linuxOnly = [
    'allow-privilege-escalation',
    'drop-all-capabilities',
    'read-only-root-filesystem',
    'seccomp-profile',
  ];
  const pod = (name: string, spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ops
spec:
${spec}
  containers:
    - name: agent
      image: registry.example/agent:1.0
`;
  const files = {
    'win.yaml': pod(
      'win-agent',
      `  nodeSelector:
    kubernetes.io/os: windows
  hostNetwork: true
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: NT AUTHORITY\\SYSTEM`,
    ),
    'linux.yaml': pod('linux-agent', '  hostNetwork: true'),
  };

  it('gets no Linux-only findings, and its HostProcess container is critical', () => {
    const findings = scanTree(files);
    const rules = (name: string) =>
      new Set(findings.filter((f) => f.resource === `Pod/ops/${name}`).map((f) => f.ruleId));
    for (const rule of linuxOnly) {
      expect(rules('win-agent')).not.toContain(rule);
      expect(rules('linux-agent')).toContain(rule);
    }
    // A HostProcess pod runs as an account of the node: host-process says so, and
    // run-as-non-root is not reported beside it.
    expect(rules('win-agent')).not.toContain('run-as-non-root');
    expect(rules('linux-agent')).toContain('run-as-non-root');
    const hostProcess = of(findings, 'host-process');
    expect(hostProcess.map((f) => [f.resource, f.severity])).toEqual([
      ['Pod/ops/win-agent', 'critical'],
    ]);
  });

  it('says what the manifest leaves to the image, not that it runs as root', () => {
    const [linux] = of(scanTree(files), 'run-as-non-root').filter(
      (f) => f.resource === 'Pod/ops/linux-agent',
    );
    expect(linux.message).toBe(
      'Pod linux-agent, container "agent": nothing in the manifest makes it run as a non-root user (runAsNonRoot: true): the image\'s own USER decides',
    );
  });
});

describe('run-as-non-root says what the manifest does', () => {
  it('for an explicit root, an opt-out, and a Windows administrator', () => {
    const findings = scanTree({
      'pods.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: linux
spec:
  containers:
    - name: uid-zero
      image: registry.example/a:1.0
      securityContext:
        runAsUser: 0
    - name: opted-out
      image: registry.example/a:1.0
      securityContext:
        runAsNonRoot: false
---
apiVersion: v1
kind: Pod
metadata:
  name: windows
spec:
  os:
    name: windows
  containers:
    - name: admin
      image: registry.example/w:1.0
      securityContext:
        windowsOptions:
          runAsUserName: ContainerAdministrator
    - name: unset
      image: registry.example/w:1.0
`,
    });
    expect(of(findings, 'run-as-non-root').map((f) => f.message)).toEqual([
      'Pod linux, container "uid-zero": runs as root (runAsUser: 0)',
      'Pod linux, container "opted-out": sets runAsNonRoot: false, so nothing stops it from running as root',
      'Pod windows, container "admin": runs as ContainerAdministrator, the root of a Windows container',
      'Pod windows, container "unset": nothing in the manifest makes it run as a non-administrator user (runAsNonRoot: true): the image\'s own user decides',
    ]);
  });
});

describe('a chart rendered by helm', () => {
  let env: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    const tools = (await setupTools()) as { helm: string; kubectl: string };
    env = { ...process.env, KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl };
  });

  const render = async (config: Config = resolveConfig()) =>
    (
      await scanWithRenders({
        root: join(here, 'fixtures'),
        paths: ['release-chart'],
        config,
        today,
        env,
      })
    ).findings;

  it('names no namespace the chart did not choose', async () => {
    const findings = await render();
    expect(findings.filter((f) => f.ruleId === 'render-error')).toEqual([]);
    for (const f of findings) {
      expect(f.resource).not.toMatch(/\/default\/|RELEASE-NAMESPACE/);
      expect(f.message).not.toMatch(/namespace default|default\/|RELEASE-NAMESPACE|\(unset\)/);
    }
    // The release's namespace is chosen at install: whether it has a default deny is not
    // in the repository, so namespace-default-deny says nothing of it (see the config case).
    expect(of(findings, 'namespace-default-deny')).toEqual([]);
  });

  it('connects a binding to the release namespace with a workload that names none', async () => {
    const findings = await render();
    // shop-web's account reads Secrets too, but turns its token off.
    expect(of(findings, 'powerful-service-account-token').map((f) => f.message)).toEqual([
      'Deployment shop-sync: mounts the token of a powerful service account: may get on secrets in the namespace the manifests are applied to through RoleBinding shop-secrets (Role shop-secrets): reads secrets',
    ]);
    // shop-sync's account is granted permissions: its token is needed, not unneeded.
    expect(of(findings, 'automount-service-account-token').map((f) => f.resource)).toEqual([
      'Pod//shop-test-connection',
    ]);
    expect(
      of(findings, 'rbac-secret-read').map((f) => [f.resource, f.severity, f.message]),
    ).toEqual([
      [
        'Role//shop-secrets',
        'high',
        'Role shop-secrets, rule "rules[0]": can read Secrets; held by ServiceAccount shop-web through RoleBinding shop-secrets, run by Deployment shop-web; ServiceAccount shop-sync through RoleBinding shop-secrets, run by Deployment shop-sync',
      ],
      [
        'Role//shop-settings',
        'low',
        'Role shop-settings, rule "rules[0]": can read only the Secrets named shop-settings',
      ],
    ]);
  });

  it('keeps the findings of a test hook low, and says why', async () => {
    const hook = (await render()).filter((f) => f.resource === 'Pod//shop-test-connection');
    expect(hook.map((f) => f.ruleId)).toContain('run-as-non-root');
    for (const f of hook) {
      expect(f.severity).toBe('low');
      expect(f.message).toContain('a Helm test hook, which `helm test` runs on demand');
    }
  });

  it('puts every namespaced object into the release namespace the config names', async () => {
    const config = resolveConfig({
      render: { charts: [{ path: 'release-chart', namespace: 'shop' }] },
    });
    const findings = await render(config);
    expect(of(findings, 'automount-service-account-token').map((f) => f.resource)).toEqual([
      'Pod/shop/shop-test-connection',
    ]);
    expect(of(findings, 'namespace-default-deny').map((f) => f.message)).toEqual([
      'Deployment shop-sync: namespace shop runs workloads that no NetworkPolicy selects for incoming traffic: Deployment shop-sync, Deployment shop-web; nor for outgoing traffic',
    ]);
    expect(of(findings, 'powerful-service-account-token')[0]?.message).toContain(
      'in namespace shop through RoleBinding shop/shop-secrets',
    );
  });
});

describe('a wildcard on the read-only metrics APIs', () => {
  it('is low, and says where it is', () => {
    const findings = scanTree({
      'roles.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: metrics
rules:
  - apiGroups: ["custom.metrics.k8s.io", "external.metrics.k8s.io"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: ["custom.metrics.k8s.io", "apps"]
    resources: ["*"]
    verbs: ["get"]
`,
    });
    expect(of(findings, 'rbac-wildcard').map((f) => [f.resource, f.severity, f.message])).toEqual([
      [
        'ClusterRole//metrics',
        'low',
        'ClusterRole metrics, rule "rules[0]": uses a "*" wildcard, on the read-only metrics APIs only (custom.metrics.k8s.io, external.metrics.k8s.io) (resources)',
      ],
      [
        'ClusterRole//everything',
        'high',
        'ClusterRole everything, rule "rules[0]": uses a "*" wildcard (resources)',
      ],
    ]);
  });
});
