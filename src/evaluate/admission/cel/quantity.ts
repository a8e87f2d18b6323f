// The Kubernetes quantity library (library/quantity.go) with resource.Quantity semantics:
// exact decimal arithmetic on bigints (value = coefficient × 10^exponent), parsing as
// resource.ParseQuantity does (suffixes, exponents, rounding up to 1n, the int64 cap on
// binary-SI amounts).
import type { Environment } from '@marcbachmann/cel-js';
import { celError, succeeds } from './values.js';

const FORMAT = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const ERR_FORMAT =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const ERR_SUFFIX = "unable to parse quantity's suffix";
const ERR_NUMERIC = 'unable to parse numeric part of quantity';

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIXES: Record<string, bigint> = {
  Ki: 10n,
  Mi: 20n,
  Gi: 30n,
  Ti: 40n,
  Pi: 50n,
  Ei: 60n,
};
/** Exponents beyond this would make bigints of absurd size; Go's int32 bound is far away,
 * but no real manifest gets near this one. */
const MAX_EXPONENT = 10_000;
const MAX_INT64 = 2n ** 63n - 1n;
const MIN_INT64 = -(2n ** 63n);
/** Quantities are rounded up (away from zero) to nano units. */
const NANO_EXPONENT = -9;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

export class Quantity {
  constructor(
    readonly coefficient: bigint,
    readonly exponent: number,
  ) {}

  /** Both quantities' coefficients at the smaller of the two exponents. */
  private aligned(other: Quantity): [bigint, bigint, number] {
    const e = Math.min(this.exponent, other.exponent);
    return [
      this.coefficient * pow10(this.exponent - e),
      other.coefficient * pow10(other.exponent - e),
      e,
    ];
  }

  compare(other: Quantity): -1 | 0 | 1 {
    const [a, b] = this.aligned(other);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  celEquals(other: unknown): boolean {
    return other instanceof Quantity && this.compare(other) === 0;
  }

  plus(other: Quantity): Quantity {
    const [a, b, e] = this.aligned(other);
    return new Quantity(a + b, e);
  }

  times(n: bigint): Quantity {
    return new Quantity(this.coefficient * n, this.exponent);
  }

  sign(): bigint {
    return this.coefficient > 0n ? 1n : this.coefficient < 0n ? -1n : 0n;
  }

  /** The value as an int64, when it is a whole number in range. */
  asInt64(): bigint | undefined {
    let value: bigint;
    if (this.exponent >= 0) value = this.coefficient * pow10(this.exponent);
    else {
      const divisor = pow10(-this.exponent);
      if (this.coefficient % divisor !== 0n) return undefined;
      value = this.coefficient / divisor;
    }
    return value >= MIN_INT64 && value <= MAX_INT64 ? value : undefined;
  }

  asApproximateFloat(): number {
    return Number.parseFloat(`${this.coefficient}e${this.exponent}`);
  }
}

function roundUpToNano(coefficient: bigint, exponent: number): Quantity {
  if (exponent >= NANO_EXPONENT || coefficient === 0n) return new Quantity(coefficient, exponent);
  const divisor = pow10(NANO_EXPONENT - exponent);
  const magnitude = coefficient < 0n ? -coefficient : coefficient;
  const rounded = (magnitude + divisor - 1n) / divisor;
  return new Quantity(coefficient < 0n ? -rounded : rounded, NANO_EXPONENT);
}

/** The multiplier a suffix stands for: a power of ten, or of two for binary SI. */
function parseSuffix(suffix: string): { exponent: number; binaryBits?: bigint } {
  if (suffix in DECIMAL_SUFFIXES) return { exponent: DECIMAL_SUFFIXES[suffix] };
  if (suffix in BINARY_SUFFIXES) return { exponent: 0, binaryBits: BINARY_SUFFIXES[suffix] };
  const exp = /^[eE]([+-]?\d+)$/.exec(suffix);
  if (exp) {
    const n = Number(exp[1]);
    if (Math.abs(n) <= MAX_EXPONENT) return { exponent: n };
  }
  throw celError(ERR_SUFFIX);
}

export function parseQuantity(s: string): Quantity {
  const parts = FORMAT.exec(s);
  if (!parts) throw celError(ERR_FORMAT);
  // The regular expression lets digits of an exponent slide into the number part's
  // neighbour; split where the number really ends.
  const numberEnd = /^[+-]?[0-9.]*/.exec(s)?.[0].length ?? 0;
  const numberPart = s.slice(0, numberEnd);
  const suffix = s.slice(numberEnd);
  const num = NUMBER.exec(numberPart);
  if (!num || (num[2] === '' && (num[3] ?? '') === '')) throw celError(ERR_NUMERIC);
  const { exponent, binaryBits } = parseSuffix(suffix);
  const fraction = num[3] ?? '';
  let coefficient = BigInt((num[2] || '0') + fraction);
  if (num[1] === '-') coefficient = -coefficient;
  if (binaryBits !== undefined) coefficient *= 2n ** binaryBits;
  let q = roundUpToNano(coefficient, exponent - fraction.length);
  // resource.Quantity caps binary-SI amounts at the largest int64.
  if (binaryBits !== undefined) {
    const cap = new Quantity(MAX_INT64, 0);
    if (q.compare(cap) > 0) q = cap;
    else if (q.compare(new Quantity(-MAX_INT64, 0)) < 0) q = new Quantity(-MAX_INT64, 0);
  }
  return q;
}

const isQuantity = succeeds(parseQuantity);

const Q = 'kubernetes.Quantity';

export function registerQuantity(env: Environment): void {
  env
    .registerType(Q, Quantity)
    .registerFunction(`quantity(string): ${Q}`, parseQuantity)
    .registerFunction('isQuantity(string): bool', isQuantity)
    .registerFunction(`${Q}.sign(): int`, (q: Quantity) => q.sign())
    .registerFunction(`${Q}.isInteger(): bool`, (q: Quantity) => q.asInt64() !== undefined)
    .registerFunction(`${Q}.asInteger(): int`, (q: Quantity) => {
      const v = q.asInt64();
      if (v === undefined) throw celError('cannot convert value to integer');
      return v;
    })
    .registerFunction(`${Q}.asApproximateFloat(): double`, (q: Quantity) => q.asApproximateFloat())
    .registerFunction(`${Q}.add(${Q}): ${Q}`, (a: Quantity, b: Quantity) => a.plus(b))
    .registerFunction(`${Q}.add(int): ${Q}`, (a: Quantity, b: bigint) => a.plus(new Quantity(b, 0)))
    .registerFunction(`${Q}.sub(${Q}): ${Q}`, (a: Quantity, b: Quantity) => a.plus(b.times(-1n)))
    .registerFunction(`${Q}.sub(int): ${Q}`, (a: Quantity, b: bigint) =>
      a.plus(new Quantity(-b, 0)),
    )
    .registerFunction(`${Q}.mul(int): ${Q}`, (a: Quantity, n: bigint) => a.times(n))
    .registerFunction(`${Q}.compareTo(${Q}): int`, (a: Quantity, b: Quantity) =>
      BigInt(a.compare(b)),
    )
    .registerFunction(
      `${Q}.isGreaterThan(${Q}): bool`,
      (a: Quantity, b: Quantity) => a.compare(b) > 0,
    )
    .registerFunction(`${Q}.isLessThan(${Q}): bool`, (a: Quantity, b: Quantity) => a.compare(b) < 0)
    .registerOperator(`${Q} == ${Q}`, (a: Quantity, b: Quantity) => a.celEquals(b));
}
