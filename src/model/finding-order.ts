import type { Finding } from './types.js';
import { compareText } from '../util/compare-text.js';

// The order findings are reported in. scanFile sorts each file's findings with it where the
// file is scanned (a worker, for large scans), so that scan()'s final sort of them all, which
// runs on the main thread after every file, mostly finds runs that are already in order.

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

/**
 * `sorted` (in report order already) with `extra` merged in: what sortFindings of both would
 * give, ties included (a finding of `sorted` stays before an equal one of `extra`), at the
 * cost of sorting `extra` and a binary search per extra finding, instead of comparing every
 * neighbour of `sorted` again. Without `extra`, `sorted` itself.
 */
export function mergeIntoSorted(sorted: Finding[], extra: Finding[]): Finding[] {
  if (extra.length === 0) return sorted;
  sortFindings(extra);
  const out = new Array<Finding>(sorted.length + extra.length);
  let at = 0;
  let from = 0;
  for (const f of extra) {
    // The first finding of `sorted` after f (ties go to `sorted` first), at or after `from`.
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareFindings(sorted[mid], f) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out[at++] = sorted[i];
    out[at++] = f;
    from = lo;
  }
  for (let i = from; i < sorted.length; i++) out[at++] = sorted[i];
  return out;
}
