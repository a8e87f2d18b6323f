import yaml from 'js-yaml';
import type { LineNode } from './line-index.js';
import { KUBERNETES_SCHEMA } from './yaml-schema.js';

// A fast reader for the YAML that Kubernetes manifests are nearly always written in: block
// mappings and sequences, one scalar per line (plain, quoted, or a literal block), comments.
// Parsing was a third of a whole scan, and js-yaml reads every character through a general
// state machine; this reader works a line at a time on the lines the scan has already split.
//
// It never decides anything on its own. On anything outside that subset (anchors, aliases,
// tags, flow mappings, flow sequences that nest or span lines, folded scalars, a plain
// scalar that starts on the line after its key or goes on past a comment, escapes, tabs,
// duplicate keys, odd indentation: anything js-yaml might read differently or reject) it
// gives up on the document, and js-yaml reads it: errors and their messages are always
// js-yaml's. Plain scalars are resolved by the schema's own types (yaml-schema.ts), so
// `yes`, `0x1F`, `1e3` or `~` mean here exactly what they mean there. test/simple-yaml.test.ts compares the
// two on every document of the corpus and on mutated documents.

/** The answer when a document is outside the subset: read it with js-yaml instead. */
export const NOT_SIMPLE: unique symbol = Symbol('not simple YAML');

/** Thrown inside the reader to give up; never escapes loadSimpleYaml. */
const GIVE_UP = { givingUp: true };

/**
 * The implicit types of the core schema, in the order js-yaml tries them on a plain scalar:
 * the schema's own list (@types/js-yaml does not declare it). Were it ever missing, nothing
 * would be read here and js-yaml would read everything.
 */
const IMPLICIT: readonly yaml.Type[] =
  (KUBERNETES_SCHEMA as unknown as { compiledImplicit?: yaml.Type[] }).compiledImplicit ?? [];
const ENABLED = IMPLICIT.length > 0;

/** Nesting beyond this is left to js-yaml (which refuses documents nested 100 deep). */
const MAX_DEPTH = 50;
/** YAML limits implicit keys to 1024 characters; longer ones are left to js-yaml. */
const MAX_KEY = 1000;

/**
 * The value of the YAML document on lines [start, end), or NOT_SIMPLE. The lines have no
 * line breaks (split on "\n" from text without "\r") and no document markers. The line of
 * every key and item goes into `lineTree` as it is read (the tree line-index.ts would
 * build from the lines later, at no extra pass); on NOT_SIMPLE, what it holds is partial.
 */
export function loadSimpleYaml(
  lines: readonly string[],
  start: number,
  end: number,
  lineTree: LineNode = { line: 0 },
): unknown {
  if (!ENABLED) return NOT_SIMPLE;
  const reader = new Reader(lines, start, end);
  try {
    return reader.document(lineTree);
  } catch (e) {
    if (e === GIVE_UP) return NOT_SIMPLE;
    throw e;
  }
}

/**
 * Whether js-yaml might refuse characters of this text (it rejects non-printable ones in
 * scalars): then no document of it is read here. js-yaml's own pattern.
 */
export function hasUnprintable(text: string): boolean {
  return UNPRINTABLE.test(text);
}

const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const COMMA = 44;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

/**
 * Characters that may not start a plain scalar here (YAML indicators, or what this reader
 * leaves to js-yaml). "-" is handled apart: it may start one when a non-space follows.
 */
const NOT_PLAIN_START = asciiTable('?:,[]{}#&*!|>\'"%@`');

/** First characters of plain scalars that a type other than string may claim. */
const MAY_RESOLVE = asciiTable('-+.0123456789~nNtTfFyYoO');

/**
 * A set of ASCII characters as a table by character code, read with `inTable`: every key and
 * plain value of a scan asks one or two of these, and an index costs less than a Set's hash
 * lookup (about 1% of a 10k scan's samples went to the lookups).
 */
function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Whether the character `c` is in `table` (never, past ASCII). */
function inTable(table: Uint8Array, c: number): boolean {
  return c < 128 && table[c] === 1;
}

function giveUp(): never {
  throw GIVE_UP;
}

class Reader {
  private i: number;
  /** The indentation of line i once nextContent has found it. */
  private col = 0;
  /** The line nextContent found last (its indentation is `col`). */
  private contentAt = -1;
  private depth = 0;

  constructor(
    private readonly lines: readonly string[],
    start: number,
    private readonly end: number,
  ) {
    this.i = start;
  }

  document(root: LineNode): unknown {
    const value = this.block(-1, false, root);
    // Anything left over (less indented than what came first) is not this reader's.
    if (this.nextContent() < this.end) giveUp();
    return value;
  }

  /**
   * Moves to the next line with content (not blank, not a comment) and returns its index,
   * or `end`. Gives up on tabs in indentation.
   */
  private nextContent(): number {
    // Asked again before moving on (a mapping's loop, then the block it calls): known.
    if (this.i === this.contentAt) return this.i;
    const { lines, end } = this;
    for (; this.i < end; this.i++) {
      const line = lines[this.i];
      const col = indentOf(line);
      if (col === line.length) continue;
      const c = line.charCodeAt(col);
      if (c === HASH) continue;
      if (c === 9 /* tab */ || c === 37 /* % */) giveUp();
      // What starts like a document marker at the margin is js-yaml's to judge.
      if (col === 0 && (line.startsWith('---') || line.startsWith('...'))) giveUp();
      this.col = col;
      this.contentAt = this.i;
      return this.i;
    }
    return this.i;
  }

  /**
   * A value that starts on a later line (after `key:` or `-` with nothing after): a mapping
   * or sequence indented more than `parent`, a sequence at `parent` itself when it is a
   * mapping's value (`seqAtParent`), or null when there is none.
   */
  private block(parent: number, seqAtParent: boolean, node: LineNode): unknown {
    const at = this.nextContent();
    if (at >= this.end) return null;
    const line = this.lines[at];
    const col = this.col;
    if (isItem(line, col)) {
      if (col > parent || (seqAtParent && col === parent)) return this.sequence(col, node);
      return null;
    }
    if (col <= parent) return null;
    if (keyEnd(line, col) < 0) giveUp(); // a scalar on its own line: left to js-yaml
    return this.mapping(col, -1, node);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) giveUp();
  }

  /**
   * The mapping whose keys are at column `col`. `firstLine` >= 0: its first key is on that
   * line after a sequence item's dash (`- key: value`), so not at the line's indentation.
   */
  private mapping(col: number, firstLine: number, node: LineNode): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    const kids: Record<string, LineNode | number> = {};
    node.keyed = kids;
    for (let first = firstLine >= 0; ; first = false) {
      let at: number;
      if (first) at = firstLine;
      else {
        at = this.nextContent();
        if (at >= this.end) break;
        const indent = this.col;
        if (indent < col) break;
        if (indent > col) giveUp();
      }
      const line = this.lines[at];
      if (isItem(line, col)) {
        // A sequence at a mapping's key column is only a key's value (handled there).
        giveUp();
      }
      const colon = keyEnd(line, col);
      if (colon < 0) giveUp();
      const key = keyText(line, col, colon);
      if (key === '__proto__' || key === '<<' || Object.hasOwn(map, key)) giveUp();
      this.i = at + 1;
      // The value: on this line, or on the next ones when nothing but a comment follows
      // (where a mapping's value may be a sequence at the mapping's own column). "#" right
      // after the colon needs the space that keyEnd saw: a comment.
      const valueAt = skipSpaces(line, colon + 1);
      if (valueAt === line.length || line.charCodeAt(valueAt) === HASH) {
        const child: LineNode = { line: at + 1 };
        kids[key] = child;
        map[key] = this.block(col, true, child);
      } else {
        kids[key] = at + 1;
        map[key] = this.inlineScalar(line, valueAt, col);
      }
    }
    this.depth--;
    return map;
  }

  /** The sequence whose dashes are at column `col`. */
  private sequence(col: number, node: LineNode): unknown[] {
    this.enter();
    const list: unknown[] = [];
    const items: (LineNode | number)[] = [];
    node.items = items;
    for (;;) {
      const at = this.nextContent();
      if (at >= this.end) break;
      const line = this.lines[at];
      const indent = this.col;
      if (indent < col) break;
      if (indent > col) giveUp();
      // A key at the dashes' column ends a sequence that is a mapping's value.
      if (!isItem(line, col)) break;
      const content = skipSpaces(line, col + 1);
      this.i = at + 1;
      if (content === line.length || line.charCodeAt(content) === HASH) {
        const child: LineNode = { line: at + 1 };
        items.push(child);
        const value = this.block(col, false, child);
        // js-yaml reads a dash further left after an empty item as this sequence's next
        // item (`- a:\n  -\n- b` gives a: [null, b]); YAML and Kubernetes do not. Such a
        // document goes the js-yaml way, where empty-item.ts checks the reading.
        if (value === null && this.nextContent() < this.end && this.col < col) {
          if (isItem(this.lines[this.i], this.col)) giveUp();
        }
        list.push(value);
      } else if (isItem(line, content)) {
        giveUp(); // `- - x`
      } else if (keyEnd(line, content) >= 0) {
        const child: LineNode = { line: at + 1 };
        items.push(child);
        list.push(this.mapping(content, at, child));
      } else {
        items.push(at + 1);
        list.push(this.inlineScalar(line, content, col));
      }
    }
    this.depth--;
    return list;
  }

  /** A scalar (or empty flow collection) that starts at `at` of `line` and ends with it. */
  private inlineScalar(line: string, at: number, parent: number): unknown {
    const c = line.charCodeAt(at);
    if (c === DQUOTE) return doubleQuoted(line, at);
    if (c === SQUOTE) return singleQuoted(line, at);
    if (c === 124 /* | */) return this.literal(line, at, parent);
    if (c === 91 /* [ */) return flowSequence(line, at);
    if (c === 123 /* { */) return emptyMapping(line, at);
    return this.plain(line, at, parent);
  }

  /**
   * A plain scalar that starts at `at` of `line`, with the lines after it that continue it:
   * those indented more than `parent` (generated CRDs wrap their descriptions so). As
   * js-yaml folds them: one line break becomes a space, and n blank lines n line breaks.
   * A continuation line that could read as anything but text gives up.
   */
  private plain(line: string, at: number, parent: number): unknown {
    const first = plainText(line, at);
    const { lines, end } = this;
    let text: string | undefined;
    let blank = 0;
    for (let k = this.i; k < end; k++) {
      const next = lines[k];
      const indent = indentOf(next);
      if (indent === next.length) {
        blank++;
        continue;
      }
      // A comment ends the scalar; a line indented under it after that is not this reader's
      // (the mapping or sequence that holds the scalar gives up on it).
      if (indent <= parent || first.commented || next.charCodeAt(indent) === HASH) break;
      const piece = continuationText(next, indent);
      text = (text ?? first.raw) + (blank === 0 ? ' ' : '\n'.repeat(blank)) + piece;
      blank = 0;
      this.i = k + 1;
    }
    const raw = text ?? first.raw;
    return inTable(MAY_RESOLVE, line.charCodeAt(at)) ? resolvePlain(raw) : raw;
  }

  /** A literal block scalar (`|` or `|-`) whose header is at `at`; its lines follow. */
  private literal(line: string, at: number, parent: number): string {
    let p = at + 1;
    let strip = false;
    if (p < line.length && line.charCodeAt(p) === DASH) {
      strip = true;
      p++;
    }
    // Keep (`|+`), explicit indentation (`|2`) and anything else after the header: js-yaml.
    const rest = skipSpaces(line, p);
    if (rest < line.length && !(line.charCodeAt(rest) === HASH && rest > p)) giveUp();
    const { lines, end } = this;
    let k = this.i;
    // The first line with content sets the indentation; blank lines before it are left to
    // js-yaml (their spaces have rules of their own).
    if (k >= end) return '';
    const firstIndent = indentOf(lines[k]);
    if (firstIndent === lines[k].length) giveUp();
    if (firstIndent <= parent) {
      // No content: an empty scalar, and the next line belongs to the parent.
      return '';
    }
    if (lines[k].charCodeAt(firstIndent) === 9) giveUp();
    const n = firstIndent;
    const parts: string[] = [];
    let blankRun = 0;
    for (; k < end; k++) {
      const text = lines[k];
      const indent = indentOf(text);
      if (indent === text.length) {
        // A line of spaces only: more than the indentation would be content of spaces.
        if (text.length > n) giveUp();
        blankRun++;
        continue;
      }
      if (indent < n) break;
      for (; blankRun > 0; blankRun--) parts.push('');
      parts.push(text.slice(n));
    }
    // Trailing blank lines belong to no one (clip and strip both drop them).
    this.i = k - blankRun;
    const body = parts.join('\n');
    return strip ? body : `${body}\n`;
  }
}

// Every character is read within the line's bounds: a charCodeAt past the end (NaN) makes
// V8 deoptimize the function, and its next optimized code then calls the generic built-in
// for every character instead of reading it inline (blank lines and `key:` at the end of a
// line would otherwise do that in every file).

function indentOf(line: string): number {
  const n = line.length;
  let i = 0;
  while (i < n && line.charCodeAt(i) === SPACE) i++;
  return i;
}

function skipSpaces(line: string, from: number): number {
  const n = line.length;
  let i = from;
  while (i < n && line.charCodeAt(i) === SPACE) i++;
  return i;
}

/** A sequence item's dash at `col`: "-" then a space or the end of the line. */
function isItem(line: string, col: number): boolean {
  return (
    line.charCodeAt(col) === DASH && (col + 1 === line.length || line.charCodeAt(col + 1) === SPACE)
  );
}

/**
 * Where the colon of a `key: value` line whose key starts at `at` is; -1 when the line is
 * not a simple key (then it is a scalar, or something left to js-yaml).
 */
function keyEnd(line: string, at: number): number {
  const c = line.charCodeAt(at);
  if (c === DQUOTE || c === SQUOTE) {
    const close = line.indexOf(c === DQUOTE ? '"' : "'", at + 1);
    if (close < 0) return -1;
    const colon = skipSpaces(line, close + 1);
    return colon < line.length && line.charCodeAt(colon) === COLON && isSeparated(line, colon + 1)
      ? colon
      : -1;
  }
  if (inTable(NOT_PLAIN_START, c) || c === 9 || isItem(line, at)) return -1;
  let colon = line.indexOf(':', at);
  while (colon >= 0 && !isSeparated(line, colon + 1)) colon = line.indexOf(':', colon + 1);
  return colon;
}

/** The end of the line or a space: what makes a colon a mapping indicator. */
function isSeparated(line: string, at: number): boolean {
  return at === line.length || line.charCodeAt(at) === SPACE;
}

/** The key of a line whose key starts at `at` and whose colon is at `colon`. */
function keyText(line: string, at: number, colon: number): string {
  const c = line.charCodeAt(at);
  if (c === DQUOTE) return doubleQuoted(line.slice(0, colon), at);
  if (c === SQUOTE) return singleQuoted(line.slice(0, colon), at);
  let last = colon;
  while (last > at && line.charCodeAt(last - 1) === SPACE) last--;
  const raw = line.slice(at, last);
  if (raw.length > MAX_KEY || raw.includes(' #') || raw.includes('\t')) giveUp();
  // js-yaml resolves a plain key as any plain scalar, then turns it into a string.
  return inTable(MAY_RESOLVE, c) ? String(resolvePlain(raw)) : raw;
}

/**
 * The text of a plain scalar from `at` to the end of the line or a comment (`commented`:
 * a comment ends it).
 */
function plainText(line: string, at: number): { raw: string; commented: boolean } {
  const c = line.charCodeAt(at);
  if (inTable(NOT_PLAIN_START, c)) giveUp();
  if (c === DASH && (at + 1 === line.length || line.charCodeAt(at + 1) === SPACE)) giveUp();
  // One pass up to a comment (" #"), which ends the scalar: a colon that makes a mapping
  // indicator (`a: b: c`) or a tab before it is js-yaml's to judge. (Every plain value of a
  // scan comes here; this took four searches in the runtime: a comment, ": ", ":" at the
  // end and a tab.) A ": " whose space is only trailing would end in ":" once trimmed: left
  // to js-yaml either way.
  const n = line.length;
  let stop = n;
  let commented = false;
  for (let i = at; i < n; i++) {
    const ch = line.charCodeAt(i);
    if (ch === SPACE) {
      if (i + 1 < n && line.charCodeAt(i + 1) === HASH) {
        stop = i;
        commented = true;
        break;
      }
    } else if (ch === COLON) {
      if (i + 1 < n && line.charCodeAt(i + 1) === SPACE) giveUp();
    } else if (ch === 9) giveUp();
  }
  while (stop > at && line.charCodeAt(stop - 1) === SPACE) stop--;
  if (line.charCodeAt(stop - 1) === COLON) giveUp();
  return { raw: line.slice(at, stop), commented };
}

/**
 * The text a plain scalar's continuation line adds, its content starting at `at`. Lines that
 * start with an indicator, hold a comment or a mapping's colon, or a tab are js-yaml's: what
 * they mean there is more than text.
 */
function continuationText(line: string, at: number): string {
  // Read as the scalar's first line is, but a comment here is not this reader's either.
  const { raw, commented } = plainText(line, at);
  if (commented) giveUp();
  return raw;
}

/**
 * A plain scalar's value by the core schema's types, as js-yaml resolves it. Manifests
 * repeat the same few plain words and numbers (`name`, `true`, `80`) over and over, and
 * each would be tried against every type: the answers (all primitives) are remembered.
 */
function resolvePlain(raw: string): unknown {
  // Long scalars are never remembered (see MAX_REMEMBERED_LENGTH): not looked up either.
  const remembers = raw.length <= MAX_REMEMBERED_LENGTH;
  if (remembers) {
    // Nothing resolves to undefined, so a miss is a miss.
    const known = resolved.get(raw);
    if (known !== undefined) return known;
  }
  let value: unknown = raw;
  for (const type of IMPLICIT) {
    if (type.resolve(raw)) {
      value = type.construct(raw);
      break;
    }
  }
  // Only primitives may be shared between documents (a schema with timestamps would make
  // Date objects, which a rule could never change but which are objects all the same).
  if (
    remembers &&
    resolved.size < MAX_RESOLVED &&
    value !== undefined &&
    (typeof value !== 'object' || value === null)
  )
    resolved.set(raw, value);
  return value;
}

const resolved = new Map<string, unknown>();
/** Enough for the words and numbers a repository repeats; the rest is resolved each time. */
const MAX_RESOLVED = 4096;
/**
 * Only short scalars are remembered: a longer one may be V8's slice of its file's text,
 * and keeping it would keep the whole file alive for as long as the process runs.
 */
const MAX_REMEMBERED_LENGTH = 12;

/** What may follow a quoted scalar or empty collection on its line: spaces, a comment. */
function endsLine(line: string, from: number): boolean {
  const at = skipSpaces(line, from);
  return at === line.length || (line.charCodeAt(at) === HASH && at > from);
}

/** `"..."` on one line without escapes (escapes are js-yaml's). */
function doubleQuoted(line: string, at: number): string {
  const close = line.indexOf('"', at + 1);
  if (close < 0 || !endsLine(line, close + 1)) giveUp();
  const text = line.slice(at + 1, close);
  if (text.includes('\\')) giveUp();
  return text;
}

/** `'...'` on one line, with `''` for a quote. */
function singleQuoted(line: string, at: number): string {
  const [text, close] = singleQuotedText(line, at);
  if (!endsLine(line, close + 1)) giveUp();
  return text;
}

/** The text of the single-quoted scalar that starts at `at`, and where its closing quote is. */
function singleQuotedText(line: string, at: number): [string, number] {
  let text = '';
  let from = at + 1;
  for (;;) {
    const q = line.indexOf("'", from);
    if (q < 0) giveUp();
    if (q + 1 < line.length && line.charCodeAt(q + 1) === SQUOTE) {
      text += line.slice(from, q + 1);
      from = q + 2;
      continue;
    }
    return [text + line.slice(from, q), q];
  }
}

/** `{}`; any other flow mapping is js-yaml's. */
function emptyMapping(line: string, at: number): Record<string, never> {
  const close = skipSpaces(line, at + 1);
  if (line.charCodeAt(close) !== CLOSE_BRACE || !endsLine(line, close + 1)) giveUp();
  return {};
}

/** Characters that end a plain item of a flow sequence, or that this reader leaves to js-yaml there. */
const NOT_IN_FLOW_ITEM = /[[\]{}#"':\t]/;

/**
 * A flow sequence on one line whose items are scalars: `[]`, `[a, b]`, `["*"]`. Nested
 * collections, implicit keys, empty items and a trailing comma are js-yaml's.
 */
function flowSequence(line: string, at: number): unknown[] {
  const items: unknown[] = [];
  let p = skipSpaces(line, at + 1);
  if (line.charCodeAt(p) === CLOSE_BRACKET) {
    if (!endsLine(line, p + 1)) giveUp();
    return items;
  }
  for (;;) {
    const c = line.charCodeAt(p);
    let after: number;
    if (c === DQUOTE) {
      const close = line.indexOf('"', p + 1);
      if (close < 0) giveUp();
      const text = line.slice(p + 1, close);
      if (text.includes('\\')) giveUp();
      items.push(text);
      after = close + 1;
    } else if (c === SQUOTE) {
      const [text, close] = singleQuotedText(line, p);
      items.push(text);
      after = close + 1;
    } else {
      let q = p;
      while (
        q < line.length &&
        line.charCodeAt(q) !== COMMA &&
        line.charCodeAt(q) !== CLOSE_BRACKET
      )
        q++;
      let last = q;
      while (last > p && line.charCodeAt(last - 1) === SPACE) last--;
      const raw = line.slice(p, last);
      if (
        raw === '' ||
        inTable(NOT_PLAIN_START, c) ||
        (c === DASH && (raw.length === 1 || raw.charCodeAt(1) === SPACE)) ||
        NOT_IN_FLOW_ITEM.test(raw)
      )
        giveUp();
      items.push(inTable(MAY_RESOLVE, c) ? resolvePlain(raw) : raw);
      after = q;
    }
    p = skipSpaces(line, after);
    const separator = line.charCodeAt(p);
    if (separator === CLOSE_BRACKET) {
      if (!endsLine(line, p + 1)) giveUp();
      return items;
    }
    if (separator !== COMMA) giveUp();
    p = skipSpaces(line, p + 1);
    if (line.charCodeAt(p) === CLOSE_BRACKET || line.charCodeAt(p) === COMMA) giveUp();
  }
}
