// Reading a Helm template as text, since it is not YAML until rendered: which document of
// a multi-document template a resource came from, which keys of a path the template spells
// (and on which lines), and what a key's block pulls in from values or from a helper.
import type { FieldPath } from '../types.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line that starts a mapping entry for `key` (plain or quoted, possibly a list item). */
export function keyPattern(key: string): RegExp {
  const k = escapeRegExp(key);
  return new RegExp(`^\\s*(?:-\\s+)?(?:${k}|"${k}"|'${k}')\\s*:(?:\\s|$)`);
}

/**
 * The template's text with every document that does not declare `kind: <kind>` blanked
 * out (line numbers kept), so that a Service's `type:` never answers for its Deployment.
 * Unchanged when no document spells the kind (it comes from a helper or a value).
 */
export function scopeToKind(text: string, kind: string | undefined): string {
  if (!kind) return text;
  const lines = text.split(/\r?\n/);
  const kindLine = new RegExp(`^kind:\\s*["']?${escapeRegExp(kind)}["']?\\s*(?:#.*)?$`);
  const docs: [number, number][] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (/^---/.test(line)) {
      docs.push([start, i]);
      start = i + 1;
    }
  });
  docs.push([start, lines.length]);
  const keep = docs.filter(([from, to]) => lines.slice(from, to).some((l) => kindLine.test(l)));
  if (keep.length === 0 || keep.length === docs.length) return text;
  return lines.map((l, i) => (keep.some(([f, t]) => i >= f && i < t) ? l : '')).join('\n');
}

/** A line that starts the list item `- name: <name>` (plain or quoted, or a flow mapping). */
export function namedItemPattern(name: string): RegExp {
  const n = escapeRegExp(name);
  return new RegExp(`^\\s*-\\s+(?:\\{\\s*)?name\\s*:\\s*(?:${n}|"${n}"|'${n}')\\s*(?:[,}]|#|$)`);
}

/** A key of the path that the text spells: its index in the path and its 0-based line. */
export interface SpelledKey {
  index: number;
  line: number;
  /** The line ends the block of a list item found by its name (see walkKeys). */
  itemEnd?: number;
}

/**
 * The path's keys that the text spells, walked in order (each after the previous one), so
 * that `securityContext.privileged` prefers the `privileged:` under `securityContext:`. A
 * key the text does not spell (it comes from a helper or a variable) is skipped.
 *
 * `names` gives the rendered `name` of list items along the path (index in the path to
 * name): such an item is found by its `- name:` line, and the keys below it are looked for
 * in its block only, so that `env[2].value` is the third variable's `value:`, not the
 * first one's. An item whose name the text does not spell is skipped like a key.
 */
export function walkKeys(
  lines: readonly string[],
  path: FieldPath,
  from = 0,
  names?: ReadonlyMap<number, string>,
): SpelledKey[] {
  const found: SpelledKey[] = [];
  let cursor = from;
  let limit = lines.length;
  path.forEach((seg, index) => {
    const name = typeof seg === 'number' ? names?.get(index) : undefined;
    if (typeof seg !== 'string' && name === undefined) return;
    const pattern = name === undefined ? keyPattern(String(seg)) : namedItemPattern(name);
    for (let i = cursor; i < limit; i++) {
      if (!pattern.test(lines[i])) continue;
      if (name === undefined) {
        found.push({ index, line: i });
        cursor = i + 1;
      } else {
        limit = itemEnd(lines, i);
        found.push({ index, line: i, itemEnd: limit });
        cursor = i; // the item's own line may hold its next key (`- name:`)
      }
      return;
    }
  });
  return found;
}

/** The line whose text is one template directive and nothing else (`{{- if .x }}`). */
function isDirective(line: string): boolean {
  const t = line.trim();
  return t.startsWith('{{') && t.endsWith('}}') && t.indexOf('}}') === t.length - 2;
}

/**
 * End (exclusive) of a list item's block: the first later line indented no deeper than its
 * dash. Lines that are only a directive do not end it: `{{- if }}` sits at any indentation.
 */
export function itemEnd(lines: readonly string[], itemLine: number): number {
  const dash = /^\s*/.exec(lines[itemLine] ?? '')?.[0].length ?? 0;
  for (let i = itemLine + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || isDirective(line)) continue;
    if ((/^\s*/.exec(line)?.[0].length ?? 0) <= dash) return i;
  }
  return lines.length;
}

/** Column of a key line's key (after any list dash). */
function keyIndent(line: string): number {
  return /^\s*(?:-\s+)?/.exec(line)?.[0].length ?? 0;
}

/** End (exclusive) of a key's block: the first later line indented no deeper than the key. */
export function blockEnd(lines: readonly string[], keyLine: number): number {
  const indent = keyIndent(lines[keyLine] ?? '');
  for (let i = keyLine + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent) return i;
  }
  return lines.length;
}

const VALUES_REF = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/;
const DUMP_REF =
  /\b(?:toYaml|toJson|tpl|toPrettyJson)\s+\(?\s*(\$?\.Values(?:\.[A-Za-z_][\w-]*)+|\.)(?=[\s|)}])/;
const WITH_REF = /\bwith\s+(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)/;

function refPath(expr: string): string[] {
  return (VALUES_REF.exec(expr)?.[1] ?? '').split('.').filter(Boolean);
}

/** The values path of the nearest `with .Values.x` above a line: what `.` means there. */
function enclosingWith(lines: readonly string[], line: number): string[] | undefined {
  for (let i = line; i >= 0; i--) {
    const m = WITH_REF.exec(lines[i]);
    if (m) return refPath(m[1]);
  }
  return undefined;
}

/**
 * The values path a key takes its value from: a `.Values.x.y` after the key on its own
 * line, else a `toYaml .Values.x` (or `toYaml .` inside `with .Values.x`) in its block.
 */
export function valuesRefOf(lines: readonly string[], keyLine: number): string[] | undefined {
  const own = lines[keyLine] ?? '';
  const afterColon = own.slice(own.indexOf(':') + 1);
  if (VALUES_REF.test(afterColon)) return refPath(afterColon);
  return dumpedValues(lines, keyLine + 1, blockEnd(lines, keyLine));
}

/**
 * The values a block dumps (`toYaml .Values.x`, or `toYaml .` in a `with`) when that is
 * the block's content: only template directives may come before it. A dump further down a
 * block (after spelled keys) fills something else, and naming it would mislead.
 */
export function dumpedValues(
  lines: readonly string[],
  from: number,
  to: number,
): string[] | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    const m = DUMP_REF.exec(line);
    if (m) {
      const ref = m[1] === '.' ? enclosingWith(lines, i) : refPath(m[1]);
      if (ref?.length) return ref;
    }
    if (!line.startsWith('{{')) return undefined;
  }
  return undefined;
}

/** The helper names that lines include (`include "x"` / `template "x"`), in order. */
export function includedNames(lines: readonly string[], from: number, to: number): string[] {
  const names: string[] = [];
  for (let i = from; i < to; i++)
    for (const m of lines[i].matchAll(/\b(?:include|template)\s+"([^"]+)"/g)) names.push(m[1]);
  return names;
}

/** Lines [from, to) of a `define "name"` body: up to the next define or the file's end. */
export function defineRange(
  lines: readonly string[],
  name: string,
): { from: number; to: number } | undefined {
  const start = lines.findIndex((l) => l.includes(`define "${name}"`));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !/\{\{-?\s*define\s/.test(lines[end])) end++;
  return { from: start + 1, to: end };
}
