import { Environment } from '@marcbachmann/cel-js';
import { compileFast } from './cel-fast.js';

// One environment for every rule. Variables are dynamic because manifests are untyped
// JSON; optional selection (`a.?b.orValue(x)`) keeps checks short and crash-free.
let environment: Environment | undefined;

function celEnvironment(): Environment {
  if (!environment) {
    environment = new Environment({
      unlistedVariablesAreDyn: true,
      enableOptionalTypes: true,
      homogeneousAggregateLiterals: false,
    });
  }
  return environment;
}

export type CompiledCheck = (context: Record<string, unknown>) => unknown;

export interface CheckParts {
  /** The interpreter: the reference for every result. */
  interpreted: CompiledCheck;
  /** The compiled fast path (cel-fast.ts); it throws where it cannot be sure. */
  fast?: CompiledCheck;
}

/** Parses a CEL expression (throws with the parser's message when it is invalid) and
 * compiles its fast path when the expression passes the static type check. */
export function compileCheckParts(expression: string): CheckParts {
  const env = celEnvironment();
  const program = env.parse(expression);
  const interpreted: CompiledCheck = (context) => program(context);
  // An expression the checker rejects fails in the interpreter on every call: leave it
  // there. The check runs on its own parse, so the interpreter's tree stays as it was.
  if (!env.check(expression).valid) return { interpreted };
  const fast = compileFast(program.ast);
  return fast ? { interpreted, fast } : { interpreted };
}

/** What a finding can be made of: true, false, or a list of field paths. */
function isCheckResult(r: unknown): boolean {
  if (typeof r === 'boolean') return true;
  if (!Array.isArray(r)) return false;
  for (const x of r) if (typeof x !== 'string') return false;
  return true;
}

/** Compiles a CEL expression; throws with the parser's message when it is invalid. The
 * fast path answers when it can; any doubt (a throw, an unusual result) goes to the
 * interpreter, so the results and errors are the interpreter's. */
export function compileCheck(expression: string): CompiledCheck {
  const { interpreted, fast } = compileCheckParts(expression);
  if (!fast) return interpreted;
  return (context) => {
    let result: unknown;
    try {
      result = fast(context);
    } catch {
      return interpreted(context);
    }
    return isCheckResult(result) ? result : interpreted(context);
  };
}
