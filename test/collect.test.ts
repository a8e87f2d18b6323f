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

  it("lists files in code-unit order, the same whatever the machine's locale", () => {
    // en-US collation puts a_b before a-b before A before aa; Danish puts aa after z.
    const root = tree([
      'z.yaml',
      'aa.yaml',
      'a-b.yaml',
      'a_b.yaml',
      'A.yaml',
      'å.yaml',
      'B.yaml',
      'a/x.yaml',
    ]);
    const paths = collectFiles({ root, paths: [], exclude: [] }).files.map((f) => f.path);
    expect(paths).toEqual([
      'A.yaml',
      'B.yaml',
      'a-b.yaml',
      'a/x.yaml',
      'a_b.yaml',
      'aa.yaml',
      'z.yaml',
      'å.yaml',
    ]);
  });

  it('applies globs and excludes, and reports named paths that give nothing', () => {
    const root = tree(FILES);
    const result = collectFiles({
      root,
      paths: ['deploy/**/*.y*ml', 'missing'],
      exclude: ['deploy/legacy/**'],
    });
    expect(result.files.map((f) => f.path)).toEqual(['deploy/app.yaml']);
    expect(result.unmatched).toEqual([{ path: 'missing', reason: 'no such file or folder' }]);
  });

  it('says why a named path gives nothing', () => {
    const root = tree(FILES);
    const reasons = (paths: string[], exclude: string[] = []) =>
      collectFiles({ root, paths, exclude }).unmatched.map((u) => `${u.path}: ${u.reason}`);
    expect(reasons(['deploy/legacy'], ['deploy/legacy/**'])).toEqual([
      "deploy/legacy: every file it gives is excluded by the config's exclude (deploy/legacy/**)",
    ]);
    expect(reasons(['chart/templates'])).toEqual([
      "chart/templates: it gives only Helm templates, which are scanned through their chart: name the chart's folder instead",
    ]);
    expect(reasons(['deploy/*.txt'])).toEqual([
      'deploy/*.txt: no .yaml, .yml or .json file matches it',
    ]);
    expect(reasons(['../outside.yaml'])).toEqual([
      '../outside.yaml: it is outside the repository root, which is never read',
    ]);
    // Each named path must give something of its own; one that does hides no other.
    expect(reasons(['deploy', 'deploy/app.yaml', 'nope'])).toEqual([
      'nope: no such file or folder',
    ]);
    // Nothing named: the root stands for whatever is there, which may be nothing.
    expect(collectFiles({ root: tree([]), paths: [], exclude: [] }).unmatched).toEqual([]);
  });
});
