import { decideGate, type GateDecision } from '../gate.js';
import type { FailOn, Finding } from '../../model/types.js';
import type { ApprovalStatus } from './approvals.js';
import type { TriggeredRequirement } from './triggers.js';

// The gate on a pull request with review requirements. A finding that triggers a requirement
// is a decision for people, not a defect: while the requirement is unmet the gate fails
// through the requirement; once every requirement it triggered is met, the approval accepts
// it and its severity no longer fails the gate. A waiver the pull request wrote itself only
// waives once the requirement that covers waivers is met.

export interface RequirementOutcome extends TriggeredRequirement {
  status: ApprovalStatus;
}

export interface ReviewGateDecision extends GateDecision {
  unmet: RequirementOutcome[];
  met: RequirementOutcome[];
}

/** Marks approved findings, holds back unapproved new waivers, and decides. */
export function decideWithReviews(
  findings: readonly Finding[],
  failOn: FailOn,
  onlyNew: readonly Finding[] | undefined,
  outcomes: readonly RequirementOutcome[],
): ReviewGateDecision {
  const byFingerprint = new Map<string, RequirementOutcome[]>();
  for (const o of outcomes) {
    for (const t of o.triggers) {
      if (!t.fingerprint) continue;
      const list = byFingerprint.get(t.fingerprint) ?? [];
      if (!list.includes(o)) list.push(o);
      byFingerprint.set(t.fingerprint, list);
    }
  }
  const waiverGated = new Set(
    outcomes
      .filter((o) => o.requirement.when.waivers)
      .flatMap((o) => o.triggers.map((t) => t.fingerprint)),
  );
  const decidedByPeople = new Set<Finding>();
  for (const f of findings) {
    const owners = byFingerprint.get(f.fingerprint);
    if (!owners) continue;
    decidedByPeople.add(f);
    if (owners.every((o) => o.status.met)) {
      f.approval = {
        requirements: owners.map((o) => o.requirement.name),
        by: [...new Set(owners.flatMap((o) => o.status.approvedBy))].sort(),
      };
    } else if (f.waiver?.origin === 'annotation' && waiverGated.has(f.fingerprint)) {
      const pending = owners.filter((o) => !o.status.met).map((o) => o.requirement.name);
      delete f.waiver;
      f.waiverProblem = `the waiver was written by this pull request and waits for the ${pending.join(' and ')} review`;
    }
  }
  // Findings waiting for people fail through their requirement, not a second time here.
  const waiting = (f: Finding) => decidedByPeople.has(f) && !f.approval;
  const base = decideGate(
    findings.filter((f) => !waiting(f)),
    failOn,
    onlyNew?.filter((f) => !waiting(f)),
  );
  const unmet = outcomes.filter((o) => !o.status.met);
  const met = outcomes.filter((o) => o.status.met);
  if (unmet.length === 0) return { ...base, unmet, met };
  const names = unmet.map((o) => `"${o.requirement.name}"`).join(', ');
  const review = `${unmet.length === 1 ? 'a required review is' : 'required reviews are'} missing (${names})`;
  return {
    failing: base.failing,
    reason: base.reason ? `${review}; and ${base.reason}` : review,
    unmet,
    met,
  };
}
