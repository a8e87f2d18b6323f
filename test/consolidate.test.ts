import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import type { Finding } from '../src/model/types.js';
import { tempTree } from './helpers/temp-tree.js';

// One problem, one finding: the whole scan (scanWithRenders) on small trees of our own.

const scanTree = (files: Record<string, string>) =>
  scanWithRenders({
    root: tempTree(files, 'kubegate-consolidate-'),
    config: resolveConfig(),
    today: '2026-12-07',
    render: false,
  });

const of = (findings: readonly Finding[], rule: string) =>
  findings.filter((f) => f.ruleId === rule);

function pod(name: string, container: string, annotations = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
${annotations}spec:
  containers:
    - name: app
      image: registry.example/app:1.0
${container}`;
}

describe('one problem, one finding', () => {
  it('groups what privileged implies under the privileged finding', async () => {
    const result = await scanTree({
      'pod.yaml': pod('root', '      securityContext:\n        privileged: true\n'),
    });
    const privileged = of(result.findings, 'privileged-container');
    expect(privileged).toHaveLength(1);
    expect(privileged[0].message).toContain(
      'so allow-privilege-escalation and drop-all-capabilities are not reported separately',
    );
    expect(of(result.findings, 'allow-privilege-escalation')).toEqual([]);
    expect(of(result.findings, 'drop-all-capabilities')).toEqual([]);
    expect(result.subsumed.map((f) => f.ruleId).sort()).toEqual([
      'allow-privilege-escalation',
      'drop-all-capabilities',
    ]);
    // Another container of the same pod keeps its own findings.
    const two = await scanTree({
      'pod.yaml': pod(
        'two',
        '      securityContext:\n        privileged: true\n    - name: sidecar\n      image: registry.example/side:1.0\n',
      ),
    });
    expect(of(two.findings, 'allow-privilege-escalation').map((f) => f.element)).toEqual([
      'sidecar',
    ]);
  });

  it('reports an object defined in two files once, in the file with fewer objects', async () => {
    const web = pod('web', '      securityContext:\n        privileged: true\n');
    const other = pod('other', '');
    const result = await scanTree({
      'base/web.yaml': web,
      'install.yaml': `${other}---\n${web}`,
    });
    const privileged = of(result.findings, 'privileged-container');
    expect(privileged).toHaveLength(1);
    expect(privileged[0].location.file).toBe('base/web.yaml');
    expect(privileged[0].related).toEqual([
      expect.objectContaining({
        file: 'install.yaml',
        message: 'The same object is also defined in install.yaml',
      }),
    ]);
    // The object only the bundle has keeps its findings there.
    expect(
      of(result.findings, 'run-as-non-root')
        .map((f) => f.location.file)
        .sort(),
    ).toEqual(['base/web.yaml', 'install.yaml']);
  });

  it('keeps a waived copy apart from an unwaived one', async () => {
    const waived = pod(
      'web',
      '      securityContext:\n        privileged: true\n',
      `  annotations:\n    waive.kubegate.io/privileged-container: "node agent expires=2027-01-31"\n`,
    );
    const plain = pod('web', '      securityContext:\n        privileged: true\n');
    const result = await scanTree({ 'a/web.yaml': waived, 'b/web.yaml': plain });
    const privileged = of(result.findings, 'privileged-container');
    expect(privileged.map((f) => [f.location.file, Boolean(f.waiver)])).toEqual([
      ['a/web.yaml', true],
      ['b/web.yaml', false],
    ]);
  });

  it('gives one resource-limits finding per container and one rbac-wildcard finding per rule', async () => {
    const result = await scanTree({
      'pod.yaml': pod('bare', ''),
      'role.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`,
    });
    const limits = of(result.findings, 'resource-limits');
    expect(limits).toHaveLength(1);
    expect(limits[0].message).toContain('is missing resource limits (resources.limits)');
    expect(of(result.findings, 'rbac-wildcard')).toHaveLength(1);
  });

  it('reports a setting that several containers take from the pod once, naming them', async () => {
    const result = await scanTree({
      'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: two
  namespace: shop
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: registry.example/app:1.0
    - name: sidecar
      image: registry.example/side:1.0
`,
    });
    const root = of(result.findings, 'run-as-non-root');
    expect(root).toHaveLength(1);
    expect(root[0].element).toBe('app');
    expect(root[0].message).toContain('so does container "sidecar", from the same line');
    expect(of(result.subsumed, 'run-as-non-root').map((f) => f.element)).toEqual(['sidecar']);
  });

  it("groups a Windows HostProcess pod's host namespaces and its user under it", async () => {
    const result = await scanTree({
      'windows.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: shop
spec:
  template:
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: 'NT AUTHORITY\\SYSTEM'
      containers:
        - name: agent
          image: registry.example/agent:1.0
        - name: helper
          image: registry.example/helper:1.0
`,
    });
    const hostProcess = of(result.findings, 'host-process');
    expect(hostProcess).toHaveLength(1);
    expect(hostProcess[0].message).toContain(
      "a HostProcess pod runs in the node's namespaces, as an account of the node, so host-namespaces and run-as-non-root are not reported separately",
    );
    expect(of(result.findings, 'host-namespaces')).toEqual([]);
    expect(of(result.findings, 'run-as-non-root')).toEqual([]);
  });
});
