// A walk over cel-js syntax trees. Nodes are `{op, args}`; rather than knowing every
// operator's argument layout, the walk visits anything inside `args` shaped like a node, so
// macros, calls and literals are all covered.

export interface AstNode {
  op: string;
  args: unknown;
}

export function isNode(v: unknown): v is AstNode {
  return v !== null && typeof v === 'object' && typeof (v as AstNode).op === 'string';
}

function visitArgs(v: unknown, visit: (n: AstNode) => void): void {
  if (isNode(v)) walk(v, visit);
  else if (Array.isArray(v)) for (const x of v) visitArgs(x, visit);
}

/** Calls `visit` on every node, parents before children. */
export function walk(node: unknown, visit: (n: AstNode) => void): void {
  if (!isNode(node)) return;
  visit(node);
  visitArgs(node.args, visit);
}

/** The name of an identifier node, else undefined. */
export function identifier(n: unknown): string | undefined {
  return isNode(n) && n.op === 'id' && typeof n.args === 'string' ? n.args : undefined;
}

/** For `x.f`, `x.?f`, `x['f']` and `x[?'f']` with a constant key: [x, 'f']. Integer keys
 * (list indexes) come back as their decimal text. */
export function selection(n: AstNode): [AstNode, string] | undefined {
  if (!Array.isArray(n.args) || n.args.length !== 2) return undefined;
  const [operand, key] = n.args as [unknown, unknown];
  if (!isNode(operand)) return undefined;
  if ((n.op === '.' || n.op === '.?') && typeof key === 'string') return [operand, key];
  if ((n.op === '[]' || n.op === '[?]') && isNode(key) && key.op === 'value') {
    const k = key.args;
    if (typeof k === 'string' || typeof k === 'bigint' || typeof k === 'number')
      return [operand, String(k)];
  }
  return undefined;
}

/** The field path of a selection chain rooted at the identifier `root`:
 * `object.spec.replicas` → ['spec', 'replicas'] for root `object`. */
export function pathFrom(root: string, n: AstNode): string[] | undefined {
  if (identifier(n) === root) return [];
  const s = selection(n);
  if (!s) return undefined;
  const base = pathFrom(root, s[0]);
  return base && [...base, s[1]];
}
