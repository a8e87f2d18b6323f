// SARIF results written ahead, by the threads that scan the files. Writing a large scan's
// SARIF text (tens of thousands of results) was the longest step left on the main thread
// after the last file, while the other threads sat idle. Written where the files are
// scanned, a group of files at a time, it overlaps the scan (the shared file counter hands
// the thread that writes fewer files more), and the SARIF writer joins ready texts.
//
// Each group of files becomes one long string: a few hundred KB, which V8 keeps in its
// large-object space, where the young generation's collections never copy it. (Kept as one
// text per file, the same results cost more in garbage collection at 50,000 resources than
// writing them at the end.)
//
// A result's text is used only while its finding still says what it was written from: the
// writer compares each finding with what was recorded when its text was written (isCurrent),
// and writes afresh any finding that changed since, or that the scan did not write (an
// analyser's, a rendered chart's).
import type { Rule } from '../evaluate/rules/rule.js';
import type { Finding } from '../model/types.js';
import { ruleIndexes } from './sarif.js';
import { resultWriter } from './sarif-result-text.js';

/** The results of a group of files, as one thread wrote them (renderResults). */
export interface ResultsText {
  /** The results, joined with commas. */
  text: string;
  /** Per file with findings: its index in the scan, then how many results it has. */
  files: number[];
  /** Where each result ends in `text`. */
  ends: number[];
}

/** Writes the results of `files` (each file's index and findings, in their order). */
export function renderResults(
  files: readonly (readonly [number, readonly Finding[]])[],
  index: ReadonlyMap<string, number>,
): ResultsText | undefined {
  const write = resultWriter(index);
  const parts: string[] = [];
  const ends: number[] = [];
  const counts: number[] = [];
  let length = 0;
  for (const [at, findings] of files) {
    if (findings.length === 0) continue;
    counts.push(at, findings.length);
    for (const f of findings) {
      const text = write(f);
      length += (parts.length ? 1 : 0) + text.length;
      parts.push(text);
      ends.push(length);
    }
  }
  return parts.length ? { text: parts.join(','), files: counts, ends } : undefined;
}

/**
 * What a result's text was written from: these fields of its finding, in this order. (Its
 * file is not among them: the writer looks results up by the finding's file.)
 */
const FIELDS = 10;

function record(f: Finding, into: unknown[]): void {
  into.push(
    f.ruleId,
    f.severity,
    f.message,
    f.location.line,
    f.resource,
    f.fieldPath,
    f.fingerprint,
    f.related,
    f.waiver,
    f.waiverProblem,
  );
}

/** One group's text, and what each of its results was written from. */
interface Group {
  text: string;
  ends: readonly number[];
  written: readonly unknown[];
}

/** A file's results within a group: results [first, first + findings.length). */
export interface FileResults {
  group: Group;
  first: number;
  findings: readonly Finding[];
}

/** The results a scan wrote ahead, by file, for the SARIF writer (sarifTextParts). */
export class PrerenderedResults {
  private readonly byFile = new Map<string, FileResults>();
  /** The rule ids in SARIF index order, which every text's ruleIndex follows. */
  readonly ruleOrder: string;

  constructor(rules: readonly Rule[]) {
    this.ruleOrder = ruleOrderOf(rules);
  }

  /** Keeps a group's text; `findingsOf` gives each file's findings as the text has them. */
  add(results: ResultsText, findingsOf: (index: number) => readonly Finding[]): void {
    const written: unknown[] = [];
    const group: Group = { text: results.text, ends: results.ends, written };
    let first = 0;
    for (let i = 0; i < results.files.length; i += 2) {
      const findings = findingsOf(results.files[i]);
      const count = results.files[i + 1];
      // A file whose findings are not the ones written (cannot happen in a scan) is left to
      // the writer; its texts are skipped.
      if (findings.length === count) {
        for (const f of findings) record(f, written);
        this.byFile.set(findings[0].location.file, { group, first, findings });
      } else for (let k = 0; k < count * FIELDS; k++) written.push(undefined);
      first += count;
    }
  }

  /** The results written for the findings of one file (keyed by their first finding's file). */
  file(path: string): FileResults | undefined {
    return this.byFile.get(path);
  }

  /** Every file's results written ahead. */
  files(): FileResults[] {
    return [...this.byFile.values()];
  }
}

export function ruleOrderOf(rules: readonly Rule[]): string {
  return [...ruleIndexes(rules).keys()].join('\n');
}

/** Whether `f`, the k-th finding of `file`, still says what its text was written from. */
export function isCurrent(file: FileResults, k: number, f: Finding): boolean {
  const w = file.group.written;
  const o = (file.first + k) * FIELDS;
  return (
    w[o] === f.ruleId &&
    w[o + 1] === f.severity &&
    w[o + 2] === f.message &&
    w[o + 3] === f.location.line &&
    w[o + 4] === f.resource &&
    w[o + 5] === f.fieldPath &&
    w[o + 6] === f.fingerprint &&
    w[o + 7] === f.related &&
    w[o + 8] === f.waiver &&
    w[o + 9] === f.waiverProblem
  );
}

/** The text of results [from, to) of a file: a slice of its group's text (no copy). */
export function resultsText(file: FileResults, from: number, to: number): string {
  const { text, ends } = file.group;
  const a = file.first + from;
  const b = file.first + to;
  return text.slice(a === 0 ? 0 : ends[a - 1] + 1, ends[b - 1]);
}
