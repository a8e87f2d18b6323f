// Points a finding in a helm-rendered document back at a line people edit. The rendered
// line exists in no file, so we look for the key in the template that produced it: in the
// document of the template that produced the object (template-documents.ts), walking the
// path's keys in order, each list index to the template item that produced that rendered
// item (template-walk.ts). Where the template stops spelling the path, the rest comes
// from `toYaml .Values.x` (then the values file has the key), from a helper (`include
// "x"`), or from somewhere we cannot follow. Pure: text in, location out.
import type { FieldPath, JsonObject, Location } from '../../model/types.js';
import { blankOutside, objectDocuments } from './template-documents.js';
import {
  blockEnd,
  dumpedValues,
  includedNames,
  valuesRefOf,
  walkKeys,
  withoutHoles,
} from './template-text.js';
import {
  inHelpers,
  itemPicker,
  renderedBranch,
  resolveSlot,
  type WalkContext,
} from './template-walk.js';
import type { TextFile, ValuesFile } from './text-files.js';
import { lookUpValues } from './values-lookup.js';

export type { TextFile, ValuesFile } from './text-files.js';

export interface HelmLocationInput {
  /**
   * Segments of the path to point at inside the rendered document: the offending field
   * when the document has it, else its deepest existing parent (where the field belongs).
   */
  fieldPath: FieldPath;
  /** The resource's kind, to pick its document in a multi-document template. */
  kind?: string;
  /**
   * The rendered object the finding is about: the template document and the list items
   * that agree with it are the ones that produced it (a ClusterRoleBinding among eight in
   * one template, the third volume rather than the first).
   */
  object?: JsonObject;
  /** How many leading segments of fieldPath lead to `object` (its place in a `kind: List`). */
  objectAt?: number;
  template: TextFile;
  /** Values files in the order helm reads them (later ones win). */
  values?: readonly ValuesFile[];
  /** The chart's helper templates, for keys that come from `include`. */
  helpers?: readonly TextFile[];
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

function lastKeyIndex(path: FieldPath): number {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return i;
  return -1;
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

const scoped = new WeakMap<object, Map<string, string[]>>();

/**
 * The template's lines with every document but the object's blanked. Kept per object, as
 * every finding on an object asks again (and the lines' facts are kept with them).
 */
function scopedLines(input: HelmLocationInput): string[] {
  const key = input.object ?? input.template;
  let byText = scoped.get(key);
  if (!byText) scoped.set(key, (byText = new Map()));
  const { text } = input.template;
  const id = `${input.kind ?? ''}\u0000${text}`;
  let lines = byText.get(id);
  if (!lines) {
    const all = text.split(/\r?\n/);
    lines = blankOutside(all, objectDocuments(all, input.kind, input.object));
    byText.set(id, lines);
  }
  return lines;
}

export function mapHelmLocation(input: HelmLocationInput): HelmLocation {
  const path = input.fieldPath;
  const values = input.values ?? [];
  const ctx: WalkContext = {
    path,
    ...(input.object ? { object: input.object } : {}),
    objectAt: input.objectAt ?? 0,
    values,
    helpers: input.helpers ?? [],
  };
  const lines = scopedLines(input);
  const at = (line: number): Location => ({ file: input.template.path, line: line + 1 });
  const last = lastKeyIndex(path);
  const spelled = walkKeys(lines, path, 0, itemPicker(lines, ctx, 0));
  // Without the blocks of items an `if` turned off, from here on.
  const view = withoutHoles(
    lines,
    spelled.flatMap((k) => k.holes ?? []),
  );
  const deepest = spelled.at(-1);
  // The innermost list item found: the key belongs inside it, nowhere else.
  const item = spelled.findLast((k) => k.itemEnd !== undefined);
  // A list item that a directive writes: where that puts it.
  if (deepest?.slot !== undefined) {
    const slot = { ...deepest, slot: deepest.slot };
    return { location: resolveSlot(view, slot, ctx)?.location ?? at(deepest.line) };
  }
  // The template spells the key itself (or the list item a trailing index stands for).
  if (deepest && last >= 0 && deepest.index >= last) {
    const line = renderedBranch(view, spelled, ctx, 0) ?? deepest.line;
    const ref = deepest.itemEnd === undefined ? valuesRefOf(view, line) : undefined;
    const match = ref ? lookUpValues(values, ref, ref.length) : undefined;
    return {
      location: at(line),
      ...(match ? { setBy: match.location } : {}),
      ...(match?.empty ? { setByEmpty: true } : {}),
    };
  }

  // The rest of the path comes from what the deepest spelled key's block pulls in (the
  // key's own line too: `spec: {{- include "x.pod" . | nindent 6 }}`).
  const from = deepest ? deepest.line + 1 : 0;
  const to = deepest ? (deepest.itemEnd ?? blockEnd(view, deepest.line)) : lines.length;
  const rest = path.slice(deepest ? deepest.index + 1 : 0);
  const ref = dumpedValues(view, from, to);
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
  const names = includedNames(view, deepest ? deepest.line : 0, to);
  const helper = inHelpers(names, ctx, deepest ? deepest.index + 1 : 0);
  if (helper?.setBy)
    return {
      location: helper.location,
      setBy: helper.setBy,
      ...(helper.setByEmpty ? { setByEmpty: true } : {}),
    };
  if (helper) return withSetBy(helper.location);

  // Something we cannot follow (a variable, a range, a value merged in code): the key
  // where the template spells it at all, else where the values file has it. Inside a list
  // item, only the item's own lines count, else the item's first line.
  if (item?.itemEnd !== undefined) {
    const inItem = findKeyLine(
      view.slice(item.line, item.itemEnd).join('\n'),
      path.slice(item.index + 1),
    );
    return withSetBy(at(inItem >= 0 ? item.line + inItem : item.line));
  }
  const anywhere = last >= 0 ? findKeyLine(view.join('\n'), path) : -1;
  if (anywhere >= 0) return withSetBy(at(anywhere));
  for (const file of [...values].reverse()) {
    const line = findKeyLine(file.text, path);
    if (line >= 0) return { location: { file: file.path, line: line + 1 } };
  }
  // Else the deepest parent the template spells, which is where the field should go.
  return withSetBy(at(deepest ? deepest.line : 0));
}
