// The SARIF file's text, written without building the log object first: for a large scan
// (tens of thousands of results) JSON.stringify over freshly built result objects was the
// largest single step left after the scan. The common result shape is written from a
// template; anything else (related locations, waivers) goes through sarifResult and
// JSON.stringify. The text is byte for byte JSON.stringify(toSarif(...)), which
// test/sarif.test.ts checks.
import type { Rule } from '../rules/rule.js';
import type { Finding, Severity } from '../types.js';
import {
  fileUris,
  ruleIndexes,
  sarifLevel,
  sarifResult,
  toSarif,
  type SarifOptions,
} from './sarif.js';

const RESULTS_TAIL = '"results":[]}]}';

export function toSarifText(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  severities: Record<string, Severity> = {},
): string {
  return [...sarifTextPieces(findings, rules, options, severities)].join('');
}

/** Results per piece of sarifTextPieces: pieces of about 1 MB. */
const RESULTS_PER_PIECE = 2000;

/** The SARIF text in pieces that join to toSarifText's, for writing without one huge string. */
export function* sarifTextPieces(
  findings: readonly Finding[],
  rules: readonly Rule[],
  options: SarifOptions,
  severities: Record<string, Severity> = {},
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
  const q = JSON.stringify;
  let parts: string[] = [];
  let lastUri = '';
  let quotedUri = '""';
  for (let i = 0; i < findings.length; i++) {
    if (parts.length === RESULTS_PER_PIECE) {
      yield (i > RESULTS_PER_PIECE ? ',' : '') + parts.join(',');
      parts = [];
    }
    const f = findings[i];
    if (f.related?.length || f.waiver || f.waiverProblem || !Number.isFinite(f.location.line)) {
      parts.push(q(sarifResult(f, index, uriOf)));
      continue;
    }
    const uri = uriOf(f.location.file);
    if (uri !== lastUri) {
      lastUri = uri;
      quotedUri = q(uri);
    }
    // Keys in sarifResult's order; strings quoted by JSON.stringify itself.
    parts.push(
      `{"ruleId":${q(f.ruleId)},"ruleIndex":${index.get(f.ruleId) ?? 0},"level":"${sarifLevel(f.severity)}",` +
        `"message":{"text":${q(f.message)}},"locations":[{"physicalLocation":{"artifactLocation":` +
        `{"uri":${quotedUri},"uriBaseId":"%SRCROOT%"},"region":{"startLine":${Math.max(1, f.location.line)}}}}],` +
        `"partialFingerprints":{"kubegateFindingHash/v1":${q(f.fingerprint)}},` +
        `"properties":{"severity":${q(f.severity)},"resource":${q(f.resource)}` +
        `${f.fieldPath ? `,"field":${q(f.fieldPath)}` : ''}}}`,
    );
  }
  yield (findings.length > parts.length ? ',' : '') + parts.join(',') + ']}]}';
}
