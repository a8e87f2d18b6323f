import yaml from 'js-yaml';
import {
  isJsonObject,
  type FieldPath,
  type LineLocator,
  type Resource,
  type Source,
} from '../model/types.js';
import { jsonLocator } from './json-lines.js';
import { treeLocator, yamlLocator } from './locator.js';
import { hasUnprintable, loadSimpleYaml, NOT_SIMPLE } from './simple-yaml.js';
import { treeIndexLocator, type LineNode } from './line-index.js';
import { specReading } from './empty-item.js';
import { KUBERNETES_SCHEMA } from './yaml-schema.js';

export interface ParseLimits {
  /** Files larger than this are not parsed (a parse-error finding instead). */
  maxFileBytes: number;
  /** A document that expands to more nodes than this is refused (YAML alias bombs). */
  maxNodesPerDocument: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxNodesPerDocument: 1_000_000,
};

/** Input that could not be read as Kubernetes objects; becomes a `parse-error` finding. */
export interface ParseProblem {
  file: string;
  line: number;
  message: string;
  /** Warnings are reported but are not findings (for example a binary file). */
  warningOnly?: boolean;
}

export interface ParsedSource {
  resources: Resource[];
  problems: ParseProblem[];
}

// The core schema with YAML 1.1's booleans, as kubectl reads them (see yaml-schema.ts).
const LOAD_OPTIONS: yaml.LoadOptions = { schema: KUBERNETES_SCHEMA };

export function parseSource(
  source: Source,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): ParsedSource {
  const { path, text } = source;
  if (Buffer.byteLength(text) > limits.maxFileBytes) {
    return problem(
      path,
      1,
      `file is larger than the limit of ${limits.maxFileBytes} bytes; not scanned`,
    );
  }
  if (text.slice(0, 8192).includes('\u0000')) {
    return {
      resources: [],
      problems: [{ file: path, line: 1, message: 'binary file; not scanned', warningOnly: true }],
    };
  }
  if (path.endsWith('.json')) return parseJson(path, text);
  return parseYaml(path, text, limits);
}

function problem(file: string, line: number, message: string): ParsedSource {
  return { resources: [], problems: [{ file, line, message }] };
}

function parseJson(path: string, text: string): ParsedSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : 1;
    return problem(path, line, `invalid JSON: ${String((e as Error).message).split('\n')[0]}`);
  }
  const out: ParsedSource = { resources: [], problems: [] };
  collectResources(value, path, 0, jsonLocator(text), out);
  return out;
}

const DOC_START = /^---(?:\s|$)/;
const DOC_END = /^\.\.\.\s*$/;

function parseYaml(path: string, text: string, limits: ParseLimits): ParsedSource {
  // Without "\r", a chunk of lines is a plain slice of the text (cheaper than joining the
  // lines again): track where each line starts. The lines split on a string, not a regex.
  const sliceable = !text.includes('\r');
  const lines = sliceable ? text.split('\n') : text.split(/\r?\n/);
  // The fast reader takes lines split on "\n" alone, and leaves byte order marks and
  // characters js-yaml refuses to js-yaml.
  const simple = sliceable && text.charCodeAt(0) !== 0xfeff && !hasUnprintable(text);
  const out: ParsedSource = { resources: [], problems: [] };
  let docIndex = 0;
  let start = 0;
  let startOffset = 0;
  let offset = 0;
  let explicit = false;
  const flush = (end: number) => {
    const firstContent = firstContentLine(lines, start, end);
    // An empty chunk before the first marker is no document; an explicit empty one is null.
    if (firstContent < 0) {
      if (explicit) docIndex++;
      return;
    }
    if (simple) {
      const lineTree: LineNode = { line: 0 };
      const value = loadSimpleYaml(lines, start, end, lineTree);
      if (value !== NOT_SIMPLE) {
        const locator = treeIndexLocator(() => lineTree, firstContent + 1);
        collectResources(value, path, docIndex++, locator, out);
        return;
      }
    }
    const chunk = sliceable
      ? text.slice(startOffset, end < lines.length ? offset - 1 : text.length)
      : lines.slice(start, end).join('\n');
    parseDocumentChunk(chunk, lines, start, end, firstContent, path, docIndex++, out, limits);
  };
  for (let i = 0; i < lines.length; i++, offset += lines[i - 1].length + 1) {
    // Only lines that start with "-" or "." can be markers: skip the regexes for the rest.
    // (An empty line has no first character: asked past its end, charCodeAt deoptimizes.)
    if (lines[i].length === 0) continue;
    const first = lines[i].charCodeAt(0);
    if (first !== 45 && first !== 46) continue;
    if (DOC_START.test(lines[i])) {
      flush(i);
      start = i + 1;
      startOffset = offset + lines[i].length + 1;
      explicit = true;
    } else if (DOC_END.test(lines[i])) {
      flush(i);
      start = i + 1;
      startOffset = offset + lines[i].length + 1;
      explicit = false;
    }
  }
  flush(lines.length);
  return out;
}

function firstContentLine(lines: readonly string[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const t = lines[i].trimStart();
    if (t !== '' && !t.startsWith('#') && !t.startsWith('%')) return i;
  }
  return -1;
}

function parseDocumentChunk(
  chunk: string,
  lines: readonly string[],
  start: number,
  end: number,
  firstContent: number,
  path: string,
  docIndex: number,
  out: ParsedSource,
  limits: ParseLimits,
): void {
  let value: unknown;
  try {
    value = yaml.load(chunk, LOAD_OPTIONS);
  } catch (e) {
    const err = e as { reason?: string; mark?: { line?: number }; message?: string };
    // Only the reason: js-yaml's message quotes the surrounding text, which may be a secret.
    const line = start + (err.mark?.line ?? 0) + 1;
    out.problems.push({
      file: path,
      line,
      message: `invalid YAML: ${err.reason ?? 'cannot parse'}`,
    });
    return;
  }
  const spec = specReading(chunk, value, lines, start, end);
  if (spec) {
    value = spec.value;
    out.problems.push({
      file: path,
      line: spec.line,
      message:
        'ambiguous YAML: an empty list item followed by a list item further left, which js-yaml reads as the same list and Kubernetes as the outer one; checked as Kubernetes reads it. Write the empty item as `- null` or remove it',
    });
  }
  if (chunk.includes('*') && exceedsNodeBudget(value, limits.maxNodesPerDocument)) {
    out.problems.push({
      file: path,
      line: firstContent + 1,
      message: `document expands to more than ${limits.maxNodesPerDocument} nodes through aliases (a YAML alias bomb?); not scanned`,
    });
    return;
  }
  const flow = /^\s*[{[]/.test(lines[firstContent]);
  const locator = flow
    ? treeLocator(chunk, start + 1)
    : yamlLocator(lines, start, end, firstContent + 1);
  collectResources(value, path, docIndex, locator, out);
}

/** Counts nodes as a walk would see them, so shared aliases count every time they are used. */
function exceedsNodeBudget(value: unknown, budget: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > budget) return true;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === 'object')
      for (const item of Object.values(v)) stack.push(item);
  }
  return false;
}

function collectResources(
  value: unknown,
  file: string,
  docIndex: number,
  locator: LineLocator,
  out: ParsedSource,
  basePath: FieldPath = [],
): void {
  if (!isJsonObject(value)) return;
  const { apiVersion, kind } = value;
  // Not a Kubernetes object (values files, Chart.yaml, CI configs): skipped quietly.
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !apiVersion || !kind) return;
  if (kind.endsWith('List') && Array.isArray(value.items)) {
    value.items.forEach((item, i) =>
      collectResources(item, file, docIndex, locator, out, [...basePath, 'items', i]),
    );
    return;
  }
  const metadata = isJsonObject(value.metadata) ? value.metadata : {};
  const name =
    typeof metadata.name === 'string'
      ? metadata.name
      : typeof metadata.generateName === 'string'
        ? metadata.generateName
        : '';
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
  out.resources.push({
    apiVersion,
    kind,
    name,
    namespace,
    object: value,
    file,
    docIndex,
    basePath,
    locator,
  });
}
