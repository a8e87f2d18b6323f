import { tempTree } from './helpers/temp-tree.js';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { scan } from '../src/pipeline/scan.js';
import { BINDING_RULES, judgesRoles } from '../src/analyse/bindings.js';
import { builtinRuleTexts } from '../src/evaluate/rules/builtin-rules.js';
import { loadRules } from '../src/evaluate/rules/load-rules.js';

// The cross-resource analysers through the whole scan: chains that cross files, the same
// result from scan workers, related locations on every object, and waivers on the workload.

const ANALYSER_RULES = [
  'exposed-risky-workload',
  'powerful-service-account-token',
  'namespace-default-deny',
];

const tree = (files: Record<string, string>): string => tempTree(files, 'kubegate-analysers-');

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
spec:
  defaultBackend:
    service:
      name: web
      port:
        number: 80
`;
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
`;
const deployment = (annotations = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
${annotations}spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: registry.example/web:1.0
`;
const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: web-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: web
    namespace: shop
`;

function analyserFindings(root: string, workers: number) {
  const result = scan({ root, config: resolveConfig(), today: '2026-11-23', workers });
  return result.findings.filter((f) => ANALYSER_RULES.includes(f.ruleId));
}

describe('cross-resource analysers in a scan', () => {
  it('follows a chain across four files and names every object on it', () => {
    const root = tree({
      'net/ingress.yaml': INGRESS,
      'net/service.yaml': SERVICE,
      'apps/web.yaml': deployment(),
      'rbac/admin.yaml': RBAC,
    });
    const findings = analyserFindings(root, 0);
    const exposure = findings.find((f) => f.ruleId === 'exposed-risky-workload');
    expect(exposure?.location).toEqual({ file: 'apps/web.yaml', line: 11 });
    expect(exposure?.message).toContain(
      'public Ingress shop/shop -> Service shop/web -> Deployment shop/web',
    );
    expect(exposure?.message).toContain('cluster-admin');
    expect(exposure?.related?.map((r) => `${r.file}:${r.line}`)).toEqual([
      'net/ingress.yaml:4',
      'net/service.yaml:4',
      'rbac/admin.yaml:4',
    ]);
    const identity = findings.find((f) => f.ruleId === 'powerful-service-account-token');
    expect(identity?.message).toContain(
      'through ClusterRoleBinding web-admin (ClusterRole cluster-admin)',
    );
    expect(findings.map((f) => f.ruleId).sort()).toEqual([...ANALYSER_RULES].sort());
  });

  it('finds the same with scan workers as on one thread', () => {
    const files: Record<string, string> = { 'rbac/admin.yaml': RBAC };
    // Enough files for the workers to take a share; the chain's parts land on several threads.
    for (let i = 0; i < 40; i++)
      files[`filler/${i}.yaml`] = SERVICE.replace('name: web', `name: s${i}`);
    files['net/ingress.yaml'] = INGRESS;
    files['net/service.yaml'] = SERVICE;
    files['zz/web.yaml'] = deployment();
    const root = tree(files);
    const one = analyserFindings(root, 0);
    const threaded = analyserFindings(root, 1);
    expect(threaded).toEqual(one);
    expect(one).toHaveLength(3);
  });

  it('is waived on the workload like any rule', () => {
    const root = tree({
      'all.yaml': [
        INGRESS,
        SERVICE,
        deployment(
          '  annotations:\n    waive.kubegate.io/exposed-risky-workload: "storefront, reviewed in SEC-9 expires=2027-01-31"\n',
        ),
        RBAC,
      ].join('---\n'),
    });
    const exposure = analyserFindings(root, 0).find((f) => f.ruleId === 'exposed-risky-workload');
    expect(exposure?.waiver).toMatchObject({ origin: 'annotation', expires: '2027-01-31' });
  });

  it('reports nothing when the rules are disabled', () => {
    const root = tree({ 'all.yaml': [INGRESS, SERVICE, deployment(), RBAC].join('---\n') });
    // The automount rule's findings need the facts too (its ServiceAccount may opt out), and
    // so do the rules whose findings name who holds a role, or are decided by it (bindings.ts).
    const readingObjects = loadRules(builtinRuleTexts(), true)
      .filter((r) => judgesRoles(r) || BINDING_RULES.has(r.id))
      .map((r) => r.id);
    const disabled = [...ANALYSER_RULES, 'automount-service-account-token', ...readingObjects];
    const config = resolveConfig({ rules: { disabled } });
    const result = scan({ root, config, today: '2026-11-23', workers: 0 });
    expect(result.findings.filter((f) => ANALYSER_RULES.includes(f.ruleId))).toEqual([]);
    expect(result.analysis.workloads).toEqual([]);
  });
});
