// The patches a Kustomize root applies, in the order it applies them, each with the lines
// it sits on: patch files, and patches written inside a kustomization file (`patches:`
// with `patch: |-`, `patchesStrategicMerge` entries that are YAML text, `patchesJson6902`
// with `patch:`), whose lines are counted from where their text starts in that file. A
// strategic merge patch is a fragment of an object; a JSON 6902 patch is a list of
// operations, each with the path it changes. Effect: reads the kustomization and patch
// files; remote ones and files outside the repository are left out.
import { readFileSync, statSync } from '../../util/fs.js';
import { join, resolve } from 'node:path';
import type { Node, LineCounter, Scalar } from 'yaml';
import { loadYaml } from '../../util/vendor/yaml.js';
import type { FieldPath } from '../../model/types.js';
import { kustomizationIn } from './kustomize-inputs.js';
import { repoPath } from './repo-path.js';

/** What a patch applies to (`target:`); absent fields match anything. */
export interface PatchTarget {
  group?: string;
  version?: string;
  kind?: string;
  /** A regular expression in Kustomize; a plain name matches itself. */
  name?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

/** Positions in a patch's text, and the file line its first line sits on. */
export interface PatchText {
  lines: LineCounter;
  /** 1-based line of the file that holds the text's first line. */
  firstLine: number;
  /**
   * The text is a quoted string in the file (`patch: "- op: remove\n  path: /x"`): its
   * lines are not the file's, so everything in it is on its first line.
   */
  flat?: true;
}

/** The file line of an offset in a patch's text. */
export function patchLine(text: PatchText, offset: number | undefined): number {
  if (text.flat || offset === undefined) return text.firstLine;
  return text.firstLine + text.lines.linePos(offset).line - 1;
}

export interface MergePatch extends PatchText {
  type: 'merge';
  /** The patch's own kind and name, which pick its object when it has no target. */
  kind?: string;
  name?: string;
  contents: Node;
}

/** A JSON 6902 operation: the path it changes, and the value it writes there. */
export interface PatchOperation {
  op: string;
  /** The path's segments; `-` (the end of a list) stays a string. */
  path: FieldPath;
  /** File line of the operation's `path:` (of its first line when it has none). */
  line: number;
  value?: Node;
}

export interface JsonPatch extends PatchText {
  type: 'json6902';
  operations: PatchOperation[];
}

export interface KustomizePatch {
  /** Repository-relative file that holds the patch (a kustomization file when inline). */
  file: string;
  target?: PatchTarget;
  patch: MergePatch | JsonPatch;
}

type Raw = Record<string, unknown>;

const isRemote = (p: string) =>
  /^[a-z][\w+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(p);

/** A JSON pointer (`/spec/containers/0/image`) as path segments. */
export function pointerPath(pointer: string): FieldPath {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The patches one text holds: each document a strategic merge patch or a list of operations. */
export function parsePatchText(
  text: string,
  firstLine: number,
  flat = false,
): (MergePatch | JsonPatch)[] {
  const yaml = loadYaml();
  const lines = new yaml.LineCounter();
  const out: (MergePatch | JsonPatch)[] = [];
  const at: PatchText = { lines, firstLine, ...(flat ? { flat: true } : {}) };
  const lineOf = (offset: number | undefined) => patchLine(at, offset);
  for (const doc of yaml.parseAllDocuments(text, { lineCounter: lines })) {
    if (!('contents' in doc) || doc.errors.length) continue;
    const contents = doc.contents as Node | null;
    if (yaml.isSeq(contents)) {
      const operations: PatchOperation[] = [];
      for (const item of contents.items) {
        if (!yaml.isMap(item)) continue;
        const pair = (key: string) =>
          item.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === key);
        const op = pair('op')?.value;
        const path = pair('path');
        if (!yaml.isScalar(op) || !path || !yaml.isScalar(path.value)) continue;
        const value = pair('value')?.value;
        operations.push({
          op: String(op.value),
          path: pointerPath(String(path.value.value)),
          line: lineOf((path.key as Node).range?.[0] ?? item.range?.[0]),
          ...(value ? { value: value as Node } : {}),
        });
      }
      out.push({ type: 'json6902', operations, ...at });
    } else if (yaml.isMap(contents)) {
      const js = doc.toJS() as { kind?: unknown; metadata?: { name?: unknown } } | null;
      out.push({
        type: 'merge',
        contents,
        ...at,
        ...(typeof js?.kind === 'string' ? { kind: js.kind } : {}),
        ...(typeof js?.metadata?.name === 'string' ? { name: js.metadata.name } : {}),
      });
    }
  }
  return out;
}

function target(node: unknown): PatchTarget | undefined {
  const yaml = loadYaml();
  if (!yaml.isMap(node)) return undefined;
  const t: Record<string, string> = {};
  for (const p of node.items)
    if (yaml.isScalar(p.key) && yaml.isScalar(p.value) && p.value.value !== null)
      t[String(p.key.value)] = String(p.value.value);
  return t as PatchTarget;
}

/** A block scalar (`patch: |-`) keeps its text's lines as the file's, one for one. */
const isBlock = (node: Scalar) =>
  node.type === loadYaml().Scalar.BLOCK_LITERAL || node.type === loadYaml().Scalar.BLOCK_FOLDED;

/** The file line where an inline patch's text starts: the line after `|` for a block. */
function textStart(node: Scalar, lines: LineCounter): number {
  const at = lines.linePos(node.range?.[0] ?? 0).line;
  return isBlock(node) ? at + 1 : at;
}

interface Entry {
  /** The patch text written inline, with its node. */
  inline?: Scalar;
  /** Or the patch file, relative to the kustomization. */
  path?: string;
  target?: PatchTarget;
}

/** The patch entries of a kustomization, in the order Kustomize applies them. */
function entries(root: Node | null): Entry[] {
  const yaml = loadYaml();
  if (!yaml.isMap(root)) return [];
  const field = (key: string) =>
    root.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === key)?.value;
  const list = (key: string) => {
    const v = field(key);
    return yaml.isSeq(v) ? v.items : [];
  };
  const out: Entry[] = [];
  for (const item of list('patchesStrategicMerge'))
    if (yaml.isScalar(item) && typeof item.value === 'string')
      out.push(item.value.includes('\n') ? { inline: item } : { path: item.value });
  for (const key of ['patches', 'patchesJson6902']) {
    for (const item of list(key)) {
      if (!yaml.isMap(item)) continue;
      const get = (k: string) =>
        item.items.find((p) => yaml.isScalar(p.key) && p.key.value === k)?.value;
      const t = target(get('target'));
      const patch = get('patch');
      const path = get('path');
      const base = t ? { target: t } : {};
      if (yaml.isScalar(patch) && typeof patch.value === 'string')
        out.push({ ...base, inline: patch });
      else if (yaml.isScalar(path) && typeof path.value === 'string')
        out.push({ ...base, path: path.value });
    }
  }
  return out;
}

/** The folders a kustomization reads resources from (bases, components), as written. */
function folders(raw: Raw): string[] {
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return [...strings(raw.resources), ...strings(raw.bases), ...strings(raw.components)].filter(
    (p) => !isRemote(p),
  );
}

/**
 * Every patch a Kustomize root applies, bases' before their overlay's (the order in
 * which they change an object), each overlay's in Kustomize's order: strategic merge
 * patches, then `patches`, then JSON 6902 patches.
 */
export function readKustomizePatches(rootDir: string, overlayDir: string): KustomizePatch[] {
  const yaml = loadYaml();
  const root = resolve(rootDir);
  const out: KustomizePatch[] = [];
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const file = kustomizationIn(dir);
    const rel = file && repoPath(root, file);
    if (!file || rel === undefined) return;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    const lines = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lines });
    if (doc.errors.length) return; // kubectl reports a broken kustomization
    const raw = doc.toJS() as unknown;
    if (raw === null || typeof raw !== 'object') return;
    for (const p of folders(raw as Raw)) {
      const abs = resolve(dir, p);
      try {
        if (statSync(abs).isDirectory()) visit(abs);
      } catch {
        // missing: kubectl says so
      }
    }
    for (const entry of entries(doc.contents as Node | null)) {
      const t = entry.target ? { target: entry.target } : {};
      if (entry.inline) {
        const start = textStart(entry.inline, lines);
        const text = String(entry.inline.value);
        for (const patch of parsePatchText(text, start, !isBlock(entry.inline)))
          out.push({ file: rel, ...t, patch });
        continue;
      }
      if (!entry.path || isRemote(entry.path)) continue;
      const abs = resolve(dir, entry.path);
      const target = repoPath(root, abs);
      if (target === undefined) continue;
      let patchText: string;
      try {
        patchText = readFileSync(join(abs), 'utf8');
      } catch {
        continue;
      }
      for (const patch of parsePatchText(patchText, 1)) out.push({ file: target, ...t, patch });
    }
  };
  visit(resolve(overlayDir));
  return out;
}
