import type { Finding } from './types.js';

// The order findings are reported in. scanFile sorts each file's findings with it where the
// file is scanned (a worker, for large scans), so that scan()'s final sort of them all, which
// runs on the main thread after every file, mostly finds runs that are already in order.

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** File, line, rule, fingerprint (plain code-unit order, not locale). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** Stable report order (see compareFindings); sorts in place. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}
