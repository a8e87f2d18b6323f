import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/collect/collect-files.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-collect-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'apiVersion: v1\nkind: ConfigMap\n');
  }
  return dir;
}

const FILES = [
  'deploy/app.yaml',
  'deploy/app.json',
  'deploy/notes.txt',
  'deploy/legacy/old.yml',
  '.git/config.yaml',
  'node_modules/pkg/chart.yaml',
  'chart/Chart.yaml',
  'chart/values.yaml',
  'chart/templates/deployment.yaml',
  'other/templates/plain.yaml',
];

describe('collectFiles', () => {
  it('finds YAML and JSON, skips .git, node_modules and Helm templates', () => {
    const root = tree(FILES);
    const paths = collectFiles({ root, paths: [], exclude: [] }).files.map((f) => f.path);
    expect(paths).toEqual([
      'chart/Chart.yaml',
      'chart/values.yaml',
      'deploy/app.json',
      'deploy/app.yaml',
      'deploy/legacy/old.yml',
      'other/templates/plain.yaml',
    ]);
  });

  it('applies globs and excludes, and warns about paths that do not exist', () => {
    const root = tree(FILES);
    const result = collectFiles({
      root,
      paths: ['deploy/**/*.y*ml', 'missing'],
      exclude: ['deploy/legacy/**'],
    });
    expect(result.files.map((f) => f.path)).toEqual(['deploy/app.yaml']);
    expect(result.warnings).toEqual(['missing: no such file or folder']);
  });
});
