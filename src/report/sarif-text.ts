// The SARIF file's text, written without building the log object first: for a large scan
// (tens of thousands of results) JSON.stringify over freshly built result objects was the
// largest single step left after the scan. Each result is written from a template
// (sarif-result-text.ts), or taken as the scanning threads wrote it ahead (sarif-prerender.ts).
// The text is byte for byte JSON.stringify(toSarif(...)), which test/sarif.test.ts checks.
import type { Rule } from '../evaluate/rules/rule.js';
import type { Finding, Severity } from '../model/types.js';
import { ruleIndexes, toSarif, type SarifOptions } from './sarif.js';
import {
  isCurrent,
  resultsText,
  ruleOrderOf,
  type FileResults,
  type PrerenderedResults,
} from './sarif-prerender.js';
import { resultWriter } from './sarif-result-text.js';

const RESULTS_TAIL = '"results":[]}]}';

export function toSarifText(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  severities: Record<string, Severity> = {},
  prerendered?: PrerenderedResults,
): string {
  return [...sarifTextParts(findings, rules, options, severities, prerendered)].join('');
}

/** Characters per piece of sarifTextPieces: about 1 MB. */
const PIECE_CHARS = 1 << 20;

/**
 * The SARIF text in pieces of about 1 MB that join to toSarifText's, for writing without
 * one huge string (see sarifTextParts).
 */
export function* sarifTextPieces(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  severities: Record<string, Severity> = {},
  prerendered?: PrerenderedResults,
): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  for (const part of sarifTextParts(findings, rules, options, severities, prerendered)) {
    parts.push(part);
    chars += part.length;
    if (chars >= PIECE_CHARS) {
      yield parts.join('');
      parts = [];
      chars = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/**
 * The SARIF text in its natural parts: the log around the results, each result, and each
 * run of results written ahead (`prerendered`, see sarif-prerender.ts; used where current).
 * Many and small: for writeTextFile, which copies them into one buffer as it goes, or
 * sarifTextPieces, which joins them.
 */
export function* sarifTextParts(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  severities: Record<string, Severity> = {},
  prerendered?: PrerenderedResults,
): Generator<string> {
  // The log without results ends with its empty results list: the results go in there.
  const head = JSON.stringify(toSarif([], rules, options, severities));
  if (!head.endsWith(RESULTS_TAIL)) {
    yield JSON.stringify(toSarif(findings, rules, options, severities));
    return;
  }
  yield `${head.slice(0, -RESULTS_TAIL.length)}"results":[`;
  const write = resultWriter(ruleIndexes(rules));
  // Texts written ahead follow their scan's rule indexes: usable only for the same rules.
  const ahead =
    prerendered && prerendered.ruleOrder === ruleOrderOf(rules) ? prerendered : undefined;
  let comma = '';
  let lastFile: string | undefined;
  // The results written ahead for the current file, the next one expected, and a run of
  // consecutive current ones not yet taken: [from, to).
  let file: FileResults | undefined;
  let next = 0;
  let from = 0;
  let to = 0;
  const takeRun = function* (): Generator<string> {
    if (file && to > from) {
      yield comma;
      yield resultsText(file, from, to);
      comma = ',';
    }
    from = to = 0;
  };
  for (const f of findings) {
    if (f.location.file !== lastFile) {
      yield* takeRun();
      lastFile = f.location.file;
      file = ahead?.file(lastFile);
      next = 0;
    }
    if (file) {
      // Findings the scan did not write (an analyser's) sit between the ones it did.
      const k = file.findings[next] === f ? next : file.findings.indexOf(f, next);
      if (k >= 0 && isCurrent(file, k, f)) {
        if (k !== to || to === from) {
          yield* takeRun();
          from = k;
        }
        to = next = k + 1;
        continue;
      }
      yield* takeRun();
    }
    yield comma + write(f);
    comma = ',';
  }
  yield* takeRun();
  yield ']}]}';
}
