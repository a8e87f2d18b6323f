import { failsGate, type FailOn, type Finding } from '../model/types.js';

// The gate's decision, shared by the CLI and the Action. With a base to compare against
// (a pull request), findings are matched by fingerprint, which ignores line numbers and
// file names, so moving or reformatting a manifest does not make its findings "new".

export interface BaseComparison {
  /** Head findings whose fingerprint the base does not have. */
  newFindings: Finding[];
  /** Base findings whose fingerprint the head no longer has: fixed by the change. */
  fixed: Finding[];
}

/** A scan's findings, and those it set aside as implied by others (still compared). */
export interface ComparedFindings {
  findings: readonly Finding[];
  subsumed?: readonly Finding[];
}

export function compareWithBase(head: ComparedFindings, base: ComparedFindings): BaseComparison {
  const fingerprints = (s: ComparedFindings) =>
    new Set([...s.findings, ...(s.subsumed ?? [])].map((f) => f.fingerprint));
  const before = fingerprints(base);
  const after = fingerprints(head);
  return {
    newFindings: head.findings.filter((f) => !before.has(f.fingerprint)),
    fixed: base.findings.filter((f) => !after.has(f.fingerprint)),
  };
}

export interface GateDecision {
  failing: Finding[];
  /** Why it fails, in one line, or undefined when it passes. */
  reason?: string;
}

/**
 * Fails on unwaived findings at or above the threshold; with `onlyNew`, only on those the
 * change introduces.
 */
export function decideGate(
  findings: readonly Finding[],
  failOn: FailOn,
  onlyNew?: readonly Finding[],
): GateDecision {
  const pool = onlyNew ?? findings;
  const failing = pool.filter((f) => failsGate(f, failOn));
  if (failing.length === 0) return { failing };
  const what = `${failing.length}${onlyNew ? ' new' : ''} finding${failing.length === 1 ? '' : 's'}`;
  return { failing, reason: `${what} at or above "${failOn}"` };
}
