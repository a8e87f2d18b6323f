// Points a finding on a Kustomize root's output at the file that holds the field: the
// base resource, or a patch in an overlay or component when that is where the field is
// set. kubectl prints no source markers, so the resource is matched by kind and name
// (a name prefix or suffix from an overlay is allowed) among the YAML files the
// kustomizations read, and the document that has the deepest node along the path wins,
// a later one (a patch over its base) on a tie.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { FieldPath, Location } from '../types.js';
import { deepestLine } from './values-lookup.js';

export interface SourceDocument {
  file: string;
  kind: string;
  name: string;
  contents: unknown;
  lines: LineCounter;
}

/** Resource-shaped documents (kind and metadata.name) of the given repository files. */
export function readSourceDocuments(rootDir: string, files: Iterable<string>): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (const file of files) {
    if (!/\.ya?ml$/i.test(file) || /(^|\/)kustomization\.ya?ml$/.test(file)) continue;
    let text: string;
    try {
      text = readFileSync(join(rootDir, file), 'utf8');
    } catch {
      continue; // a referenced file that is missing: kubectl has already said so
    }
    const lines = new LineCounter();
    for (const doc of parseAllDocuments(text, { lineCounter: lines })) {
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

/**
 * The deepest node's line, on a mapping key: a list item is pointed at by the key that
 * holds the list (`containers:`), as for Helm templates, where items have no key.
 */
function keyLine(doc: SourceDocument, path: FieldPath) {
  const hit = deepestLine(doc.contents, doc.lines, path);
  if (!hit || typeof path[hit.depth - 1] === 'string') return hit;
  let k = hit.depth - 1;
  while (k > 0 && typeof path[k - 1] !== 'string') k--;
  return k > 0 ? deepestLine(doc.contents, doc.lines, path.slice(0, k)) : hit;
}

export function locateInSources(
  docs: readonly SourceDocument[],
  resource: { kind: string; name: string },
  path: FieldPath,
): Location | undefined {
  let best: { location: Location; depth: number } | undefined;
  for (const doc of sameResource(docs, resource.kind, resource.name)) {
    const hit = keyLine(doc, path);
    if (hit && hit.depth >= (best?.depth ?? 0))
      best = { location: { file: doc.file, line: hit.line }, depth: hit.depth };
    // A finding about the whole object (or a field no file has): the first document's
    // start, which is the base resource rather than a patch over it.
    const start = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0];
    if (!best && start !== undefined)
      best = { location: { file: doc.file, line: doc.lines.linePos(start).line }, depth: 0 };
  }
  return best?.location;
}
