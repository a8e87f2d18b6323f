// The Kubernetes regex library (library/regex.go): find and findAll. Patterns are RE2 in
// Kubernetes; JavaScript's syntax covers the common subset. RE2's leading inline flags
// (`(?i)`, `(?s)`, `(?m)`) are turned into JavaScript flags, since Node 20 rejects them.
import type { Environment } from '@marcbachmann/cel-js';
import { celError } from './values.js';

const INLINE_FLAGS = /^\(\?([ims]+)\)/;

function compile(pattern: string): RegExp {
  const inline = INLINE_FLAGS.exec(pattern);
  const flags = 'gu' + (inline ? inline[1] : '');
  const source = inline ? pattern.slice(inline[0].length) : pattern;
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw celError(`error parsing regexp: ${(e as Error).message}`);
  }
}

/** Go's FindAllString: successive non-overlapping matches, where an empty match right
 * after the previous match is skipped; a negative limit means all, zero means none. */
function findAll(s: string, pattern: string, limit: bigint = -1n): string[] {
  const re = compile(pattern);
  const found: string[] = [];
  if (limit === 0n) return found;
  let previousEnd = -1;
  for (const m of s.matchAll(re)) {
    if (m[0] === '' && m.index === previousEnd) continue;
    found.push(m[0]);
    previousEnd = m.index + m[0].length;
    if (limit > 0n && BigInt(found.length) >= limit) break;
  }
  return found;
}

function find(s: string, pattern: string): string {
  return findAll(s, pattern, 1n)[0] ?? '';
}

export function registerRegex(env: Environment): void {
  env
    .registerFunction('string.find(string): string', find)
    .registerFunction('string.findAll(string): list<string>', (s: string, p: string) =>
      findAll(s, p),
    )
    .registerFunction('string.findAll(string, int): list<string>', findAll);
}
