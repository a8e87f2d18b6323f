import type { ReviewRequirement } from '../../config/config.js';

// Whether a requirement is met: at least `minApprovals` of its approvers whose latest review
// of the pull request approves it. GitHub keeps every review; a person's standing verdict is
// their latest APPROVED, CHANGES_REQUESTED or DISMISSED review (a plain comment does not
// change it). The author never counts, and with `requireFreshApproval` only approvals of the
// current head commit do.

export type ReviewVerdict =
  'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED' | 'COMMENTED' | 'PENDING';

/** One submitted review, in the order GitHub lists them (oldest first). */
export interface SubmittedReview {
  id: number;
  login: string;
  state: ReviewVerdict;
  commitId: string;
  body: string;
}

/** Each reviewer's standing verdict (lowercased login to their latest deciding review). */
export function latestVerdicts(reviews: readonly SubmittedReview[]): Map<string, SubmittedReview> {
  const latest = new Map<string, SubmittedReview>();
  for (const r of reviews) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(r.login.toLowerCase(), r);
  }
  return latest;
}

/** Members of each team approver (`@org/slug`), or why they could not be read. */
export type TeamMembers = ReadonlyMap<string, { members: ReadonlySet<string> } | { error: string }>;

export interface ApprovalContext {
  author: string;
  headSha: string;
  verdicts: ReadonlyMap<string, SubmittedReview>;
  teams: TeamMembers;
}

export interface ApprovalStatus {
  met: boolean;
  /** Approvers whose approval counts. */
  approvedBy: string[];
  /** Approvals that do not count, and why ("bob approved an older commit"). */
  notCounted: string[];
  /** Why it could not be checked (a team that could not be read). */
  problems: string[];
}

export const isTeam = (approver: string): boolean => approver.startsWith('@');

export function approvalStatus(req: ReviewRequirement, ctx: ApprovalContext): ApprovalStatus {
  const author = ctx.author.toLowerCase();
  const users = new Set(req.approvers.filter((a) => !isTeam(a)).map((a) => a.toLowerCase()));
  const problems: string[] = [];
  const teamMembers = new Set<string>();
  for (const team of req.approvers.filter(isTeam)) {
    const t = ctx.teams.get(team.toLowerCase());
    if (!t) problems.push(`the members of ${team} were not read`);
    else if ('error' in t) problems.push(t.error);
    else for (const m of t.members) teamMembers.add(m.toLowerCase());
  }
  const approvedBy: string[] = [];
  const notCounted: string[] = [];
  for (const [login, review] of ctx.verdicts) {
    if (review.state !== 'APPROVED') continue;
    if (!users.has(login) && !teamMembers.has(login)) continue;
    if (login === author) {
      notCounted.push(`${review.login} is the author of the pull request`);
      continue;
    }
    if (req.requireFreshApproval && review.commitId !== ctx.headSha) {
      notCounted.push(`${review.login} approved an older commit (${review.commitId.slice(0, 7)})`);
      continue;
    }
    approvedBy.push(review.login);
  }
  approvedBy.sort();
  const met = approvedBy.length >= req.minApprovals;
  // A team that could not be read only matters while the approvals fall short.
  return { met, approvedBy, notCounted, problems: met ? [] : problems };
}
