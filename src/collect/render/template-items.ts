// Which item of a list in a Helm template produced the n-th item of the rendered list.
// The template spells some items (`- name: proc`), guards some with `if` (they may be
// off), repeats some with `range`, and lets values or helpers write others (`{{- toYaml
// .Values.extraVolumes | nindent 8 }}`). The rendered items are aligned with those entries
// in order, each rendered item to the entry whose literal text agrees with it most
// (template-facts.ts), an unconditional entry being expected once: so a container is found
// by its rendered name, by what else it spells, or by its position among the items that
// can be on. Pure.
import type { JsonValue } from '../../model/types.js';
import { agreement, isDirectiveLine, renderedFacts, templateFacts } from './template-facts.js';
import type { LineRange } from './template-text.js';

/** An item the template spells (its lines), or a directive that writes items we cannot see. */
export type ListEntry = ItemEntry | { kind: 'slot'; line: number };

export interface ItemEntry {
  kind: 'item';
  line: number;
  end: number;
  /** Inside an `if` or `with` opened in the list: it may be off. */
  optional: boolean;
  /** Inside a `range` opened in the list: it may render any number of times. */
  repeated: boolean;
  /**
   * The line of the `end` that closes the block the item is in. Lines after it and before
   * the next item continue the item rendered before this one when this one is off.
   */
  guardEnd?: number;
}

export interface ItemChoice {
  entry: ListEntry;
  /** Among the rendered items the entry produced, which one (for a slot or a `range`). */
  offset: number;
  /**
   * For an item: where its lines end, past the items after it that are off (their
   * blocks are then `holes`, and the lines after those blocks are this item's).
   */
  end?: number;
  holes?: LineRange[];
}

const indentOf = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;
const isDash = (line: string): boolean => /^\s*-(?:\s|$)/.test(line);
/**
 * An action on the line writes text from values or a helper (`{{- toYaml .Values.x }}`,
 * `{{ include "x" . }}`), rather than testing one (`{{- if include "x" . }}`).
 */
function writesText(line: string): boolean {
  for (const m of line.matchAll(/\{\{-?\s*([\s\S]*?)-?\}\}/g)) {
    const action = m[1];
    if (/^(?:(?:if|else|with|range|end|define|block)\b|\/\*)/.test(action)) continue;
    if (/(?:^|[(|]\s*)(?:toYaml|toJson|toPrettyJson|tpl|include|template)\s/.test(action))
      return true;
  }
  return false;
}

/** Column of a key line's key (after any list dashes). */
function keyColumn(line: string): number {
  return /^\s*(?:-\s+)*/.exec(line)?.[0].length ?? 0;
}

/**
 * The column a directive writes its text at: `nindent 8` or `indent 8`, else where the
 * directive itself sits.
 */
function writesAt(line: string): number {
  const m = /\bn?indent\s+(\d+)/.exec(line);
  return m ? Number(m[1]) : indentOf(line);
}

/** Control actions on a line, in order: `if`, `with`, `range`, `else`, `end`. */
function controls(line: string): string[] {
  return [...line.matchAll(/\{\{-?\s*(if|with|range|else|end)\b/g)].map((m) => m[1]);
}

/** Lines (keyLine, end) hold the key's list: more indented, or dashes at the key's column. */
function listEnd(lines: readonly string[], keyLine: number, limit: number): number {
  const column = keyColumn(lines[keyLine] ?? '');
  for (let i = keyLine + 1; i < limit; i++) {
    const line = lines[i];
    const t = line.trim();
    if (!t || t.startsWith('#') || isDirectiveLine(line)) continue;
    const at = indentOf(line);
    if (at < column || (at === column && !isDash(line))) return i;
  }
  return limit;
}

/**
 * The entries of the list under the key on `keyLine` (lines before `limit`): the items
 * at the list's dash column, and the directives at that level that write items of their
 * own (a `toYaml` or `include` on the key's own line counts too).
 */
export function listEntries(lines: readonly string[], keyLine: number, limit: number): ListEntry[] {
  const entries: ListEntry[] = [];
  const own = lines[keyLine] ?? '';
  const colon = own.indexOf(':');
  const afterColon = colon >= 0 ? own.slice(colon + 1) : '';
  if (writesText(afterColon)) entries.push({ kind: 'slot', line: keyLine });
  const end = listEnd(lines, keyLine, limit);
  let dash = Infinity;
  for (let i = keyLine + 1; i < end; i++)
    if (isDash(lines[i]) && !isDirectiveLine(lines[i])) dash = Math.min(dash, indentOf(lines[i]));
  const stack: string[] = [];
  // Items inside a block opened in the list, until that block closes.
  const guarded: ItemEntry[] = [];
  let open: ItemEntry | undefined;
  const close = (at: number) => {
    if (open) open.end = at;
    open = undefined;
  };
  for (let i = keyLine + 1; i < end; i++) {
    const line = lines[i];
    if (isDash(line) && indentOf(line) === dash && !isDirectiveLine(line)) {
      close(i);
      open = {
        kind: 'item',
        line: i,
        end,
        optional: stack.some((c) => c !== 'range'),
        repeated: stack.includes('range'),
      };
      if (stack.length) guarded.push(open);
      entries.push(open);
    } else if (isDirectiveLine(line) && writesText(line) && writesAt(line) <= dash) {
      close(i);
      entries.push({ kind: 'slot', line: i });
    }
    for (const c of controls(line)) {
      if (c === 'if' || c === 'with' || c === 'range') stack.push(c);
      else if (c === 'end') {
        stack.pop();
        if (stack.length === 0) for (const item of guarded.splice(0)) item.guardEnd = i;
      }
    }
  }
  close(end);
  return entries;
}

/**
 * How well a rendered item agrees with a spelled item: 1 for being an item at all, plus
 * the agreement of its text (template-facts.ts).
 */
function itemScore(lines: readonly string[], entry: ItemEntry, item: JsonValue): number {
  const facts = templateFacts(lines, entry.line, entry.end);
  if (item !== null && typeof item === 'object') return 1 + agreement(facts, renderedFacts(item));
  // A scalar item (`- --flag`): its own line's value says it.
  const own = templateFacts(lines, entry.line, entry.line + 1);
  const text = String(item);
  return own.reduce(
    (n, f) =>
      n +
      ((typeof f.value === 'string' ? f.value === text : f.value.test(text)) ? 1 : -1) * f.weight,
    1,
  );
}

/** An unconditional item the rendered list does not have: the alignment is likely wrong. */
const MISSED_ITEM = 3;

/** The best agreement of a rendered item with any item the entries spell (a helper's list). */
export function bestItemScore(
  lines: readonly string[],
  entries: readonly ListEntry[],
  item: JsonValue,
): number | undefined {
  let best: number | undefined;
  for (const e of entries)
    if (e.kind === 'item') best = Math.max(best ?? -Infinity, itemScore(lines, e, item));
  return best;
}

/** How well a rendered item agrees with a slot's directive (by what it writes); 0 unknown. */
export type SlotScore = (slotLine: number, item: JsonValue) => number;

/**
 * The entry that produced rendered item `index`: the best-agreeing alignment of the
 * rendered items with the entries in order. Undefined when none fits (fewer entries than
 * items and nothing that repeats).
 */
export function alignItems(
  lines: readonly string[],
  entries: readonly ListEntry[],
  rendered: readonly JsonValue[],
  index: number,
  slotScore: SlotScore = () => 0,
): ItemChoice | undefined {
  const m = entries.length;
  const n = rendered.length;
  if (index >= n || m === 0) return undefined;
  const scores = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const k = i * n + j;
    let s = scores.get(k);
    if (s === undefined) {
      const e = entries[i];
      s = e.kind === 'slot' ? slotScore(e.line, rendered[j]) : itemScore(lines, e, rendered[j]);
      scores.set(k, s);
    }
    return s;
  };
  const stays = (e: ListEntry) => e.kind === 'slot' || e.repeated;
  const skipCost = (e: ListEntry) =>
    e.kind === 'item' && !e.optional && !e.repeated ? -MISSED_ITEM : 0;
  // best[i][j]: the best total for rendered items j.. with entries i..
  const best: number[][] = Array.from({ length: m + 1 }, () =>
    new Array<number>(n + 1).fill(-Infinity),
  );
  best[m][n] = 0;
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n; j >= 0; j--) {
      const e = entries[i];
      let v = best[i + 1][j] + skipCost(e);
      if (j < n) v = Math.max(v, score(i, j) + (stays(e) ? best[i][j + 1] : best[i + 1][j + 1]));
      best[i][j] = v;
    }
  }
  if (best[0][0] === -Infinity) return undefined;
  // Walk the best alignment, preferring to take a rendered item over skipping an entry.
  const owner: number[] = [];
  for (let i = 0, j = 0; j < n && i < m;) {
    const e = entries[i];
    const take = score(i, j) + (stays(e) ? best[i][j + 1] : best[i + 1][j + 1]);
    if (take >= best[i][j]) {
      owner[j++] = i;
      if (!stays(e)) i++;
    } else i++;
  }
  const at = owner[index];
  if (at === undefined) return undefined;
  const entry = entries[at];
  let offset = 0;
  while (owner[index - offset - 1] === at) offset++;
  if (entry.kind === 'slot') return { entry, offset };
  return { entry, offset, ...extent(entries, at, new Set(owner)) };
}

/**
 * Where the lines of the item at `at` end: past the items after it that rendered nothing
 * and whose block has closed, the lines after that block are still this item's
 * (`resources:` after an `{{- end }}` that switched a sidecar off).
 */
function extent(
  entries: readonly ListEntry[],
  at: number,
  taken: ReadonlySet<number>,
): { end: number; holes: LineRange[] } {
  const holes: LineRange[] = [];
  let end = (entries[at] as ItemEntry).end;
  for (let q = at + 1; q < entries.length; q++) {
    const next = entries[q];
    if (next.kind !== 'item' || taken.has(q) || next.guardEnd === undefined) break;
    holes.push({ from: next.line, to: Math.min(next.guardEnd + 1, next.end) });
    end = next.end;
  }
  return { end, holes };
}
