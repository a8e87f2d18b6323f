import { Environment } from '@marcbachmann/cel-js';

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

/** Compiles a CEL expression; throws with the parser's message when it is invalid. */
export function compileCheck(expression: string): CompiledCheck {
  const program = celEnvironment().parse(expression);
  return (context) => program(context);
}
