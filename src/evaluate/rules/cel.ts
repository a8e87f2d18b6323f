import type { Environment } from '@marcbachmann/cel-js';
import { loadCelJs } from '../../util/vendor/cel-js.js';
import { compileFast, generateFast, type CompiledCheck } from './cel-fast.js';
import { encodeFast, precompiledCheck, precompiledFast, type Precompiled } from './precompiled.js';

// One environment for every rule. Variables are dynamic because manifests are untyped
// JSON; optional selection (`a.?b.orValue(x)`) keeps checks short and crash-free.
let environment: Environment | undefined;

function celEnvironment(): Environment {
  if (!environment) {
    environment = new (loadCelJs().Environment)({
      unlistedVariablesAreDyn: true,
      enableOptionalTypes: true,
      homogeneousAggregateLiterals: false,
    });
  }
  return environment;
}

export type { CompiledCheck };

export interface CheckParts {
  /** The interpreter: the reference for every result. */
  interpreted: CompiledCheck;
  /** The compiled fast path (cel-fast.ts); it throws where it cannot be sure. */
  fast?: CompiledCheck;
}

/** The fast path for a parsed expression, when it passes the static type check: an
 * expression the checker rejects fails in the interpreter on every call, so it stays there.
 * The check runs on its own parse, so the interpreter's tree stays as it was. */
function fastPath(expression: string, ast: unknown): CompiledCheck | undefined {
  return celEnvironment().check(expression).valid ? compileFast(ast) : undefined;
}

/** The parsed tree of an expression (throws with the parser's message when it is invalid). */
export function celAst(expression: string): unknown {
  return celEnvironment().parse(expression).ast;
}

/** The fast path's text of an expression, for the bundle (precompiled.ts): null when it has
 * none. Throws with the parser's message when the expression is invalid. */
export function precompileFast(expression: string): Precompiled {
  const ast = celAst(expression);
  if (!celEnvironment().check(expression).valid) return null;
  const fast = generateFast(ast);
  return fast ? encodeFast(fast) : null;
}

/** Parses a CEL expression (throws with the parser's message when it is invalid) and
 * compiles its fast path at once. */
export function compileCheckParts(expression: string): CheckParts {
  const program = celEnvironment().parse(expression);
  const interpreted: CompiledCheck = (context) => program(context);
  const fast = fastPath(expression, program.ast);
  return fast ? { interpreted, fast } : { interpreted };
}

/** What a finding can be made of: true, false, or a list of field paths. */
function isCheckResult(r: unknown): boolean {
  if (typeof r === 'boolean') return true;
  if (!Array.isArray(r)) return false;
  for (let i = 0; i < r.length; i++) if (typeof r[i] !== 'string') return false;
  return true;
}

/**
 * Calls a check makes in the interpreter before its fast path is compiled. Type-checking
 * and compiling every rule costs about 170 ms in a fresh process: a small scan would pay
 * more than it saves, a large one pays it once per rule it uses.
 */
const CALLS_BEFORE_COMPILING = 64;

/** Compiles a CEL expression; throws with the parser's message when it is invalid. The
 * fast path answers when it can; any doubt (a throw, an unusual result) goes to the
 * interpreter, so the results and errors are the interpreter's. `usual` says which results
 * of the fast path are taken as they are: a check's (a bool or a list of paths) by default,
 * a string for a message expression. */
export function compileCheck(
  expression: string,
  usual: (result: unknown) => boolean = isCheckResult,
  options: { lazy?: boolean } = {},
): CompiledCheck {
  // lazy: parsed at the first call instead (an invalid expression then throws there).
  let program = options.lazy ? undefined : celEnvironment().parse(expression);
  const parsed = () => (program ??= celEnvironment().parse(expression));
  const interpreted: CompiledCheck = (context) => parsed()(context);
  // undefined: not compiled yet; null: no fast path for this expression.
  let fast: CompiledCheck | null | undefined;
  // A precompiled fast path (a built-in rule's) is taken from the first call: it costs
  // neither a parse nor a type check.
  const precompiled = precompiledFast(expression);
  if (precompiled === null) fast = null;
  let calls = precompiled ? CALLS_BEFORE_COMPILING : 0;
  return (context) => {
    if (fast === undefined) {
      if (++calls < CALLS_BEFORE_COMPILING) return interpreted(context);
      fast = precompiled
        ? (precompiledCheck(expression) ?? null)
        : (fastPath(expression, parsed().ast) ?? null);
    }
    if (fast === null) return interpreted(context);
    let result: unknown;
    try {
      result = fast(context);
    } catch {
      return interpreted(context);
    }
    return usual(result) ? result : interpreted(context);
  };
}
