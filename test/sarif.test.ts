import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { toSarif } from '../src/report/sarif.js';
import { toSarifText } from '../src/report/sarif-text.js';
import { writeTextFile } from '../src/report/write-text.js';
import { scan } from '../src/scan.js';
import type { Finding } from '../src/types.js';
import { scanWithRenders } from '../src/scan-renders.js';
import { isolatedCli, repoRoot, runCli } from './helpers/run-cli.js';
import { validateSarif } from './helpers/sarif-validator.js';

const validate = validateSarif;

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
  it('has zero errors for a scan of the examples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegate-sarif-'));
    const file = join(dir, 'kubegate.sarif');
    runCli(
      isolatedCli(),
      [
        'scan',
        'examples',
        '--format',
        'sarif',
        '--output',
        file,
        '--category',
        'kubegate/examples',
      ],
      repoRoot,
    );
    const log = JSON.parse(readFileSync(file, 'utf8')) as {
      runs: { results: unknown[]; tool: { driver: { name: string } } }[];
    };
    expect(log.runs[0].tool.driver.name).toBe('kubegate');
    expect(log.runs[0].results.length).toBeGreaterThan(5);
    expect(validate(file)).toEqual([]);
  });

  it('has zero errors for a rendered chart with related values locations', async () => {
    const result = await scanRenderFixture();
    const log = toSarif(result.findings, result.rules, { version: '0.0.0-test' });
    // `image: {{ .Values.image }}` in the template: the values line is the related one.
    const related = log.runs[0].results
      ?.flatMap((r) => r.relatedLocations ?? [])
      .map(
        (l) =>
          `${l.physicalLocation?.artifactLocation?.uri}:${l.physicalLocation?.region?.startLine}`,
      );
    expect(related).toContain('app/values.yaml:1');
    const file = join(mkdtempSync(join(tmpdir(), 'kubegate-sarif-')), 'rendered.sarif');
    writeFileSync(file, JSON.stringify(log));
    expect(validate(file)).toEqual([]);
  });

  it('does catch a broken log (the check is not vacuous)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegate-sarif-'));
    const file = join(dir, 'broken.sarif');
    writeFileSync(
      file,
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
    expect(validate(file).length).toBeGreaterThan(0);
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
    // locations, no field path, a line of 0, text that needs escaping, a non-ASCII path.
    const odd: Finding[] = [
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

describe('writing large text files in pieces', () => {
  it('never splits a surrogate pair between pieces', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kubegate-write-')), 'big.txt');
    // A 1 MiB piece would end between the two halves of the emoji.
    const text = `${'a'.repeat((1 << 20) - 1)}🚀${'b'.repeat(10)}`;
    writeTextFile(file, [text, 'tail ✓\n']);
    expect(readFileSync(file, 'utf8')).toBe(`${text}tail ✓\n`);
  });
});
