// Reading a Helm template as text, since it is not YAML until rendered: which keys of a
// path the template spells (and on which lines), and what a key's block pulls in from
// values or from a helper. Which document and which list items produced a rendered object
// are template-documents.ts and template-items.ts.
import type { FieldPath } from '../../model/types.js';
import { isDirectiveLine } from './template-facts.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line that starts a mapping entry for `key` (plain or quoted, possibly a list item). */
export function keyPattern(key: string): RegExp {
  const k = escapeRegExp(key);
  return new RegExp(`^\\s*(?:-\\s+)?(?:${k}|"${k}"|'${k}')\\s*:(?:\\s|$)`);
}

/** A key of the path that the text spells: its index in the path and its 0-based line. */
export interface SpelledKey {
  index: number;
  line: number;
  /** The line ends the block of a list item (see walkKeys). */
  itemEnd?: number;
  /** Lines inside the item's block that are not its own (see PickedItem). */
  holes?: readonly LineRange[];
  /**
   * The item is written by a directive we cannot read (`toYaml .Values.x`, an include):
   * `line` is the directive's, and this is which of the items it writes.
   */
  slot?: number;
}

/** The item a list index stands for: its lines, or the directive that writes it. */
export interface PickedItem {
  line: number;
  /** End (exclusive) of the item's lines. */
  end: number;
  /**
   * Lines before `end` that belong to items that rendered nothing (an `if` turned them off):
   * the lines after such a block are this item's again.
   */
  holes?: readonly LineRange[];
  /** Set when a directive writes the item: which of the items it writes. */
  slot?: number;
}

export interface LineRange {
  from: number;
  to: number;
}

/** The lines with every line in a hole blanked (line numbers kept). */
export function withoutHoles(lines: readonly string[], holes: readonly LineRange[]): string[] {
  if (!holes.length) return lines as string[];
  return lines.map((l, i) => (holes.some((h) => i >= h.from && i < h.to) ? '' : l));
}

/**
 * Finds the item for the list index at `pathIndex`, given the line of the key that holds
 * the list and the end of the lines to look in.
 */
export type ItemPicker = (
  pathIndex: number,
  listKeyLine: number,
  limit: number,
) => PickedItem | undefined;

/**
 * The path's keys that the text spells, walked in order (each after the previous one), so
 * that `securityContext.privileged` prefers the `privileged:` under `securityContext:`. A
 * key the text does not spell (it comes from a helper or a variable) is skipped.
 *
 * `pick` finds the item a list index stands for, below the key that holds the list: the
 * keys after it are looked for in that item's lines only, so that `env[2].value` is the
 * third variable's `value:`, not the first one's (nor one in the `holes` of items an `if`
 * turned off). An index it cannot place is skipped like a key; an item a directive writes
 * ends the walk (the rest is in what it writes).
 */
export function walkKeys(
  lines: readonly string[],
  path: FieldPath,
  from = 0,
  pick?: ItemPicker,
): SpelledKey[] {
  const found: SpelledKey[] = [];
  let cursor = from;
  let limit = lines.length;
  let text = lines;
  for (let index = 0; index < path.length; index++) {
    const seg = path[index];
    const last = found.at(-1);
    if (typeof seg === 'number') {
      if (!pick || last?.index !== index - 1 || last.itemEnd !== undefined) continue;
      const item = pick(index, last.line, limit);
      if (!item) continue;
      if (item.slot !== undefined) {
        found.push({ index, line: item.line, slot: item.slot });
        break;
      }
      found.push({
        index,
        line: item.line,
        itemEnd: item.end,
        ...(item.holes?.length ? { holes: item.holes } : {}),
      });
      text = withoutHoles(text, item.holes ?? []);
      limit = item.end;
      cursor = item.line; // the item's own line may hold its next key (`- name:`)
      continue;
    }
    const pattern = keyPattern(seg);
    for (let i = cursor; i < limit; i++) {
      if (!pattern.test(text[i])) continue;
      found.push({ index, line: i });
      cursor = i + 1;
      break;
    }
  }
  return found;
}

/** Column of a key line's key (after any list dash). */
function keyIndent(line: string): number {
  return /^\s*(?:-\s+)?/.exec(line)?.[0].length ?? 0;
}

/**
 * End (exclusive) of a key's block: the first later line indented no deeper than the key.
 * A line that is only a directive does not end it: `{{ toYaml .Values.x | indent 12 }}`
 * and `{{- include "x" . | nindent 6 }}` sit at any column, and write the block.
 */
export function blockEnd(lines: readonly string[], keyLine: number): number {
  const indent = keyIndent(lines[keyLine] ?? '');
  for (let i = keyLine + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || isDirectiveLine(line)) continue;
    if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent) return i;
  }
  return lines.length;
}

const VALUES_REF = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/;
const DUMP_REF =
  /\b(?:toYaml|toJson|tpl|toPrettyJson)\s+\(?\s*(\$?\.Values(?:\.[A-Za-z_][\w-]*)+|\.)(?=[\s|)}])/;
const WITH_REF = /\bwith\s+(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)/;
// A helper that renders a value given as `(dict "value" .Values.x ...)`, as Bitnami's
// `common.tplvalues.render` does: the block is that value.
const RENDER_REF =
  /\binclude\s+"[^"]+"\s*\(\s*dict\s+"value"\s+(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)/;

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
    const m = DUMP_REF.exec(line) ?? RENDER_REF.exec(line);
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
