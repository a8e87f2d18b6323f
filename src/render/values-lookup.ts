// Finds where a values file sets a path, with a real YAML parse (values files are plain
// YAML, unlike templates): the line of the deepest key along the path that the file has.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from '../types.js';

export interface ValuesHit {
  /** 1-based line of the deepest key found. */
  line: number;
  /** How many segments of the path the file has (0: not even the first). */
  depth: number;
  /**
   * The deepest node found is a scalar that holds nothing (`key:`, `key: ""`): a template
   * that reads it takes its `default`. An empty `{}` is still where the setting goes.
   */
  empty: boolean;
}

interface ParsedValues {
  root: unknown;
  lines: LineCounter;
}

const cache = new WeakMap<object, ParsedValues | null>();

function parseValues(holder: { text: string }): ParsedValues | null {
  let parsed = cache.get(holder);
  if (parsed !== undefined) return parsed;
  const lines = new LineCounter();
  try {
    const doc = parseDocument(holder.text, { lineCounter: lines, uniqueKeys: false });
    parsed = doc.errors.length ? null : { root: doc.contents, lines };
  } catch {
    parsed = null; // a values file helm could not read either: nothing to point at
  }
  cache.set(holder, parsed);
  return parsed;
}

/** Deepest line of `path` in a values file, or undefined when not even its first key is there. */
export function findValuesPath(file: { text: string }, path: FieldPath): ValuesHit | undefined {
  const parsed = parseValues(file);
  return parsed ? deepestLine(parsed.root, parsed.lines, path) : undefined;
}

/** The line of the deepest node along `path` below a parsed YAML node. */
export function deepestLine(
  root: unknown,
  lines: LineCounter,
  path: FieldPath,
): ValuesHit | undefined {
  let node: unknown = root;
  let hit: ValuesHit | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    let next: Node | undefined;
    let at: number | undefined;
    if (typeof seg === 'string' && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (pair) {
        next = (pair.value ?? undefined) as Node | undefined;
        at = (pair.key as Node).range?.[0];
      }
    } else if (typeof seg === 'number' && isSeq(node)) {
      const item = node.items[seg] as Node | undefined;
      if (item) {
        next = item;
        at = item.range?.[0];
      }
    }
    if (at === undefined) break;
    hit = { line: lines.linePos(at).line, depth: depth + 1, empty: isEmpty(next) };
    node = next;
  }
  return hit;
}

function isEmpty(node: Node | undefined): boolean {
  if (node === undefined || node === null) return true;
  return isScalar(node) && (node.value === null || node.value === '');
}
