// string.format (cel-go ext.Strings version 1+, with the formatting of library versions
// below 4, which is what Kubernetes' version 2 gets): printf-style clauses %s %d %f %e %b
// %x %X %o and %%, with an optional precision for %f and %e (`%.2f`). Doubles print as
// cel-go's default locale (en_US) prints them: infinity as ∞, %e as `1.052033 × 10⁰³`.
// cel-go also checks a literal format string against a literal argument list when the
// expression is compiled (too many arguments, a clause given the wrong type); that check
// is not done here (see UNSUPPORTED_FUNCTIONS).
import { celError, isCelMap, isDuration, type DurationLike } from './values.js';

const CLAUSE = /%(?:\.(\d+))?([\s\S])?/g;

/** The type name cel-go puts in its formatting errors. */
function typeName(v: unknown): string {
  if (v === null) return 'null_type';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'double';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'list';
  if (isCelMap(v)) return 'map';
  if (v instanceof Uint8Array) return 'bytes';
  if (v instanceof Date) return 'google.protobuf.Timestamp';
  if (isDuration(v)) return 'google.protobuf.Duration';
  if (isUint(v)) return 'uint';
  if (typeof v === 'object') return v.constructor.name;
  return typeof v;
}

function isUint(v: unknown): v is { value: bigint } {
  return typeof v === 'object' && v !== null && 'value' in v && typeof v.value === 'bigint';
}

/** cel-js's type values (`type("")`) carry their name. */
function isTypeValue(v: unknown): v is { name: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    v.constructor.name === 'Type' &&
    'name' in v &&
    typeof v.name === 'string'
  );
}

function asDouble(v: unknown, clause: string): number {
  if (typeof v === 'number') return v;
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  throw celError(
    `error during formatting: ${clause} clause can only be used on doubles, was given ${typeName(v)}`,
  );
}

/** NaN and the infinities as the en_US number printer writes them. */
function special(d: number): string | undefined {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? '∞' : '-∞';
  return undefined;
}

function fixed(v: unknown, precision: number): string {
  const d = asDouble(v, 'fixed-point');
  return special(d) ?? d.toFixed(precision);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** %e: the mantissa with `precision` decimals, then ` × 10` and the exponent in
 * superscript digits (at least two), separated by narrow no-break spaces. */
function scientific(v: unknown, precision: number): string {
  const d = asDouble(v, 'scientific');
  const s = special(d);
  if (s !== undefined) return s;
  const [mantissa, exponent] = d.toExponential(precision).split('e');
  const e = Number(exponent);
  const digits = String(Math.abs(e)).padStart(2, '0');
  const sup = [...digits].map((c) => SUPERSCRIPT[Number(c)]).join('');
  return `${mantissa}\u202f×\u202f10${e < 0 ? '⁻' : ''}${sup}`;
}

function integer(v: unknown, clause: string): bigint {
  if (typeof v === 'bigint') return v;
  if (isUint(v)) return v.value;
  throw celError(
    `error during formatting: ${clause} clause can only be used on integers, was given ${typeName(v)}`,
  );
}

function signed(n: bigint, base: number): string {
  return n < 0n ? '-' + (-n).toString(base) : n.toString(base);
}

function binary(v: unknown): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'bigint' || isUint(v)) return signed(integer(v, 'binary'), 2);
  throw celError(
    `error during formatting: only integers and bools can be formatted as binary, was given ${typeName(v)}`,
  );
}

function hex(v: unknown): string {
  if (typeof v === 'string') return Buffer.from(v, 'utf8').toString('hex');
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (typeof v === 'bigint' || isUint(v)) return signed(integer(v, 'hex'), 16);
  throw celError(
    `error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given ${typeName(v)}`,
  );
}

/** Go's %g, which is how cel-go converts a double to a string: the shortest digits that
 * round-trip, in exponent form (at least two exponent digits) when the exponent is below
 * -4 or from 6 on. */
function goDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? '+Inf' : '-Inf';
  if (Object.is(d, -0)) return '-0';
  const [mantissa, exponent] = d.toExponential().split('e');
  const e = Number(exponent);
  if (e < -4 || e >= 6) {
    const digits = String(Math.abs(e)).padStart(2, '0');
    return `${mantissa}e${e < 0 ? '-' : '+'}${digits}`;
  }
  return String(d);
}

/** A timestamp as RFC 3339 in UTC, fractional seconds without trailing zeros. */
function timestamp(t: Date): string {
  return t.toISOString().replace(/\.?0*Z$/, 'Z');
}

/** A duration as seconds with the fraction needed, `6347s`, `0.000000002s`. */
function duration(d: DurationLike): string {
  const total = d.seconds * 1_000_000_000n + BigInt(d.nanos);
  const abs = total < 0n ? -total : total;
  const whole = (abs / 1_000_000_000n).toString();
  const fraction = (abs % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${total < 0n ? '-' : ''}${whole}${fraction ? '.' + fraction : ''}s`;
}

/** %s: scalars as string() converts them in cel-go. */
function asString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return goDouble(v);
  if (v === null) return 'null';
  if (Array.isArray(v) || isCelMap(v)) return nested(v);
  if (isUint(v)) return String(v.value);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  if (v instanceof Date) return timestamp(v);
  if (isDuration(v)) return duration(v);
  if (isTypeValue(v)) return v.name;
  throw celError(
    `error during formatting: string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given ${typeName(v)}`,
  );
}

/** Values inside a list or map print as literals: strings and bytes quoted, doubles
 * fixed-point with six decimals (NaN and the infinities as quoted strings), timestamps
 * and durations as their constructor calls. */
function nested(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return 'b' + JSON.stringify(Buffer.from(v).toString('utf8'));
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '"NaN"';
    if (!Number.isFinite(v)) return v > 0 ? '"+Inf"' : '"-Inf"';
    return v.toFixed(6);
  }
  if (v instanceof Date) return `timestamp(${JSON.stringify(timestamp(v))})`;
  if (isDuration(v)) return `duration(${JSON.stringify(duration(v))})`;
  if (Array.isArray(v)) return '[' + v.map(nested).join(', ') + ']';
  if (isCelMap(v)) {
    const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
    const parts = entries.map(([k, x]) => [nested(k), nested(x)]);
    parts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return '{' + parts.map(([k, x]) => `${k}:${x}`).join(', ') + '}';
  }
  return asString(v);
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
    const digits = precision === undefined ? 6 : Number(precision);
    switch (verb) {
      case '%':
        return '%';
      case 's':
        return asString(take());
      case 'd':
        return String(integer(take(), 'decimal'));
      case 'f':
        return fixed(take(), digits);
      case 'e':
        return scientific(take(), digits);
      case 'b':
        return binary(take());
      case 'o':
        return signed(integer(take(), 'octal'), 8);
      case 'x':
        return hex(take());
      case 'X':
        return hex(take()).toUpperCase();
      case undefined:
        throw celError(
          precision === undefined
            ? 'could not parse formatting clause: unexpected end of string'
            : 'could not parse formatting clause: error while parsing precision: could not find end of precision specifier',
        );
      default:
        throw celError(
          `could not parse formatting clause: unrecognized formatting clause "${verb}"`,
        );
    }
  });
}
