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
    for (let i = 0; i < coll.length; i++) if (celEquals(v, coll[i])) return true;
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

// The operations compiled checks call, one per construct (cel-fast.ts emits the calls).

/** Values that are neither maps nor lists nor something else the fast path does not know:
 * optional selects and indexes on them give none, and has() false. */
function hasNoFields(v: unknown): boolean {
  const t = typeof v;
  return v === null || t === 'string' || t === 'number' || t === 'bigint' || t === 'boolean';
}

/** `v.f`; after an optional select it stays optional. */
export function select(v: unknown, f: string): unknown {
  if (v instanceof Optional) {
    if (v.value === undefined) return NONE;
    const x = isMap(v.value) && Object.hasOwn(v.value, f) ? v.value[f] : undefined;
    return x === undefined ? bail() : new Optional(x);
  }
  const x = isMap(v) && Object.hasOwn(v, f) ? v[f] : undefined;
  return x === undefined ? bail() : x;
}

/** `v.?f`: none wherever the field cannot be had. */
export function optionalSelect(v: unknown, f: string): Optional {
  if (v instanceof Optional) {
    if (v.value === undefined) return NONE;
    v = v.value;
  }
  if (isMap(v)) return Object.hasOwn(v, f) ? optionalOf(v[f]) : NONE;
  return hasNoFields(v) || Array.isArray(v) ? NONE : bail();
}

/** `v[k]`. */
export function index(v: unknown, k: unknown): unknown {
  if (v instanceof Optional) return bail();
  const x = entry(v, k);
  return x === undefined ? bail() : x;
}

/** `v[?k]`: none wherever the entry cannot be had. */
export function optionalIndex(v: unknown, k: unknown): Optional {
  if (v instanceof Optional) {
    if (v.value === undefined) return NONE;
    v = v.value;
  }
  if (Array.isArray(v)) {
    const i = typeof k === 'bigint' ? Number(k) : k;
    return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? optionalOf(v[i]) : NONE;
  }
  if (isMap(v)) return typeof k === 'string' && Object.hasOwn(v, k) ? optionalOf(v[k]) : NONE;
  return hasNoFields(v) ? NONE : bail();
}

/** `has(v.f)`. */
export function hasField(v: unknown, f: string): boolean {
  if (isMap(v)) return Object.hasOwn(v, f) && v[f] !== undefined;
  return hasNoFields(v) || Array.isArray(v) ? false : bail();
}

/** A map literal from its keys and values in turn; repeated or non-string keys bail. */
export function mapOf(kv: readonly unknown[]): Record<string, unknown> {
  // No prototype: a key like "__proto__" stays a key.
  const out = Object.create(null) as Record<string, unknown>;
  for (let i = 0; i < kv.length; i += 2) {
    const key = kv[i];
    if (typeof key !== 'string' || Object.hasOwn(out, key)) return bail();
    out[key] = kv[i + 1];
  }
  return out;
}

/** A condition or logical operand: only a bool decides in the fast path. */
export const bool = (v: unknown): boolean => (typeof v === 'boolean' ? v : bail());
export const not = (v: unknown): boolean => (typeof v === 'boolean' ? !v : bail());
export function negate(v: unknown): unknown {
  return typeof v === 'bigint' ? checkedInt(-v) : typeof v === 'number' ? -v : bail();
}

export const lt = (a: unknown, b: unknown): boolean =>
  comparable(a, b) ? (a as number) < (b as number) : bail();
export const le = (a: unknown, b: unknown): boolean =>
  comparable(a, b) ? (a as number) <= (b as number) : bail();
export const gt = (a: unknown, b: unknown): boolean =>
  comparable(a, b) ? (a as number) > (b as number) : bail();
export const ge = (a: unknown, b: unknown): boolean =>
  comparable(a, b) ? (a as number) >= (b as number) : bail();

export function add(a: unknown, b: unknown): unknown {
  const t = typeof a;
  if (t !== typeof b) return bail();
  if (t === 'string') return (a as string) + (b as string);
  if (t === 'bigint') return checkedInt((a as bigint) + (b as bigint));
  if (t === 'number') return (a as number) + (b as number);
  // Lists are never changed once made: an empty side gives the other one itself (concat is
  // a slow built-in, and rules join a list with an empty one all the time).
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === 0 ? b : b.length === 0 ? a : a.concat(b);
  return bail();
}

export function subtract(a: unknown, b: unknown): unknown {
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkedInt(a - b);
  return typeof a === 'number' && typeof b === 'number' ? a - b : bail();
}

/** `int(v)` where the answer is certain: an int, or a double that is a whole number in range. */
export function toInt(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 63
    ? BigInt(v)
    : bail();
}

export function toDouble(v: unknown): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : bail();
}

/** The elements a macro ranges over: a list's items, a map's keys. */
export function rangeOf(v: unknown): readonly unknown[] {
  if (Array.isArray(v)) return v;
  return isMap(v) ? Object.keys(v) : bail();
}

// CEL's quantifiers are commutative over errors: one element that decides wins over
// another's error; with no deciding element, an error (or a bail) is the answer.
function quantify(v: unknown, pred: (x: unknown) => unknown, decides: boolean): boolean {
  let unsure = false;
  const items = rangeOf(v);
  for (let i = 0; i < items.length; i++) {
    let p: unknown;
    try {
      p = pred(items[i]);
    } catch {
      unsure = true;
      continue;
    }
    if (p === decides) return decides;
    if (p !== !decides) unsure = true;
  }
  return unsure ? bail() : !decides;
}
export const exists = (v: unknown, pred: (x: unknown) => unknown): boolean =>
  quantify(v, pred, true);
export const all = (v: unknown, pred: (x: unknown) => unknown): boolean =>
  quantify(v, pred, false);

/** `filter`, and the three-argument `map` (filter, then transform). */
export function filterMap(
  v: unknown,
  pred: (x: unknown) => unknown,
  transform?: (x: unknown) => unknown,
): unknown[] {
  const out: unknown[] = [];
  const items = rangeOf(v);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    const p = pred(x);
    if (p === true) out.push(transform ? transform(x) : x);
    else if (p !== false) return bail();
  }
  return out;
}

export function mapList(v: unknown, transform: (x: unknown) => unknown): unknown[] {
  const items = rangeOf(v);
  const out = new Array<unknown>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = transform(items[i]);
  return out;
}

export function orValue(v: unknown, d: unknown): unknown {
  if (!(v instanceof Optional)) return bail();
  return v.value === undefined ? d : v.value;
}
export const hasValue = (v: unknown): boolean =>
  v instanceof Optional ? v.value !== undefined : bail();

export const str = (v: unknown): string => (typeof v === 'string' ? v : bail());
/** An int argument as a string position. */
const position = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : bail());

export function substring(v: unknown, from: unknown, to?: unknown): string {
  const s = str(v);
  const start = position(from);
  const end = to === undefined ? s.length : position(to);
  if (start < 0 || start > s.length || end < start || end > s.length) return bail();
  return s.substring(start, end);
}

export function split(v: unknown, separator: unknown, limit?: unknown): string[] {
  const s = str(v);
  const sep = str(separator);
  if (limit === undefined) return s.split(sep);
  const n = position(limit);
  if (n === 0) return [];
  const parts = s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  // At most n parts: the last keeps the rest of the string.
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

export function join(v: unknown, separator?: unknown): string {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return bail();
  return v.join(separator === undefined ? '' : str(separator));
}

/** `v.?f1.?f2...orValue(d)` in one walk, without the optionals in between. */
export function pathOr(v: unknown, fields: readonly string[], d: unknown): unknown {
  if (v instanceof Optional) {
    if (v.value === undefined) return d;
    v = v.value;
  }
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (isMap(v)) {
      v = Object.hasOwn(v, f) ? v[f] : undefined;
      if (v === undefined) return d;
    } else if (hasNoFields(v) || Array.isArray(v)) return d;
    else return bail();
  }
  return v;
}

/** `v in [string literals]`: a set lookup for a string, the general rule otherwise. */
export function inStrings(v: unknown, set: ReadonlySet<string>, list: readonly string[]): boolean {
  return typeof v === 'string' ? set.has(v) : celIn(v, list);
}
