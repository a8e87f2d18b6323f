// A compact form of plain data (findings, warnings) for the trip from a scan worker to the
// main thread. The structured clone that postMessage does writes every property name of
// every object and every copy of a repeated string; a large scan's findings repeat the
// same dozen keys and many strings (rule ids, titles, files, resources) tens of thousands
// of times, and cloning them cost as much as a few percent of the scan on each side.
// Packed, the objects become numbers in one Float64Array (moved, not cloned), each key list
// travels once, a string that a key of an object shape repeats travels once (see
// KeyStrings: keys whose strings are all different, such as messages, are not hashed after
// a first look), and the main thread rebuilds the objects with their keys in the original
// order, so reports stay byte-identical. On the 10k corpus a pack holds half as many
// strings as with only each key's last string remembered, and the rebuilt results take 8 MB
// less of the main thread's heap.
//
// Only JSON-like data is packed: undefined, null, booleans, numbers, strings, arrays and
// plain objects. Anything else throws, and the caller falls back to the structured clone.

export interface Packed {
  codes: Float64Array<ArrayBuffer>;
  strings: string[];
  /** Key lists of the packed objects, each once. */
  shapes: string[][];
}

const enum Tag {
  Undefined = 0,
  Null = 1,
  True = 2,
  False = 3,
  Number = 4,
  String = 5,
  Array = 6,
  Object = 7,
}

interface ShapeNode {
  shape?: Shape;
  next: Map<string, ShapeNode>;
}

/** A packed object shape and, per key, the strings it held (see KeyStrings). */
interface Shape {
  id: number;
  keys: KeyStrings[];
}

/**
 * The strings one key of one shape has held in this pack, each sent once. A key whose
 * strings rarely repeat (a message, a fingerprint) stops being remembered after a while, so
 * that unique strings are not hashed for nothing; it still sends a string once when the
 * next object repeats it.
 */
interface KeyStrings {
  ids: Map<string, number> | undefined;
  hits: number;
  misses: number;
  last: string | undefined;
  lastId: number;
}

/** Strings a key must have sent before it can be judged, and the share it must repeat. */
const JUDGED_AFTER = 64;
const MIN_REPEATS = 0.25;

class Packer {
  codes = new Float64Array(1024);
  length = 0;
  strings: string[] = [];
  shapes: string[][] = [];
  /** Key lists seen so far, as a trie: one Map lookup per key, no joined strings. */
  private shapeRoot: ShapeNode = { next: new Map() };

  private push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  private string(s: string): void {
    this.push(Tag.String);
    this.push(this.strings.length);
    this.strings.push(s);
  }

  /**
   * Findings repeat most of their strings (rule ids, titles, files, resources, field paths):
   * each is sent once per pack and referred to after, so that the main thread also builds
   * it once (fewer strings to copy now, and to keep alive through its collections).
   */
  private keyString(key: KeyStrings, s: string): void {
    let id = key.last === s ? key.lastId : key.ids?.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      if (key.ids) {
        key.ids.set(s, id);
        if (++key.misses >= JUDGED_AFTER && key.hits < MIN_REPEATS * (key.hits + key.misses))
          key.ids = undefined;
      }
    } else key.hits++;
    key.last = s;
    key.lastId = id;
    this.push(Tag.String);
    this.push(id);
  }

  private shape(keys: string[]): Shape {
    let node = this.shapeRoot;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.shape) {
      node.shape = {
        id: this.shapes.length,
        keys: keys.map(() => ({ ids: new Map(), hits: 0, misses: 0, last: undefined, lastId: 0 })),
      };
      this.shapes.push(keys);
    }
    return node.shape;
  }

  value(v: unknown): void {
    switch (typeof v) {
      case 'undefined':
        this.push(Tag.Undefined);
        return;
      case 'boolean':
        this.push(v ? Tag.True : Tag.False);
        return;
      case 'number':
        this.push(Tag.Number);
        this.push(v);
        return;
      case 'string':
        this.string(v);
        return;
      case 'object': {
        if (v === null) {
          this.push(Tag.Null);
          return;
        }
        if (Array.isArray(v)) {
          this.push(Tag.Array);
          this.push(v.length);
          for (const item of v as unknown[]) this.value(item);
          return;
        }
        const proto: unknown = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) break;
        const keys = Object.keys(v);
        const shape = this.shape(keys);
        this.push(Tag.Object);
        this.push(shape.id);
        const record = v as Record<string, unknown>;
        for (let i = 0; i < keys.length; i++) {
          const item = record[keys[i]];
          if (typeof item === 'string') this.keyString(shape.keys[i], item);
          else this.value(item);
        }
        return;
      }
      default:
        break;
    }
    throw new TypeError(`cannot pack a ${typeof v}`);
  }
}

/** Packs JSON-like data; throws TypeError on anything else (class instances, functions). */
export function pack(value: unknown): Packed {
  const p = new Packer();
  p.value(value);
  return { codes: p.codes.slice(0, p.length), strings: p.strings, shapes: p.shapes };
}

/** Rebuilds what pack() was given: equal values, keys in the same order. */
export function unpack(packed: Packed): unknown {
  const { codes, strings, shapes } = packed;
  let at = 0;
  const read = (): unknown => {
    switch (codes[at++] as Tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.True:
        return true;
      case Tag.False:
        return false;
      case Tag.Number:
        return codes[at++];
      case Tag.String:
        return strings[codes[at++]];
      case Tag.Array: {
        const n = codes[at++];
        const list: unknown[] = new Array<unknown>(n);
        for (let i = 0; i < n; i++) list[i] = read();
        return list;
      }
      case Tag.Object: {
        const keys = shapes[codes[at++]];
        const record: Record<string, unknown> = {};
        for (const k of keys) {
          // Assigning "__proto__" would set the prototype instead of a property.
          if (k === '__proto__')
            Object.defineProperty(record, k, {
              value: read(),
              enumerable: true,
              writable: true,
              configurable: true,
            });
          else record[k] = read();
        }
        return record;
      }
      default:
        throw new Error(`corrupt packed data at ${at - 1}`);
    }
  };
  return read();
}
