// Helpers shared by the library files: errors, CEL equality and ordering on the values
// cel-js hands to function handlers (int = bigint, double = number, list = array, map =
// plain object or Map, custom types = class instances).
import type { EvaluationError } from '@marcbachmann/cel-js';
import { loadCelJs } from '../../../util/vendor/cel-js.js';

/** A runtime error with the message the Kubernetes library would give. */
export function celError(message: string): EvaluationError {
  return new (loadCelJs().EvaluationError)(message);
}

/** Values that carry their own equality (Quantity compares by amount, IP by address…). */
export interface CelComparable {
  celEquals(other: unknown): boolean;
}

function hasCelEquals(v: unknown): v is CelComparable {
  return typeof v === 'object' && v !== null && 'celEquals' in v;
}

function mapEntries(v: object): [unknown, unknown][] {
  return v instanceof Map ? [...v.entries()] : Object.entries(v);
}

export function isCelMap(v: unknown): v is Record<string, unknown> | Map<unknown, unknown> {
  if (v instanceof Map) return true;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function numericValue(v: unknown): number | bigint | undefined {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'value' in v && typeof v.value === 'bigint') {
    return v.value; // cel-js UnsignedInt
  }
  return undefined;
}

/** CEL equality: numbers compare across int/uint/double (heterogeneous equality, as
 * cel-go does), lists and maps element-wise, library types by their own rule. */
export function celEquals(a: unknown, b: unknown): boolean {
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== undefined || nb !== undefined) {
    if (na === undefined || nb === undefined) return false;
    // Comparing a bigint with a number is exact in JavaScript (no rounding).
    return na == nb; // eslint-disable-line eqeqeq -- bigint/number cross-type comparison is the point
  }
  if (hasCelEquals(a)) return a.celEquals(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (isDuration(a) && isDuration(b)) return a.seconds === b.seconds && a.nanos === b.nanos;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => celEquals(x, b[i]));
  }
  if (isCelMap(a) || isCelMap(b)) {
    if (!isCelMap(a) || !isCelMap(b)) return false;
    const ea = mapEntries(a);
    const eb = mapEntries(b);
    if (ea.length !== eb.length) return false;
    return ea.every(([k, v]) => eb.some(([k2, v2]) => celEquals(k, k2) && celEquals(v, v2)));
  }
  return a === b;
}

/** Ordering for values CEL can compare with `<`: numbers (across types), strings (by code
 * point), bools, bytes, timestamps and durations. Anything else is an error, as in cel-go. */
export function celCompare(a: unknown, b: unknown): -1 | 0 | 1 {
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== undefined && nb !== undefined) return na < nb ? -1 : na > nb ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (a instanceof Date && b instanceof Date) return sign(a.getTime() - b.getTime());
  if (a instanceof Uint8Array && b instanceof Uint8Array) return compareBytes(a, b);
  if (isDuration(a) && isDuration(b)) {
    return a.seconds !== b.seconds ? (a.seconds < b.seconds ? -1 : 1) : sign(a.nanos - b.nanos);
  }
  throw celError(`no such overload: ${describe(a)} < ${describe(b)}`);
}

export interface DurationLike {
  seconds: bigint;
  nanos: number;
}

/** A cel-js duration (google.protobuf.Duration: seconds and nanos). */
export function isDuration(v: unknown): v is DurationLike {
  return (
    typeof v === 'object' &&
    v !== null &&
    'seconds' in v &&
    typeof v.seconds === 'bigint' &&
    'nanos' in v &&
    typeof v.nanos === 'number'
  );
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Go compares strings byte-wise (UTF-8), which orders like code points, not like UTF-16. */
function compareCodePoints(a: string, b: string): -1 | 0 | 1 {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i].codePointAt(0) ?? 0;
    const y = cb[i].codePointAt(0) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return sign(ca.length - cb.length);
}

function compareBytes(a: Uint8Array, b: Uint8Array): -1 | 0 | 1 {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return sign(a.length - b.length);
}

export function describe(v: unknown): string {
  if (v === null) return 'null_type';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'double';
  if (Array.isArray(v)) return 'list';
  if (isCelMap(v)) return 'map';
  if (typeof v === 'object') return v.constructor.name;
  return typeof v;
}

/** The Unicode code points of a string: CEL indexes strings by code point, JavaScript by
 * UTF-16 unit. */
export function codePoints(s: string): string[] {
  return [...s];
}

/** `isQuantity`, `isIP`, `isURL`…: true exactly when the conversion would succeed. */
export function succeeds<A extends unknown[]>(convert: (...args: A) => unknown) {
  return (...args: A): boolean => {
    try {
      convert(...args);
      return true;
    } catch {
      return false;
    }
  };
}
