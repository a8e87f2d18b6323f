import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
}

/**
 * Runs Microsoft's validator with GitHub's ingestion rules on several logs at once (the
 * validator takes seconds to start, most of a test's time): each file's error-level results.
 */
export function validateSarifFiles(sarifFiles: readonly string[]): Map<string, ValidationResult[]> {
  chmodSync(multitool, 0o755);
  const out = join(mkdtempSync(join(tmpdir(), 'kubegate-val-')), 'validation.sarif');
  const r = spawnSync(
    multitool,
    ['validate', '--rule-kind', 'Sarif;Gh', '-o', out, ...sarifFiles],
    { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } },
  );
  if (r.error) throw new Error(`Sarif.Multitool did not run: ${r.error.message}\n${r.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: ValidationResult[] }[] };
  const byFile = new Map<string, ValidationResult[]>(sarifFiles.map((f) => [resolve(f), []]));
  for (const result of log.runs[0].results ?? []) {
    if (result.level !== 'error') continue;
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    const file = uri ? fileURLToPath(uri) : '';
    const list = byFile.get(file);
    // A result the validator does not tie to one of the files counts against every file.
    if (list) list.push(result);
    else for (const l of byFile.values()) l.push(result);
  }
  return byFile;
}

/** Runs Microsoft's validator with GitHub's ingestion rules; returns its error-level results. */
export function validateSarif(sarifFile: string): ValidationResult[] {
  return validateSarifFiles([sarifFile]).get(resolve(sarifFile)) ?? [];
}
