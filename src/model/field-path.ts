import type { FieldPath, PathSegment } from './types.js';

/**
 * Where a rule's path starts: the element, the resource's root, the pod spec, or the pod
 * template's metadata (the Pod's own for a Pod), where legacy per-container annotations live.
 */
export type FieldScope = 'element' | 'object' | 'pod' | 'podMeta';

/**
 * Parses the rule path syntax: `a.b[0].c`, `metadata.labels["x.io/y"]`, with an optional
 * scope prefix (`$object.`, `$pod.` or `$podMeta.`) that the caller resolves.
 */
export function parseFieldPath(text: string): {
  scope: FieldScope;
  path: PathSegment[];
} {
  let rest = text.trim();
  let scope: FieldScope = 'element';
  for (const [prefix, s] of [
    ['$object', 'object'],
    ['$podMeta', 'podMeta'],
    ['$pod', 'pod'],
  ] as const) {
    if (rest === prefix || rest.startsWith(prefix + '.') || rest.startsWith(prefix + '[')) {
      scope = s;
      rest = rest.slice(prefix.length).replace(/^\./, '');
    }
  }
  const path: PathSegment[] = [];
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i];
    if (ch === '.') {
      i++;
    } else if (ch === '[') {
      const close = findClosingBracket(rest, i);
      const inner = rest.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) path.push(Number(inner));
      else path.push(unquote(inner));
      i = close + 1;
    } else {
      let j = i;
      while (j < rest.length && rest[j] !== '.' && rest[j] !== '[') j++;
      path.push(rest.slice(i, j));
      i = j;
    }
  }
  return { scope, path };
}

function findClosingBracket(text: string, open: number): number {
  let quote = '';
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ']') return i;
  }
  throw new Error(`unclosed "[" in field path "${text}"`);
}

function unquote(s: string): string {
  if ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'"))) {
    return s.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return s;
}

const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;

/** The display form of a path: `spec.containers[0].securityContext`, `labels["a.io/b"]`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (SIMPLE_KEY.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Reads a value at a path, or undefined. */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
