// Finds where a values file sets a path, with a real YAML parse (values files are plain
// YAML, unlike templates): the line of the deepest key along the path that the file has.
import type { Node, LineCounter } from 'yaml';
import { loadYaml } from '../../util/vendor/yaml.js';
import { pairOf } from '../../util/yaml-pair.js';
import type { FieldPath, Location } from '../../model/types.js';
import type { ValuesFile } from './text-files.js';

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

// Keyed by the text, not the file object: a chart's values files reach each finding as new
// objects (with the prefix of the template's chart), and a values file of some thousand
// lines costs a parse. Bounded, since a scan reads many charts.
const cache = new Map<string, ParsedValues | null>();
const CACHED = 64;

function parseValues(holder: { text: string }): ParsedValues | null {
  const yaml = loadYaml();
  let parsed = cache.get(holder.text);
  if (parsed !== undefined) return parsed;
  if (cache.size >= CACHED) cache.delete(cache.keys().next().value as string);
  const lines = new yaml.LineCounter();
  try {
    const doc = yaml.parseDocument(holder.text, { lineCounter: lines, uniqueKeys: false });
    parsed = doc.errors.length ? null : { root: doc.contents, lines };
  } catch {
    parsed = null; // a values file helm could not read either: nothing to point at
  }
  cache.set(holder.text, parsed);
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
  const yaml = loadYaml();
  let node: unknown = root;
  let hit: ValuesHit | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    let next: Node | undefined;
    let at: number | undefined;
    if (typeof seg === 'string' && yaml.isMap(node)) {
      const pair = pairOf(node, seg);
      if (pair) {
        next = (pair.value ?? undefined) as Node | undefined;
        at = (pair.key as Node).range?.[0];
      }
    } else if (typeof seg === 'number' && yaml.isSeq(node)) {
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
  return loadYaml().isScalar(node) && (node.value === null || node.value === '');
}

export interface ValuesMatch {
  location: Location;
  /** True when the file has the whole path. */
  complete: boolean;
  /** The file's node there holds nothing (the template's `default` gives the value). */
  empty: boolean;
}

/** Where the values files set `path`: the last file that has all of it, else the deepest. */
export function lookUpValues(
  files: readonly ValuesFile[],
  path: FieldPath,
  minDepth: number,
): ValuesMatch | undefined {
  let best: { match: ValuesMatch; depth: number } | undefined;
  for (const file of [...files].reverse()) {
    const prefix = file.prefix ?? [];
    const hit = findValuesPath(file, [...prefix, ...path]);
    if (!hit) continue;
    const depth = hit.depth - prefix.length;
    if (depth < minDepth || depth <= (best?.depth ?? 0)) continue;
    const match = {
      location: { file: file.path, line: hit.line },
      complete: depth === path.length,
      empty: hit.empty,
    };
    if (match.complete) return match;
    best = { match, depth };
  }
  return best?.match;
}

/**
 * The values the files give `path` hold no items: an empty or missing list or map in the
 * file that wins (so a `toYaml` of it writes nothing, unless a value set adds some).
 */
export function valuesEmpty(files: readonly ValuesFile[], path: FieldPath): boolean {
  const yaml = loadYaml();
  for (const file of [...files].reverse()) {
    const parsed = parseValues(file);
    if (!parsed) continue;
    let node: unknown = parsed.root;
    for (const seg of [...(file.prefix ?? []), ...path]) {
      if (typeof seg !== 'string' || !yaml.isMap(node)) {
        node = undefined;
        break;
      }
      const pair = pairOf(node, seg);
      node = pair ? (pair.value ?? null) : undefined;
      if (node === undefined) break;
    }
    if (node === undefined) continue;
    return (
      isEmpty(node as Node) || ((yaml.isSeq(node) || yaml.isMap(node)) && node.items.length === 0)
    );
  }
  return true;
}
