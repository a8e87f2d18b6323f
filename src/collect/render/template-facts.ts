// What a stretch of Helm template text says literally, and how well a rendered node agrees
// with it. A template is not YAML until rendered, but most of its lines are: `kind:
// ClusterRole`, `name: {{ include "x.fullname" . }}-webhook`, `- --watched-dir=/etc/config`.
// Each such line is a fact (a key and the text its value must have); a rendered node that
// has the key with a matching value agrees, one that has the key only with other values
// contradicts. Which of several documents, or of several list items, produced a rendered
// object is the one that agrees most. Pure: text and values in, numbers out.
import { isJsonObject, type JsonValue } from '../../model/types.js';

export interface Fact {
  key: string;
  /** The value exactly, or a pattern when the value mixes text and template actions. */
  value: string | RegExp;
  /** Characters of literal text: how much agreeing on this fact says. */
  weight: number;
  /**
   * The `if`, `with` or `range` block (or `else` branch) of the text read that the line
   * sits in, numbered in order: such a line may not have rendered (see agreement).
   */
  block?: number;
}

/** A fact this long already identifies its object; longer text adds nothing. */
const MAX_WEIGHT = 40;

const ACTION = /\{\{[\s\S]*?\}\}/g;
const KEY_LINE = /^(\s*)((?:-\s+)*)("[^"]*"|'[^']*'|[^\s"'#{][^:#]*?)\s*:(?:\s+(.*?))?\s*$/;
const SCALAR_ITEM = /^(\s*)-\s+(.*?)\s*$/;
const BLOCK_SCALAR = /(?:^|:\s+|-\s+)[|>][+-]?\d*\s*(?:#.*)?$/;

const indentOf = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;

/**
 * Tracks which `if`/`with`/`range` block (or `else` branch) each line sits in, counting
 * from the start of the text read; an `end` of a block opened before it is ignored.
 */
class Blocks {
  private readonly open: number[] = [];
  private count = 0;

  /** The innermost block the line's text is in (a block opened on the line counts). */
  enter(line: string): number | undefined {
    let during: number | undefined = this.open.at(-1);
    for (const m of line.matchAll(/\{\{-?\s*(if|with|range|else|end)\b/g)) {
      if (m[1] === 'end') this.open.pop();
      else if (m[1] === 'else') {
        if (this.open.length) this.open[this.open.length - 1] = ++this.count;
      } else this.open.push(++this.count);
      during = this.open.at(-1) ?? during;
    }
    return during;
  }
}

function unquote(text: string): string {
  const q = text[0];
  return (q === '"' || q === "'") && text.endsWith(q) && text.length >= 2
    ? text.slice(1, -1)
    : text;
}

/** Drops a trailing `# comment` outside quotes and template actions. */
function withoutComment(text: string): string {
  const m = / #.*$/.exec(text.replace(ACTION, (a) => '_'.repeat(a.length)));
  return m ? text.slice(0, m.index).trimEnd() : text;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ANY = '[\\s\\S]*?';

/**
 * A pattern for text that mixes literal text and template actions: each action may write
 * anything, except that the literal parts of a `printf "%s-webhook"` format are kept.
 */
function textPattern(text: string): { source: string; weight: number } {
  const parts: string[] = [];
  let weight = 0;
  // Text inside an inline `{{ if }}...{{ end }}` may or may not be written.
  let inline = 0;
  const literal = (s: string) => {
    if (inline > 0) {
      parts.push(ANY);
      return;
    }
    parts.push(escapeRegExp(s));
    weight += s.trim().length;
  };
  let at = 0;
  for (const m of text.matchAll(ACTION)) {
    literal(text.slice(at, m.index));
    at = m.index + m[0].length;
    const control = /^\{\{-?\s*(if|with|range|end)\b/.exec(m[0])?.[1];
    if (control) inline = Math.max(0, inline + (control === 'end' ? -1 : 1));
    const format = control ? undefined : /\bprintf\s+"((?:[^"\\]|\\.)*)"/.exec(m[0])?.[1];
    if (!format) {
      parts.push(ANY);
      continue;
    }
    // The pipeline after printf may still trim or quote what it formats.
    for (const piece of format.split(/%[-+# 0-9.]*[a-zA-Z%]/)) {
      parts.push(ANY);
      literal(piece);
    }
    parts.push(ANY);
  }
  literal(text.slice(at));
  const source = parts.filter((p, i) => p && !(p === ANY && parts[i - 1] === ANY)).join('');
  return { source, weight: Math.min(MAX_WEIGHT, weight) };
}

/** The facts one value gives: a literal, a pattern around template actions, or a flow list. */
function valueFacts(key: string, raw: string): Fact[] {
  const text = withoutComment(raw);
  if (!text) return [];
  const flow = /^(?:\[|\{(?!\{))/.test(text);
  if (text.includes('{{') && !flow) {
    const { source, weight } = textPattern(unquote(text));
    return weight ? [{ key, value: new RegExp(`^${source}$`), weight }] : [];
  }
  // A flow list with an action in it renders to items we cannot tell apart.
  if (flow) return text.includes('{{') ? [] : flowItems(text).flatMap((v) => scalarFact(key, v));
  return scalarFact(key, unquote(text));
}

/**
 * The scalars of a flat flow list (`["get", 'list', watch]`); none for a flow mapping or
 * a nested list, which say too little to be worth a parse on every line.
 */
function flowItems(text: string): string[] {
  const m = /^\[(.*)\]$/.exec(text);
  if (!m || /[[\]{}]/.test(m[1])) return [];
  const items: string[] = [];
  for (const part of m[1].matchAll(/\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^,]*?)\s*(?:,|$)/g)) {
    if (part[0] === '') break;
    if (part[1]) items.push(unquote(part[1]));
  }
  return items;
}

function scalarFact(key: string, text: string): Fact[] {
  return text ? [{ key, value: text, weight: Math.min(MAX_WEIGHT, text.length) }] : [];
}

/** The key that holds a `- scalar` line: the nearest less indented `key:` line above it. */
function parentKey(lines: readonly string[], from: number, line: number): string | undefined {
  const indent = indentOf(lines[line]);
  for (let i = line - 1; i >= from; i--) {
    const text = lines[i];
    if (!text.trim() || text.trim().startsWith('#') || isDirectiveLine(text)) continue;
    const at = indentOf(text);
    // Deeper lines belong to an earlier item; a dash at the same column is a sibling.
    if (at > indent || (at === indent && /^\s*-/.test(text))) continue;
    const m = KEY_LINE.exec(text);
    return m && !m[4] ? unquote(m[3]) : undefined;
  }
  return undefined;
}

/** A line that holds only template actions (`{{- if .x }}`, `{{- end }}`). */
export function isDirectiveLine(line: string): boolean {
  const t = line.trim();
  return t.startsWith('{{') && t.endsWith('}}') && !t.replace(ACTION, '').trim();
}

/**
 * The literal facts of lines [from, to) of a template: `key: value` lines and `- value`
 * items of a list. Lines inside a block scalar (`key: |`) are text, not facts, and a key
 * that a template action writes says nothing.
 */
export function templateFacts(lines: readonly string[], from: number, to: number): Fact[] {
  // Every finding on an object asks again about the same lines of the same text.
  let byRange = factsCache.get(lines);
  if (!byRange) factsCache.set(lines, (byRange = new Map()));
  const key = `${from}:${to}`;
  let facts = byRange.get(key);
  if (!facts) byRange.set(key, (facts = readFacts(lines, from, to)));
  return facts;
}

const factsCache = new WeakMap<readonly string[], Map<string, Fact[]>>();

function readFacts(lines: readonly string[], from: number, to: number): Fact[] {
  const facts: Fact[] = [];
  let blockIndent = -1;
  const blocks = new Blocks();
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const block = blocks.enter(line);
    const push = (found: Fact[]) => {
      for (const f of found) facts.push(block === undefined ? f : { ...f, block });
    };
    if (!line.trim()) continue;
    if (blockIndent >= 0) {
      if (indentOf(line) > blockIndent) continue;
      blockIndent = -1;
    }
    const t = line.trim();
    if (t.startsWith('#') || isDirectiveLine(line)) continue;
    const m = KEY_LINE.exec(line);
    // A block scalar's text is more indented than the node that holds it.
    if (BLOCK_SCALAR.test(t)) blockIndent = indentOf(line) + (m ? m[2].length : 0);
    if (m && !m[3].includes('{{')) {
      if (m[4] && !BLOCK_SCALAR.test(`: ${m[4]}`)) push(valueFacts(unquote(m[3]), m[4]));
      continue;
    }
    const item = SCALAR_ITEM.exec(line);
    if (item && !BLOCK_SCALAR.test(t)) {
      const key = parentKey(lines, from, i);
      if (key !== undefined) push(valueFacts(key, item[2]));
    }
  }
  return facts;
}

/**
 * Whether the value a `key: value` line writes can be the rendered text (a pattern around
 * its template actions); undefined when the line says nothing literal.
 */
export function lineWrites(
  lines: readonly string[],
  line: number,
  text: string,
): boolean | undefined {
  const facts = templateFacts(lines, line, line + 1);
  if (!facts.length) return undefined;
  return facts.some((f) => (typeof f.value === 'string' ? f.value === text : f.value.test(text)));
}

/** Every scalar of a rendered node under the key that holds it (list elements under the list's key). */
export type RenderedFacts = ReadonlyMap<string, ReadonlySet<string>>;

const renderedCache = new WeakMap<object, RenderedFacts>();

export function renderedFacts(node: JsonValue): RenderedFacts {
  if (node === null || typeof node !== 'object') return new Map();
  const cached = renderedCache.get(node);
  if (cached) return cached;
  const facts = new Map<string, Set<string>>();
  const add = (key: string, value: JsonValue) => {
    if (value === null || typeof value === 'object') return;
    const set = facts.get(key) ?? new Set<string>();
    facts.set(key, set);
    set.add(String(value));
  };
  const visit = (value: JsonValue, key: string | undefined) => {
    if (Array.isArray(value)) {
      for (const v of value) {
        if (key !== undefined) add(key, v);
        if (v !== null && typeof v === 'object') visit(v, undefined);
      }
    } else if (isJsonObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        add(k, v);
        if (v !== null && typeof v === 'object') visit(v, k);
      }
    }
  };
  visit(node, undefined);
  renderedCache.set(node, facts);
  return facts;
}

/**
 * How much a rendered node agrees with template facts: the weight of the facts it has,
 * less the weight of those it contradicts (it has the key, never with that value). A key
 * the node lacks says nothing: an `if` may have left it out. Nor does a fact inside an
 * `if` block none of whose facts the node has: the block may be off (an env variable
 * switched off). A block with any fact the node has was on, and the rest of it counts.
 */
export function agreement(facts: readonly Fact[], rendered: RenderedFacts): number {
  let score = 0;
  const on = new Set<number | undefined>([undefined]);
  const unmatched: Fact[] = [];
  for (const fact of facts) {
    const values = rendered.get(fact.key);
    if (!values) continue;
    const matched = matchesAny(fact, values);
    if (matched === undefined) continue;
    if (matched) {
      score += fact.weight;
      on.add(fact.block);
    } else unmatched.push(fact);
  }
  for (const fact of unmatched) if (on.has(fact.block)) score -= fact.weight;
  return score;
}

/** A pattern is not tried on text this long (a script in a ConfigMap): it would cost, and say little. */
const MAX_TESTED = 2000;

/** Whether some value matches the fact; undefined when only long texts could tell. */
function matchesAny(fact: Fact, values: ReadonlySet<string>): boolean | undefined {
  if (typeof fact.value === 'string') return values.has(fact.value);
  let tried = false;
  for (const v of values) {
    if (v.length > MAX_TESTED) continue;
    tried = true;
    if (fact.value.test(v)) return true;
  }
  return tried ? false : undefined;
}
