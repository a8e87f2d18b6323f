// The objects cel-js passes to a custom macro's typeCheck and evaluate hooks. Its type
// declarations leave them untyped; the README ("Custom macros") documents their use:
// checker.check(node, ctx), checker.getType(name), evaluator.run(node, ctx), and
// ctx.forkWithVariable(name, type) / setIterValue(value, evaluator) for bound variables.

/* eslint-disable @typescript-eslint/no-explicit-any -- see above: cel-js declares none */
export type Checker = any;
export type Evaluator = any;
export type Context = any;
/* eslint-enable @typescript-eslint/no-explicit-any */
