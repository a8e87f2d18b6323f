// SARIF results written ahead, where their files are scanned. Writing a large scan's SARIF
// text (tens of thousands of results) was the longest step left on the main thread after
// the last file, while the other threads sat idle. Written by the thread that scans the
// file instead, it overlaps the scan (the shared file counter then hands the other threads
// more files), and the SARIF writer joins one ready text per file.
//
// A result's text is used only while its finding still says what it was written from:
// anything that changes a finding after the scan (a pull request's waiver check, a render's
// relocation) makes the writer write that result afresh (see isCurrent). Findings added
// later (an analyser's) are written by the writer, between the texts written ahead.
import type { Finding } from '../types.js';
import { hasCommonShape, resultText } from './sarif-result-text.js';

/** One file's results, written ahead, and what they were written from. */
export interface PrerenderedBlock {
  /** The results, joined with commas. */
  text: string;
  /** Where each result ends in the text. */
  ends: readonly number[];
  /** The file's findings, in the order the text has them. */
  findings: readonly Finding[];
  /** Per finding, FIELDS values: the rule index and the parts of the finding in the text. */
  written: readonly (string | number)[];
}

/** The block of each finding written ahead. */
export type PrerenderedResults = ReadonlyMap<Finding, PrerenderedBlock>;

/** A file's results as its scanning thread wrote them (see prerenderFile). */
export interface FileResults {
  text: string;
  ends: number[];
}

const FIELDS = 9;

/**
 * The results of one file's findings (in their order), or undefined when one of them is not
 * of the common shape (waived, with related locations: the writer handles those).
 */
export function prerenderFile(
  findings: readonly Finding[],
  index: ReadonlyMap<string, number>,
): FileResults | undefined {
  if (findings.length === 0) return undefined;
  const file = findings[0].location.file;
  const quotedUri = JSON.stringify(encodeURI(file));
  const parts: string[] = [];
  const ends: number[] = [];
  let length = 0;
  for (const f of findings) {
    if (!hasCommonShape(f) || f.location.file !== file) return undefined;
    const text = resultText(f, index.get(f.ruleId) ?? 0, quotedUri);
    length += (parts.length ? 1 : 0) + text.length;
    parts.push(text);
    ends.push(length);
  }
  // Joined here, in the thread that scanned the file: one flat string to send and to copy.
  return { text: parts.join(','), ends };
}

/** Keeps a file's results (as prerenderFile gave them) in `into`, for each of its findings. */
export function keepPrerendered(
  findings: readonly Finding[],
  results: FileResults,
  index: ReadonlyMap<string, number>,
  into: Map<Finding, PrerenderedBlock>,
): void {
  const written: (string | number)[] = [];
  for (const f of findings) {
    written.push(
      index.get(f.ruleId) ?? 0,
      f.ruleId,
      f.severity,
      f.message,
      f.location.file,
      f.location.line,
      f.resource,
      f.fieldPath,
      f.fingerprint,
    );
  }
  const block: PrerenderedBlock = { text: results.text, ends: results.ends, findings, written };
  for (const f of findings) into.set(f, block);
}

/** Whether the k-th finding of `block` is `f` and still says what its text was written from. */
export function isCurrent(
  block: PrerenderedBlock,
  k: number,
  f: Finding,
  index: ReadonlyMap<string, number>,
): boolean {
  const w = block.written;
  const o = k * FIELDS;
  return (
    block.findings[k] === f &&
    w[o] === (index.get(f.ruleId) ?? 0) &&
    w[o + 1] === f.ruleId &&
    w[o + 2] === f.severity &&
    w[o + 3] === f.message &&
    w[o + 4] === f.location.file &&
    w[o + 5] === f.location.line &&
    w[o + 6] === f.resource &&
    w[o + 7] === f.fieldPath &&
    w[o + 8] === f.fingerprint &&
    hasCommonShape(f)
  );
}

/** The text of results [from, to) of a block (a slice of one flat string: no copy). */
export function blockText(block: PrerenderedBlock, from: number, to: number): string {
  if (from === 0 && to === block.findings.length) return block.text;
  const start = from === 0 ? 0 : block.ends[from - 1] + 1;
  return block.text.slice(start, block.ends[to - 1]);
}
