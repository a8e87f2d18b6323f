// Walking a finding's path through template text with the rendered object at hand: each
// list index goes to the template item that produced that rendered item
// (template-items.ts), and an item that a directive writes is followed into what it
// writes: the values list of a `toYaml .Values.x`, or the items a helper's `define`
// spells (`{{- include "x.initContainers" . | nindent 8 }}`). Pure.
import { valueAt } from '../../model/field-path.js';
import type { FieldPath, JsonObject, JsonValue, Location } from '../../model/types.js';
import { alignItems, bestItemScore, listEntries, type ListEntry } from './template-items.js';
import { lineWrites } from './template-facts.js';
import {
  blockEnd,
  defineRange,
  keyPattern,
  dumpedValues,
  includedNames,
  valuesRefOf,
  walkKeys,
  withoutHoles,
  type ItemPicker,
  type SpelledKey,
} from './template-text.js';
import type { TextFile, ValuesFile } from './text-files.js';
import { lookUpValues, valuesEmpty } from './values-lookup.js';

/** What a walk knows besides the text: the finding's path in the rendered object, the chart's files. */
export interface WalkContext {
  path: FieldPath;
  object?: JsonObject;
  /** How many leading segments of path lead to `object`. */
  objectAt: number;
  values: readonly ValuesFile[];
  helpers: readonly TextFile[];
}

/** A helper's `define` body, read as a list when it spells list items at its top. */
interface HelperList {
  file: TextFile;
  lines: string[];
  entries: ListEntry[];
}

interface HelperFile {
  lines: string[];
  lists: Map<string, HelperList | null>;
}

const helperFiles = new WeakMap<TextFile, HelperFile>();

/** A helper file's lines, split once (every finding that includes a helper reads them). */
function helperFile(file: TextFile): HelperFile {
  let read = helperFiles.get(file);
  if (!read) helperFiles.set(file, (read = { lines: file.text.split(/\r?\n/), lists: new Map() }));
  return read;
}

/** The helper named `name`, with the list entries its body spells (none when it is not a list). */
function helperList(helpers: readonly TextFile[], name: string): HelperList | undefined {
  for (const file of helpers) {
    const { lines, lists } = helperFile(file);
    let found = lists.get(name);
    if (found === undefined) {
      const range = defineRange(lines, name);
      // The `define` line stands for the key that holds the list the body spells.
      found = range ? { file, lines, entries: listEntries(lines, range.from - 1, range.to) } : null;
      lists.set(name, found);
    }
    if (found) return found;
  }
  return undefined;
}

function lastKeyIndex(path: FieldPath): number {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return i;
  return -1;
}

/** The rendered list that holds the item at path index `at`, and the item's index in it. */
function renderedList(
  ctx: WalkContext,
  at: number,
): { list: JsonValue[]; index: number } | undefined {
  const index = ctx.path[at];
  const list = ctx.object ? valueAt(ctx.object, ctx.path.slice(ctx.objectAt, at)) : undefined;
  return Array.isArray(list) && typeof index === 'number'
    ? { list: list as JsonValue[], index }
    : undefined;
}

/**
 * How well a rendered item agrees with what a directive writes: the best of the items a
 * helper spells; a values list that holds nothing is unlikely to have written it.
 */
function slotScore(lines: readonly string[], ctx: WalkContext) {
  return (line: number, item: JsonValue): number => {
    for (const name of includedNames(lines, line, line + 1)) {
      const helper = helperList(ctx.helpers, name);
      const score = helper && bestItemScore(helper.lines, helper.entries, item);
      if (score !== undefined) return score;
    }
    const ref = dumpedValues(lines, line, line + 1);
    return ref && valuesEmpty(ctx.values, ref) ? -1 : 0;
  };
}

/**
 * The picker for a walk over `lines` of the path from `base` on: each list index goes to
 * the template entry that produced that rendered item.
 */
export function itemPicker(lines: readonly string[], ctx: WalkContext, base: number): ItemPicker {
  return (i, keyLine, limit) => {
    const rendered = renderedList(ctx, base + i);
    if (!rendered) return undefined;
    const entries = listEntries(lines, keyLine, limit);
    const choice = alignItems(lines, entries, rendered.list, rendered.index, slotScore(lines, ctx));
    if (!choice) return undefined;
    const { entry } = choice;
    if (entry.kind === 'slot')
      return { line: entry.line, end: entry.line + 1, slot: choice.offset };
    return {
      line: entry.line,
      end: choice.end ?? entry.end,
      ...(choice.holes?.length ? { holes: choice.holes } : {}),
    };
  };
}

const indentOf = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;

/**
 * The line of the spelled key, among its `if`/`else` alternatives, whose text can write
 * the rendered value: the walk takes the first `image:` of an item, where `image:
 * "{{ .repo }}@{{ .digest }}"` and `image: "{{ .repo }}:{{ .tag }}"` are the two branches.
 * `base` is where the spelled keys' path starts in the finding's path.
 */
export function renderedBranch(
  lines: readonly string[],
  spelled: readonly SpelledKey[],
  ctx: WalkContext,
  base: number,
): number | undefined {
  const key = spelled.at(-1);
  if (!key || key.itemEnd !== undefined || key.slot !== undefined || !ctx.object) return key?.line;
  const at = base + key.index;
  const value = valueAt(ctx.object, ctx.path.slice(ctx.objectAt, at + 1));
  if (value === undefined || value === null || typeof value === 'object') return key.line;
  const text = String(value);
  if (lineWrites(lines, key.line, text) !== false) return key.line;
  const parent = spelled.at(-2);
  const end = parent ? (parent.itemEnd ?? blockEnd(lines, parent.line)) : lines.length;
  const pattern = keyPattern(String(ctx.path[at]));
  const column = indentOf(lines[key.line]);
  for (let i = key.line + 1; i < end; i++)
    if (pattern.test(lines[i]) && indentOf(lines[i]) === column && lineWrites(lines, i, text))
      return i;
  return key.line;
}

export interface RegionHit {
  location: Location;
  /** The text spells the path's last key (or the item a trailing index stands for). */
  full: boolean;
  /** The values line that set the value the key's line uses (`key: {{ .Values.x }}`). */
  setBy?: Location;
  /** That values line leaves the value empty (a `default` gives it). */
  setByEmpty?: true;
}

/** Directives within directives: a helper that includes a helper, a few levels at most. */
const MAX_DEPTH = 4;

/**
 * Where the list item at path index `slot.index`, written by the directive on `slot.line`,
 * is set: its values line (and the key's in it) for `toYaml .Values.x`, else, in the
 * helper the directive includes, the item the helper spells and the key in it.
 */
export function resolveSlot(
  lines: readonly string[],
  slot: SpelledKey & { slot: number },
  ctx: WalkContext,
  depth = 0,
): RegionHit | undefined {
  const ref = dumpedValues(lines, slot.line, slot.line + 1);
  if (ref) {
    const item = [...ref, slot.slot];
    const match = lookUpValues(
      ctx.values,
      [...item, ...ctx.path.slice(slot.index + 1)],
      item.length,
    );
    return match && { location: match.location, full: match.complete };
  }
  const rendered = renderedList(ctx, slot.index);
  if (!rendered || depth >= MAX_DEPTH) return undefined;
  // The items this directive wrote, up to the one we want.
  const written = rendered.list.slice(rendered.index - slot.slot, rendered.index + 1);
  for (const name of includedNames(lines, slot.line, slot.line + 1)) {
    const helper = helperList(ctx.helpers, name);
    if (!helper?.entries.length) continue;
    const choice = alignItems(
      helper.lines,
      helper.entries,
      written,
      slot.slot,
      slotScore(helper.lines, ctx),
    );
    const at = (line: number): Location => ({ file: helper.file.path, line: line + 1 });
    if (!choice) continue;
    const { entry } = choice;
    if (entry.kind === 'slot') {
      const inner = { index: slot.index, line: entry.line, slot: choice.offset };
      return (
        resolveSlot(helper.lines, inner, ctx, depth + 1) ?? {
          location: at(entry.line),
          full: false,
        }
      );
    }
    const within = walkRegion(helper, entry.line, entry.end, ctx, slot.index + 1, depth + 1);
    return within ?? { location: at(entry.line), full: slot.index === ctx.path.length - 1 };
  }
  return undefined;
}

/**
 * Walks the path from `base` on through lines [from, to) of a helper: the line that spells
 * its last key, else the line of the innermost list item it spells (a container that the
 * helper switches on: the key belongs in it), following directives that write items.
 */
export function walkRegion(
  helper: { file: TextFile; lines: readonly string[] },
  from: number,
  to: number,
  ctx: WalkContext,
  base: number,
  depth = 0,
): RegionHit | undefined {
  const rest = ctx.path.slice(base);
  const last = lastKeyIndex(rest);
  const body = helper.lines.slice(0, to);
  const spelled = walkKeys(body, rest, from, itemPicker(body, ctx, base));
  const at = (k: SpelledKey): Location => ({ file: helper.file.path, line: k.line + 1 });
  const deepest = spelled.at(-1);
  if (deepest?.slot !== undefined) {
    const slot = { ...deepest, index: base + deepest.index, slot: deepest.slot };
    return resolveSlot(body, slot, ctx, depth) ?? { location: at(deepest), full: false };
  }
  if (deepest && last >= 0 && deepest.index >= last) {
    const view = withoutHoles(
      body,
      spelled.flatMap((k) => k.holes ?? []),
    );
    const line = renderedBranch(view, spelled, ctx, base) ?? deepest.line;
    const ref = deepest.itemEnd === undefined ? valuesRefOf(view, line) : undefined;
    const match = ref && lookUpValues(ctx.values, ref, ref.length);
    return {
      location: at({ ...deepest, line }),
      full: true,
      ...(match ? { setBy: match.location } : {}),
      ...(match && match.empty ? { setByEmpty: true as const } : {}),
    };
  }
  const item = spelled.findLast((k) => k.itemEnd !== undefined);
  return item && { location: at(item), full: false };
}

/**
 * The helpers (by name, as the template includes them) that spell the rest of the path
 * from `base`: the first that spells its last key, else the first that spells the list
 * item it is in.
 */
export function inHelpers(
  names: readonly string[],
  ctx: WalkContext,
  base: number,
): RegionHit | undefined {
  if (lastKeyIndex(ctx.path.slice(base)) < 0) return undefined;
  let partial: RegionHit | undefined;
  for (const name of names) {
    for (const file of ctx.helpers) {
      const { lines } = helperFile(file);
      const range = defineRange(lines, name);
      if (!range) continue;
      const hit = walkRegion({ file, lines }, range.from, range.to, ctx, base);
      if (hit?.full) return hit;
      partial ??= hit;
    }
  }
  return partial;
}
