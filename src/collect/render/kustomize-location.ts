// Points a finding on a Kustomize root's output at the line that gives the object its
// field: in the base resource, or in a patch (a file, or text written inside a
// kustomization file) when that is where the field is set, changed or removed. kubectl
// prints no source markers, so the resource is matched by kind and name (a name prefix or
// suffix from an overlay is allowed) among the YAML files the kustomizations read, and a
// patch by its target; the one that goes deepest along the path wins, a later one (a
// patch over its base) on a tie.
import { readFileSync } from '../../util/fs.js';
import { join } from 'node:path';
import type { Node, LineCounter } from 'yaml';
import { loadYaml } from '../../util/vendor/yaml.js';
import { pairOf } from '../../util/yaml-pair.js';
import { valueAt } from '../../model/field-path.js';
import { isJsonObject, type FieldPath, type JsonObject, type Location } from '../../model/types.js';
import {
  patchLine,
  type JsonPatch,
  type KustomizePatch,
  type MergePatch,
} from './kustomize-patches.js';

export interface SourceDocument {
  file: string;
  kind: string;
  name: string;
  contents: unknown;
  lines: LineCounter;
}

/** Resource-shaped documents (kind and metadata.name) of the given repository files. */
export function readSourceDocuments(rootDir: string, files: Iterable<string>): SourceDocument[] {
  const yaml = loadYaml();
  const docs: SourceDocument[] = [];
  for (const file of files) {
    if (!/\.ya?ml$/i.test(file) || /(^|\/)kustomization\.ya?ml$/.test(file)) continue;
    let text: string;
    try {
      text = readFileSync(join(rootDir, file), 'utf8');
    } catch {
      continue; // a referenced file that is missing: kubectl has already said so
    }
    const lines = new yaml.LineCounter();
    for (const doc of yaml.parseAllDocuments(text, { lineCounter: lines })) {
      if (!('contents' in doc) || doc.errors.length) continue;
      const js: unknown = doc.toJS();
      if (js === null || typeof js !== 'object' || Array.isArray(js)) continue;
      const { kind, metadata } = js as { kind?: unknown; metadata?: { name?: unknown } };
      if (typeof kind !== 'string' || typeof metadata?.name !== 'string') continue;
      docs.push({ file, kind, name: metadata.name, contents: doc.contents, lines });
    }
  }
  return docs;
}

/** Documents for a rendered resource: the same name, else the longest name it contains. */
function sameResource(
  docs: readonly SourceDocument[],
  kind: string,
  name: string,
): SourceDocument[] {
  const ofKind = docs.filter((d) => d.kind === kind);
  const exact = ofKind.filter((d) => d.name === name);
  if (exact.length) return exact;
  const contained = ofKind.filter((d) => name.includes(d.name));
  const longest = Math.max(0, ...contained.map((d) => d.name.length));
  return contained.filter((d) => d.name.length === longest);
}

/** The object a finding is about, as kubectl rendered it. */
export interface RenderedObject {
  apiVersion: string;
  kind: string;
  name: string;
  object: JsonObject;
}

interface Hit {
  /** Offset in the text of the node's line. */
  offset: number;
  /** How many segments of the path the text has. */
  depth: number;
  /** The node at that depth (null for an explicit `key: null`, a deletion in a patch). */
  node: unknown;
}

/**
 * The deepest node along `path` below `root`. A list item with a `name` is found by the
 * rendered item's name (a strategic merge patch lists only the containers it changes,
 * and an overlay may have put another container first), other items by their index; an
 * item is pointed at by its first line, as in a plain manifest. `prefix` is where `root`
 * sits in the rendered object.
 */
function walkNode(root: unknown, path: FieldPath, object: JsonObject, prefix: FieldPath = []) {
  const yaml = loadYaml();
  let node = root;
  let hit: Hit | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    let next: unknown;
    let at: number | undefined;
    if (typeof seg === 'string' && yaml.isMap(node)) {
      const pair = pairOf(node, seg);
      if (pair) {
        next = pair.value ?? null;
        at = (pair.key as Node).range?.[0];
      }
    } else if (typeof seg === 'number' && yaml.isSeq(node)) {
      const rendered = valueAt(object, [...prefix, ...path.slice(0, depth + 1)]);
      const name = isJsonObject(rendered) ? rendered.name : undefined;
      const named = typeof name === 'string' && node.items.some(hasName);
      next = named ? node.items.find((i) => nameValue(i) === name) : node.items[seg];
      at = (next as Node | undefined)?.range?.[0];
    }
    if (at === undefined) break;
    hit = { offset: at, depth: depth + 1, node: next };
    node = next;
  }
  return hit;
}

function hasName(item: unknown): boolean {
  return loadYaml().isMap(item) && pairOf(item, 'name') !== undefined;
}

function nameValue(item: unknown): unknown {
  const yaml = loadYaml();
  if (!yaml.isMap(item)) return undefined;
  const value = pairOf(item, 'name')?.value;
  return yaml.isScalar(value) ? value.value : undefined;
}

/** An equality selector (`a=b,c!=d,e`) holds for labels; other forms are not read. */
function selects(selector: string | undefined, labels: unknown): boolean {
  if (selector === undefined) return true;
  const have = isJsonObject(labels) ? labels : {};
  return selector.split(',').every((term) => {
    const m = /^\s*([\w./-]+)\s*(==|=|!=)?\s*([\w./-]*)\s*$/.exec(term);
    if (!m) return false;
    if (!m[2]) return m[1] in have;
    return m[2] === '!=' ? have[m[1]] !== m[3] : have[m[1]] === m[3];
  });
}

/** A target's name is a regular expression in Kustomize; an overlay's prefix may surround it. */
function namesMatch(pattern: string, name: string): boolean {
  if (name.includes(pattern)) return true;
  try {
    return new RegExp(pattern).test(name);
  } catch {
    return false;
  }
}

/** Whether a patch changes the rendered object. */
function applies(patch: KustomizePatch, r: RenderedObject): boolean {
  const t = patch.target;
  if (!t) {
    const p = patch.patch;
    return p.type === 'merge' && p.kind === r.kind && !!p.name && r.name.includes(p.name);
  }
  const slash = r.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : r.apiVersion.slice(0, slash);
  const version = r.apiVersion.slice(slash + 1);
  const metadata = isJsonObject(r.object.metadata) ? r.object.metadata : {};
  return (
    (t.kind === undefined || t.kind === r.kind) &&
    (t.group === undefined || t.group === group) &&
    (t.version === undefined || t.version === version) &&
    (t.name === undefined || namesMatch(t.name, r.name)) &&
    selects(t.labelSelector, metadata.labels) &&
    selects(t.annotationSelector, metadata.annotations)
  );
}

/**
 * The operation's path leads to the field. `-` (append to a list) stands for the list's
 * last rendered item.
 */
function leadsTo(op: FieldPath, path: FieldPath, object: JsonObject): boolean {
  const isLast = (i: number) => {
    const list = valueAt(object, path.slice(0, i));
    return Array.isArray(list) && path[i] === list.length - 1;
  };
  return (
    op.length <= path.length && op.every((seg, i) => seg === path[i] || (seg === '-' && isLast(i)))
  );
}

interface Candidate {
  location: Location;
  depth: number;
}

/**
 * Where a JSON 6902 patch sets the field: its last operation on a path that leads to it,
 * on the line of its `path:`, which names what it adds, removes or replaces (or inside the
 * value it writes, when that spells more of the field's path). Indices are compared as written:
 * an operation addresses the list as it was when applied, and a strategic merge patch
 * applied later may have moved the items.
 */
function inOperations(
  patch: JsonPatch,
  file: string,
  full: FieldPath,
  present: FieldPath,
  object: JsonObject,
): Candidate | undefined {
  let found: Candidate | undefined;
  for (const op of patch.operations) {
    if (op.op === 'test' || !leadsTo(op.path, full, object)) continue;
    found = { location: { file, line: op.line }, depth: op.path.length };
    // Into the value it writes, when that spells more of the path.
    const prefix = present.slice(0, op.path.length);
    const deeper = op.value && walkNode(op.value, present.slice(op.path.length), object, prefix);
    if (deeper)
      found = {
        location: { file, line: patchLine(patch, deeper.offset) },
        depth: op.path.length + deeper.depth,
      };
  }
  return found;
}

/** Where a strategic merge patch sets the field, or deletes it or a parent (`key: null`). */
function inMerge(
  patch: MergePatch,
  file: string,
  full: FieldPath,
  present: FieldPath,
  object: JsonObject,
): Candidate | undefined {
  const deleted = walkNode(patch.contents, full, object);
  const hit =
    deleted && deleted.depth > present.length && deleted.node === null
      ? deleted
      : walkNode(patch.contents, present, object);
  return hit && { location: { file, line: patchLine(patch, hit.offset) }, depth: hit.depth };
}

/**
 * The line that gives the rendered object its field at `full` (the document has the part
 * `full.slice(0, present)`): the base document that holds the deepest node along it, or a
 * patch applied after it that goes as deep (a later one wins a tie). A JSON 6902
 * operation on the field or a parent of it (a `remove` included) goes as deep as its path.
 */
export function locateInSources(
  docs: readonly SourceDocument[],
  patches: readonly KustomizePatch[],
  resource: RenderedObject,
  full: FieldPath,
  present: number,
): Location | undefined {
  const path = full.slice(0, present);
  let best: Candidate | undefined;
  const consider = (c: Candidate | undefined) => {
    if (c && c.depth > 0 && c.depth >= (best?.depth ?? 0)) best = c;
  };
  for (const doc of sameResource(docs, resource.kind, resource.name)) {
    const hit = walkNode(doc.contents, path, resource.object);
    if (hit)
      consider({
        location: { file: doc.file, line: doc.lines.linePos(hit.offset).line },
        depth: hit.depth,
      });
    // A finding about the whole object (or a field no file has): the first document's
    // start, which is the base resource rather than a patch over it.
    const start = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0];
    if (!best && start !== undefined)
      best = { location: { file: doc.file, line: doc.lines.linePos(start).line }, depth: 0 };
  }
  for (const patch of patches) {
    if (!applies(patch, resource)) continue;
    const p = patch.patch;
    consider(
      p.type === 'json6902'
        ? inOperations(p, patch.file, full, path, resource.object)
        : inMerge(p, patch.file, full, path, resource.object),
    );
  }
  return best?.location;
}
