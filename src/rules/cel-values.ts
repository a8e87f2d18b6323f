// The values compiled checks (cel-fast.ts) compute with, and the operations on them, each
// defined only where its answer is certain to be the CEL interpreter's answer. Anywhere
// else an operation throws BAIL, and the check is evaluated again by the interpreter,
// which then decides (a value, or the error that becomes a rule-error finding).
//
// The representation is the interpreter's: int is a bigint, double a number, list an
// array, map a plain object (manifests are JSON) or a map literal built here.

/** Thrown when the fast path cannot be sure of the interpreter's answer. */
export const BAIL: unique symbol = Symbol('bail to the CEL interpreter');

export function bail(): never {
  throw BAIL;
}

/** An optional value; `value === undefined` is the empty optional. */
export class Optional {
  constructor(readonly value: unknown) {}
}
export const NONE = new Optional(undefined);
export const optionalOf = (v: unknown): Optional => (v === undefined ? NONE : new Optional(v));

/** A CEL type value, as `type(x)` returns it and type names like `list` denote it. */
export class CelType {
  constructor(readonly name: string) {}
}
export const TYPES: Readonly<Record<string, CelType>> = Object.freeze(
  Object.fromEntries(
    ['null_type', 'bool', 'int', 'uint', 'double', 'string', 'list', 'map', 'type'].map((n) => [
      n,
      new CelType(n),
    ]),
  ),
);

const proto = Object.getPrototypeOf;

/** A CEL map: a plain object (parsed JSON or a literal built by a compiled check). */
export function isMap(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const p: unknown = proto(v);
  return p === Object.prototype || p === null;
}

/** `type(v)`; other values (optionals, class instances) bail. */
export function typeOf(v: unknown): CelType {
  switch (typeof v) {
    case 'boolean':
      return TYPES.bool;
    case 'bigint':
      return TYPES.int;
    case 'number':
      return TYPES.double;
    case 'string':
      return TYPES.string;
    case 'object':
      if (v === null) return TYPES.null_type;
      if (Array.isArray(v)) return TYPES.list;
      if (v instanceof CelType) return TYPES.type;
      if (isMap(v)) return TYPES.map;
  }
  return bail();
}

/** The interpreter's `==`, for values whose static types it already accepted. */
export function celEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  switch (typeof a) {
    case 'string':
    case 'boolean':
      return false;
    case 'bigint':
    case 'number':
      // Numeric equality across int and double, as the interpreter does for dyn values;
      // JavaScript's loose equality compares a bigint and a number exactly.
      return (typeof b === 'bigint' || typeof b === 'number') && typeof a !== typeof b
        ? looseEquals(a, b)
        : false;
    case 'object': {
      if (typeof b !== 'object' || a === null || b === null) return false;
      const ta = typeOf(a);
      if (ta !== typeOf(b)) return false;
      if (ta === TYPES.list) return listEquals(a as unknown[], b as unknown[]);
      if (ta === TYPES.map)
        return mapEquals(a as Record<string, unknown>, b as Record<string, unknown>);
      return false; // two different type values
    }
  }
  return bail();
}

// eslint-disable-next-line eqeqeq -- see celEquals: exact across bigint and number
const looseEquals = (a: unknown, b: unknown): boolean => a == b;

function listEquals(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!celEquals(a[i], b[i])) return false;
  return true;
}

function mapEquals(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!Object.hasOwn(b, k) || !celEquals(a[k], b[k])) return false;
  return true;
}

/** `a < b` and friends: the interpreter compares with JavaScript's operators too. */
export function comparable(a: unknown, b: unknown): boolean {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb) return ta === 'string' || ta === 'bigint' || ta === 'number' || ta === 'boolean';
  return (ta === 'bigint' && tb === 'number') || (ta === 'number' && tb === 'bigint');
}

const MIN_INT = -(2n ** 63n);
const MAX_INT = 2n ** 63n - 1n;
/** An int result, or a bail where the interpreter reports an overflow. */
export function checkedInt(v: bigint): bigint {
  return v < MIN_INT || v > MAX_INT ? bail() : v;
}

/** `v in coll`. */
export function celIn(v: unknown, coll: unknown): boolean {
  if (Array.isArray(coll)) {
    for (const x of coll) if (celEquals(v, x)) return true;
    return false;
  }
  if (isMap(coll)) {
    if (typeof v !== 'string') return bail();
    return Object.hasOwn(coll, v) && coll[v] !== undefined;
  }
  return bail();
}

/** `size(v)`: strings count code points. */
export function celSize(v: unknown): bigint {
  if (typeof v === 'string') {
    let n = 0;
    for (const _ of v) n++; // eslint-disable-line @typescript-eslint/no-unused-vars
    return BigInt(n);
  }
  if (Array.isArray(v)) return BigInt(v.length);
  if (isMap(v)) return BigInt(Object.keys(v).length);
  return bail();
}

/** `string(v)`. */
export function celString(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
    case 'bigint':
      return `${v}`;
    case 'number':
      return v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : `${v}`;
  }
  return bail();
}

/** The list index `k` as a position, or a bail when it is not a whole number. */
export function listIndex(k: unknown): number {
  const i = typeof k === 'bigint' ? Number(k) : typeof k === 'number' ? k : NaN;
  return Number.isInteger(i) ? i : bail();
}

/** `recv[key]` on a list or a map; undefined when the entry is missing. */
export function entry(recv: unknown, key: unknown): unknown {
  if (Array.isArray(recv)) {
    const i = listIndex(key);
    return i >= 0 && i < recv.length ? recv[i] : undefined;
  }
  if (isMap(recv)) {
    if (typeof key !== 'string') return bail();
    return Object.hasOwn(recv, key) ? recv[key] : undefined;
  }
  return bail();
}

const regexps = new Map<string, RegExp>();
/** `s.matches(pattern)`, with each pattern compiled once. */
export function celMatches(s: string, pattern: string): boolean {
  let re = regexps.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern);
    } catch {
      return bail(); // the interpreter words the error
    }
    if (regexps.size < 1000) regexps.set(pattern, re);
  }
  return re.test(s);
}
