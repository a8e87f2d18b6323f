import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { toSarif } from '../src/report/sarif.js';
import { sarifTextParts, sarifTextPieces, toSarifText } from '../src/report/sarif-text.js';
import { writeTextFile } from '../src/report/write-text.js';
import { scan, sortFindings } from '../src/pipeline/scan.js';
import { generateCorpus } from '../scripts/bench-gen.js';
import type { Finding } from '../src/model/types.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import { isolatedCli, repoRoot, runCli } from './helpers/run-cli.js';
import { validateSarifFiles, type ValidationResult } from './helpers/sarif-validator.js';

/** The chart fixture rendered with the bundled helm: findings with related locations. */
function scanRenderFixture() {
  return scanWithRenders({
    root: join(repoRoot, 'test', 'fixtures', 'render-scan'),
    config: resolveConfig({ render: { kustomize: false } }),
    today: '2026-06-01',
    env: { ...process.env, KUBEGATE_HELM: join(repoRoot, '.tools', 'bin', 'helm') },
  });
}

describe('SARIF output against the official validator (Sarif;Gh rules)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-sarif-'));
  const examples = join(dir, 'kubegate.sarif');
  const rendered = join(dir, 'rendered.sarif');
  const broken = join(dir, 'broken.sarif');
  let related: string[] = [];
  let verdicts = new Map<string, ValidationResult[]>();

  // The three logs are written first, then validated in one run of the validator (each run
  // costs seconds of .NET start-up).
  beforeAll(async () => {
    runCli(
      isolatedCli(),
      [
        'scan',
        'examples',
        '--format',
        'sarif',
        '--output',
        examples,
        '--category',
        'kubegate/examples',
      ],
      repoRoot,
    );
    const result = await scanRenderFixture();
    const log = toSarif(result.findings, result.rules, { version: '0.0.0-test' });
    related = (log.runs[0].results ?? [])
      .flatMap((r) => r.relatedLocations ?? [])
      .map(
        (l) =>
          `${l.physicalLocation?.artifactLocation?.uri}:${l.physicalLocation?.region?.startLine}`,
      );
    writeFileSync(rendered, JSON.stringify(log));
    writeFileSync(
      broken,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'kubegate', rules: [] } },
            results: [{ ruleId: 'x', message: { text: 'm' }, locations: [] }],
          },
        ],
      }),
    );
    verdicts = validateSarifFiles([examples, rendered, broken]);
  });

  it('has zero errors for a scan of the examples', () => {
    const log = JSON.parse(readFileSync(examples, 'utf8')) as {
      runs: { results: unknown[]; tool: { driver: { name: string } } }[];
    };
    expect(log.runs[0].tool.driver.name).toBe('kubegate');
    expect(log.runs[0].results.length).toBeGreaterThan(5);
    expect(verdicts.get(examples)).toEqual([]);
  });

  it('has zero errors for a rendered chart with related values locations', () => {
    // `image: {{ .Values.image }}` in the template: the values line is the related one.
    expect(related).toContain('app/values.yaml:1');
    expect(verdicts.get(rendered)).toEqual([]);
  });

  it('does catch a broken log (the check is not vacuous)', () => {
    expect(verdicts.get(broken)?.length).toBeGreaterThan(0);
  });
});

describe('SARIF text written from templates (toSarifText)', () => {
  it('is byte for byte the JSON of the log object, whatever the findings carry', async () => {
    const rendered = await scanRenderFixture();
    const examples = scan({
      root: repoRoot,
      paths: ['examples'],
      config: resolveConfig(),
      today: '2026-06-01',
    });
    const base = examples.findings[0];
    // Every shape a result takes: plain, waived (both origins), a refused waiver, related
    // locations, no field path, a line of 0, text that needs escaping, a non-ASCII path;
    // and what the writer quotes once and reuses (a rule's text, a resource) changing
    // between neighbours: one rule at another severity, another resource, then back.
    const plain = examples.findings.find((f) => !f.related && !f.waiver && !f.waiverProblem);
    if (!plain) throw new Error('the examples have no plain finding');
    const odd: Finding[] = [
      plain,
      { ...plain, severity: plain.severity === 'low' ? 'critical' : 'low' },
      plain,
      { ...plain, resource: 'Deployment/other/"quoted" name' },
      plain,
      { ...base, waiver: { origin: 'annotation', reason: 'r', expires: '2026-12-01' } },
      {
        ...base,
        waiver: { origin: 'config', reason: 'r', expires: '2026-12-01', ticket: 'SEC-1' },
      },
      { ...base, waiverProblem: 'expired on 2026-01-01' },
      { ...base, fieldPath: '' },
      { ...base, location: { file: 'dir with space/ünï.yaml', line: 0 } },
      { ...base, message: 'quote " backslash \\ newline \n tab \t bell \u0007 emoji 🚀' },
      { ...base, ruleId: 'no-such-rule' },
      // Each character JSON escapes (and some it does not) in each string the template
      // quotes: the field path, fingerprint, resource and file.
      ...[
        '"',
        '\\',
        '\n',
        '\u0000',
        '\u001f',
        '🚀',
        '\ud800',
        '\udfff',
        '\u007f',
        '\u2028',
      ].flatMap((c) => [
        { ...plain, fieldPath: `spec.containers[0].env["A${c}B"]` },
        { ...plain, fingerprint: `0123${c}abcd` },
        { ...plain, resource: `ConfigMap/ns/a${c}b` },
        // (A path with a lone surrogate cannot be a URI: encodeURI refuses it, as before.)
        ...(/[\ud800-\udfff]/.test(c) && c !== '🚀'
          ? []
          : [{ ...plain, location: { file: `dir/a${c}b.yaml`, line: 3 } }]),
      ]),
    ];
    for (const [findings, rules] of [
      [rendered.findings, rendered.rules],
      [[...examples.findings, ...odd], examples.rules],
    ] as const) {
      for (const options of [{ version: '1.2.3' }, { version: '1.2.3', category: 'k/x' }]) {
        const severities = { 'privileged-container': 'low' } as const;
        expect(toSarifText(findings, rules, options, severities)).toBe(
          JSON.stringify(toSarif(findings, rules, options, severities)),
        );
      }
    }
    expect(rendered.findings.some((f) => f.related?.length)).toBe(true);
  });

  it('joins its pieces right when there are thousands of results', () => {
    const examples = scan({
      root: repoRoot,
      paths: ['examples'],
      config: resolveConfig(),
      today: '2026-06-01',
    });
    const many: Finding[] = [];
    while (many.length < 4_100) many.push(...examples.findings);
    for (const n of [0, 1, 2_000, 2_001, 4_000, 4_100]) {
      const findings = many.slice(0, n);
      const text = toSarifText(findings, examples.rules, { version: '1' });
      expect(text).toBe(JSON.stringify(toSarif(findings, examples.rules, { version: '1' })));
    }
  });
});

describe('SARIF results written ahead by the scanning threads (ScanOptions.sarifResults)', () => {
  const root = mkdtempSync(join(tmpdir(), 'kubegate-ahead-'));
  generateCorpus(root, 600);
  const options = { version: '1' };
  const scanAhead = (workers: number) =>
    scan({ root, config: resolveConfig(), today: '2026-06-01', workers, sarifResults: true });
  const fresh = (findings: Finding[], rules: Parameters<typeof toSarif>[1]) =>
    JSON.stringify(toSarif(findings, rules, options));

  it('gives the text of writing every result at the end, through every writer', () => {
    const result = scanAhead(1);
    const ahead = result.sarifResults;
    const written = ahead?.files().reduce((n, f) => n + f.findings.length, 0) ?? 0;
    expect(written).toBeGreaterThan(1000);
    const expected = fresh(result.findings, result.rules);
    const args = [result.findings, result.rules, options, {}, ahead] as const;
    expect(toSarifText(...args)).toBe(expected);
    expect([...sarifTextPieces(...args)].join('')).toBe(expected);
    const file = join(mkdtempSync(join(tmpdir(), 'kubegate-ahead-out-')), 'out.sarif');
    writeTextFile(file, sarifTextParts(...args));
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('is what the writer uses (a text spoiled ahead shows in the output)', () => {
    const result = scanAhead(1);
    const file = result.sarifResults?.files().find((f) => f.findings.length > 1);
    if (!file) throw new Error('no file written ahead');
    const group = file.group as { text: string };
    group.text = group.text.replace(/"startLine":(\d+)/g, '"startLine":0$1');
    expect(toSarifText(result.findings, result.rules, options, {}, result.sarifResults)).not.toBe(
      fresh(result.findings, result.rules),
    );
  });

  it('keeps non-ASCII text and file names intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegate-ahead-utf8-'));
    for (let i = 0; i < 6; i++)
      writeFileSync(
        join(dir, `naïve-ü-${i}.yaml`),
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  namespace: é\nspec:\n  containers:\n    - name: 🚀-${i}\n      image: nginx\n      securityContext:\n        privileged: true\n`,
      );
    const result = scan({
      root: dir,
      config: resolveConfig(),
      today: '2026-06-01',
      workers: 1,
      sarifResults: true,
    });
    expect(result.sarifResults?.files().length).toBeGreaterThan(0);
    const args = [result.findings, result.rules, options, {}, result.sarifResults] as const;
    const file = join(dir, 'out.sarif');
    writeTextFile(file, sarifTextParts(...args));
    expect(readFileSync(file, 'utf8')).toBe(fresh(result.findings, result.rules));
    expect(readFileSync(file, 'utf8')).toContain('🚀-5');
  });

  it('is not made on one thread, where it would save nothing', () => {
    expect(scanAhead(0).sarifResults).toBeUndefined();
  });

  it('writes afresh whatever changed after the scan, and what the scan did not write', () => {
    const result = scanAhead(1);
    const findings = [...result.findings];
    // One change in each of several files written ahead (the second finding of each).
    const files = (result.sarifResults?.files() ?? []).filter((b) => b.findings.length > 2);
    expect(files.length).toBeGreaterThan(12);
    const at = (k: number) => files[k].findings[1] as Finding;
    at(1).message += ' (changed)';
    // The last of its file: a later line keeps its place in the report.
    const last = files[2].findings[files[2].findings.length - 1] as Finding;
    last.location = { ...last.location, line: last.location.line + 1000 };
    at(3).waiverProblem = 'the waiver was written by this pull request';
    at(4).severity = at(4).severity === 'low' ? 'high' : 'low';
    at(5).fingerprint = 'f'.repeat(32);
    at(6).resource = 'Deployment/elsewhere/renamed';
    at(7).fieldPath = 'spec.changed';
    at(8).ruleId = 'host-port';
    at(9).related = [{ file: 'elsewhere.yaml', line: 3, message: 'see also' }];
    at(10).waiver = { origin: 'config', reason: 'accepted', expires: '2026-07-01' };
    at(11).location = { ...at(11).location, file: 'moved.yaml' };
    // An analyser's finding joins a file; another file loses one of its findings.
    findings.push({ ...at(12), ruleId: 'exposed-risky-workload', fingerprint: '0'.repeat(32) });
    findings.splice(findings.indexOf(at(13)), 1);
    sortFindings(findings);
    const same = (rules: typeof result.rules) =>
      expect(toSarifText(findings, rules, options, {}, result.sarifResults)).toBe(
        fresh(findings, rules),
      );
    same(result.rules);
    // Other rules (another order): other rule indexes, so nothing written ahead is used.
    same([...result.rules].reverse());
  });
});

describe('writing large text files in pieces', () => {
  it('copies many small parts and a few large ones in order', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kubegate-write-')), 'parts.txt');
    const parts: string[] = [];
    for (let i = 0; i < 30000; i++) parts.push(i % 1000 === 0 ? 'é🚀'.repeat(40000) : `${i},`);
    writeTextFile(file, parts);
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
  });

  it('never splits a surrogate pair between pieces', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kubegate-write-')), 'big.txt');
    // A 1 MiB piece would end between the two halves of the emoji.
    const text = `${'a'.repeat((1 << 20) - 1)}🚀${'b'.repeat(10)}`;
    writeTextFile(file, [text, 'tail ✓\n']);
    expect(readFileSync(file, 'utf8')).toBe(`${text}tail ✓\n`);
  });
});
