// The fields of `object` an expression reads, so that a verdict can point at the line of the
// field a validation is about rather than at the whole object.
import { pathFrom, walk } from './ast.js';

/** Every field path read off `object` in an expression's syntax tree, prefixes included:
 * `object.spec.replicas <= 5` gives ['spec'] and ['spec', 'replicas']; a macro over
 * `object.spec.containers` gives the list's path (what is read inside the macro is relative
 * to its loop variable, not to `object`). */
export function objectReads(ast: unknown): string[][] {
  const out: string[][] = [];
  walk(ast, (n) => {
    const p = pathFrom('object', n);
    if (p && p.length > 0) out.push(p);
  });
  return out;
}

/** The value at `path` in a JSON value (list indexes as their decimal text), else undefined. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let v = root;
  for (const key of path) {
    if (Array.isArray(v)) {
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || i >= v.length) return undefined;
      v = v[i];
    } else if (v !== null && typeof v === 'object' && Object.hasOwn(v, key)) {
      v = (v as Record<string, unknown>)[key];
    } else return undefined;
  }
  return v;
}

/** The deepest read path that exists in the object (the first read when two are as deep),
 * else [] for the object itself. */
export function deepestExistingRead(reads: string[][], object: unknown): string[] {
  let best: string[] = [];
  for (const p of reads) if (p.length > best.length && valueAt(object, p) !== undefined) best = p;
  return best;
}
