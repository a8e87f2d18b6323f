// string.format (cel-go ext.Strings version 1+): printf-style clauses %s %d %f %b %x %X
// %o and %%, with an optional precision for %f (`%.2f`). %e is not supported: cel-go
// prints it through a locale-aware printer whose output is not reproduced here.
import { celError, describe, isCelMap } from './values.js';

const CLAUSE = /%(?:\.(\d+))?([a-zA-Z%])?/g;

function asDouble(v: unknown, clause: string): number {
  if (typeof v === 'number') return v;
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  throw celError(
    `error during formatting: fixed-point clause can only be used on doubles, was given ${describe(v)} (${clause})`,
  );
}

function fixed(v: unknown, precision: number): string {
  const d = asDouble(v, '%f');
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? 'Infinity' : '-Infinity';
  return d.toFixed(precision);
}

function integer(v: unknown, clause: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'object' && v !== null && 'value' in v && typeof v.value === 'bigint') {
    return v.value; // uint
  }
  throw celError(
    `error during formatting: ${clause} clause can only be used on integers, was given ${describe(v)}`,
  );
}

function radix(v: unknown, base: number, clause: string): string {
  if (base === 2 && typeof v === 'boolean') return v ? '1' : '0';
  if (base === 16 && typeof v === 'string') {
    return Buffer.from(v, 'utf8').toString('hex');
  }
  if (base === 16 && v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  const n = integer(v, clause);
  return n < 0n ? '-' + (-n).toString(base) : n.toString(base);
}

function doubleAsString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? '+Inf' : '-Inf';
  return String(d);
}

/** %s: strings as they are, other scalars as string() would convert them; inside lists
 * and maps strings are quoted, as cel-go prints them. */
function asString(v: unknown, nested: boolean): string {
  if (typeof v === 'string') return nested ? JSON.stringify(v) : v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return doubleAsString(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return '[' + v.map((x) => asString(x, true)).join(', ') + ']';
  if (isCelMap(v)) {
    const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
    const parts = entries.map(([k, x]) => [asString(k, true), asString(x, true)]);
    parts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return '{' + parts.map(([k, x]) => `${k}:${x}`).join(', ') + '}';
  }
  if (typeof v === 'object' && 'value' in v && typeof v.value === 'bigint') return String(v.value);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  throw celError(
    `error during formatting: string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given ${describe(v)}`,
  );
}

export function formatString(template: string, args: unknown[]): string {
  let next = 0;
  const take = (): unknown => {
    if (next >= args.length) {
      throw celError(`index ${next} out of range`);
    }
    return args[next++];
  };
  return template.replace(CLAUSE, (_whole, precision: string | undefined, verb?: string) => {
    switch (verb) {
      case '%':
        return '%';
      case 's':
        return asString(take(), false);
      case 'd':
        return String(integer(take(), 'decimal'));
      case 'f':
        return fixed(take(), precision === undefined ? 6 : Number(precision));
      case 'b':
        return radix(take(), 2, 'binary');
      case 'o':
        return radix(take(), 8, 'octal');
      case 'x':
        return radix(take(), 16, 'hex');
      case 'X':
        return radix(take(), 16, 'hex').toUpperCase();
      default:
        throw celError(
          `could not parse formatting clause: unrecognized formatting clause "${verb ?? ''}"`,
        );
    }
  });
}
