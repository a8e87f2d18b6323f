import { describe, expect, it } from 'vitest';
import { isolatedCli, runCli } from './helpers/run-cli.js';
import { makePullRequestRepo } from './support/action-run.js';

// `kubegate scan --base REF`: the same new-findings gate as the Action, for any CI.

const pod = (name: string, extra: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
spec:
${extra}  containers:
    - name: app
      image: registry.example/app:1.0
`;

describe('kubegate scan --base', () => {
  const cli = isolatedCli();

  it('fails only on findings that are new since the base commit', () => {
    const repo = makePullRequestRepo(
      { 'old.yaml': pod('old', '  hostNetwork: true\n'), 'app.yaml': pod('app', '') },
      { 'app.yaml': pod('app', '  hostPID: true\n') },
    );
    const r = runCli(cli, ['scan', '.', '--base', repo.baseSha, '--fail-on', 'critical'], repo.dir);
    expect(r.stderr).toMatch(/compared with [0-9a-f]+ \([0-9a-f]{7}\): 1 new, 0 fixed/);
    expect(r.stdout).toContain('FAIL: 1 new finding at or above "critical"');
    expect(r.status).toBe(1);
  });

  it('passes when the change adds nothing, although old findings remain', () => {
    const repo = makePullRequestRepo(
      {
        'old.yaml': pod('old', '  hostNetwork: true\n'),
        'app.yaml': pod('app', '  hostPID: true\n'),
      },
      { 'app.yaml': pod('app', '') },
    );
    const r = runCli(cli, ['scan', '.', '--base', 'main', '--fail-on', 'critical'], repo.dir);
    expect(r.stderr).toMatch(/1 fixed/);
    expect(r.stdout).toContain('PASS');
    expect(r.status).toBe(0);
  });

  it('says clearly when the base is not a commit', () => {
    const repo = makePullRequestRepo({ 'app.yaml': pod('app', '') }, { 'b.yaml': pod('b', '') });
    const r = runCli(cli, ['scan', '.', '--base', 'no-such-branch'], repo.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"no-such-branch" does not name a commit');
  });

  it("judges by the base commit's policy and reports the RBAC delta and triggered reviews", () => {
    const policy = `failOn: critical
reviews:
  - name: platform
    approvers: [dana]
    when: { rbac: dangerous }
`;
    const binding = (resources: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: ci, namespace: shop }
rules:
  - { apiGroups: [""], resources: ${resources}, verbs: ["get"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ci, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: ci }
subjects: [{ kind: ServiceAccount, name: deployer, namespace: ci }]
`;
    const repo = makePullRequestRepo(
      { '.kubegate.yaml': policy, 'rbac.yaml': binding('["configmaps"]') },
      {
        'rbac.yaml': binding('["configmaps", "secrets"]'),
        // The change tries to switch off every finding; the base's policy still applies.
        '.kubegate.yaml': 'failOn: none\n',
      },
    );
    const r = runCli(cli, ['scan', '.', '--base', 'main', '--format', 'json'], repo.dir);
    expect(r.stderr).toContain("the policy differs from main's (.kubegate.yaml); main's applies");
    const report = JSON.parse(r.stdout) as {
      result: string;
      change: { rbac: string[]; requiredReviews: { name: string; triggers: { what: string }[] }[] };
    };
    // rbac-permission-gain is high: below the base policy's failOn critical.
    expect(report.result).toBe('pass');
    expect(report.change.rbac).toEqual([
      'ServiceAccount ci/deployer gains get on secrets in namespace shop (reads secrets)',
    ]);
    expect(report.change.requiredReviews).toMatchObject([
      { name: 'platform', triggers: [{ what: expect.stringContaining('gains get on secrets') }] },
    ]);
    const gains = (r: { findings: { ruleId: string; severity: string }[] }) =>
      r.findings.filter((f) => f.ruleId === 'rbac-permission-gain');
    expect(gains(JSON.parse(r.stdout) as never)).toMatchObject([{ severity: 'high' }]);

    // A policy choice like any rule: another severity, or off (the delta is still reported).
    const withPolicy = (extra: string) => {
      const repo2 = makePullRequestRepo(
        { '.kubegate.yaml': policy + extra, 'rbac.yaml': binding('["configmaps"]') },
        { 'rbac.yaml': binding('["configmaps", "secrets"]') },
      );
      const out = runCli(cli, ['scan', '.', '--base', 'main', '--format', 'json'], repo2.dir);
      return JSON.parse(out.stdout) as {
        findings: { ruleId: string; severity: string }[];
        change: { rbac: string[] };
      };
    };
    expect(
      gains(withPolicy('rules: { severity: { rbac-permission-gain: critical } }\n')),
    ).toMatchObject([{ severity: 'critical' }]);
    const off = withPolicy('rules: { disabled: [rbac-permission-gain] }\n');
    expect(gains(off)).toEqual([]);
    expect(off.change.rbac).toHaveLength(1);
  });
});
