import { lazyBuiltin } from '../util/lazy-builtin.js';
import type { ScalarTag } from 'yaml';
import { loadYaml } from '../util/vendor/yaml.js';
import { BOOLEAN_WORDS } from './yaml-schema.js';

const util = lazyBuiltin<typeof import('node:util')>('node:util');

// js-yaml, which reads kubegate's YAML, takes a dash that follows an empty list item (a
// lone `-`) as the next item of that same list even when the dash is further left:
//
//   containers:
//   - name: a
//     args:
//     -
//   - name: b        <- js-yaml: a second item of `args`; YAML and Kubernetes: a container
//
// Kubernetes would run container `b`, and a check that read it through js-yaml would not
// see it at all: a way around the gate. Documents with that pattern are read a second time
// by the `yaml` package, which follows the YAML specification as Kubernetes' parser does;
// where the two disagree, the document is checked as Kubernetes reads it and the scan
// reports the ambiguity (see resolveEmptyItems).

/**
 * The 1-based line of an empty list item followed (past blank and comment lines) by a list
 * item further left, in lines [start, end); -1 when there is none. Only a hint: inside a
 * block scalar such lines are text, which the second reading then confirms.
 */
export function emptyItemBeforeOuterDash(
  lines: readonly string[],
  start: number,
  end: number,
): number {
  let pendingCol = -1;
  let pendingLine = -1;
  for (let i = start; i < end; i++) {
    const raw = lines[i];
    let col = 0;
    while (col < raw.length && raw.charCodeAt(col) === 32) col++;
    if (col === raw.length || raw.charCodeAt(col) === 35 /* # */) continue;
    const dashes = lastDashOf(raw, col);
    if (pendingCol >= 0 && dashes.first >= 0 && dashes.first < pendingCol) return pendingLine;
    pendingCol = dashes.emptyAt;
    pendingLine = i + 1;
  }
  return -1;
}

/**
 * Where the line's leading dashes (`- - -`) start, and the column of the last one when
 * nothing but a comment follows it (an empty item), else -1.
 */
function lastDashOf(raw: string, col: number): { first: number; emptyAt: number } {
  let p = col;
  let last = -1;
  while (
    p < raw.length &&
    raw.charCodeAt(p) === 45 &&
    (p + 1 === raw.length || raw.charCodeAt(p + 1) === 32)
  ) {
    last = p;
    p++;
    while (p < raw.length && raw.charCodeAt(p) === 32) p++;
  }
  if (last < 0) return { first: -1, emptyAt: -1 };
  const empty = p === raw.length || raw.charCodeAt(p) === 35;
  return { first: col, emptyAt: empty ? last : -1 };
}

/**
 * The value Kubernetes reads from a document that js-yaml read as `value`, when the two
 * readings differ because of an empty item (see above); undefined when they agree or when
 * the document is not in question.
 */
export function specReading(
  chunk: string,
  value: unknown,
  lines: readonly string[],
  start: number,
  end: number,
): { value: unknown; line: number } | undefined {
  const line = emptyItemBeforeOuterDash(lines, start, end);
  if (line < 0) return undefined;
  let spec: unknown;
  try {
    spec = loadYaml().parse(chunk, { schema: 'core', customTags: [yaml11Bool] }) as unknown;
  } catch {
    return undefined;
  }
  return util().isDeepStrictEqual(spec ?? null, value ?? null) ? undefined : { value: spec, line };
}

/** YAML 1.1's booleans for the yaml package, as yaml-schema.ts gives them to js-yaml. */
const yaml11Bool: ScalarTag = {
  tag: 'tag:yaml.org,2002:bool',
  default: true,
  test: new RegExp(`^(?:${[...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false].join('|')})$`),
  resolve: (word: string) => BOOLEAN_WORDS.true.has(word),
};
