import type { FieldPath, LineLocator } from '../model/types.js';

// Positions are resolved lazily and cheaply: instead of building a position-keeping YAML
// tree for every document, one pass over the lines of a document that has a finding
// records the line of every block-style key and sequence item. Kubernetes manifests are
// almost always block style; flow collections (`{...}`, `[...]`) are not descended into,
// so a path inside one resolves to the key that holds the collection.

/** One indexed key or sequence item: its line and what is nested under it. */
export interface LineNode {
  line: number;
  /** Keys, and sequence indexes as strings (as a path's segments are matched). */
  kids?: Map<string, LineNode>;
  /**
   * Where the tree comes from the fast YAML reader: a mapping's children by key, and a
   * sequence's items. A child whose value stands on the key's (or dash's) own line is only
   * that line number, since nothing is nested under it: most keys are such. A node for
   * each, and two lists per mapping, were a third of what parsing allocated (91 MB at 10k,
   * 60 MB without). `Object.hasOwn` reads `keyed` (`constructor` may be a key here).
   */
  keyed?: Record<string, LineNode | number>;
  items?: (LineNode | number)[];
}

/** What a scalar's line leads to: nothing further down. */
const LEAF: LineNode = { line: 0 };

interface Frame {
  col: number;
  /** The node this frame's keys or items are recorded under. */
  node: LineNode;
  seq: boolean;
  index: number;
  /** The node that a deeper, nested line belongs to (last key, or current item). */
  child: LineNode;
}

export const KEY_SEPARATOR = '\u0000';

export function pathKey(path: FieldPath): string {
  return path.join(KEY_SEPARATOR);
}

/**
 * A locator over an index of path keys, built on the first lookup: the line of the path, or
 * of its nearest indexed parent, or `rootLine` when none is.
 */
export function indexedLocator(build: () => Map<string, number>, rootLine: number): LineLocator {
  let index: Map<string, number> | undefined;
  return {
    locate(path: FieldPath) {
      index ??= build();
      // Walk up from the full key by cutting at separators: no per-prefix arrays.
      let key = pathKey(path);
      let exact = true;
      while (key !== '') {
        const line = index.get(key);
        if (line !== undefined) return { line, exact };
        const cut = key.lastIndexOf(KEY_SEPARATOR);
        key = cut < 0 ? '' : key.slice(0, cut);
        exact = false;
      }
      return { line: rootLine, exact: path.length === 0 };
    },
  };
}

/**
 * A locator over a tree of lines (indexDocumentLines), built on the first lookup: the line
 * of the path, or of its nearest indexed parent, or `rootLine` when none is. Walking down
 * the tree needs no joined path strings, neither to build the index nor to look one up.
 */
export function treeIndexLocator(build: () => LineNode, rootLine: number): LineLocator {
  let root: LineNode | undefined;
  return {
    locate(path: FieldPath) {
      root ??= build();
      let node = root;
      let line = rootLine;
      for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        const next =
          typeof segment === 'number' && node.items
            ? node.items[segment]
            : childByKey(node, String(segment));
        if (next === undefined) return { line, exact: false };
        if (typeof next === 'number') {
          node = LEAF;
          line = next;
        } else {
          node = next;
          line = next.line;
        }
      }
      return { line, exact: true };
    },
  };
}

/** A mapping's child `key`: from the fast reader's `keyed`, or the line index's `kids`. */
function childByKey(node: LineNode, key: string): LineNode | number | undefined {
  if (node.keyed) return Object.hasOwn(node.keyed, key) ? node.keyed[key] : undefined;
  return node.kids?.get(key);
}

/** The node for `key` under `parent`; the first line that names a key keeps it. */
function childNode(parent: LineNode, key: string, line: number): LineNode {
  const kids = (parent.kids ??= new Map<string, LineNode>());
  let node = kids.get(key);
  if (!node) {
    node = { line };
    kids.set(key, node);
  }
  return node;
}

/** Where a line's content starts, as trimStart() sees it (spaces first: the usual case). */
function indentOf(raw: string): number {
  // Within bounds: a read past the end would deoptimize (see simple-yaml.ts's indentOf).
  const n = raw.length;
  let i = 0;
  while (i < n && raw.charCodeAt(i) === 32) i++;
  // Other white space (tabs, rare) goes the general way.
  if (i < raw.length && mayBeSpace(raw.charCodeAt(i))) return raw.length - raw.trimStart().length;
  return i;
}

/** False for every character that is not JavaScript white space (`\s`); cheap to ask. */
function mayBeSpace(code: number): boolean {
  return code <= 32 || code === 160 || code >= 5760;
}

/** Where the text from `from` on starts once trimStart() has cut its white space. */
function skipSpace(raw: string, from: number): number {
  const n = raw.length;
  let i = from;
  while (i < n && raw.charCodeAt(i) === 32) i++;
  if (i < raw.length && mayBeSpace(raw.charCodeAt(i)))
    return raw.length - raw.slice(i).trimStart().length;
  return i;
}

/**
 * One pass over a document's lines. The lines are read in place, at offsets, rather than
 * cut into substrings (one line's content, then its text after "- "): indexing runs for
 * nearly every document of a scan, since nearly every one has a finding.
 */
class LineIndexer {
  readonly root: LineNode = { line: 0 };
  private readonly stack: Frame[] = [
    { col: -1, node: this.root, seq: false, index: 0, child: this.root },
  ];
  /** After a key whose value spans lines, lines deeper than this are that value's. */
  skipDeeperThan = -1;

  /** Records the key or item that starts at `col` of `raw` (in the document's line `line`). */
  handle(raw: string, col: number, line: number): void {
    const stack = this.stack;
    while (stack.length > 1 && stack[stack.length - 1].col > col) stack.pop();
    let top = stack[stack.length - 1];
    if (
      raw.charCodeAt(col) === 45 /* - */ &&
      (col + 1 === raw.length || raw.charCodeAt(col + 1) === 32)
    ) {
      let seq: Frame;
      if (top.seq && top.col === col) {
        seq = top;
        seq.index++;
      } else {
        seq = { col, node: top.child, seq: true, index: 0, child: top.child };
        stack.push(seq);
      }
      seq.child = childNode(seq.node, String(seq.index), line);
      const content = skipSpace(raw, col + 1);
      if (content < raw.length && raw.charCodeAt(content) !== 35 /* # */)
        this.handle(raw, content, line);
      return;
    }
    const key = splitKey(raw, col);
    if (key === undefined) return;
    while (stack.length > 1 && top.seq && top.col === col) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    let frame: Frame;
    if (!top.seq && top.col === col) frame = top;
    else {
      frame = { col, node: top.child, seq: false, index: 0, child: top.child };
      stack.push(frame);
    }
    frame.child = childNode(frame.node, key, line);
    if (spansLines(raw, keyEnd)) this.skipDeeperThan = col;
  }
}

/** Indexes the keys and sequence items of the document spanning lines [start, end). */
export function indexDocumentLines(lines: readonly string[], start: number, end: number): LineNode {
  const indexer = new LineIndexer();
  for (let i = start; i < end; i++) {
    const raw = lines[i];
    const col = indentOf(raw);
    if (indexer.skipDeeperThan >= 0) {
      if (col === raw.length || col > indexer.skipDeeperThan) continue;
      indexer.skipDeeperThan = -1;
    }
    if (col === raw.length) continue;
    const first = raw.charCodeAt(col);
    if (first === 35 /* # */) continue;
    if (col === 0 && (raw.startsWith('---') || raw.startsWith('...') || raw.startsWith('%')))
      continue;
    // A tab after the indentation reads as a space (the indentation itself is measured
    // above, and a tab there is one character either way).
    indexer.handle(raw.includes('\t') ? raw.replace(/\t/g, ' ') : raw, col, i + 1);
  }
  return indexer.root;
}

/** A flow collection or quoted scalar that does not close on its own line. */
function opensMultiline(value: string): boolean {
  const v =
    value.startsWith('&') || value.startsWith('!') ? value.replace(/^[&!]\S+\s*/, '') : value;
  if (v.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(v);
  if (v.startsWith("'")) return !/^'(?:[^']|'')*'/.test(v);
  if (v.startsWith('{') || v.startsWith('[')) return !balanced(v);
  return false;
}

function balanced(v: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < v.length; i++) {
    const ch = v[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === '#' && depth === 0) break;
  }
  return depth <= 0;
}

/**
 * Where the value after the key that splitKey last returned starts (just past its colon).
 * Kept here rather than returned beside the key: splitKey runs on nearly every line of a
 * scan, and this way it allocates nothing but the key.
 */
let keyEnd = 0;

/**
 * The key of `key: value` (plain or quoted key) that starts at `at` of `raw`; undefined for
 * anything else. Sets keyEnd.
 */
function splitKey(raw: string, at: number): string | undefined {
  let key: string;
  let after: number;
  const q = raw.charCodeAt(at);
  if (q === 34 /* " */ || q === 39 /* ' */) {
    let i = at + 1;
    while (i < raw.length && raw.charCodeAt(i) !== q)
      i += raw.charCodeAt(i) === 92 /* \\ */ && q === 34 ? 2 : 1;
    if (i >= raw.length) return undefined;
    key = raw.slice(at + 1, i);
    after = i + 1;
    while (after < raw.length && raw.charCodeAt(after) === 32) after++;
    if (after === raw.length || raw.charCodeAt(after) !== 58 /* : */) return undefined;
  } else {
    if (q === 123 /* { */ || q === 91 /* [ */ || raw.startsWith('? ', at)) return undefined;
    let i = raw.indexOf(':', at);
    while (i >= 0 && !(i === raw.length - 1 || raw.charCodeAt(i + 1) === 32))
      i = raw.indexOf(':', i + 1);
    if (i <= at) return undefined;
    key = raw.slice(at, i).trimEnd();
    if (key.includes(' #')) return undefined;
    after = i;
  }
  keyEnd = after + 1;
  return key;
}

/**
 * Whether the value that starts at `from` continues on the next lines: a block scalar
 * ("|", ">"), or a quoted scalar or flow collection left open. Only these first characters
 * can do that, so most values are not cut out of the line at all.
 */
function spansLines(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i === text.length) return false; // nothing after the key on this line
  switch (text[i]) {
    case '|':
    case '>':
      return true;
    case '"':
    case "'":
    case '{':
    case '[':
    case '&':
    case '!':
      return opensMultiline(stripComment(text.slice(i).trim()));
    default: {
      // Other white space (rare) before the value: the general path, as trim() sees it.
      if (!mayBeSpace(text.charCodeAt(i)) || !/^\s/.test(text.slice(i, i + 1))) return false;
      const value = stripComment(text.slice(from).trim());
      return /^[|>]/.test(value) || opensMultiline(value);
    }
  }
}

function stripComment(v: string): string {
  if (v.startsWith('#')) return '';
  const hash = v.indexOf(' #');
  return hash >= 0 && !v.startsWith('"') && !v.startsWith("'") ? v.slice(0, hash).trimEnd() : v;
}
