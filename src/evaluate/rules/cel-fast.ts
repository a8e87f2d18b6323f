// Compiles a parsed CEL expression into one JavaScript function: the fast path for rule
// checks. The interpreter type-checks and dispatches on every call (about 4 µs a check);
// generated code calls small operations (cel-values.ts) that V8 inlines.
//
// The fast path is exact or silent: it covers the constructs the rules use, and only the
// value combinations whose result is certain. Anywhere else an operation throws BAIL at
// run time, and cel.ts asks the interpreter, which stays the reference. An expression
// using a construct not compiled here is not compiled at all.
//
// Nothing from the expression reaches the generated text as code: literals and field
// names are passed in as constants (`k[i]`), variables get generated names.
import * as ops from './cel-values.js';

type Context = Record<string, unknown>;

/** A check as the rules run it: a CEL expression's value on one element's context. */
export type CompiledCheck = (context: Context) => unknown;

/** The parser's node shape (cel-js's ASTNode, read structurally). */
interface Node {
  op: string;
  args: unknown;
}

/** Thrown at compile time for a construct the fast path leaves to the interpreter. */
class Unsupported extends Error {}

interface Emitter {
  /** Literals, field names and constant lists, referenced as k[i]. */
  constants: unknown[];
  /** cel.bind variables, declared at the top of the function. */
  locals: string[];
  /** Context variables, read once at the top of the function: name -> local. */
  inputs: Map<string, string>;
  /** A counter for generated variable names. */
  names: number;
  /**
   * Generated expressions that are certain to give a bool, or a string, when they give
   * anything (they bail otherwise): they need no bool() or str() around them.
   */
  booleans: Set<string>;
  strings: Set<string>;
}

/** Macro and cel.bind variables in scope, to their generated names. */
type Scope = ReadonlyMap<string, string>;

/** The operations generated code may call, by the names it calls them. */
const OPERATIONS: Record<string, unknown> = { ...ops };

/**
 * The generated text of a check and the constants it reads: what compileFast turns into a
 * function. The built-in rules' are generated when the bundle is built (precompiled.ts), so
 * that no process parses, type-checks or interprets them before their fast path runs.
 */
export interface FastSource {
  source: string;
  constants: unknown[];
}

/** The fast path's text for the expression's AST, or undefined when it uses a construct
 * that is not compiled. */
export function generateFast(ast: unknown): FastSource | undefined {
  const emitter: Emitter = {
    constants: [],
    locals: [],
    inputs: new Map(),
    names: 0,
    booleans: new Set(),
    strings: new Set(),
  };
  let body: string;
  try {
    body = emit(ast, new Map(), emitter);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const source =
    `return function check(ctx) {\n` +
    [...emitter.inputs]
      .map(
        ([name, local]) =>
          `  const ${local} = ctx[${constant(name, emitter)}];\n  if (${local} === undefined) bail();\n`,
      )
      .join('') +
    (emitter.locals.length ? `  let ${emitter.locals.join(', ')};\n` : '') +
    `  return ${body};\n};`;
  return { source, constants: emitter.constants };
}

const OPERATION_NAMES = Object.keys(OPERATIONS);

/** The function a generated text defines. */
export function instantiateFast(fast: FastSource): CompiledCheck {
  return instantiateFastBatch([fast])[0];
}

/**
 * The functions generated texts define, made together: one `new Function` for them all
 * costs a third of what one each does (each is its own script to compile, and unpacks the
 * operations again), which a fresh process pays for every built-in rule.
 */
export function instantiateFastBatch(fasts: readonly FastSource[]): CompiledCheck[] {
  // The sources are built from this module's own templates and generated names only.
  const factories = new Function(
    'o',
    `'use strict';\nconst { ${OPERATION_NAMES.join(', ')} } = o;\nreturn [\n` +
      fasts.map((f) => `function (k) {\n${f.source}\n}`).join(',\n') +
      '];',
  ) as (o: Record<string, unknown>) => ((k: unknown[]) => CompiledCheck)[];
  return factories(OPERATIONS).map((factory, i) => factory(fasts[i].constants));
}

/** One function evaluating the expression's AST, or undefined when it uses a construct
 * that is not compiled. */
export function compileFast(ast: unknown): CompiledCheck | undefined {
  const fast = generateFast(ast);
  return fast && instantiateFast(fast);
}

function node(n: unknown): Node {
  if (n === null || typeof n !== 'object' || typeof (n as Node).op !== 'string')
    throw new Unsupported('not an AST node');
  return n as Node;
}

function pair(n: Node): [unknown, unknown] {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 2) throw new Unsupported(`${n.op}: unexpected shape`);
  return [a[0], a[1]];
}

function constant(value: unknown, e: Emitter): string {
  let i = e.constants.indexOf(value);
  if (i < 0) i = e.constants.push(value) - 1;
  return `k[${i}]`;
}

function isLiteral(v: unknown): boolean {
  const t = typeof v;
  return v === null || t === 'string' || t === 'boolean' || t === 'bigint' || t === 'number';
}

const BINARY: Record<string, string> = {
  '==': 'celEquals',
  in: 'celIn',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
  '+': 'add',
  '-': 'subtract',
};

function emit(raw: unknown, scope: Scope, e: Emitter): string {
  const n = node(raw);
  const sub = (x: unknown) => emit(x, scope, e);
  switch (n.op) {
    case 'value':
      if (!isLiteral(n.args)) throw new Unsupported(`literal of type ${typeof n.args}`);
      if (typeof n.args === 'boolean') return known(constant(n.args, e), e.booleans);
      if (typeof n.args === 'string') return known(constant(n.args, e), e.strings);
      return constant(n.args, e);
    case 'id':
      return identifier(String(n.args), scope, e);
    case '.':
    case '.?': {
      const [obj, field] = pair(n);
      if (typeof field !== 'string') throw new Unsupported('field name');
      const fn = n.op === '.' ? 'select' : 'optionalSelect';
      return `${fn}(${sub(obj)}, ${constant(field, e)})`;
    }
    case '[]':
    case '[?]': {
      const [obj, key] = pair(n);
      return `${n.op === '[]' ? 'index' : 'optionalIndex'}(${sub(obj)}, ${sub(key)})`;
    }
    case 'list':
      return listLiteral(n, scope, e);
    case 'map': {
      if (!Array.isArray(n.args)) throw new Unsupported('map shape');
      const kv = n.args.flatMap((entry: unknown) => {
        if (!Array.isArray(entry) || entry.length !== 2) throw new Unsupported('map entry');
        return [sub(entry[0]), sub(entry[1])];
      });
      return `mapOf([${kv.join(', ')}])`;
    }
    case 'call':
      return globalCall(n, scope, e);
    case 'rcall':
      return receiverCall(n, scope, e);
    case '!_': {
      const x = sub(n.args);
      return known(e.booleans.has(x) ? `!${x}` : `not(${x})`, e.booleans);
    }
    case '-_':
      return `negate(${sub(n.args)})`;
    case '?:': {
      const a = n.args;
      if (!Array.isArray(a) || a.length !== 3) throw new Unsupported('?: shape');
      const [yes, no] = [sub(a[1]), sub(a[2])];
      return sameKindAs(`(${asBool(sub(a[0]), e)} ? ${yes} : ${no})`, e, yes, no);
    }
    // Only a boolean left side decides here; an error or another type on the left (which
    // CEL may still absorb, depending on the right side) is the interpreter's to judge.
    case '&&':
    case '||': {
      const [l, r] = pair(n);
      return known(`(${asBool(sub(l), e)} ${n.op} ${asBool(sub(r), e)})`, e.booleans);
    }
    case '==':
    case '!=': {
      const [l, r] = pair(n);
      const not = n.op === '!=' ? '!' : '';
      // type(x) == T: type values are equal only when they are the same value.
      const t = typeName(r);
      if (t && node(l).op === 'call' && isTypeCall(node(l)) && !scope.has(t))
        return known(`${not}(${sub(l)} === ${constant(ops.TYPES[t], e)})`, e.booleans);
      return known(`${not}celEquals(${sub(l)}, ${sub(r)})`, e.booleans);
    }
    case 'in': {
      const [l, r] = pair(n);
      const strings = stringLiterals(r);
      if (strings)
        return known(
          `inStrings(${sub(l)}, ${constant(new Set(strings), e)}, ${constant(Object.freeze(strings), e)})`,
          e.booleans,
        );
      break;
    }
  }
  const fn = Object.hasOwn(BINARY, n.op) ? BINARY[n.op] : undefined;
  if (!fn) throw new Unsupported(`operator ${n.op}`);
  const [l, r] = pair(n);
  const code = `${fn}(${sub(l)}, ${sub(r)})`;
  return BOOLEAN_OPERATIONS.has(fn) ? known(code, e.booleans) : code;
}

/** The operations of BINARY that give a bool (or bail): comparisons and `in`. */
const BOOLEAN_OPERATIONS: ReadonlySet<string> = new Set(['celEquals', 'celIn', 'lt', 'le', 'gt', 'ge']);

/** Records that `code` gives only values of one type (Emitter.booleans, .strings). */
function known(code: string, set: Set<string>): string {
  set.add(code);
  return code;
}

/** Records that `code` gives what all of `parts` give, where they agree (a bool, a string). */
function sameKindAs(code: string, e: Emitter, ...parts: string[]): string {
  for (const set of [e.booleans, e.strings]) if (parts.every((p) => set.has(p))) set.add(code);
  return code;
}

/** `code` as a condition or a logical operand: only a bool decides (see ops.bool). */
function asBool(code: string, e: Emitter): string {
  return e.booleans.has(code) ? code : `bool(${code})`;
}

/** `code` where a string method needs a string (see ops.str). */
function asStr(code: string, e: Emitter): string {
  return e.strings.has(code) ? code : `str(${code})`;
}

/** The name of a type identifier node (list, map, string...), else undefined. */
function typeName(raw: unknown): string | undefined {
  const n = node(raw);
  return n.op === 'id' && typeof n.args === 'string' && Object.hasOwn(ops.TYPES, n.args)
    ? n.args
    : undefined;
}

function isTypeCall(n: Node): boolean {
  return Array.isArray(n.args) && n.args[0] === 'type';
}

/** The strings of a list literal made only of string literals, else undefined. */
function stringLiterals(raw: unknown): string[] | undefined {
  const n = node(raw);
  if (n.op !== 'list' || !Array.isArray(n.args)) return undefined;
  const out: string[] = [];
  for (const x of n.args as unknown[]) {
    const item = node(x);
    if (item.op !== 'value' || typeof item.args !== 'string') return undefined;
    out.push(item.args);
  }
  return out;
}

function identifier(name: string, scope: Scope, e: Emitter): string {
  const local = scope.get(name);
  if (local) return local;
  if (Object.hasOwn(ops.TYPES, name)) return constant(ops.TYPES[name], e);
  // The context is a plain object: a name it inherits would read the prototype's member.
  if (name in Object.prototype) throw new Unsupported(`variable ${name}`);
  // Read once at the top of the function, where a variable the context lacks bails: the
  // interpreter then says what the expression gives without it (an error where it is read).
  let input = e.inputs.get(name);
  if (!input) e.inputs.set(name, (input = `c${e.inputs.size}`));
  return input;
}

/**
 * The value of a literal, or of a list literal made of literals and such lists, built once;
 * undefined for anything else.
 */
function constantValue(raw: unknown): { value: unknown } | undefined {
  const n = node(raw);
  if (n.op === 'value') return isLiteral(n.args) ? { value: n.args } : undefined;
  if (n.op !== 'list' || !Array.isArray(n.args)) return undefined;
  const items: unknown[] = [];
  for (const x of n.args as unknown[]) {
    const item = constantValue(x);
    if (!item) return undefined;
    items.push(item.value);
  }
  return { value: Object.freeze(items) };
}

/** A list literal; one of constants only is built once (nothing mutates lists). */
function listLiteral(n: Node, scope: Scope, e: Emitter): string {
  if (!Array.isArray(n.args)) throw new Unsupported('list shape');
  const items: unknown[] = n.args;
  const fixed = constantValue(n);
  if (fixed) return constant(fixed.value, e);
  return `[${items.map((x) => emit(x, scope, e)).join(', ')}]`;
}

function callArgs(raw: unknown, what: string): unknown[] {
  if (!Array.isArray(raw)) throw new Unsupported(`${what} arguments`);
  return raw;
}

const GLOBAL_FUNCTIONS: Record<string, string> = {
  size: 'celSize',
  string: 'celString',
  type: 'typeOf',
  double: 'toDouble',
  int: 'toInt',
};

function globalCall(n: Node, scope: Scope, e: Emitter): string {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 2) throw new Unsupported('call shape');
  const name = String(a[0]);
  const args = callArgs(a[1], name);
  if (args.length !== 1) throw new Unsupported(`${name} arity`);
  if (name === 'has') {
    const arg = node(args[0]);
    if (arg.op !== '.') throw new Unsupported('has() argument');
    const [obj, field] = pair(arg);
    if (typeof field !== 'string') throw new Unsupported('has() field');
    return known(`hasField(${emit(obj, scope, e)}, ${constant(field, e)})`, e.booleans);
  }
  const fn = Object.hasOwn(GLOBAL_FUNCTIONS, name) ? GLOBAL_FUNCTIONS[name] : undefined;
  if (!fn) throw new Unsupported(`function ${name}`);
  const code = `${fn}(${emit(args[0], scope, e)})`;
  return fn === 'celString' ? known(code, e.strings) : code;
}

/** Methods by name and argument count, to the operation and whether the receiver and
 * arguments need to be strings first. */
const METHODS: Record<string, { fn: string; strings?: boolean; gives?: 'bool' | 'string' }> = {
  'orValue/1': { fn: 'orValue' },
  'hasValue/0': { fn: 'hasValue', gives: 'bool' },
  'startsWith/1': { fn: '.startsWith', strings: true, gives: 'bool' },
  'endsWith/1': { fn: '.endsWith', strings: true, gives: 'bool' },
  'contains/1': { fn: '.includes', strings: true, gives: 'bool' },
  'lowerAscii/0': { fn: '.toLowerCase', strings: true, gives: 'string' },
  'upperAscii/0': { fn: '.toUpperCase', strings: true, gives: 'string' },
  'trim/0': { fn: '.trim', strings: true, gives: 'string' },
  'matches/1': { fn: 'celMatches', strings: true, gives: 'bool' },
  'indexOf/1': { fn: 'BigInt.indexOf', strings: true },
  'lastIndexOf/1': { fn: 'BigInt.lastIndexOf', strings: true },
  'substring/1': { fn: 'substring', gives: 'string' },
  'substring/2': { fn: 'substring', gives: 'string' },
  'split/1': { fn: 'split' },
  'split/2': { fn: 'split' },
  'join/0': { fn: 'join', gives: 'string' },
  'join/1': { fn: 'join', gives: 'string' },
  'size/0': { fn: 'celSize' },
};

function receiverCall(n: Node, scope: Scope, e: Emitter): string {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 3) throw new Unsupported('rcall shape');
  const name = String(a[0]);
  const recvNode = node(a[1]);
  const args = callArgs(a[2], name);
  if (name === 'bind' && recvNode.op === 'id' && recvNode.args === 'cel')
    return bindMacro(args, scope, e);
  if (name === 'exists' || name === 'all' || name === 'filter' || name === 'map')
    return comprehension(name, recvNode, args, scope, e);
  if (name === 'orValue' && args.length === 1 && recvNode.op === '.?') {
    // x.?a.?b.orValue(d): one walk, no optionals in between.
    const fields: string[] = [];
    let base: Node = recvNode;
    while (base.op === '.?') {
      const [obj, field] = pair(base);
      if (typeof field !== 'string') throw new Unsupported('field name');
      fields.unshift(field);
      base = node(obj);
    }
    return `pathOr(${emit(base, scope, e)}, ${constant(Object.freeze(fields), e)}, ${emit(args[0], scope, e)})`;
  }
  const method = METHODS[`${name}/${args.length}`];
  if (!method) throw new Unsupported(`method ${name}/${args.length}`);
  const recv = emit(recvNode, scope, e);
  const emitted = args.map((x) => emit(x, scope, e));
  let code: string;
  if (!method.strings) code = `${method.fn}(${[recv, ...emitted].join(', ')})`;
  else {
    const strs = emitted.map((x) => asStr(x, e));
    if (method.fn === 'celMatches') code = `celMatches(${asStr(recv, e)}, ${strs[0]})`;
    else if (method.fn.startsWith('BigInt.'))
      code = `BigInt(${asStr(recv, e)}${method.fn.slice(6)}(${strs.join(', ')}))`;
    else code = `${asStr(recv, e)}${method.fn}(${strs.join(', ')})`;
  }
  if (method.gives === 'bool') e.booleans.add(code);
  if (method.gives === 'string') e.strings.add(code);
  return code;
}

/** A fresh generated name for `nameNode`, and the scope in which the name means it. */
function bindVariable(nameNode: unknown, scope: Scope, e: Emitter): [string, Scope] {
  const id = node(nameNode);
  if (id.op !== 'id' || typeof id.args !== 'string') throw new Unsupported('macro variable');
  const local = `v${e.names++}`;
  return [local, new Map(scope).set(id.args, local)];
}

function bindMacro(args: unknown[], scope: Scope, e: Emitter): string {
  if (args.length !== 3) throw new Unsupported('cel.bind arguments');
  const init = emit(args[1], scope, e);
  const [local, inner] = bindVariable(args[0], scope, e);
  e.locals.push(local);
  const body = emit(args[2], inner, e);
  return sameKindAs(`(${local} = ${init}, ${body})`, e, body);
}

function comprehension(
  name: string,
  recvNode: Node,
  args: unknown[],
  scope: Scope,
  e: Emitter,
): string {
  const recv = emit(recvNode, scope, e);
  const [local, inner] = bindVariable(args[0], scope, e);
  const lambda = (x: unknown) => `(${local}) => ${emit(x, inner, e)}`;
  if (name === 'filter' && args.length === 2) return `filterMap(${recv}, ${lambda(args[1])})`;
  if ((name === 'exists' || name === 'all') && args.length === 2)
    return known(`${name}(${recv}, ${lambda(args[1])})`, e.booleans);
  if (name === 'map' && args.length === 2) return `mapList(${recv}, ${lambda(args[1])})`;
  if (name === 'map' && args.length === 3)
    return `filterMap(${recv}, ${lambda(args[1])}, ${lambda(args[2])})`;
  throw new Unsupported(`${name} arguments`);
}
