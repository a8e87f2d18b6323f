// The text of one SARIF result, byte for byte JSON.stringify(sarifResult(...)). Shared by the
// SARIF writer (sarif-text.ts) and by the scan threads that write results ahead
// (sarif-prerender.ts), and kept apart from both so that neither imports the other.
import type { Finding } from '../types.js';
import { fileUris, sarifLevel, sarifResult } from './sarif.js';

const q = JSON.stringify;

/**
 * Writes the results of findings one after another, their file's URI quoted once per run of
 * findings in the same file (they come sorted, or grouped by file).
 */
export function resultWriter(index: ReadonlyMap<string, number>): (f: Finding) => string {
  const uriOf = fileUris();
  let lastFile: string | undefined;
  let quotedUri = '""';
  return (f) => {
    if (f.location.file !== lastFile) {
      lastFile = f.location.file;
      quotedUri = q(uriOf(lastFile));
    }
    return resultText(f, index, uriOf, quotedUri);
  };
}

/**
 * The result of a finding. `quotedUri` is its file's URI as a JSON string. The common shape (no related locations, no waiver) is written from a
 * template, which is several times faster than building the object and stringifying it.
 */
function resultText(
  f: Finding,
  index: ReadonlyMap<string, number>,
  uriOf: (file: string) => string,
  quotedUri: string,
): string {
  if (f.related?.length || f.waiver || f.waiverProblem || !Number.isFinite(f.location.line))
    return q(sarifResult(f, index, uriOf));
  // Keys in sarifResult's order; strings quoted by JSON.stringify itself.
  return (
    `{"ruleId":${q(f.ruleId)},"ruleIndex":${index.get(f.ruleId) ?? 0},"level":"${sarifLevel(f.severity)}",` +
    `"message":{"text":${q(f.message)}},"locations":[{"physicalLocation":{"artifactLocation":` +
    `{"uri":${quotedUri},"uriBaseId":"%SRCROOT%"},"region":{"startLine":${Math.max(1, f.location.line)}}}}],` +
    `"partialFingerprints":{"kubegateFindingHash/v1":${q(f.fingerprint)}},` +
    `"properties":{"severity":${q(f.severity)},"resource":${q(f.resource)}` +
    `${f.fieldPath ? `,"field":${q(f.fieldPath)}` : ''}}}`
  );
}
