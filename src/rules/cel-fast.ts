// Compiles a parsed CEL expression into JavaScript closures: the fast path for rule
// checks. The interpreter type-checks and dispatches on every call (about 4 µs a check);
// a closure tree does the same work in a fraction of that.
//
// The fast path is exact or silent: it covers the constructs the rules use, and only the
// value combinations whose result is certain (cel-values.ts). Anything else throws BAIL
// at run time, and cel.ts asks the interpreter, which stays the reference. An expression
// using a construct not compiled here is not compiled at all.
import {
  bail,
  BAIL,
  celEquals,
  celIn,
  celMatches,
  celSize,
  celString,
  checkedInt,
  comparable,
  entry,
  isMap,
  NONE,
  Optional,
  optionalOf,
  TYPES,
  typeOf,
} from './cel-values.js';

type Context = Record<string, unknown>;
/** A compiled node: reads the context and the slots of the variables that macros bind. */
type Code = (ctx: Context, slots: unknown[]) => unknown;

/** The parser's node shape (cel-js's ASTNode, read structurally). */
interface Node {
  op: string;
  args: unknown;
}

/** Thrown at compile time for a construct the fast path leaves to the interpreter. */
class Unsupported extends Error {}

interface Scope {
  /** Macro and cel.bind variables in scope, to their slot. */
  vars: ReadonlyMap<string, number>;
  /** Slots handed out so far in this expression. */
  counter: { slots: number };
}

/** A closure evaluating the expression's AST, or undefined when it uses an unsupported construct. */
export function compileFast(ast: unknown): ((ctx: Context) => unknown) | undefined {
  const scope: Scope = { vars: new Map(), counter: { slots: 0 } };
  let code: Code;
  try {
    code = compile(ast, scope);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const size = scope.counter.slots;
  const none: unknown[] = [];
  return (ctx) => code(ctx, size ? new Array<unknown>(size) : none);
}

export { BAIL };

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

function compile(raw: unknown, scope: Scope): Code {
  const n = node(raw);
  switch (n.op) {
    case 'value':
      return literal(n.args);
    case 'id':
      return identifier(String(n.args), scope);
    case '.':
    case '.?':
    case '[]':
    case '[?]':
      return access(n, scope);
    case 'list':
      return listLiteral(n, scope);
    case 'map':
      return mapLiteral(n, scope);
    case 'call':
      return globalCall(n, scope);
    case 'rcall':
      return receiverCall(n, scope);
    case '!_': {
      const a = compile(n.args, scope);
      return (c, s) => {
        const v = a(c, s);
        return typeof v === 'boolean' ? !v : bail();
      };
    }
    case '-_': {
      const a = compile(n.args, scope);
      return (c, s) => {
        const v = a(c, s);
        return typeof v === 'bigint' ? checkedInt(-v) : typeof v === 'number' ? -v : bail();
      };
    }
    case '?:': {
      const a = n.args;
      if (!Array.isArray(a) || a.length !== 3) throw new Unsupported('?: shape');
      const [cond, yes, no] = a.map((x) => compile(x, scope));
      return (c, s) => {
        const v = cond(c, s);
        return v === true ? yes(c, s) : v === false ? no(c, s) : bail();
      };
    }
    case '&&':
    case '||':
      return logical(n, scope);
    default:
      return binary(n, scope);
  }
}

function literal(v: unknown): Code {
  const t = typeof v;
  if (v !== null && t !== 'string' && t !== 'boolean' && t !== 'bigint' && t !== 'number')
    throw new Unsupported(`literal of type ${t}`);
  return () => v;
}

function identifier(name: string, scope: Scope): Code {
  const slot = scope.vars.get(name);
  if (slot !== undefined) return (_c, s) => s[slot];
  const type = Object.hasOwn(TYPES, name) ? TYPES[name] : undefined;
  if (type) return () => type;
  return (c) => {
    const v = Object.hasOwn(c, name) ? c[name] : undefined;
    return v === undefined ? bail() : v;
  };
}

function access(n: Node, scope: Scope): Code {
  const [objNode, keyNode] = pair(n);
  const obj = compile(objNode, scope);
  if (n.op === '.' || n.op === '.?') {
    if (typeof keyNode !== 'string') throw new Unsupported('field name');
    const f = keyNode;
    if (n.op === '.')
      return (c, s) => {
        const v = obj(c, s);
        if (v instanceof Optional) {
          // A select after an optional one stays optional.
          if (v.value === undefined) return NONE;
          const x = isMap(v.value) && Object.hasOwn(v.value, f) ? v.value[f] : undefined;
          return x === undefined ? bail() : new Optional(x);
        }
        const x = isMap(v) && Object.hasOwn(v, f) ? v[f] : undefined;
        return x === undefined ? bail() : x;
      };
    return (c, s) => {
      let v = obj(c, s);
      if (v instanceof Optional) {
        if (v.value === undefined) return NONE;
        v = v.value;
      }
      if (isMap(v)) return Object.hasOwn(v, f) ? optionalOf(v[f]) : NONE;
      return hasNoFields(v) || Array.isArray(v) ? NONE : bail();
    };
  }
  const key = compile(keyNode, scope);
  if (n.op === '[]')
    return (c, s) => {
      const v = obj(c, s);
      const k = key(c, s);
      if (v instanceof Optional) return bail();
      const x = entry(v, k);
      return x === undefined ? bail() : x;
    };
  return (c, s) => {
    let v = obj(c, s);
    const k = key(c, s);
    if (v instanceof Optional) {
      if (v.value === undefined) return NONE;
      v = v.value;
    }
    // Like `.?`, an optional index gives none wherever the entry cannot be had.
    if (Array.isArray(v)) {
      const i = typeof k === 'bigint' ? Number(k) : k;
      return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? optionalOf(v[i]) : NONE;
    }
    if (isMap(v)) return typeof k === 'string' && Object.hasOwn(v, k) ? optionalOf(v[k]) : NONE;
    return hasNoFields(v) ? NONE : bail();
  };
}

/** Values that are neither maps nor lists nor something else the fast path does not know:
 * optional selects and indexes on them give none, and has() false. */
function hasNoFields(v: unknown): boolean {
  const t = typeof v;
  return v === null || t === 'string' || t === 'number' || t === 'bigint' || t === 'boolean';
}

function listLiteral(n: Node, scope: Scope): Code {
  if (!Array.isArray(n.args)) throw new Unsupported('list shape');
  const items = n.args.map((x) => compile(x, scope));
  return (c, s) => {
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = items[i](c, s);
    return out;
  };
}

function mapLiteral(n: Node, scope: Scope): Code {
  if (!Array.isArray(n.args)) throw new Unsupported('map shape');
  const entries = n.args.map((e) => {
    if (!Array.isArray(e) || e.length !== 2) throw new Unsupported('map entry');
    return [compile(e[0], scope), compile(e[1], scope)] as const;
  });
  return (c, s) => {
    // No prototype: a key like "__proto__" stays a key.
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of entries) {
      const key = k(c, s);
      if (typeof key !== 'string' || Object.hasOwn(out, key)) return bail();
      out[key] = v(c, s);
    }
    return out;
  };
}

function logical(n: Node, scope: Scope): Code {
  const [l, r] = pair(n).map((x) => compile(x, scope));
  // Only a boolean left side decides here; an error or another type on the left (which
  // CEL may still absorb, depending on the right side) is the interpreter's to judge.
  if (n.op === '&&')
    return (c, s) => {
      const a = l(c, s);
      if (a === false) return false;
      if (a !== true) return bail();
      const b = r(c, s);
      return typeof b === 'boolean' ? b : bail();
    };
  return (c, s) => {
    const a = l(c, s);
    if (a === true) return true;
    if (a !== false) return bail();
    const b = r(c, s);
    return typeof b === 'boolean' ? b : bail();
  };
}

function binary(n: Node, scope: Scope): Code {
  const [l, r] = pair(n).map((x) => compile(x, scope));
  switch (n.op) {
    case '==':
      return (c, s) => celEquals(l(c, s), r(c, s));
    case '!=':
      return (c, s) => !celEquals(l(c, s), r(c, s));
    case 'in':
      return (c, s) => celIn(l(c, s), r(c, s));
    case '<':
      return (c, s) => {
        const a = l(c, s);
        const b = r(c, s);
        return comparable(a, b) ? (a as number) < (b as number) : bail();
      };
    case '<=':
      return (c, s) => {
        const a = l(c, s);
        const b = r(c, s);
        return comparable(a, b) ? (a as number) <= (b as number) : bail();
      };
    case '>':
      return (c, s) => {
        const a = l(c, s);
        const b = r(c, s);
        return comparable(a, b) ? (a as number) > (b as number) : bail();
      };
    case '>=':
      return (c, s) => {
        const a = l(c, s);
        const b = r(c, s);
        return comparable(a, b) ? (a as number) >= (b as number) : bail();
      };
    case '+':
      return (c, s) => add(l(c, s), r(c, s));
    case '-':
      return (c, s) => {
        const a = l(c, s);
        const b = r(c, s);
        if (typeof a === 'bigint' && typeof b === 'bigint') return checkedInt(a - b);
        return typeof a === 'number' && typeof b === 'number' ? a - b : bail();
      };
  }
  throw new Unsupported(`operator ${n.op}`);
}

function add(a: unknown, b: unknown): unknown {
  const t = typeof a;
  if (t !== typeof b) return bail();
  if (t === 'string') return (a as string) + (b as string);
  if (t === 'bigint') return checkedInt((a as bigint) + (b as bigint));
  if (t === 'number') return (a as number) + (b as number);
  if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
  return bail();
}

function callArgs(raw: unknown, count: number, what: string): unknown[] {
  if (!Array.isArray(raw) || raw.length !== count) throw new Unsupported(`${what} arguments`);
  return raw;
}

function globalCall(n: Node, scope: Scope): Code {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 2) throw new Unsupported('call shape');
  const name = String(a[0]);
  const [argNode] = callArgs(a[1], 1, name);
  if (name === 'has') return hasMacro(node(argNode), scope);
  const arg = compile(argNode, scope);
  switch (name) {
    case 'size':
      return (c, s) => celSize(arg(c, s));
    case 'string':
      return (c, s) => celString(arg(c, s));
    case 'type':
      return (c, s) => typeOf(arg(c, s));
    case 'double':
      return (c, s) => {
        const v = arg(c, s);
        return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : bail();
      };
  }
  throw new Unsupported(`function ${name}`);
}

/** `has(x.f)`: whether the map x has the field; other values have no fields. */
function hasMacro(arg: Node, scope: Scope): Code {
  if (arg.op !== '.') throw new Unsupported('has() argument');
  const [objNode, f] = pair(arg);
  if (typeof f !== 'string') throw new Unsupported('has() field');
  const obj = compile(objNode, scope);
  return (c, s) => {
    const v = obj(c, s);
    if (isMap(v)) return Object.hasOwn(v, f) && v[f] !== undefined;
    return hasNoFields(v) || Array.isArray(v) ? false : bail();
  };
}

function receiverCall(n: Node, scope: Scope): Code {
  const a = n.args;
  if (!Array.isArray(a) || a.length !== 3 || !Array.isArray(a[2]))
    throw new Unsupported('rcall shape');
  const name = String(a[0]);
  const recvNode = node(a[1]);
  const args = a[2] as unknown[];
  if (name === 'bind' && recvNode.op === 'id' && recvNode.args === 'cel')
    return bindMacro(args, scope);
  if (name === 'exists' || name === 'all' || name === 'filter' || name === 'map')
    return comprehension(name, recvNode, args, scope);
  const recv = compile(recvNode, scope);
  const compiled = args.map((x) => compile(x, scope));
  return method(name, recv, compiled);
}

/** A new scope in which `nameNode` names a fresh slot. */
function bindVariable(nameNode: unknown, scope: Scope): { slot: number; inner: Scope } {
  const id = node(nameNode);
  if (id.op !== 'id' || typeof id.args !== 'string') throw new Unsupported('macro variable');
  const slot = scope.counter.slots++;
  const vars = new Map(scope.vars);
  vars.set(id.args, slot);
  return { slot, inner: { vars, counter: scope.counter } };
}

function bindMacro(args: unknown[], scope: Scope): Code {
  if (args.length !== 3) throw new Unsupported('cel.bind arguments');
  const init = compile(args[1], scope);
  const { slot, inner } = bindVariable(args[0], scope);
  const body = compile(args[2], inner);
  return (c, s) => {
    s[slot] = init(c, s);
    return body(c, s);
  };
}

/** The elements a macro ranges over: a list's items, a map's keys. */
function rangeOf(v: unknown): readonly unknown[] {
  if (Array.isArray(v)) return v;
  return isMap(v) ? Object.keys(v) : bail();
}

function comprehension(name: string, recvNode: Node, args: unknown[], scope: Scope): Code {
  const recv = compile(recvNode, scope);
  const { slot, inner } = bindVariable(args[0], scope);
  if (name === 'exists' || name === 'all') {
    if (args.length !== 2) throw new Unsupported(`${name} arguments`);
    const pred = compile(args[1], inner);
    // CEL's quantifiers are commutative over errors: one element that decides wins over
    // another's error; with no deciding element, an error (or a bail) is the answer.
    const decides = name === 'exists';
    return (c, s) => {
      const items = rangeOf(recv(c, s));
      let unsure = false;
      for (const x of items) {
        s[slot] = x;
        let p: unknown;
        try {
          p = pred(c, s);
        } catch {
          unsure = true;
          continue;
        }
        if (p === decides) return decides;
        if (p !== !decides) unsure = true;
      }
      return unsure ? bail() : !decides;
    };
  }
  if (name === 'filter' || (name === 'map' && args.length === 3)) {
    if (args.length !== (name === 'filter' ? 2 : 3)) throw new Unsupported(`${name} arguments`);
    const pred = compile(args[1], inner);
    const transform = name === 'map' ? compile(args[2], inner) : undefined;
    return (c, s) => {
      const out: unknown[] = [];
      for (const x of rangeOf(recv(c, s))) {
        s[slot] = x;
        const p = pred(c, s);
        if (p === true) out.push(transform ? transform(c, s) : x);
        else if (p !== false) return bail();
      }
      return out;
    };
  }
  if (args.length !== 2) throw new Unsupported('map arguments');
  const transform = compile(args[1], inner);
  return (c, s) => {
    const items = rangeOf(recv(c, s));
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      s[slot] = items[i];
      out[i] = transform(c, s);
    }
    return out;
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : bail());

/** An int argument as a string position. */
const position = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : bail());

function method(name: string, recv: Code, args: Code[]): Code {
  const arity = `${name}/${args.length}`;
  const [a, b] = args;
  switch (arity) {
    case 'orValue/1':
      return (c, s) => {
        const v = recv(c, s);
        const d = a(c, s); // arguments are evaluated first, as the interpreter does
        if (!(v instanceof Optional)) return bail();
        return v.value === undefined ? d : v.value;
      };
    case 'hasValue/0':
      return (c, s) => {
        const v = recv(c, s);
        return v instanceof Optional ? v.value !== undefined : bail();
      };
    case 'startsWith/1':
      return (c, s) => str(recv(c, s)).startsWith(str(a(c, s)));
    case 'endsWith/1':
      return (c, s) => str(recv(c, s)).endsWith(str(a(c, s)));
    case 'contains/1':
      return (c, s) => str(recv(c, s)).includes(str(a(c, s)));
    case 'matches/1':
      return (c, s) => celMatches(str(recv(c, s)), str(a(c, s)));
    case 'lowerAscii/0':
      return (c, s) => str(recv(c, s)).toLowerCase();
    case 'upperAscii/0':
      return (c, s) => str(recv(c, s)).toUpperCase();
    case 'trim/0':
      return (c, s) => str(recv(c, s)).trim();
    case 'indexOf/1':
      return (c, s) => BigInt(str(recv(c, s)).indexOf(str(a(c, s))));
    case 'lastIndexOf/1':
      return (c, s) => BigInt(str(recv(c, s)).lastIndexOf(str(a(c, s))));
    case 'substring/1':
      return (c, s) => {
        const v = str(recv(c, s));
        const start = position(a(c, s));
        return start < 0 || start > v.length ? bail() : v.substring(start);
      };
    case 'substring/2':
      return (c, s) => {
        const v = str(recv(c, s));
        const start = position(a(c, s));
        const end = position(b(c, s));
        if (start < 0 || start > v.length || end < start || end > v.length) return bail();
        return v.substring(start, end);
      };
    case 'split/1':
      return (c, s) => str(recv(c, s)).split(str(a(c, s)));
    case 'split/2':
      return (c, s) => {
        const v = str(recv(c, s));
        const sep = str(a(c, s));
        const limit = position(b(c, s));
        if (limit === 0) return [];
        const parts = v.split(sep);
        if (limit < 0 || parts.length <= limit) return parts;
        // At most `limit` parts: the last keeps the rest of the string.
        return [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(sep)];
      };
    case 'join/0':
    case 'join/1':
      return (c, s) => {
        const v = recv(c, s);
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return bail();
        return v.join(a ? str(a(c, s)) : '');
      };
  }
  throw new Unsupported(`method ${arity}`);
}
