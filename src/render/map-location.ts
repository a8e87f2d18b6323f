// Points a finding in a helm-rendered document back at a line people edit. The rendered
// line exists in no file, so we look for the offending key in the template (walking the
// field path's keys in order, so `securityContext.privileged` prefers the `privileged:`
// under `securityContext:`), and when the template does not spell the key out (it comes
// in through `toYaml .Values...`), in the chart's values file instead. Pure: text in,
// location out.
import type { FieldPath, Location } from '../types.js';

export interface TextFile {
  /** Repository-relative path. */
  path: string;
  text: string;
}

export interface HelmLocationInput {
  /** Segments of the finding's field path inside the rendered document. */
  fieldPath: FieldPath;
  template: TextFile;
  /** The chart's values.yaml, when it has one. */
  values?: TextFile;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line that starts a mapping entry for `key` (plain or quoted, possibly a list item). */
function keyPattern(key: string): RegExp {
  const k = escapeRegExp(key);
  return new RegExp(`^\\s*(?:-\\s+)?(?:${k}|"${k}"|'${k}')\\s*:(?:\\s|$)`);
}

function findFrom(lines: readonly string[], key: string, from: number): number {
  const pattern = keyPattern(key);
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i;
  return -1;
}

/** Where a path's keys were found: the last key's line, and the deepest parent's (0-based, or -1). */
interface KeySearch {
  exact: number;
  parent: number;
}

function searchKeys(text: string, path: FieldPath): KeySearch {
  const keys = path.filter((s): s is string => typeof s === 'string');
  const last = keys.at(-1);
  if (last === undefined) return { exact: -1, parent: -1 };
  const lines = text.split(/\r?\n/);
  let cursor = 0;
  let parent = -1;
  for (const key of keys.slice(0, -1)) {
    const at = findFrom(lines, key, cursor);
    if (at >= 0) {
      cursor = at + 1;
      parent = at;
    }
  }
  const after = findFrom(lines, last, cursor);
  return { exact: after >= 0 ? after : findFrom(lines, last, 0), parent };
}

/**
 * 0-based line of the path's last key, or -1. Parent keys are walked in order; a parent
 * that the text does not spell out (it comes from a helper or a variable) is skipped
 * rather than failing the search. When the last key is not found after its parents, any
 * occurrence in the text is better than none.
 */
export function findKeyLine(text: string, path: FieldPath): number {
  return searchKeys(text, path).exact;
}

/** The template line that spells the path's key, else the values line that sets it. */
export function findSpelledLocation(input: HelmLocationInput): Location | undefined {
  const inTemplate = findKeyLine(input.template.text, input.fieldPath);
  if (inTemplate >= 0) return { file: input.template.path, line: inTemplate + 1 };
  if (input.values) {
    const inValues = findKeyLine(input.values.text, input.fieldPath);
    if (inValues >= 0) return { file: input.values.path, line: inValues + 1 };
  }
  return undefined;
}

/**
 * Where the key is spelled (template, then values); else, for a field that is missing
 * altogether, the deepest parent key the template does spell, which is where the field
 * should be added; else the template's first line.
 */
export function mapHelmLocation(input: HelmLocationInput): Location {
  const spelled = findSpelledLocation(input);
  if (spelled) return spelled;
  const parent = searchKeys(input.template.text, input.fieldPath).parent;
  return { file: input.template.path, line: Math.max(parent, 0) + 1 };
}
