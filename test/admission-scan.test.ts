import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { ConfigurationError } from '../src/model/errors.js';
import { failsGate, type Finding } from '../src/model/types.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import { toSarif } from '../src/report/sarif.js';
import { isolatedCli, runCli } from './helpers/run-cli.js';
import { tempTree } from './helpers/temp-tree.js';
import { makePullRequestRepo } from './support/action-run.js';

// A repository's own ValidatingAdmissionPolicies in a scan: where they come from (the
// config's folders, the scanned files, a pull request's base), what their findings say and
// where they point, and how the gate treats each validation action.

const policy = (
  name: string,
  validation: string,
  extra = '',
) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: ${name}
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["deployments"]
${extra}  validations:
${validation}`;

const REPLICAS = policy(
  'replica-limit',
  `    - expression: "object.spec.replicas <= 5"
      message: "at most 5 replicas"
`,
);

const binding = (name: string, policyName: string, actions: string, selector = '') => `---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: ${name}
spec:
  policyName: ${policyName}
  validationActions: [${actions}]
${selector}`;

const TEST_NAMESPACES = `  matchResources:
    namespaceSelector:
      matchLabels:
        environment: test
`;

const deployment = (
  name: string,
  namespace: string,
  replicas: number,
  labels = '',
) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
${labels}spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: app
          image: registry.example/app:1.0
`;

const namespace = (name: string, environment: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    environment: ${environment}
`;

const scanTree = (files: Record<string, string>, configText = '', workers?: number) =>
  scanWithRenders({
    root: tempTree(files, 'kubegate-vap-'),
    config: parseConfig(configText, '.kubegate.yaml'),
    today: '2026-06-01',
    render: false,
    ...(workers === undefined ? {} : { workers }),
  });

const vap = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId.startsWith('vap/'));

describe('admission policies in a scan', () => {
  it('finds a policy among the scanned files and points at the field its validation reads', async () => {
    const r = await scanTree({
      'policies/replicas.yaml':
        REPLICAS + binding('replicas-test', 'replica-limit', 'Deny', TEST_NAMESPACES),
      'apps/ns.yaml': namespace('team-a', 'test'),
      'apps/web.yaml': deployment('web', 'team-a', 7),
      'apps/ok.yaml': deployment('ok', 'team-a', 3),
    });
    const found = vap(r.findings);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({
      ruleId: 'vap/replica-limit',
      severity: 'high',
      message: 'Deployment web: at most 5 replicas',
      location: { file: 'apps/web.yaml', line: 7 },
      resource: 'Deployment/team-a/web',
      fieldPath: 'spec.replicas',
    });
    expect(f.related).toEqual([
      {
        file: 'policies/replicas.yaml',
        line: 14,
        message: 'validation 1 of ValidatingAdmissionPolicy replica-limit',
      },
      {
        file: 'policies/replicas.yaml',
        line: 20,
        message: 'ValidatingAdmissionPolicyBinding replicas-test (Deny)',
      },
    ]);
    expect(failsGate(f, 'high')).toBe(true);
    // SARIF: the rule is listed, the result relates to the policy and the binding.
    const sarif = toSarif(r.findings, r.rules, { version: 'test' });
    const rule = sarif.runs[0].tool.driver.rules?.find((x) => x.id === 'vap/replica-limit');
    expect(rule?.shortDescription?.text).toContain('replica-limit');
    const result = sarif.runs[0].results?.find((x) => x.ruleId === 'vap/replica-limit');
    expect(result?.level).toBe('error');
    expect(result?.relatedLocations).toHaveLength(2);
  });

  it("reads the config's admissionPolicies folders, and fails on one that gives no file", async () => {
    const files = {
      'platform/policies.yaml': REPLICAS + binding('everywhere', 'replica-limit', 'Deny'),
      'apps/web.yaml': deployment('web', 'shop', 9),
    };
    // The folder is outside the scanned paths: read only because the config names it.
    const r = await scanTree(files, 'paths: [apps]\nadmissionPolicies: [platform]\n');
    expect(vap(r.findings).map((f) => f.message)).toEqual(['Deployment web: at most 5 replicas']);
    expect(vap((await scanTree(files, 'paths: [apps]\n')).findings)).toEqual([]);
    const typo = scanTree(files, 'admissionPolicies: [platfrom]\n');
    await expect(typo).rejects.toThrow(ConfigurationError);
    await expect(typo).rejects.toThrow(/admissionPolicies: "platfrom" gives no file/);
  });

  it('takes a binding to match where a namespace is unknown, and says so', async () => {
    const r = await scanTree({
      'p.yaml': REPLICAS + binding('replicas-test', 'replica-limit', 'Deny', TEST_NAMESPACES),
      'web.yaml': deployment('web', 'elsewhere', 7),
    });
    const [f] = vap(r.findings);
    expect(f.message).toContain("the namespace's labels are unknown");
    // The config's namespaces settle it.
    const known = await scanTree(
      {
        'p.yaml': REPLICAS + binding('replicas-test', 'replica-limit', 'Deny', TEST_NAMESPACES),
        'web.yaml': deployment('web', 'elsewhere', 7),
      },
      'namespaces:\n  elsewhere:\n    labels: { environment: prod }\n',
    );
    expect(vap(known.findings)).toEqual([]);
  });

  it('reports Warn as a warning and Audit as a note, neither failing the gate', async () => {
    const r = await scanTree({
      'p.yaml':
        REPLICAS +
        binding('warn', 'replica-limit', 'Warn') +
        '---\n' +
        policy(
          'team-label',
          `    - expression: "has(object.metadata.labels) && 'team' in object.metadata.labels"
      message: "needs a team label"
`,
        ) +
        binding('audit', 'team-label', 'Audit'),
      'web.yaml': deployment('web', 'shop', 7),
    });
    // By line: the missing label's nearest parent (metadata) comes before spec.replicas.
    const found = vap(r.findings);
    expect(found.map((f) => [f.ruleId, f.advisory])).toEqual([
      ['vap/team-label', 'audit'],
      ['vap/replica-limit', 'warn'],
    ]);
    for (const f of found) expect(failsGate(f, 'low')).toBe(false);
    expect(found[1].message).toContain('Warn only: the cluster would admit it');
    const levels = toSarif(r.findings, r.rules, { version: 'test' })
      .runs[0].results?.filter((x) => x.ruleId?.startsWith('vap/'))
      .map((x) => x.level);
    expect(levels).toEqual(['note', 'warning']);
  });

  it('follows the config: a severity, a disabled policy, the category off', async () => {
    const files = {
      'p.yaml': REPLICAS + binding('all', 'replica-limit', 'Deny'),
      'web.yaml': deployment('web', 'shop', 7),
    };
    const medium = await scanTree(files, "rules:\n  severity: { 'vap/replica-limit': medium }\n");
    expect(vap(medium.findings).map((f) => f.severity)).toEqual(['medium']);
    expect(
      vap((await scanTree(files, "rules:\n  disabled: ['vap/replica-limit']\n")).findings),
    ).toEqual([]);
    expect(
      vap((await scanTree(files, 'rules:\n  categories: { admission-policy: false }\n')).findings),
    ).toEqual([]);
    // A waiver in the config's list (an annotation key cannot hold the rule id's slash).
    const waived = await scanTree(
      files,
      'waivers:\n  list:\n    - { rule: vap/replica-limit, resource: Deployment/shop/web, reason: load test, expires: 2026-07-01 }\n',
    );
    expect(vap(waived.findings).map((f) => f.waiver?.reason)).toEqual(['load test']);
  });

  it('finds the params a policy names among the scanned files', async () => {
    const withParams = policy(
      'replica-limit',
      `    - expression: "object.spec.replicas <= params.maxReplicas"
      messageExpression: "'at most ' + string(params.maxReplicas) + ' replicas'"
`,
      `  paramKind:
    apiVersion: rules.example.com/v1
    kind: ReplicaLimit
`,
    );
    const r = await scanTree({
      'p.yaml':
        withParams +
        binding(
          'limit',
          'replica-limit',
          'Deny',
          '  paramRef:\n    name: small\n    namespace: default\n    parameterNotFoundAction: Deny\n',
        ),
      'params/limit.yaml':
        'apiVersion: rules.example.com/v1\nkind: ReplicaLimit\nmetadata:\n  name: small\n  namespace: default\nmaxReplicas: 3\n',
      'web.yaml': deployment('web', 'shop', 4),
    });
    expect(vap(r.findings).map((f) => f.message)).toEqual(['Deployment web: at most 3 replicas']);
  });

  it('gives the same findings on worker threads', async () => {
    const files: Record<string, string> = {
      'p.yaml': REPLICAS + binding('all', 'replica-limit', 'Deny'),
    };
    for (let i = 0; i < 450; i++) files[`apps/d${i}.yaml`] = deployment(`d${i}`, 'shop', i % 9);
    const one = vap((await scanTree(files, '', 0)).findings);
    const many = vap((await scanTree(files, '', 1)).findings);
    expect(one).toHaveLength(450 * (3 / 9));
    expect(many).toEqual(one);
  });
});

describe('admission policies on a pull request (kubegate scan --base)', () => {
  const cli = isolatedCli();

  it("judges the change by the base's policies, even one the change deletes", async () => {
    const repo = makePullRequestRepo(
      {
        'policies/replicas.yaml': REPLICAS + binding('all', 'replica-limit', 'Deny'),
        'web.yaml': deployment('web', 'shop', 3),
      },
      { 'policies/replicas.yaml': null, 'web.yaml': deployment('web', 'shop', 9) },
    );
    const r = runCli(cli, ['scan', '.', '--base', repo.baseSha, '--format', 'json'], repo.dir);
    const report = JSON.parse(r.stdout) as {
      findings: Finding[];
      change: { policyFiles: string[] };
    };
    const found = vap(report.findings);
    // The policy's file is gone at the head: the finding says where it was, with no link.
    expect(found.map((f) => f.message)).toEqual([
      "Deployment web: at most 5 replicas (judged by the base commit's validation 1 of ValidatingAdmissionPolicy replica-limit at policies/replicas.yaml:14 and ValidatingAdmissionPolicyBinding all (Deny) at policies/replicas.yaml:20, which this pull request deletes)",
    ]);
    expect(found[0].related).toBeUndefined();
    expect(report.change.policyFiles).toEqual(['policies/replicas.yaml']);
    expect(r.status).toBe(1);
  });

  it('triggers a review requirement that names vap/* (and the config checks no such id)', () => {
    const config = `reviews:
  - name: platform
    approvers: [alice]
    when: { rules: ['vap/*'] }
`;
    const repo = makePullRequestRepo(
      {
        '.kubegate.yaml': config,
        'p.yaml': REPLICAS + binding('all', 'replica-limit', 'Deny'),
        'web.yaml': deployment('web', 'shop', 3),
      },
      { 'web.yaml': deployment('web', 'shop', 8) },
    );
    const r = runCli(cli, ['scan', '.', '--base', repo.baseSha, '--format', 'json'], repo.dir);
    const report = JSON.parse(r.stdout) as {
      change: { requiredReviews: { name: string; triggers: { what: string }[] }[] };
    };
    const platform = report.change.requiredReviews.find((x) => x.name === 'platform');
    expect(platform?.triggers.map((x) => x.what)).toEqual([
      'vap/replica-limit (high) on Deployment/shop/web: Deployment web: at most 5 replicas',
    ]);
  });

  it('gives a changed object its base version: UPDATE, with oldObject', async () => {
    const noShrink = policy(
      'no-scale-down',
      `    - expression: "request.operation != 'UPDATE' || object.spec.replicas >= oldObject.spec.replicas"
      message: "replicas may not go down in a change"
`,
    );
    const repo = makePullRequestRepo(
      {
        'p.yaml': noShrink + binding('all', 'no-scale-down', 'Deny'),
        'web.yaml': deployment('web', 'shop', 4),
      },
      { 'web.yaml': deployment('web', 'shop', 2), 'new.yaml': deployment('new', 'shop', 1) },
    );
    const r = runCli(cli, ['scan', '.', '--base', repo.baseSha, '--format', 'json'], repo.dir);
    const found = vap((JSON.parse(r.stdout) as { findings: Finding[] }).findings);
    // The new Deployment is a CREATE: nothing to compare with.
    expect(found.map((f) => f.resource)).toEqual(['Deployment/shop/web']);
  });
});

describe('kubegate policies', () => {
  const cli = isolatedCli();

  it('lists the policies, their params and bindings, and what each binding matches', () => {
    const root = tempTree({
      'policies/replicas.yaml':
        REPLICAS + binding('replicas-test', 'replica-limit', 'Deny', TEST_NAMESPACES),
      'policies/orphan.yaml': binding('orphan', 'no-such-policy', 'Warn'),
      'apps/ns.yaml': namespace('team-a', 'test'),
      'apps/web.yaml': deployment('web', 'team-a', 7),
      'apps/other.yaml': deployment('other', 'team-b', 7),
    });
    const text = runCli(cli, ['policies', '--no-render'], root);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('replica-limit (policies/replicas.yaml:4): failurePolicy Fail');
    expect(text.stdout).toContain(
      'replicas-test (policies/replicas.yaml:20) -> replica-limit: Deny',
    );
    // team-b has no Namespace manifest: its labels are unknown, so the binding is taken to match.
    expect(text.stdout).toContain('Deployment/team-a/web (apps/web.yaml:4)\n');
    expect(text.stdout).toContain(
      "Deployment/team-b/other (apps/other.yaml:4): namespace's labels unknown: taken to match",
    );
    expect(text.stdout).toContain(
      'orphan (policies/orphan.yaml:5) -> no-such-policy (no such policy: it does nothing): Warn',
    );
    const json = JSON.parse(
      runCli(cli, ['policies', '--no-render', '--format', 'json'], root).stdout,
    ) as { bindings: { name: string; matches: { object: string }[] }[] };
    expect(
      json.bindings.find((b) => b.name === 'replicas-test')?.matches.map((m) => m.object),
    ).toEqual(['Deployment/team-b/other', 'Deployment/team-a/web']);
  });
});

describe('admission policies that would not protect the cluster', () => {
  it('are warnings naming where they are written', async () => {
    const r = await scanTree({
      'p.yaml':
        policy('broken', '    - expression: "object.spec.replicas <="\n') +
        binding('deny-and-warn', 'broken', 'Deny, Warn') +
        binding('orphan', 'no-such-policy', 'Deny'),
      'web.yaml': deployment('web', 'shop', 3),
    });
    expect(r.warnings).toEqual([
      'p.yaml:4: ValidatingAdmissionPolicy broken, spec.validations[0].expression: does not compile: Unexpected token: EOF',
      'p.yaml:19: ValidatingAdmissionPolicyBinding deny-and-warn, spec.validationActions: Deny and Warn may not be used together',
      'p.yaml:27: ValidatingAdmissionPolicyBinding orphan names the policy "no-such-policy", which the scan does not have: it validates nothing',
    ]);
  });
});
