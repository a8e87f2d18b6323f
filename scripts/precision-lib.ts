import type { Finding } from '../src/model/types.js';
import { prng } from './bench-gen.js';

// The judged sample: findings on the shared corpus that a person read one by one and judged
// as a reviewer would (right, wrong or debatable; on the right line or not), each with its
// reason. `npm run precision` rescans and says which judged findings still appear, which
// moved and which vanished, so a change that loses a true positive or a right location shows
// at once, and computes precision and location accuracy over what still appears.

export type Verdict = 'tp' | 'fp' | 'debatable';

export interface JudgedFinding {
  /** Which corpus folder was scanned: `charts` or `realistic`. */
  root: string;
  ruleId: string;
  /** Stable across moved lines (rule, resource, element, field). */
  fingerprint: string;
  resource: string;
  file: string;
  line: number;
  message: string;
  verdict: Verdict;
  /** Whether the line is the one a reviewer would edit. */
  location: 'right' | 'wrong';
  reason: string;
}

/** A finding of a scan, with the corpus folder it came from. */
export interface ScannedFinding {
  root: string;
  finding: Finding;
}

export type Presence =
  | { state: 'present'; judged: JudgedFinding; now: Finding }
  | { state: 'moved'; judged: JudgedFinding; now: Finding }
  | { state: 'vanished'; judged: JudgedFinding };

export interface Comparison {
  presence: Presence[];
  /** Findings of the scan that nobody judged yet. */
  unjudged: ScannedFinding[];
}

const keyOf = (root: string, fingerprint: string, file: string) =>
  `${root}\u0000${fingerprint}\u0000${file}`;

/**
 * Matches the judged findings with a new scan: the same finding in the same file is present
 * (moved when its line changed); the same fingerprint in another file only is moved; no
 * finding with its fingerprint is vanished.
 */
export function compareWithJudged(
  judged: readonly JudgedFinding[],
  scanned: readonly ScannedFinding[],
): Comparison {
  const byKey = new Map<string, Finding>();
  const byFingerprint = new Map<string, Finding[]>();
  for (const { root, finding } of scanned) {
    byKey.set(keyOf(root, finding.fingerprint, finding.location.file), finding);
    const fp = `${root}\u0000${finding.fingerprint}`;
    byFingerprint.set(fp, [...(byFingerprint.get(fp) ?? []), finding]);
  }
  const matched = new Set<Finding>();
  const presence: Presence[] = judged.map((j) => {
    const same = byKey.get(keyOf(j.root, j.fingerprint, j.file));
    if (same) {
      matched.add(same);
      return same.location.line === j.line
        ? { state: 'present', judged: j, now: same }
        : { state: 'moved', judged: j, now: same };
    }
    const elsewhere = byFingerprint
      .get(`${j.root}\u0000${j.fingerprint}`)
      ?.find((f) => !matched.has(f));
    if (elsewhere) {
      matched.add(elsewhere);
      return { state: 'moved', judged: j, now: elsewhere };
    }
    return { state: 'vanished', judged: j };
  });
  const unjudged = scanned.filter((s) => !matched.has(s.finding));
  return { presence, unjudged };
}

export interface PrecisionFigures {
  judged: number;
  appearing: number;
  tp: number;
  fp: number;
  debatable: number;
  /** tp / (tp + fp) over the judged findings that still appear. */
  precision: number;
  /** debatable / appearing. */
  debatableShare: number;
  /** right locations / appearing (a moved finding counts as wrong until judged again). */
  locationRight: number;
}

export function figuresOf(presence: readonly Presence[]): PrecisionFigures {
  const appearing = presence.filter((p) => p.state !== 'vanished');
  const count = (v: Verdict) => appearing.filter((p) => p.judged.verdict === v).length;
  const tp = count('tp');
  const fp = count('fp');
  const debatable = count('debatable');
  const right = appearing.filter(
    (p) => p.state === 'present' && p.judged.location === 'right',
  ).length;
  const ratio = (a: number, b: number, none: number) => (b === 0 ? none : a / b);
  return {
    judged: presence.length,
    appearing: appearing.length,
    tp,
    fp,
    debatable,
    precision: ratio(tp, tp + fp, 1),
    debatableShare: ratio(debatable, appearing.length, 0),
    locationRight: ratio(right, appearing.length, 1),
  };
}

/**
 * A sample of about `total` findings to judge, stratified by rule: each rule gets a share
 * that grows with the square root of its count (so that common rules weigh more without
 * drowning the rare ones), at least two (or all it has), spread over the files first, chosen
 * by a seeded shuffle so that the same scan gives the same sample.
 */
export function stratifiedSample(
  findings: readonly ScannedFinding[],
  total: number,
  seed = 20261207,
): ScannedFinding[] {
  const byRule = new Map<string, ScannedFinding[]>();
  for (const f of findings) {
    const list = byRule.get(f.finding.ruleId) ?? [];
    list.push(f);
    byRule.set(f.finding.ruleId, list);
  }
  const weights = [...byRule.values()].reduce((sum, list) => sum + Math.sqrt(list.length), 0);
  const random = prng(seed);
  const sample: ScannedFinding[] = [];
  for (const rule of [...byRule.keys()].sort()) {
    const list = [...(byRule.get(rule) ?? [])];
    const share = Math.max(2, Math.round((total * Math.sqrt(list.length)) / weights));
    for (let i = list.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [list[i], list[k]] = [list[k], list[i]];
    }
    // One per file first, so that one chart with many findings does not fill the share.
    const seenFiles = new Set<string>();
    const firstOfFile = list.filter((f) => {
      const file = `${f.root}/${f.finding.location.file}`;
      return !seenFiles.has(file) && Boolean(seenFiles.add(file));
    });
    sample.push(...[...new Set([...firstOfFile, ...list])].slice(0, share));
  }
  return sample;
}
