// cel-go's ext.TwoVarComprehensions (Kubernetes 1.32+): all, exists and existsOne with
// two variables, transformList, transformMap and transformMapEntry. cel-js has only the
// one-variable macros, so these are macros of our own: the body is type-checked with both
// variables as dyn, and evaluated once per (index, element) of a list or (key, value) of
// a map.
import type { ASTNode, Environment } from '@marcbachmann/cel-js';
import { celEquals, celError, describe, isCelMap } from './values.js';
import type { Checker, Context, Evaluator } from './macro-hooks.js';

interface MacroCall {
  args: ASTNode[];
  receiver: ASTNode;
  ast: ASTNode;
}

interface TwoVarMacro {
  receiver: ASTNode;
  first: string;
  second: string;
  /** The predicate or transform, and the filter when there is one. */
  body: ASTNode;
  filter?: ASTNode;
  dynType?: unknown;
  typeCheck(checker: Checker, macro: TwoVarMacro, ctx: Context): unknown;
  evaluate(ev: Evaluator, macro: TwoVarMacro, ctx: Context): unknown;
}

function variableName(node: ASTNode, macroName: string): string {
  if (node.op === 'id') return node.args;
  throw celError(`${macroName}() argument must be a simple name`);
}

/** The (index, element) or (key, value) pairs a comprehension iterates over. */
function pairs(range: unknown, macroName: string): [unknown, unknown][] {
  if (Array.isArray(range)) return range.map((v, i) => [BigInt(i), v]);
  if (range instanceof Map) return [...range.entries()];
  if (isCelMap(range)) return Object.entries(range);
  throw celError(
    `${macroName}(): expression of type '${describe(range)}' cannot be range of a comprehension`,
  );
}

type Step = (first: unknown, second: unknown, run: (node: ASTNode) => unknown) => boolean | void;

/** Runs `step` for each pair, with the two variables bound; returns early when it says so. */
function iterate(ev: Evaluator, macro: TwoVarMacro, ctx: Context, name: string, step: Step) {
  const range: unknown = ev.run(macro.receiver, ctx);
  const outer = ctx.forkWithVariable(macro.first, macro.dynType);
  const inner = outer.forkWithVariable(macro.second, macro.dynType);
  for (const [a, b] of pairs(range, name)) {
    outer.setIterValue(a, ev);
    inner.setIterValue(b, ev);
    if (step(a, b, (node) => ev.run(node, inner)) === false) return;
  }
}

function macro(
  name: string,
  resultType: string,
  hasFilter: boolean,
  evaluate: (ev: Evaluator, macro: TwoVarMacro, ctx: Context) => unknown,
) {
  return ({ args, receiver }: MacroCall): TwoVarMacro => ({
    receiver,
    first: variableName(args[0], name),
    second: variableName(args[1], name),
    body: hasFilter ? args[3] : args[2],
    filter: hasFilter ? args[2] : undefined,
    typeCheck(checker, m, ctx) {
      if (m.first === m.second) {
        throw checker.createError('invalid_macro_argument', `duplicate variable name: ${m.first}`);
      }
      checker.check(m.receiver, ctx);
      m.dynType = checker.getType('dyn');
      const scope = ctx.forkWithVariable(m.first, m.dynType).forkWithVariable(m.second, m.dynType);
      if (m.filter) checker.check(m.filter, scope);
      checker.check(m.body, scope);
      return checker.getType(resultType);
    },
    evaluate,
  });
}

function asBool(v: unknown, name: string): boolean {
  if (typeof v !== 'boolean') {
    throw celError(`no matching overload: ${name}() predicate or filter must be bool`);
  }
  return v;
}

/** all/exists: a decisive element wins over an error in another element, as in cel-go. */
function quantifier(name: string, decisive: boolean) {
  return macro(name, 'bool', false, (ev, m, ctx) => {
    let error: unknown;
    let decided = false;
    iterate(ev, m, ctx, name, (_a, _b, run) => {
      try {
        if (asBool(run(m.body), name) === decisive) {
          decided = true;
          return false; // stop iterating
        }
      } catch (e) {
        error ??= e;
      }
    });
    if (decided) return decisive;
    if (error) throw error;
    return !decisive;
  });
}

const existsOne = macro('existsOne', 'bool', false, (ev, m, ctx) => {
  let count = 0;
  iterate(ev, m, ctx, 'existsOne', (_a, _b, run) => {
    if (asBool(run(m.body), 'existsOne')) count++;
  });
  return count === 1;
});

function passes(m: TwoVarMacro, run: (node: ASTNode) => unknown, name: string): boolean {
  return m.filter === undefined || asBool(run(m.filter), name);
}

function transformList(hasFilter: boolean) {
  return macro('transformList', 'list<dyn>', hasFilter, (ev, m, ctx) => {
    const out: unknown[] = [];
    iterate(ev, m, ctx, 'transformList', (_a, _b, run) => {
      if (passes(m, run, 'transformList')) out.push(run(m.body));
    });
    return out;
  });
}

/** Builds a map result: string keys give a plain object (like a manifest's maps), other
 * keys a Map (cel-js's representation of int-keyed maps). */
class MapBuilder {
  private readonly entries: [unknown, unknown][] = [];
  set(key: unknown, value: unknown, rejectDuplicates: boolean): void {
    const at = this.entries.findIndex(([k]) => celEquals(k, key));
    if (at >= 0 && rejectDuplicates) {
      throw celError(`insert failed: key ${String(key)} already exists`);
    }
    if (at >= 0) this.entries[at][1] = value;
    else this.entries.push([key, value]);
  }
  build(): Record<string, unknown> | Map<unknown, unknown> {
    if (this.entries.every(([k]) => typeof k === 'string')) {
      return Object.fromEntries(this.entries) as Record<string, unknown>;
    }
    return new Map(this.entries);
  }
}

function transformMap(hasFilter: boolean) {
  return macro('transformMap', 'map<dyn, dyn>', hasFilter, (ev, m, ctx) => {
    const out = new MapBuilder();
    iterate(ev, m, ctx, 'transformMap', (a, _b, run) => {
      if (passes(m, run, 'transformMap')) out.set(a, run(m.body), false);
    });
    return out.build();
  });
}

function transformMapEntry(hasFilter: boolean) {
  return macro('transformMapEntry', 'map<dyn, dyn>', hasFilter, (ev, m, ctx) => {
    const out = new MapBuilder();
    iterate(ev, m, ctx, 'transformMapEntry', (_a, _b, run) => {
      if (!passes(m, run, 'transformMapEntry')) return;
      const entry = run(m.body);
      if (!isCelMap(entry)) {
        throw celError('no matching overload: transformMapEntry() must produce a map');
      }
      const kv = entry instanceof Map ? [...entry.entries()] : Object.entries(entry);
      for (const [k, v] of kv) out.set(k, v, true);
    });
    return out.build();
  });
}

export function registerComprehensions(env: Environment): void {
  env
    .registerFunction('list.all(ast, ast, ast): bool', quantifier('all', false))
    .registerFunction('list.exists(ast, ast, ast): bool', quantifier('exists', true))
    .registerFunction('list.existsOne(ast, ast, ast): bool', existsOne)
    .registerFunction('list.exists_one(ast, ast, ast): bool', existsOne)
    .registerFunction('list.transformList(ast, ast, ast): list<dyn>', transformList(false))
    .registerFunction('list.transformList(ast, ast, ast, ast): list<dyn>', transformList(true))
    .registerFunction('list.transformMap(ast, ast, ast): map<dyn, dyn>', transformMap(false))
    .registerFunction('list.transformMap(ast, ast, ast, ast): map<dyn, dyn>', transformMap(true))
    .registerFunction(
      'list.transformMapEntry(ast, ast, ast): map<dyn, dyn>',
      transformMapEntry(false),
    )
    .registerFunction(
      'list.transformMapEntry(ast, ast, ast, ast): map<dyn, dyn>',
      transformMapEntry(true),
    );
}
