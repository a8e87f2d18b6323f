// The text of one SARIF result in its common shape (no related locations, no waiver), as
// JSON.stringify(sarifResult(...)) writes it. Shared by the SARIF writer (sarif-text.ts)
// and by the scan threads that write results ahead (sarif-prerender.ts), and kept apart
// from both so that neither imports the other.
import type { Finding } from '../types.js';
import { sarifLevel } from './sarif.js';

/** Whether a finding's result is written by resultText (else: sarifResult, stringified). */
export function hasCommonShape(f: Finding): boolean {
  return !(f.related?.length || f.waiver || f.waiverProblem || !Number.isFinite(f.location.line));
}

/**
 * The result of a finding of the common shape. `quotedUri` is its file's URI as a JSON
 * string (the callers quote it once per file).
 */
export function resultText(f: Finding, ruleIndex: number, quotedUri: string): string {
  const q = JSON.stringify;
  // Keys in sarifResult's order; strings quoted by JSON.stringify itself.
  return (
    `{"ruleId":${q(f.ruleId)},"ruleIndex":${ruleIndex},"level":"${sarifLevel(f.severity)}",` +
    `"message":{"text":${q(f.message)}},"locations":[{"physicalLocation":{"artifactLocation":` +
    `{"uri":${quotedUri},"uriBaseId":"%SRCROOT%"},"region":{"startLine":${Math.max(1, f.location.line)}}}}],` +
    `"partialFingerprints":{"kubegateFindingHash/v1":${q(f.fingerprint)}},` +
    `"properties":{"severity":${q(f.severity)},"resource":${q(f.resource)}` +
    `${f.fieldPath ? `,"field":${q(f.fieldPath)}` : ''}}}`
  );
}
