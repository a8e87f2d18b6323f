// The scan's shape, kept by a test: src/ is a folder per stage, in the order data flows
// (collect -> parse -> evaluate -> analyse -> gate -> report), and no stage imports a later
// one, types included. Around them: shared vocabulary every stage may use (model, config,
// util, generated), the pipeline that runs the stages in order (serially or on worker
// threads), and the edges (the CLI, the Action, GitHub). Only the two entry points stay at
// src/'s root. The report comes after the gate because it describes the gate's decision.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', 'src');

export const STAGES = ['collect', 'parse', 'evaluate', 'analyse', 'gate', 'report'] as const;
const SHARED = ['model', 'config', 'util', 'generated'];
const PIPELINE = 'pipeline';
const EDGES = ['action', 'github'];
const ENTRY_FILES = ['cli.ts', 'index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|json)$/.test(name) ? [path] : [];
  });
}

/** The top folder of a path under src/ ('' for a file at the root). */
const topOf = (path: string) => {
  const rel = relative(src, path).split(sep);
  return rel.length > 1 ? rel[0] : '';
};

/** Every relative import and re-export of a TypeScript file, resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/\b(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
    (m) => m[1],
  );
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

const files = sourceFiles(src).filter((f) => f.endsWith('.ts'));
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));
const name = (p: string) => relative(src, p).split(sep).join('/');

describe('the stages of src/', () => {
  it('are the only folders besides the shared ones, the pipeline and the edges', () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    expect(folders.sort()).toEqual([...STAGES, ...SHARED, PIPELINE, ...EDGES].sort());
    const loose = readdirSync(src).filter((n) => !statSync(join(src, n)).isDirectory());
    expect(loose.sort()).toEqual(ENTRY_FILES);
  });

  it('never import a later stage, nor the pipeline or an edge', () => {
    const wrong = edges
      .filter(({ from }) => (STAGES as readonly string[]).includes(topOf(from)))
      .filter(({ from, to }) => {
        const own = STAGES.indexOf(topOf(from) as (typeof STAGES)[number]);
        const target = topOf(to);
        if (SHARED.includes(target)) return false;
        const at = STAGES.indexOf(target as (typeof STAGES)[number]);
        return at < 0 || at > own;
      })
      .map(({ from, to }) => `${name(from)} -> ${name(to)}`);
    expect(wrong).toEqual([]);
  });

  it('share a vocabulary that depends on no stage', () => {
    const wrong = edges
      .filter(({ from, to }) => SHARED.includes(topOf(from)) && !SHARED.includes(topOf(to)))
      .map(({ from, to }) => `${name(from)} -> ${name(to)}`);
    expect(wrong).toEqual([]);
  });

  it('are run by a pipeline that knows nothing of the CLI, the Action or GitHub', () => {
    const wrong = edges
      .filter(({ from }) => topOf(from) === PIPELINE)
      .filter(({ to }) => EDGES.includes(topOf(to)) || topOf(to) === '')
      .map(({ from, to }) => `${name(from)} -> ${name(to)}`);
    expect(wrong).toEqual([]);
  });
});
