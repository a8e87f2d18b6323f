// The text of one SARIF result, byte for byte JSON.stringify(sarifResult(...)). Shared by the
// SARIF writer (sarif-text.ts) and by the scan threads that write results ahead
// (sarif-prerender.ts), and kept apart from both so that neither imports the other.
import type { Finding } from '../model/types.js';
import { fileUris, sarifLevel, sarifResult } from './sarif.js';

const q = JSON.stringify;

/**
 * Writes the results of findings one after another. What repeats is quoted once: a file's
 * URI for a run of findings in the same file (they come sorted, or grouped by file), a
 * resource for a run of findings on it, and each rule's text up to the message.
 */
export function resultWriter(index: ReadonlyMap<string, number>): (f: Finding) => string {
  const uriOf = fileUris();
  let lastFile: string | undefined;
  let quotedUri = '""';
  let lastResource: string | undefined;
  let quotedResource: string | undefined;
  /**
   * By rule id and severity, the parts of a result's text that follow from them: up to the
   * message, and its properties up to the resource.
   */
  const ruleTexts = new Map<string, Map<string, [string, string]>>();
  const textsOf = (ruleId: string, severity: Finding['severity']): [string, string] => {
    let bySeverity = ruleTexts.get(ruleId);
    if (!bySeverity) ruleTexts.set(ruleId, (bySeverity = new Map()));
    let texts = bySeverity.get(severity);
    if (!texts) {
      texts = [
        `{"ruleId":${q(ruleId)},"ruleIndex":${index.get(ruleId) ?? 0},"level":"${sarifLevel(severity)}","message":{"text":`,
        `"properties":{"severity":${q(severity)},"resource":`,
      ];
      bySeverity.set(severity, texts);
    }
    return texts;
  };
  return (f) => {
    if (f.location.file !== lastFile) {
      lastFile = f.location.file;
      quotedUri = q(uriOf(lastFile));
    }
    // The common shape (no related locations, no waiver) is written from a template, which
    // is several times faster than building the object and stringifying it.
    if (
      f.related?.length ||
      f.waiver ||
      f.waiverProblem ||
      f.advisory ||
      !Number.isFinite(f.location.line)
    )
      return q(sarifResult(f, index, uriOf));
    if (quotedResource === undefined || f.resource !== lastResource) {
      lastResource = f.resource;
      quotedResource = q(lastResource);
    }
    const [head, properties] = textsOf(f.ruleId, f.severity);
    // Keys in sarifResult's order; strings quoted by JSON.stringify itself.
    return (
      `${head}${q(f.message)}},"locations":[{"physicalLocation":{"artifactLocation":` +
      `{"uri":${quotedUri},"uriBaseId":"%SRCROOT%"},"region":{"startLine":${Math.max(1, f.location.line)}}}}],` +
      `"partialFingerprints":{"kubegateFindingHash/v1":${q(f.fingerprint)}},` +
      `${properties}${quotedResource}${f.fieldPath ? `,"field":${q(f.fieldPath)}` : ''}}}`
    );
  };
}
