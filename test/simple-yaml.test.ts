import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { hasUnprintable, loadSimpleYaml, NOT_SIMPLE } from '../src/parse/simple-yaml.js';
import { treeIndexLocator, type LineNode } from '../src/parse/line-index.js';
import { yamlLocator } from '../src/parse/locator.js';
import type { FieldPath } from '../src/model/types.js';
import { corpus, describeWithCorpus, haveCorpus } from './helpers/corpus.js';
import { KUBERNETES_SCHEMA } from '../src/parse/yaml-schema.js';
import { prng } from '../scripts/bench-gen.js';

// The fast YAML reader must read every document it accepts exactly as js-yaml does (the
// same values, types, key order), and must accept nothing js-yaml refuses. These tests hold
// it to that on every document of the shared corpus and the repository, on documents
// mutated at random, and on edge cases written for it.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OPTIONS: yaml.LoadOptions = { schema: KUBERNETES_SCHEMA };
const MARKER = /^(?:---|\.\.\.)(?:\s|$)/;

/** Deep equality that also holds key order, -0 and NaN to account. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k, i) => k === kb[i] && sameValue(ra[k], rb[k]));
}

/**
 * The documents of `text` as the scan splits it (lines and their range), for the texts the
 * scan gives the fast reader at all (see parse-source.ts: no "\r", byte order mark or
 * character js-yaml refuses).
 */
function* documentsOf(text: string): Generator<[lines: string[], from: number, to: number]> {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff || hasUnprintable(text)) return;
  const lines = text.split('\n');
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !MARKER.test(lines[i])) continue;
    yield [lines, start, i];
    start = i + 1;
  }
}

interface Tally {
  documents: number;
  simple: number;
  problems: string[];
}

/** Compares the two readers on each document of `text` (split as the scan splits it). */
function compareText(text: string, where: string, tally: Tally, seen?: Set<string>): void {
  for (const [lines, from, to] of documentsOf(text)) {
    const chunk = lines.slice(from, to).join('\n');
    if (seen) {
      if (seen.has(chunk)) continue;
      seen.add(chunk);
    }
    tally.documents++;
    const fast = loadSimpleYaml(lines, from, to);
    if (fast === NOT_SIMPLE) continue;
    tally.simple++;
    let reference: unknown;
    try {
      reference = yaml.load(chunk, OPTIONS) ?? null;
    } catch (e) {
      tally.problems.push(`${where}:${from + 1}: accepted what js-yaml refuses (${String(e)})`);
      continue;
    }
    if (!sameValue(fast, reference))
      tally.problems.push(
        `${where}:${from + 1}: ${JSON.stringify(fast)} where js-yaml reads ${JSON.stringify(reference)}`,
      );
  }
}

function* yamlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    // Chart templates are not YAML until rendered (the scan never reads them as YAML).
    if (name === 'node_modules' || name === '.git' || name === 'templates') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* yamlFiles(p);
    else if (/\.ya?ml$/i.test(name)) yield p;
  }
}

/** The YAML files under `dirs`, but for the few too large to be worth a comparison. */
function textsUnder(dirs: readonly string[]): [string, string][] {
  const texts: [string, string][] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of yamlFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      if (text.length < 2_000_000) texts.push([file, text]);
    }
  }
  return texts;
}

/** The repository's own YAML: rules, tests, examples. */
const repositoryTexts = () =>
  textsUnder([join(repoRoot, 'rules'), join(repoRoot, 'test'), join(repoRoot, 'examples')]);

/** What the mutations insert: the characters and words that change how YAML reads. */
const INSERTS = [
  ' ',
  '  ',
  ':',
  ': ',
  '#',
  ' #',
  '-',
  '- ',
  '"',
  "'",
  '|',
  '|-',
  '|+',
  '>',
  '[',
  ']',
  '{',
  '}',
  '[]',
  '{}',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '?',
  '? ',
  '\t',
  '~',
  'null',
  'true',
  'NO',
  '0x1F',
  '0o17',
  '1e3',
  '-.inf',
  '.NaN',
  '1_0',
  '\\',
  "''",
  '@',
  '%',
  '`',
  ',',
  '\u00a0',
  'é',
  '<<',
  '__proto__',
  '\u2028',
];

/** `text` with one to three random edits of its lines. */
function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = (n: number) => Math.floor(next() * n);
  for (let edits = 1 + pick(3); edits > 0; edits--) {
    const at = pick(lines.length);
    const line = lines[at] ?? '';
    const op = next();
    if (op < 0.5) {
      const pos = pick(line.length + 1);
      lines[at] = line.slice(0, pos) + INSERTS[pick(INSERTS.length)] + line.slice(pos);
    } else if (op < 0.7) {
      const pos = pick(line.length);
      lines[at] = line.slice(0, pos) + line.slice(pos + 1 + pick(3));
    } else if (op < 0.8) lines.splice(at, 1);
    else if (op < 0.9) lines.splice(at, 0, lines[pick(lines.length)] ?? '');
    else lines[at] = next() < 0.5 ? ` ${line}` : line.replace(/^ /, '');
  }
  return lines.join('\n');
}

/** Every path into a parsed value (mappings' keys, sequences' indexes), parents first. */
function* pathsOf(value: unknown, path: FieldPath = []): Generator<FieldPath> {
  yield path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* pathsOf(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* pathsOf(v, [...path, k]);
  }
}

const read = (text: string): unknown => {
  const lines = text.split('\n');
  return loadSimpleYaml(lines, 0, lines.length);
};

/** Reads every document as js-yaml does; returns how many documents and how many it read itself. */
function expectSameAsJsYaml(texts: readonly [string, string][]): Tally {
  const tally: Tally = { documents: 0, simple: 0, problems: [] };
  for (const [file, text] of texts) compareText(text, file, tally);
  expect(tally.problems).toEqual([]);
  // It must keep reading most of them itself, or it is no longer worth having.
  expect(tally.simple / tally.documents).toBeGreaterThan(0.8);
  return tally;
}

/** Compares the reader's lines with the line index's, for every path; returns how many. */
function expectSameLines(texts: readonly [string, string][]): number {
  let compared = 0;
  const differences: string[] = [];
  for (const [file, text] of texts) {
    for (const [lines, start, end] of documentsOf(text)) {
      const tree: LineNode = { line: 0 };
      const value = loadSimpleYaml(lines, start, end, tree);
      if (value !== NOT_SIMPLE) {
        const fromReader = treeIndexLocator(() => tree, start + 1);
        const fromLines = yamlLocator(lines, start, end, start + 1);
        for (const path of pathsOf(value)) {
          const expected = fromLines.locate(path);
          // Where the line index misses a key (a plain key that resolves, as `1.0`, which
          // the reader files under "1"), the reader's exact line is only better.
          if (!expected.exact) continue;
          compared++;
          const got = fromReader.locate(path);
          if (got.line !== expected.line || !got.exact)
            differences.push(
              `${file}:${start + 1} ${path.join('.')}: ${got.line}, not ${expected.line}`,
            );
        }
      }
    }
  }
  expect(differences.slice(0, 10)).toEqual([]);
  return compared;
}

describeWithCorpus('the fast YAML reader on the shared corpus', corpus, () => {
  const texts = textsUnder([corpus]);

  it('reads every document of the corpus as js-yaml does', () => {
    expect(expectSameAsJsYaml(texts).documents).toBeGreaterThan(1000);
  });

  it('records the lines that the line index would find, for every path it read', () => {
    expect(expectSameLines(texts)).toBeGreaterThan(10_000);
  });
});

describe('the fast YAML reader', () => {
  const texts = repositoryTexts();
  // Mutations start from every document at hand: the corpus too, where it is beside us.
  const seeds = haveCorpus() ? [...texts, ...textsUnder([corpus])] : texts;

  it("reads every document of the repository's own files as js-yaml does", () => {
    expect(expectSameAsJsYaml(texts).documents).toBeGreaterThan(400);
  });

  it("records the lines that the line index would find in the repository's own files", () => {
    expect(expectSameLines(texts)).toBeGreaterThan(3000);
  });

  it('locates every key of a mapping of thousands of keys', () => {
    const text = `data:\n${Array.from({ length: 3000 }, (_, i) => `  key-${i}: v${i}\n`).join('')}`;
    const lines = text.split('\n');
    const tree: LineNode = { line: 0 };
    expect(loadSimpleYaml(lines, 0, lines.length, tree)).not.toBe(NOT_SIMPLE);
    const locator = treeIndexLocator(() => tree, 1);
    for (const i of [0, 15, 16, 17, 1234, 2999])
      expect(locator.locate(['data', `key-${i}`])).toEqual({ line: i + 2, exact: true });
    expect(locator.locate(['data', 'key-3000'])).toEqual({ line: 1, exact: false });
  });

  it('reads mutated documents as js-yaml does, and never accepts what js-yaml refuses', () => {
    const tally: Tally = { documents: 0, simple: 0, problems: [] };
    // Seeded, so that a failing mutation can be replayed.
    const next = prng(20261123);
    const seen = new Set<string>();
    for (let round = 0; round < 6000; round++) {
      const [file, text] = seeds[Math.floor(next() * seeds.length)];
      compareText(mutate(text, next), `${file} (mutation ${round})`, tally, seen);
    }
    expect(tally.problems).toEqual([]);
    expect(tally.simple).toBeGreaterThan(500);
  }, 120_000);

  const sameAsJsYaml: [string, string][] = [
    ['resolved keys', 'true: a\nnull: b\n1.0: d\n0x10: e\n-1: f\n.inf: g\nNO: h\n'],
    ['resolved values', 'a: 0o17\nb: 1_000\nc: -.5\nd: .NaN\ne: FALSE\nf: Null\ng: +12\nh: 1e3\n'],
    ['strings that look close', 'a: 1.2.3\nb: 0x\nc: -\u00e9\nd: 1e\ne: yes\nf: on\ng: 0b101\n'],
    ['quoted', `a: "x: y # z"\nb: 'it''s'\n"c d": 1\n'e': "2"\nf: "" # c\n`],
    ['comments', '# top\na: 1 # one\n  # indented\nb: # later\n  c: 2\n#end\n'],
    ['a sequence at its key', 'a:\n- 1\n- x: 2\n  y: 3\nb: 4\n'],
    ['nested sequences', 'a:\n  -\n    - 1\n    - 2\n  - []\n  - {}\n  -\n'],
    [
      'literal blocks',
      'a: |\n  one\n\n    two\n  # not a comment\n\n\nb: |-\n  x\n  y\nc: |\nd: x\n',
    ],
    ['literal in a sequence', '- |\n  a\n  b\n- |-\n   c\n- end\n'],
    ['an indented document', '  a: 1\n  b:\n    c: 2\n'],
    ['empty values', 'a:\nb:\n  # nothing\nc: ~\n'],
    [
      'empty values and items before others',
      '- v:\n-\n- a:\n  - b:\n- 1\n- \n  - 2\n- c:\n  d:\n  - \n',
    ],
    ['colons inside', 'a: http://x:80/y\nb: x:y\nc:d: 1\nimage: "r/i:1"\n'],
    ['unicode', 'a: é\n"ü": 日本\nb: \u00a0x\n'],
    [
      'flow sequences',
      `a: [1, "x", 'y''s', b c, -d]\nb: [ ]\nc: [ "*" ] # all\n- [a]\n`.replace(
        '- [a]\n',
        'd: [.5, ~]\n',
      ),
    ],
    ['a sequence of mappings', '- name: a\n  v: 1\n-   name: b\n    v: 2\n'],
    [
      'plain scalars over several lines',
      'a: one\n  two  \n     three\nb: 1\n   2\nc: x\n\n  y\n\n\n  z\n\nd: true\n  x\n',
    ],
    [
      'plain scalars over several lines in sequences and nested mappings',
      '- one\n  two\n- -c\n  -sf x -y\n- k: v\n    w\n  l: x:y\n   z\n-   p\n \n     q\n- end\n',
    ],
    [
      'CRD descriptions wrapped over lines',
      'spec:\n  versions:\n  - additionalPrinterColumns:\n    - description: CreationTimestamp is a\n        timestamp. Clients may not set\n        this value.\n      jsonPath: .metadata.creationTimestamp\n',
    ],
  ];
  for (const [name, text] of sameAsJsYaml) {
    it(`reads ${name} itself, as js-yaml does`, () => {
      const value = read(text);
      expect(value).not.toBe(NOT_SIMPLE);
      expect(sameValue(value, yaml.load(text, OPTIONS) ?? null)).toBe(true);
    });
  }

  const leftToJsYaml: [string, string][] = [
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['flow mappings', 'a: {b: 1}\n'],
    ['nested flow sequences', 'a: [[1], 2]\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['a lone dash in a flow sequence', 'a: [-]\n'],
    ['a flow sequence over lines', 'a: [1,\n  2]\n'],
    ['implicit keys in a flow sequence', 'a: [b: 1]\n'],
    ['folded scalars', 'a: >\n  x\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['escapes', 'a: "x\\ty"\n'],
    ['a plain scalar on the line after its key', 'a:\n  one\n  two\n'],
    ['a plain scalar going on past a comment', 'a: one # c\n  two\n'],
    ['a plain scalar going on with a comment line', 'a: one\n  # c\n  two\n'],
    ['a plain scalar going on past a comment on its second line', 'a: one\n  two # c\n  three\n'],
    ["a tab in a plain scalar's second line", 'a: one\n  two\tthree\n'],
    ['a plain scalar going on with a key', 'a: one\n  b: two\n'],
    ['a plain scalar going on with an item', 'a: one\n  - two\n'],
    ['a plain scalar going on with a dash', 'a: one\n  -\n'],
    ['a plain scalar going on with a quote', 'a: one\n  "two"\n'],
    ['tabs in indentation', 'a:\n\tb: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['keys that resolve to the same string', '1: a\n1.0: b\n'],
    ['null keys twice', 'null: a\n~: b\n'],
    ['__proto__', '__proto__: 1\n'],
    ['merge keys', '<<: {}\n'],
    ['a mapping value on the key line', 'a: b: c\n'],
    ['a scalar document', 'just text\n'],
    ['complex keys', '? a\n: b\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['blank lines before a literal', 'a: |\n\n  x\n'],
    ['directives', '%YAML 1.2\na: 1\n'],
    // js-yaml reads the last dash as an item of `a` (YAML, and Kubernetes, do not).
    ['an empty item before a dash further left', '- a:\n  -\n- 1\n'],
    ['marker-like keys', '---: 1\n'],
    ['marker-like lines', 'a: 1\n...x\n'],
  ];
  for (const [name, text] of leftToJsYaml) {
    it(`leaves ${name} to js-yaml`, () => {
      expect(read(text)).toBe(NOT_SIMPLE);
    });
  }

  it('leaves nesting deeper than 50 to js-yaml', () => {
    const deep = Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(read(`${deep} 1\n`)).toBe(NOT_SIMPLE);
    const shallow = Array.from({ length: 20 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(read(`${shallow} 1\n`)).not.toBe(NOT_SIMPLE);
  });
});
