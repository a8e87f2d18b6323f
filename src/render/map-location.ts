// Points a finding in a helm-rendered document back at a line people edit. The rendered
// line exists in no file, so we look for the key in the template that produced it (in the
// document of the resource's kind, walking the path's keys in order). Where the template
// stops spelling the path, the rest comes from `toYaml .Values.x` (then the values file
// has the key), from a helper (`include "x"`), or from somewhere we cannot follow. Pure:
// text in, location out.
import type { FieldPath, Location } from '../types.js';
import {
  blockEnd,
  defineRange,
  dumpedValues,
  includedNames,
  scopeToKind,
  valuesRefOf,
  walkKeys,
} from './template-text.js';
import { findValuesPath } from './values-lookup.js';

export interface TextFile {
  /** Repository-relative path. */
  path: string;
  text: string;
}

export interface ValuesFile extends TextFile {
  /** Where the file's root sits in the values the template sees (a parent chart's values
   * reach a subchart under the subchart's name). Default: the root. */
  prefix?: FieldPath;
}

export interface HelmLocationInput {
  /**
   * Segments of the path to point at inside the rendered document: the offending field
   * when the document has it, else its deepest existing parent (where the field belongs).
   */
  fieldPath: FieldPath;
  /** The resource's kind, to pick its document in a multi-document template. */
  kind?: string;
  template: TextFile;
  /** Values files in the order helm reads them (later ones win). */
  values?: readonly ValuesFile[];
  /** The chart's helper templates, for keys that come from `include`. */
  helpers?: readonly TextFile[];
  /**
   * The rendered `name` of list items along fieldPath (index in the path to name), so that
   * `env[2]` is found by its `- name:` line rather than as the list's first item.
   */
  itemNames?: ReadonlyMap<number, string>;
}

export interface HelmLocation {
  location: Location;
  /** The values line that set the value, when the location is a template line using it. */
  setBy?: Location;
  /**
   * The setBy line leaves the value empty (`key: ""`): the value itself comes from the
   * template (`default "..."`) or from code, and the line is only where one would set it.
   */
  setByEmpty?: true;
}

interface ValuesMatch {
  location: Location;
  /** True when the file has the whole path. */
  complete: boolean;
  /** The file's node there holds nothing (the template's `default` gives the value). */
  empty: boolean;
}

/** Where the values files set `path`: the last file that has all of it, else the deepest. */
function lookUpValues(
  files: readonly ValuesFile[],
  path: FieldPath,
  minDepth: number,
): ValuesMatch | undefined {
  let best: { match: ValuesMatch; depth: number } | undefined;
  for (const file of [...files].reverse()) {
    const prefix = file.prefix ?? [];
    const hit = findValuesPath(file, [...prefix, ...path]);
    if (!hit) continue;
    const depth = hit.depth - prefix.length;
    if (depth < minDepth || depth <= (best?.depth ?? 0)) continue;
    const match = {
      location: { file: file.path, line: hit.line },
      complete: depth === path.length,
      empty: hit.empty,
    };
    if (match.complete) return match;
    best = { match, depth };
  }
  return best?.match;
}

function lastKeyIndex(path: FieldPath): number {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return i;
  return -1;
}

/** A spelled key in a helper that the lines [from, to) include, for the path's last key. */
function inHelpers(
  helpers: readonly TextFile[],
  names: readonly string[],
  rest: FieldPath,
): Location | undefined {
  const last = lastKeyIndex(rest);
  if (last < 0) return undefined;
  for (const name of names) {
    for (const helper of helpers) {
      const lines = helper.text.split(/\r?\n/);
      const range = defineRange(lines, name);
      if (!range) continue;
      const spelled = walkKeys(lines.slice(0, range.to), rest, range.from).at(-1);
      if (spelled?.index === last) return { file: helper.path, line: spelled.line + 1 };
    }
  }
  return undefined;
}

/** 0-based line of the path's last key anywhere in lines, after its parents if they are there. */
export function findKeyLine(text: string, path: FieldPath): number {
  const lines = text.split(/\r?\n/);
  const last = lastKeyIndex(path);
  if (last < 0) return -1;
  const spelled = walkKeys(lines, path).at(-1);
  if (spelled?.index === last) return spelled.line;
  return walkKeys(lines, [path[last]])[0]?.line ?? -1;
}

export function mapHelmLocation(input: HelmLocationInput): HelmLocation {
  const path = input.fieldPath;
  const values = input.values ?? [];
  const lines = scopeToKind(input.template.text, input.kind).split(/\r?\n/);
  const at = (line: number): Location => ({ file: input.template.path, line: line + 1 });
  const last = lastKeyIndex(path);
  const spelled = walkKeys(lines, path, 0, input.itemNames);
  const deepest = spelled.at(-1);
  // The innermost list item found by its name: the key belongs inside it, nowhere else.
  const item = spelled.findLast((k) => k.itemEnd !== undefined);
  // The template spells the key itself.
  if (deepest && deepest.index === last) {
    const ref = valuesRefOf(lines, deepest.line);
    const match = ref ? lookUpValues(values, ref, ref.length) : undefined;
    return {
      location: at(deepest.line),
      ...(match ? { setBy: match.location } : {}),
      ...(match?.empty ? { setByEmpty: true } : {}),
    };
  }

  // The rest of the path comes from what the deepest spelled key's block pulls in.
  const from = deepest ? deepest.line + 1 : 0;
  const to = deepest ? (deepest.itemEnd ?? blockEnd(lines, deepest.line)) : lines.length;
  const rest = path.slice(deepest ? deepest.index + 1 : 0);
  const ref = dumpedValues(lines, from, to);
  let setBy: Location | undefined;
  if (ref) {
    const match = lookUpValues(values, [...ref, ...rest], ref.length);
    if (match?.complete) return { location: match.location };
    setBy = match?.location;
  }
  const withSetBy = (location: Location): HelmLocation => ({
    location,
    ...(setBy ? { setBy } : {}),
  });
  const helper = inHelpers(input.helpers ?? [], includedNames(lines, from, to), rest);
  if (helper) return withSetBy(helper);

  // Something we cannot follow (a variable, a range, a value merged in code): the key
  // where the template spells it at all, else where the values file has it. Inside a named
  // item, only the item's own lines count, else the item's `- name:` line.
  if (item?.itemEnd !== undefined) {
    const inItem = findKeyLine(
      lines.slice(item.line, item.itemEnd).join('\n'),
      path.slice(item.index + 1),
    );
    return withSetBy(at(inItem >= 0 ? item.line + inItem : item.line));
  }
  const anywhere = last >= 0 ? findKeyLine(lines.join('\n'), path) : -1;
  if (anywhere >= 0) return withSetBy(at(anywhere));
  for (const file of [...values].reverse()) {
    const line = findKeyLine(file.text, path);
    if (line >= 0) return { location: { file: file.path, line: line + 1 } };
  }
  // Else the deepest parent the template spells, which is where the field should go.
  return withSetBy(at(deepest ? deepest.line : 0));
}
