// Which document of a multi-document template produced a rendered object. Helm marks
// each rendered document with its template only (`# Source:`), and one template often
// holds several objects of one kind (eight ClusterRoleBindings, a Deployment and its
// sidecar's Deployment), so the kind alone is not enough: the document whose literal
// text agrees most with the object (its name fragments, distinctive keys and values, see
// template-facts.ts) is the one. Pure.
import type { JsonObject } from '../../model/types.js';
import { agreement, isDirectiveLine, renderedFacts, templateFacts } from './template-facts.js';

export interface LineRange {
  /** First line (0-based). */
  from: number;
  /** Line after the last. */
  to: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The template's `---`-separated documents. */
export function documentRanges(lines: readonly string[]): LineRange[] {
  const docs: LineRange[] = [];
  let from = 0;
  lines.forEach((line, i) => {
    if (/^---/.test(line)) {
      docs.push({ from, to: i });
      from = i + 1;
    }
  });
  docs.push({ from, to: lines.length });
  return docs;
}

/** The document holds more than directives and comments (a `{{- if }}` before `---` does not). */
function hasContent(lines: readonly string[], doc: LineRange): boolean {
  for (let i = doc.from; i < doc.to; i++) {
    const t = lines[i].trim();
    if (t && !t.startsWith('#') && !isDirectiveLine(t)) return true;
  }
  return false;
}

function spellsKind(lines: readonly string[], doc: LineRange, kind: RegExp): boolean {
  for (let i = doc.from; i < doc.to; i++) if (kind.test(lines[i])) return true;
  return false;
}

/**
 * The documents that may have produced a rendered object of `kind`: those that spell the
 * kind (all of them when none does: the kind comes from a helper or a value), narrowed to
 * those that agree most with the object when it is given. Several when they cannot be
 * told apart; the caller then looks in all of them, as before documents were told apart.
 */
export function objectDocuments(
  lines: readonly string[],
  kind: string | undefined,
  object?: JsonObject,
): LineRange[] {
  const all = documentRanges(lines);
  const docs = all.filter((d) => hasContent(lines, d));
  if (docs.length <= 1) return docs.length ? docs : all;
  let candidates = docs;
  if (kind) {
    const kindLine = new RegExp(`^kind:\\s*["']?${escapeRegExp(kind)}["']?\\s*(?:#.*)?$`);
    const spelled = docs.filter((d) => spellsKind(lines, d, kindLine));
    if (spelled.length) candidates = spelled;
  }
  if (candidates.length === 1 || !object) return candidates;
  const facts = renderedFacts(object);
  const scores = candidates.map((d) => agreement(templateFacts(lines, d.from, d.to), facts));
  const best = Math.max(...scores);
  return candidates.filter((_, i) => scores[i] === best);
}

/** The text with every line outside `keep` blanked (line numbers kept). */
export function blankOutside(lines: readonly string[], keep: readonly LineRange[]): string[] {
  if (keep.length === 1 && keep[0].from === 0 && keep[0].to >= lines.length) return [...lines];
  return lines.map((l, i) => (keep.some((r) => i >= r.from && i < r.to) ? l : ''));
}
