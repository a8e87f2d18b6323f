import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRuleTexts } from '../src/evaluate/rules/builtin-rules.js';
import { isolatedCli, repoRoot, runCli } from './helpers/run-cli.js';

const SECRET_VALUE = 'zq9-very-private-value';

function writeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-repo-'));
  mkdirSync(join(dir, 'deploy'));
  writeFileSync(
    join(dir, 'deploy', 'app.yaml'),
    `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: registry.example/app:1.0
      env:
        - name: API_TOKEN
          value: ${SECRET_VALUE}
      securityContext:
        privileged: true
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  password: ${SECRET_VALUE}
`,
  );
  writeFileSync(
    join(dir, 'deploy', 'broken.yaml'),
    `apiVersion: v1\nkind: ConfigMap\ndata:\n  token: "${SECRET_VALUE}\n   bad: [\n`,
  );
  writeFileSync(join(dir, 'deploy', 'blob.yaml'), Buffer.from([0, 1, 2, 3, 0, 255]));
  const outside = mkdtempSync(join(tmpdir(), 'kubegate-outside-'));
  writeFileSync(join(outside, 'x.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: outside}\n');
  symlinkSync(join(outside, 'x.yaml'), join(dir, 'deploy', 'escape.yaml'));
  return dir;
}

describe('the CLI (dist/cli.js, without node_modules)', () => {
  let cli: string;
  let repo: string;
  beforeAll(() => {
    cli = isolatedCli();
    repo = writeRepo();
  });

  it('prints --version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(runCli(cli, ['--version'], repo).stdout.trim()).toBe(pkg.version);
    const help = runCli(cli, ['--help'], repo);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('kubegate scan');
  });

  it('without its built-in rules file beside it, says so and fails (never a silent pass)', () => {
    const alone = join(mkdtempSync(join(tmpdir(), 'kubegate-cli-alone-')), 'cli.js');
    cpSync(cli, alone);
    const r = runCli(alone, ['scan'], repo);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/built-in rules \(.*builtin-rules\.json\) cannot be read/);
    expect(r.stdout).not.toMatch(/PASS/);
  });

  it('without its vendor folder, loads what a plain scan needs and says what is missing when more is needed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegate-cli-novendor-'));
    const alone = join(dir, 'cli.js');
    cpSync(cli, alone);
    cpSync(join(dirname(cli), 'builtin-rules.json'), join(dir, 'builtin-rules.json'));
    // A plain scan of manifests never loads the yaml package nor the CEL interpreter.
    expect(runCli(alone, ['scan', '--fail-on', 'none'], repo).status).toBe(0);
    // A config file is read with the yaml package: it must be there.
    const configured = mkdtempSync(join(tmpdir(), 'kubegate-repo-config-'));
    writeFileSync(join(configured, '.kubegate.yaml'), 'paths: ["."]\n');
    writeFileSync(
      join(configured, 'a.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    );
    const r = runCli(alone, ['scan'], configured);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/yaml module \(.*vendor\/yaml\.cjs\) cannot be loaded/);
    expect(r.stdout).not.toMatch(/PASS/);
  });

  it('scans, reports bad input clearly, and exits 1 on failing findings', () => {
    const r = runCli(cli, ['scan'], repo);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/deploy\/app\.yaml[\s\S]*privileged-container/);
    expect(r.stdout).toMatch(/deploy\/broken\.yaml[\s\S]*parse-error/);
    expect(r.stderr).toMatch(/deploy\/blob\.yaml: binary file/);
    expect(r.stderr).toMatch(
      /deploy\/escape\.yaml: symbolic link points outside the scanned root; refused/,
    );
    expect(r.stdout).not.toContain('Pod outside');
  });

  it('never prints a secret value, in any format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = runCli(cli, ['scan', '--format', format], repo);
      expect(r.stdout + r.stderr).not.toContain(SECRET_VALUE);
    }
  });

  it('exits 0 when nothing reaches the threshold, and 2 on usage or config errors', () => {
    expect(runCli(cli, ['scan', '--fail-on', 'none'], repo).status).toBe(0);
    const bad = runCli(cli, ['scan', '--fail-on', 'sometimes'], repo);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown --fail-on "sometimes"');
    writeFileSync(
      join(repo, 'bad-config.yaml'),
      'failOn: high\nrules:\n  disabled: [no-such-rule]\n',
    );
    const cfg = runCli(cli, ['scan', '--config', 'bad-config.yaml'], repo);
    expect(cfg.status).toBe(2);
    expect(cfg.stderr).toContain('unknown rule id "no-such-rule"');
  });

  it('writes JSON with the summary and findings', () => {
    const out = join(repo, 'report.json');
    runCli(cli, ['scan', 'deploy', '--format', 'json', '--output', out], repo);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      result: string;
      findings: { ruleId: string; location: { file: string } }[];
    };
    expect(report.result).toBe('fail');
    expect(
      report.findings.some(
        (f) => f.ruleId === 'privileged-container' && f.location.file === 'deploy/app.yaml',
      ),
    ).toBe(true);
  });

  it('lists the rules: every rule file under rules/, less a category the config turns off', () => {
    const r = runCli(cli, ['rules'], repo);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^privileged-container\s+critical/m);
    const listed = r.stdout.split('\n').map((line) => line.split(/\s+/)[0]);
    const files = builtinRuleTexts().map((t) => basename(t.file, '.yaml'));
    expect(files.length).toBeGreaterThan(70);
    expect(listed).toEqual(expect.arrayContaining(files));
    expect(listed).toContain('liveness-probe');
    writeFileSync(
      join(repo, 'no-reliability.yaml'),
      'rules:\n  categories: { reliability: false }\n',
    );
    const off = runCli(cli, ['rules', '--config', 'no-reliability.yaml'], repo);
    expect(off.status).toBe(0);
    expect(off.stdout).toMatch(/^privileged-container\s+critical/m);
    expect(off.stdout).not.toMatch(/^(liveness-probe|readiness-probe|resource-requests)\s/m);
  });

  it('renders Helm charts by default and not with --no-render', () => {
    const chartRepo = mkdtempSync(join(tmpdir(), 'kubegate-charts-'));
    cpSync(join(repoRoot, 'test', 'fixtures', 'render-scan', 'app'), join(chartRepo, 'app'), {
      recursive: true,
    });
    const rendered = runCli(cli, ['scan', '--format', 'json'], chartRepo);
    expect(rendered.status).toBe(1);
    const report = JSON.parse(rendered.stdout) as {
      findings: { ruleId: string; location: { file: string; line: number } }[];
    };
    expect(report.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`)).toEqual(
      expect.arrayContaining([
        'privileged-container app/values.yaml:3',
        'host-port app/templates/deployment.yaml:19',
      ]),
    );
    const plain = runCli(cli, ['scan', '--no-render', '--format', 'json'], chartRepo);
    expect(plain.status).toBe(0);
    expect((JSON.parse(plain.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });
});

describe('the CLI when a scan would check nothing', () => {
  let cli: string;
  let repo: string;
  beforeAll(() => {
    cli = isolatedCli();
    repo = writeRepo();
  });

  const cases: [string, string[], string][] = [
    ['a file that does not exist', ['does-not-exist.yaml'], 'no such file or folder'],
    [
      'a glob that matches nothing',
      ['nothing-here/*.yaml'],
      'no .yaml, .yml or .json file matches it',
    ],
    ['a path outside the repository', ['/elsewhere/app.yaml'], 'it is outside the repository root'],
    ['a folder with no manifests', ['docs'], 'the folder holds no .yaml, .yml or .json file'],
  ];
  for (const [what, paths, reason] of cases) {
    it(`exits 2 naming the path for ${what}`, () => {
      mkdirSync(join(repo, 'docs'), { recursive: true });
      writeFileSync(join(repo, 'docs', 'guide.md'), '# guide\n');
      const r = runCli(cli, ['scan', ...paths, '--fail-on', 'none'], repo);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`kubegate: nothing to scan at a path that was named`);
      expect(r.stderr).toContain(`  ${paths[0]}: ${reason}`);
    });
  }

  it('exits 2 when one of several named paths gives nothing, even if the others do', () => {
    const r = runCli(cli, ['scan', 'deploy/app.yaml', 'deploy/ap.yaml'], repo);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('deploy/ap.yaml: no such file or folder');
    expect(r.stderr).not.toContain('deploy/app.yaml:');
  });

  it('exits 2 for a config whose paths give nothing', () => {
    writeFileSync(join(repo, 'typo.kubegate.yaml'), 'paths: [deplyo/]\n');
    const r = runCli(cli, ['scan', '--config', 'typo.kubegate.yaml'], repo);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('deplyo/: no such file or folder');
  });

  it('passes with a notice when the whole repository has no Kubernetes files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kubegate-empty-'));
    writeFileSync(join(empty, 'README.md'), '# nothing here\n');
    writeFileSync(join(empty, 'mkdocs.yml'), 'site_name: docs\n');
    const r = runCli(cli, ['scan'], empty);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('PASS');
    expect(r.stderr).toContain(
      'kubegate: notice: no Kubernetes manifests, Helm charts or Kustomize roots were found',
    );
    expect(r.stderr).toContain('one YAML or JSON file, not a Kubernetes object');
  });
});
