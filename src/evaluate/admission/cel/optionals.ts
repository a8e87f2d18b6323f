// cel-go's optional library beyond what cel-js has natively (optional.of, optional.none,
// hasValue, value, or, orValue, `.?field`, `[?index]`): optional.ofNonZeroValue, the
// optMap / optFlatMap macros, and == / != between optionals (cel-js has no overload for
// them; in cel-go two optionals are equal when both are empty or their values are equal).
import type { ASTNode, Environment, Optional } from '@marcbachmann/cel-js';
import { loadCelJs } from '../../../util/vendor/cel-js.js';
import { celEquals, celError, isCelMap, isDuration } from './values.js';
import type { Checker, Context, Evaluator } from './macro-hooks.js';

/** 0001-01-01T00:00:00Z, the zero timestamp. */
const ZERO_TIMESTAMP_MS = Date.parse('0001-01-01T00:00:00Z');

/** CEL's zero values: what optional.ofNonZeroValue turns into optional.none(). */
function isZeroValue(v: unknown): boolean {
  if (v === null || v === false || v === '' || v === 0 || v === 0n) return true;
  if (v instanceof Uint8Array || Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  if (isCelMap(v)) return Object.keys(v).length === 0;
  if (typeof v === 'object' && 'value' in v && v.value === 0n) return true; // uint
  if (v instanceof Date) return v.getTime() === ZERO_TIMESTAMP_MS; // Go's time.Time{}
  if (isDuration(v)) return v.seconds === 0n && v.nanos === 0;
  return false;
}

interface OptionalMacro {
  receiver: ASTNode;
  variable: string;
  body: ASTNode;
  dynType?: unknown;
  typeCheck(checker: Checker, macro: OptionalMacro, ctx: Context): unknown;
  evaluate(ev: Evaluator, macro: OptionalMacro, ctx: Context): unknown;
}

/** optMap(x, expr) wraps expr's value; optFlatMap(x, expr) expects expr to be optional. */
function optionalMacro(name: 'optMap' | 'optFlatMap') {
  const celJs = loadCelJs();
  return ({ args, receiver }: { args: ASTNode[]; receiver: ASTNode }): OptionalMacro => {
    const variable = args[0];
    if (variable.op !== 'id') throw celError(`${name}() variable name must be a simple identifier`);
    return {
      receiver,
      variable: variable.args,
      body: args[1],
      typeCheck(checker, m, ctx) {
        checker.check(m.receiver, ctx);
        m.dynType = checker.getType('dyn');
        checker.check(m.body, ctx.forkWithVariable(m.variable, m.dynType));
        return checker.getType('optional<dyn>');
      },
      evaluate(ev, m, ctx) {
        const target: unknown = ev.run(m.receiver, ctx);
        if (!(target instanceof celJs.Optional))
          throw celError(`${name}() receiver must be optional`);
        if (!target.hasValue()) return celJs.Optional.none();
        const scope = ctx.forkWithVariable(m.variable, m.dynType);
        scope.setIterValue(target.value(), ev);
        const result: unknown = ev.run(m.body, scope);
        if (name === 'optMap') return celJs.Optional.of(result);
        if (!(result instanceof celJs.Optional))
          throw celError('optFlatMap() must produce an optional');
        return result;
      },
    };
  };
}

export function registerOptionals(env: Environment): void {
  const celJs = loadCelJs();
  env
    .registerFunction(
      'OptionalNamespace.ofNonZeroValue(dyn): optional<dyn>',
      (_: unknown, v: unknown) => (isZeroValue(v) ? celJs.Optional.none() : celJs.Optional.of(v)),
    )
    .registerFunction('optional.optMap(ast, ast): optional<dyn>', optionalMacro('optMap'))
    .registerFunction('optional.optFlatMap(ast, ast): optional<dyn>', optionalMacro('optFlatMap'))
    .registerOperator(
      'optional<dyn> == optional<dyn>',
      (a: Optional<unknown>, b: Optional<unknown>) =>
        a.hasValue() === b.hasValue() && (!a.hasValue() || celEquals(a.value(), b.value())),
    );
}
