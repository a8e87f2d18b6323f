import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run-cli.js';

const multitool = join(
  repoRoot,
  'node_modules',
  '@microsoft',
  'sarif-multitool-linux',
  'Sarif.Multitool',
);

export interface ValidationResult {
  level?: string;
  ruleId?: string;
  message?: { text?: string; id?: string; arguments?: string[] };
}

/** Runs Microsoft's validator with GitHub's ingestion rules; returns its error-level results. */
export function validateSarif(sarifFile: string): ValidationResult[] {
  chmodSync(multitool, 0o755);
  const out = join(mkdtempSync(join(tmpdir(), 'kubegate-val-')), 'validation.sarif');
  const r = spawnSync(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '-o', out, sarifFile], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  if (r.error) throw new Error(`Sarif.Multitool did not run: ${r.error.message}\n${r.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: ValidationResult[] }[] };
  return (log.runs[0].results ?? []).filter((x) => x.level === 'error');
}
