import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedCli, repoRoot, runCli } from './helpers/run-cli.js';
import { validateSarif } from './helpers/sarif-validator.js';

const validate = validateSarif;

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
