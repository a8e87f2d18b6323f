import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { scan } from '../src/pipeline/scan.js';
import { toSarif } from '../src/report/sarif.js';
import { tempTree } from './helpers/temp-tree.js';

// Who holds a dangerous role (src/analysers/bindings.ts): the findings on a Role name the
// subjects that its bindings grant it to, and the workloads that run as them, with the
// bindings as related locations; the objects connect across files as the analysers connect
// them (graph.ts).

const tree = (files: Record<string, string>): string => tempTree(files, 'kubegate-holders-');

const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: secret-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "list"]
`;
const binding = (
  subject: string,
  name = 'web-reads-secrets',
  namespace = 'shop',
) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ${name}
  namespace: ${namespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: secret-reader
subjects:
${subject}`;
const WEB_ACCOUNT = `  - kind: ServiceAccount
    name: web
    namespace: shop
`;
const WORKLOAD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: registry.example/web:1.0
`;

function findingsOf(root: string, ruleId: string, workers = 0) {
  const result = scan({ root, config: resolveConfig(), today: '2026-11-23', workers });
  return result.findings.filter((f) => f.ruleId === ruleId);
}

describe('who holds a dangerous role', () => {
  it('names the subject across three files, with the binding and the workload as related locations', () => {
    const root = tree({
      'rbac/role.yaml': ROLE,
      'rbac/binding.yaml': binding(WEB_ACCOUNT),
      'apps/web.yaml': WORKLOAD,
    });
    const [finding] = findingsOf(root, 'rbac-secret-read');
    expect(finding.location).toEqual({ file: 'rbac/role.yaml', line: 8 });
    expect(finding.message).toBe(
      'Role secret-reader, rule "rules[0]": can read Secrets; held by ServiceAccount shop/web through RoleBinding shop/web-reads-secrets, run by Deployment web',
    );
    expect(finding.severity).toBe('high');
    expect(finding.related).toEqual([
      {
        file: 'rbac/binding.yaml',
        line: 4,
        message: 'RoleBinding shop/web-reads-secrets grants it to ServiceAccount shop/web',
      },
      {
        file: 'apps/web.yaml',
        line: 11,
        message: 'Deployment web runs as ServiceAccount shop/web',
      },
    ]);
    // In SARIF, as relatedLocations beside the result's own location.
    const scanned = scan({ root, config: resolveConfig(), today: '2026-11-23', workers: 0 });
    const sarif = toSarif(scanned.findings, scanned.rules, { version: '0.0.0-test' });
    const result = sarif.runs[0].results?.find((r) => r.ruleId === 'rbac-secret-read');
    expect(result?.relatedLocations?.map((l) => l.physicalLocation?.artifactLocation?.uri)).toEqual(
      ['rbac/binding.yaml', 'apps/web.yaml'],
    );
  });

  it('finds the same with scan workers as on one thread', () => {
    const files: Record<string, string> = {
      'rbac/role.yaml': ROLE,
      'rbac/binding.yaml': binding(WEB_ACCOUNT),
      'zz/web.yaml': WORKLOAD,
    };
    for (let i = 0; i < 40; i++)
      files[`filler/${i}.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`;
    const root = tree(files);
    expect(findingsOf(root, 'rbac-secret-read', 1)).toEqual(
      findingsOf(root, 'rbac-secret-read', 0),
    );
  });

  it("is high when the role is bound to a namespace's default service account or a group of everyone", () => {
    const medium = ROLE.replace(
      'resources: ["secrets"]\n    verbs: ["get", "list"]',
      'resources: ["pods/portforward"]\n    verbs: ["create"]',
    );
    const defaultAccount = tree({
      'role.yaml': medium,
      'binding.yaml': binding('  - kind: ServiceAccount\n    name: default\n'),
    });
    const [onDefault] = findingsOf(defaultAccount, 'rbac-pod-portforward');
    expect(onDefault.severity).toBe('high');
    expect(onDefault.message).toContain(
      '(high: granted to the default service account, which every pod in namespace shop that names none runs as)',
    );
    const everyone = tree({
      'role.yaml': medium,
      'binding.yaml': binding('  - kind: Group\n    name: system:serviceaccounts:shop\n'),
    });
    expect(findingsOf(everyone, 'rbac-pod-portforward')[0]).toMatchObject({
      severity: 'high',
      message: expect.stringContaining(
        'Group system:serviceaccounts:shop (every service account in namespace shop)',
      ),
    });
    const named = tree({ 'role.yaml': medium, 'binding.yaml': binding(WEB_ACCOUNT) });
    expect(findingsOf(named, 'rbac-pod-portforward')[0].severity).toBe('medium');
  });

  it('keeps a capped finding at its cap: naming Secrets is not reading them all', () => {
    const named = ROLE.replace(
      'verbs: ["get", "list"]',
      'resourceNames: ["web-tls"]\n    verbs: ["get"]',
    );
    const root = tree({
      'role.yaml': named,
      'binding.yaml': binding('  - kind: Group\n    name: system:authenticated\n'),
    });
    const [finding] = findingsOf(root, 'rbac-secret-read');
    expect(finding.severity).toBe('low');
    expect(finding.message).toContain(
      'held by Group system:authenticated (every authenticated user)',
    );
  });

  it('connects only objects applied together: a Role without namespace in another folder is not bound', () => {
    const floating = ROLE.replace('  namespace: shop\n', '');
    const root = tree({
      'a/role.yaml': floating,
      'b/binding.yaml': binding(WEB_ACCOUNT).replace('  namespace: shop\nroleRef', 'roleRef'),
    });
    const [finding] = findingsOf(root, 'rbac-secret-read');
    expect(finding.message).toBe('Role secret-reader, rule "rules[0]": can read Secrets');
    expect(finding.related).toBeUndefined();
  });

  it('follows a ClusterRole into the aggregated ClusterRole that gathers it, and names built-in aggregation', () => {
    const root = tree({
      'roles.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: widgets-secrets
  labels:
    example.com/aggregate-to-ops: "true"
    rbac.authorization.k8s.io/aggregate-to-edit: "true"
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ops
aggregationRule:
  clusterRoleSelectors:
    - matchLabels:
        example.com/aggregate-to-ops: "true"
rules: []
`,
      'binding.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ops-team
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ops
subjects:
  - kind: Group
    name: ops
`,
    });
    const [finding] = findingsOf(root, 'rbac-secret-read').filter(
      (f) => f.resource === 'ClusterRole//widgets-secrets',
    );
    expect(finding.message).toContain(
      'held by Group ops through ClusterRoleBinding ops-team (through ClusterRole ops, which aggregates it); aggregated into the built-in ClusterRoles edit, admin, so whoever the cluster binds to them holds it too',
    );
  });
});
