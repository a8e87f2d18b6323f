// The built-in rules' fast paths (cel-fast.ts), generated when the bundle is built: a fresh
// process, and each of its scan workers, would otherwise parse every expression, type-check
// it and run it in the interpreter for its first calls, all in cold code, before the fast
// path took over (a few hundred ms of a large scan's CPU). The bundle carries them as data
// (bundled-rules.ts), keyed by the expression's text; any other expression (a custom rule,
// or a rule edited since the build) is not found and takes the usual way.
import { TYPES, CelType } from './cel-values.js';
import { instantiateFastBatch, type FastSource } from './cel-fast.js';
import type { CompiledCheck } from './cel.js';
import { bundledRules } from './bundled-rules.js';

/** A constant in a form JSON can carry: literals as they are, the rest tagged. */
type EncodedConstant =
  | string
  | boolean
  | number
  | null
  | { int: string }
  | { double: string }
  | { type: string }
  | { set: EncodedConstant[] }
  | { list: EncodedConstant[] };

export interface EncodedFast {
  source: string;
  constants: EncodedConstant[];
}

/**
 * An expression's precompiled fast path: the generated text, or null when the expression
 * has none (the interpreter answers every call).
 */
export type Precompiled = EncodedFast | null;

function encodeConstant(value: unknown): EncodedConstant {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0) ? value : { double: String(value) };
  if (typeof value === 'bigint') return { int: value.toString() };
  if (value instanceof CelType) return { type: value.name };
  if (value instanceof Set) return { set: [...(value as Set<unknown>)].map(encodeConstant) };
  if (Array.isArray(value)) return { list: value.map(encodeConstant) };
  throw new Error(`a fast path's constant of type ${typeof value} cannot be precompiled`);
}

function decodeConstant(value: EncodedConstant): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('int' in value) return BigInt(value.int);
  if ('double' in value) return Number(value.double);
  // The same type values as the fast path's own: generated code compares them by identity.
  if ('type' in value) return TYPES[value.type];
  if ('set' in value) return new Set(value.set.map(decodeConstant));
  return Object.freeze(value.list.map(decodeConstant));
}

export function encodeFast(fast: FastSource): EncodedFast {
  return { source: fast.source, constants: fast.constants.map(encodeConstant) };
}

export function decodeFast(fast: EncodedFast): FastSource {
  return { source: fast.source, constants: fast.constants.map(decodeConstant) };
}

/** The precompiled fast path of `expression`; undefined when it was not precompiled (a
 * custom rule, a rule edited since the build, and every rule from source). */
export function precompiledFast(expression: string): Precompiled | undefined {
  const fastChecks = bundledRules()?.fastChecks;
  return fastChecks && Object.hasOwn(fastChecks, expression) ? fastChecks[expression] : undefined;
}

let instantiated: Map<string, CompiledCheck> | undefined;

/**
 * The function of an expression that precompiledFast gives a fast path. The bundle's are all
 * made together, at the first call (instantiateFastBatch): a scan uses most of them.
 */
export function precompiledCheck(expression: string): CompiledCheck | undefined {
  if (!instantiated) {
    const withFast = Object.entries(bundledRules()?.fastChecks ?? {}).filter(
      (e): e is [string, EncodedFast] => e[1] !== null,
    );
    const made = instantiateFastBatch(withFast.map(([, fast]) => decodeFast(fast)));
    instantiated = new Map(withFast.map(([e], i) => [e, made[i]]));
  }
  return instantiated.get(expression);
}
