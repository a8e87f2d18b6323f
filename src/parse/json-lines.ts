import type { LineLocator } from '../model/types.js';
import { indexedLocator, KEY_SEPARATOR } from './line-index.js';

// Lines for JSON files without a second, position-keeping parse: JSON.parse has already
// accepted the text, so one pass over its characters can record where each key and each
// array item starts. Same answers as a tree walk: a key's line for a mapping entry, the
// item's first line for an array entry, the nearest existing parent otherwise.

interface Container {
  array: boolean;
  key: string;
  index: number;
}

function childKey(parent: string, segment: string | number): string {
  return parent === '' ? String(segment) : parent + KEY_SEPARATOR + String(segment);
}

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

/** Maps path keys to 1-based lines for valid JSON text. */
export function indexJsonLines(text: string): Map<string, number> {
  const index = new Map<string, number>();
  const record = (key: string, line: number) => {
    if (!index.has(key)) index.set(key, line);
  };
  const stack: Container[] = [];
  let line = 1;
  /** Path of the value about to start (set by a key, by "," or "[" in an array). */
  let pending = '';
  let expectingValue = true;
  let shadowed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xfeff) continue;
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (top && !top.array && !expectingValue) {
        // A key: its line is the entry's line.
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        pending = childKey(top.key, key);
        // A repeated key: lookups find the first entry, so what the repeat holds is
        // recorded under a path no lookup can name.
        if (index.has(pending)) pending = `\u0001${shadowed++}`;
        else record(pending, line);
        expectingValue = true;
      } else {
        if (top?.array) record(pending, line);
        expectingValue = false;
      }
      i = end;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (top?.array) record(pending, line);
      const array = c === 91;
      stack.push({ array, key: pending, index: 0 });
      if (array) pending = childKey(pending, 0);
      expectingValue = array;
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectingValue = false;
      continue;
    }
    if (c === 44 /* , */) {
      if (top?.array) {
        top.index++;
        pending = childKey(top.key, top.index);
        expectingValue = true;
      } else expectingValue = false;
      continue;
    }
    if (c === 58 /* : */) continue;
    // A number, true, false or null: runs to the next delimiter.
    if (expectingValue) {
      if (top?.array) record(pending, line);
      expectingValue = false;
    }
    while (i + 1 < text.length && !endsScalar(text.charCodeAt(i + 1))) i++;
  }
  return index;
}

/** Whitespace, ",", "]" or "}": what can follow a number or a literal. */
function endsScalar(c: number): boolean {
  return c === 32 || c === NEWLINE || c === 13 || c === 9 || c === 44 || c === 93 || c === 125;
}

/** Index of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length - 1;
    let backslashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}

/** Locator for a JSON file, indexed on the first lookup. */
export function jsonLocator(text: string): LineLocator {
  // The root value's line: where the first non-blank character is.
  const rootLine = text.slice(0, Math.max(0, text.search(/\S/))).split('\n').length;
  return indexedLocator(() => indexJsonLines(text), rootLine);
}
