import { tempTree } from './helpers/temp-tree.js';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { ConfigurationError } from '../src/model/errors.js';
import { toSarif } from '../src/report/sarif.js';
import { scan } from '../src/pipeline/scan.js';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: NodePort
  ports: [{port: 80}]
`;

const repo = (files: Record<string, string>): string => tempTree(files, 'kubegate-scan-');

const run = (root: string, configText = '') =>
  scan({ root, config: parseConfig(configText, '.kubegate.yaml'), today: '2026-06-01' });

describe('scan', () => {
  it('keeps fingerprints when lines move', () => {
    const before = run(repo({ 'a.yaml': SERVICE })).findings.find(
      (f) => f.ruleId === 'service-type-nodeport',
    );
    const after = run(repo({ 'a.yaml': `# a new comment\n\n${SERVICE}` })).findings.find(
      (f) => f.ruleId === 'service-type-nodeport',
    );
    expect(before?.location.line).toBe(7);
    expect(after?.location.line).toBe(9);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it('runs custom rules, disables rules and overrides severities from the config', () => {
    const root = repo({
      'deploy/svc.yaml': SERVICE,
      'policy/team-label.yaml': `id: require-team-label
title: Services must name their owning team
severity: low
category: isolation
match: {kinds: [Service]}
check: '!has(object.metadata.labels) || !("team" in object.metadata.labels)'
field: [metadata.labels, metadata]
why: Without an owner label nobody is paged when this Service misbehaves.
fix: |
  Add the label:
  \`\`\`yaml
  metadata:
    labels: {team: payments}
  \`\`\`
`,
    });
    const result = run(
      root,
      'rules:\n  custom: ["policy/*.yaml"]\n  severity: {service-type-nodeport: critical}\n',
    );
    const byRule = new Map(result.findings.map((f) => [f.ruleId, f]));
    expect(byRule.get('require-team-label')?.location).toEqual({
      file: 'deploy/svc.yaml',
      line: 3,
    });
    expect(byRule.get('service-type-nodeport')?.severity).toBe('critical');
    const disabled = run(root, 'rules:\n  disabled: [service-type-nodeport]\n');
    expect(disabled.findings.map((f) => f.ruleId)).not.toContain('service-type-nodeport');
  });

  it('turns a whole category off with rules.categories, custom rules included', () => {
    const root = repo({
      'deploy/web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.example/web:1.0
          ports: [{containerPort: 8080}]
`,
      'policy/replicas.yaml': `id: two-replicas
title: Deployments should run two replicas
severity: low
category: reliability
match: {kinds: [Deployment]}
check: object.spec.?replicas.orValue(1) < 2
why: One replica means every restart or node drain is an outage for this service.
fix: |
  Run two:
  \`\`\`yaml
  spec:
    replicas: 2
  \`\`\`
`,
    });
    const reliability = ['liveness-probe', 'readiness-probe', 'resource-requests', 'two-replicas'];
    const on = run(root, 'rules:\n  custom: ["policy/*.yaml"]\n');
    const ids = on.findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(reliability));
    // Low: they never fail the gate at the default threshold (high).
    for (const f of on.findings.filter((f) => reliability.includes(f.ruleId)))
      expect(f.severity).toBe('low');
    const off = run(
      root,
      'rules:\n  custom: ["policy/*.yaml"]\n  categories: { reliability: false }\n',
    );
    const left = off.findings.map((f) => f.ruleId);
    for (const id of reliability) expect(left).not.toContain(id);
    expect(left).toContain('allow-privilege-escalation');
  });

  it('rejects an invalid custom rule, naming the file and key', () => {
    const root = repo({ 'policy/bad.yaml': 'id: bad-rule\ntitle: A bad rule\nseverity: urgent\n' });
    expect(() => run(root, 'rules:\n  custom: ["policy/*.yaml"]\n')).toThrow(ConfigurationError);
    expect(() => run(root, 'rules:\n  custom: ["policy/*.yaml"]\n')).toThrow(
      /policy\/bad.yaml: .*severity/,
    );
  });

  it('reports a check that raises an error as a rule-error finding (fail closed), not as compliance', () => {
    const root = repo({
      'svc.yaml': SERVICE,
      'policy/fragile.yaml': `id: fragile-check
title: A check that forgets to guard a field
severity: low
category: isolation
match: {kinds: [Service]}
check: object.spec.missingField.value == 1
why: It reads a field that most Services do not have, without a guard.
fix: |
  Guard it:
  \`\`\`
  object.spec.?missingField.?value.orValue(0) == 1
  \`\`\`
`,
    });
    const result = run(root, 'rules:\n  custom: ["policy/*.yaml"]\n');
    const error = result.findings.find((f) => f.ruleId === 'rule-error');
    expect(error?.severity).toBe('high');
    expect(error?.message).toMatch(
      /rule fragile-check could not be evaluated on Service\/shop\/web/,
    );
  });

  it('fails closed on a workload whose pod spec is not a mapping', () => {
    const result = run(
      repo({
        'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: odd}\nspec:\n  - containers: []\n',
      }),
    );
    expect(result.findings.map((f) => [f.ruleId, f.location.line, f.message])).toEqual([
      ['parse-error', 4, 'Pod odd: spec is missing or not a mapping, so its pod cannot be checked'],
    ]);
  });

  it('applies workload rules to pod templates of configured custom kinds', () => {
    // A kind that neither the built-in table nor the pod-template shape knows: its pod
    // templates are elsewhere than spec.template.spec.
    const app = `apiVersion: example.com/v1
kind: BatchApp
metadata: {name: nightly}
spec:
  driver:
    template:
      spec:
        hostNetwork: true
        containers:
          - name: app
            image: app:1
`;
    const root = repo({ 'r.yaml': app });
    expect(run(root).findings).toEqual([]);
    const custom = run(
      root,
      'workloads:\n  customKinds: [{kind: BatchApp, podSpecPath: spec.driver.template.spec}]\n',
    );
    const host = custom.findings.find((f) => f.ruleId === 'host-namespaces');
    expect(host?.location).toEqual({ file: 'r.yaml', line: 8 });
    expect(host?.fieldPath).toBe('spec.driver.template.spec.hostNetwork');
  });

  it('reports waived findings as suppressed in SARIF', () => {
    const waived = SERVICE.replace(
      '  namespace: shop\n',
      '  namespace: shop\n  annotations:\n    waive.kubegate.io/service-type-nodeport: "lab cluster only expires=2026-07-01"\n',
    );
    const result = run(repo({ 'a.yaml': waived }));
    const f = result.findings.find((x) => x.ruleId === 'service-type-nodeport');
    expect(f?.waiver?.reason).toBe('lab cluster only');
    const sarif = toSarif(result.findings, result.rules, { version: 'test' });
    const r = sarif.runs[0].results?.find((x) => x.ruleId === 'service-type-nodeport');
    expect(r?.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'lab cluster only (expires 2026-07-01)',
      },
    ]);
  });
});

describe('scan with worker threads', () => {
  // Files with findings, a waiver, a parse error, JSON and a List, repeated with variations.
  function manyFiles(count: number): Record<string, string> {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p${i}
  annotations:
    waive.kubegate.io/privileged-container: "lab only expires=2026-06-20"
spec:
  containers:
    - name: app
      image: nginx${i % 3 ? ':1.2' : ''}
      securityContext: {privileged: ${i % 2 === 0}}
`;
      files[`team-${i % 7}/app-${i}.yaml`] =
        i % 11 === 0 ? `${pod}---\nbad: [\n` : `${SERVICE}---\n${pod}`;
      if (i % 13 === 0)
        files[`json/list-${i}.json`] = JSON.stringify(
          {
            apiVersion: 'v1',
            kind: 'List',
            items: [
              {
                apiVersion: 'v1',
                kind: 'Service',
                metadata: { name: `s${i}` },
                spec: { type: 'NodePort' },
              },
            ],
          },
          null,
          2,
        );
    }
    return files;
  }

  /**
   * Scans `files` on one thread, then with one worker while the main thread waits
   * `waitMs` after each file for as long as `hold(files the worker has done)` says, so that
   * the worker's part of the result is tested however fast the main thread is.
   */
  function singleAndHeld(
    files: Record<string, string>,
    hold: (workerFiles: number) => boolean,
    waitMs: number,
  ) {
    const root = repo(files);
    const config = parseConfig('', '.kubegate.yaml');
    const single = scan({ root, config, today: '2026-06-01', workers: 0 });
    let calls = 0;
    let workerFiles = 0;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const parallel = scan({
      root,
      config,
      today: '2026-06-01',
      workers: 1,
      onProgress: (done) => {
        calls++;
        workerFiles = Math.max(workerFiles, done - calls);
        if (hold(workerFiles)) Atomics.wait(pause, 0, 0, waitMs);
      },
    });
    return { single, parallel, workerFiles };
  }

  it('gives the same result as one thread, with the worker scanning part of the files', () => {
    // 200 ms a file until the worker has finished one file too.
    const { single, parallel, workerFiles } = singleAndHeld(manyFiles(120), (n) => n === 0, 200);
    expect(workerFiles).toBeGreaterThan(0);
    expect(parallel.findings).toEqual(single.findings);
    expect(parallel.warnings).toEqual(single.warnings);
    expect(parallel.resources).toBe(single.resources);
    expect(parallel.files).toBe(single.files);
  });

  it('puts together a worker result sent in several parts', () => {
    // Until the worker has scanned more files than fit in one reply (RESULTS_PER_REPLY, 64),
    // so that its results arrive in several parts.
    const { single, parallel, workerFiles } = singleAndHeld(manyFiles(400), (n) => n <= 200, 20);
    expect(workerFiles).toBeGreaterThan(200);
    expect(parallel.findings).toEqual(single.findings);
    expect(parallel.warnings).toEqual(single.warnings);
    expect(parallel.resources).toBe(single.resources);
  });
});
