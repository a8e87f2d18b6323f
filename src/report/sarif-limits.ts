import type { Log, Result } from 'sarif';
import { gzipSync } from 'node:zlib';
import { SEVERITIES } from '../model/types.js';

// GitHub code scanning refuses a SARIF upload over 10 MB once gzipped and stores at most
// 5,000 results per run (its documented display limit; 25,000 is the hard limit). Rather
// than let GitHub drop results in an order we do not control, kubegate cuts first, keeping
// the most severe results, and says how many it cut.

export const MAX_RESULTS_PER_RUN = 5000;
export const MAX_GZIP_BYTES = 10 * 1024 * 1024;

export interface FittedSarif {
  log: Log;
  gzipped: Buffer;
  /** Results removed to fit, per severity. */
  cut: Record<string, number>;
}

function rankOf(r: Result): number {
  const severity = (r.properties as { severity?: string } | undefined)?.severity ?? 'low';
  const i = (SEVERITIES as readonly string[]).indexOf(severity);
  // Suppressed (waived) results matter least: they are on record, not a risk to act on.
  return (i < 0 ? SEVERITIES.length : i) + (r.suppressions?.length ? SEVERITIES.length : 0);
}

function withResults(
  log: Log,
  keep: (runIndex: number) => number,
): { log: Log; cut: Record<string, number> } {
  const cut: Record<string, number> = {};
  const runs = log.runs.map((run, i) => {
    const results = run.results ?? [];
    const limit = keep(i);
    if (results.length <= limit) return run;
    // A stable sort keeps the report's own order (file, line) within one severity.
    const ordered = results
      .map((r, at) => ({ r, at }))
      .sort((a, b) => rankOf(a.r) - rankOf(b.r) || a.at - b.at);
    for (const { r } of ordered.slice(limit)) {
      const s = (r.properties as { severity?: string } | undefined)?.severity ?? 'unknown';
      cut[s] = (cut[s] ?? 0) + 1;
    }
    const kept = new Set(ordered.slice(0, limit).map((o) => o.at));
    return { ...run, results: results.filter((_r, at) => kept.has(at)) };
  });
  return { log: { ...log, runs }, cut };
}

/** The log cut to GitHub's limits, gzipped. */
export function fitSarifForUpload(
  log: Log,
  maxResults = MAX_RESULTS_PER_RUN,
  maxGzipBytes = MAX_GZIP_BYTES,
): FittedSarif {
  let limit = maxResults;
  for (;;) {
    const fitted = withResults(log, () => limit);
    const gzipped = gzipSync(JSON.stringify(fitted.log));
    const largest = Math.max(0, ...fitted.log.runs.map((r) => r.results?.length ?? 0));
    if (gzipped.length <= maxGzipBytes || largest === 0) {
      return { log: fitted.log, gzipped, cut: fitted.cut };
    }
    // Shrink in proportion to the excess, with a margin, until it fits.
    limit = Math.floor(Math.min(largest, limit) * (maxGzipBytes / gzipped.length) * 0.9);
  }
}

export function describeCut(cut: Record<string, number>): string {
  const parts = Object.entries(cut).map(([s, n]) => `${n} ${s}`);
  return parts.join(', ');
}
