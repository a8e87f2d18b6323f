// Which item of a list a failed validation is about. `object.spec.containers.all(c,
// c.image.startsWith("registry.example/"))` fails because of one container: pointing at the
// list's line says less than pointing at that container's `image`. The macro's body is
// evaluated again, alone, on each item of the list until one fails it.
import { identifier, isNode, pathFrom, walk, type AstNode } from './ast.js';
import { valueAt } from './field-reads.js';
import type { CelEnvironment, CelProgram } from './types.js';

/** An `all()` over a list of `object`, ready to be evaluated item by item. */
export interface ListCheck {
  /** The list's path from `object`. */
  listPath: string[];
  /** The macro's variable, bound to each item. */
  variable: string;
  body: CelProgram;
  /** Paths the body reads off the variable, deepest first. */
  reads: string[][];
}

/** The text of a node, from the source positions cel-js keeps on every node. */
function sourceOf(expression: string, n: AstNode): string | undefined {
  const { start, end } = n as AstNode & { start?: unknown; end?: unknown };
  return typeof start === 'number' && typeof end === 'number' && end > start
    ? expression.slice(start, end)
    : undefined;
}

/**
 * The `all()` macros of an expression whose list is a field of `object`, directly or through
 * a variable whose expression is such a field (`variables.containers`).
 */
export function listChecks(
  env: CelEnvironment,
  expression: string,
  ast: unknown,
  variablePaths: ReadonlyMap<string, string[]>,
): ListCheck[] {
  const out: ListCheck[] = [];
  walk(ast, (n) => {
    if (n.op !== 'rcall' || !Array.isArray(n.args) || n.args[0] !== 'all') return;
    const [, receiver, args] = n.args as [string, unknown, unknown];
    if (!isNode(receiver) || !Array.isArray(args) || args.length !== 2) return;
    const variable = identifier(args[0]);
    const bodyNode: unknown = args[1];
    if (!variable || !isNode(bodyNode)) return;
    const listPath = pathFrom('object', receiver) ?? variableListPath(receiver, variablePaths);
    const text = sourceOf(expression, bodyNode);
    if (!listPath || text === undefined) return;
    let body: CelProgram;
    try {
      body = env.parse(text);
    } catch {
      return; // a body that reads outer macro variables alone: not worth guessing
    }
    const reads: string[][] = [];
    walk(bodyNode, (m) => {
      const p = pathFrom(variable, m);
      if (p && p.length > 0) reads.push(p);
    });
    reads.sort((a, b) => b.length - a.length);
    out.push({ listPath, variable, body, reads });
  });
  return out;
}

function variableListPath(
  receiver: AstNode,
  variablePaths: ReadonlyMap<string, string[]>,
): string[] | undefined {
  const p = pathFrom('variables', receiver);
  return p?.length === 1 ? variablePaths.get(p[0]) : undefined;
}

/**
 * The path of the first item that fails one of the checks (and within it, the deepest field
 * its body reads that the item has), or undefined. `celObject` is `object` as CEL sees it.
 */
export function blamedItem(
  checks: readonly ListCheck[],
  ctx: Record<string, unknown>,
  celObject: unknown,
): string[] | undefined {
  for (const check of checks) {
    const list = valueAt(celObject, check.listPath);
    if (!Array.isArray(list)) continue;
    for (const [i, item] of list.entries()) {
      let result: unknown;
      try {
        result = check.body({ ...ctx, [check.variable]: item });
      } catch {
        continue; // an error is not a failure this check can point at
      }
      if (result !== false) continue;
      const field = check.reads.find((p) => valueAt(item, p) !== undefined) ?? [];
      return [...check.listPath, String(i), ...field];
    }
  }
  return undefined;
}
