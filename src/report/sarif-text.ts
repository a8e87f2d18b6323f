// The SARIF file's text, written without building the log object first: for a large scan
// (tens of thousands of results) JSON.stringify over freshly built result objects was the
// largest single step left after the scan. The common result shape is written from a
// template (sarif-result-text.ts), or taken as the scan wrote it ahead; anything else
// (related locations, waivers) goes through sarifResult and JSON.stringify. The text is
// byte for byte JSON.stringify(toSarif(...)), which test/sarif.test.ts checks.
import type { Rule } from '../rules/rule.js';
import type { Finding, Severity } from '../types.js';
import { fileUris, ruleIndexes, sarifResult, toSarif, type SarifOptions } from './sarif.js';
import {
  blockText,
  isCurrent,
  type PrerenderedBlock,
  type PrerenderedResults,
} from './sarif-prerender.js';
import { hasCommonShape, resultText } from './sarif-result-text.js';

const RESULTS_TAIL = '"results":[]}]}';

export function toSarifText(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  severities: Record<string, Severity> = {},
  prerendered?: PrerenderedResults,
): string {
  return [...sarifTextPieces(findings, rules, options, severities, prerendered)].join('');
}

/** Results per piece of sarifTextPieces: pieces of about 1 MB. */
const RESULTS_PER_PIECE = 2000;

/**
 * The SARIF text in pieces that join to toSarifText's, for writing without one huge string.
 * `prerendered`: results the scan wrote ahead (see sarif-prerender.ts); used where current.
 */
export function* sarifTextPieces(
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
  const index = ruleIndexes(rules);
  const uriOf = fileUris();
  let parts: string[] = [];
  let inPiece = 0;
  let first = true;
  let lastUri = '';
  let quotedUri = '""';
  // A run of consecutive results of one block written ahead: [from, to).
  let run: PrerenderedBlock | undefined;
  let from = 0;
  let to = 0;
  const endRun = () => {
    if (!run) return;
    parts.push(blockText(run, from, to));
    inPiece += to - from;
    run = undefined;
  };
  const flush = (): string => {
    const piece = (first ? '' : ',') + parts.join(',');
    first = false;
    parts = [];
    inPiece = 0;
    return piece;
  };
  for (let i = 0; i < findings.length; i++) {
    if (inPiece + (run ? to - from : 0) >= RESULTS_PER_PIECE) {
      endRun();
      yield flush();
    }
    const f = findings[i];
    const block = prerendered?.get(f);
    if (block) {
      const k = block === run && block.findings[to] === f ? to : block.findings.indexOf(f);
      if (isCurrent(block, k, f, index)) {
        if (block === run && k === to) to++;
        else {
          endRun();
          run = block;
          from = k;
          to = k + 1;
        }
        continue;
      }
    }
    endRun();
    inPiece++;
    if (!hasCommonShape(f)) {
      parts.push(JSON.stringify(sarifResult(f, index, uriOf)));
      continue;
    }
    const uri = uriOf(f.location.file);
    if (uri !== lastUri) {
      lastUri = uri;
      quotedUri = JSON.stringify(uri);
    }
    parts.push(resultText(f, index.get(f.ruleId) ?? 0, quotedUri));
  }
  endRun();
  yield (parts.length ? flush() : '') + ']}]}';
}
