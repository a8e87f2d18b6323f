import * as core from '@actions/core';
import { describeApiError, statusOf, type GitHubClient } from '../github/client.js';
import type { PullTarget } from '../github/pull-request.js';
import {
  createReview,
  dismissReview,
  listReviews,
  REQUIREMENTS_MARKER,
  requestReviewers,
  teamMembers,
  updateReviewBody,
} from '../github/reviews.js';
import { requirementsReviewBody, type LinkTo } from '../report/markdown-reviews.js';
import {
  approvalStatus,
  isTeam,
  latestVerdicts,
  type SubmittedReview,
  type TeamMembers,
} from '../gate/reviews/approvals.js';
import type { RequirementOutcome } from '../gate/reviews/gate.js';
import type { TriggeredRequirement } from '../gate/reviews/triggers.js';

// The Action's side of required reviews: reading the pull request's reviews and the teams
// that may approve, then keeping kubegate's own review in step with the verdict: one review
// that requests changes while a requirement is unmet (updated in place on re-runs), and its
// dismissal once every requirement is met.

export interface ReviewAccess {
  /** The workflow's token; undefined without one. */
  client?: GitHubClient;
  /** The `approvers-token` client, for team membership; undefined without one. */
  teams?: GitHubClient;
  target: PullTarget;
  author: string;
}

export interface CheckedRequirements {
  outcomes: RequirementOutcome[];
  /** Every review of the pull request, as read (empty when they could not be read). */
  reviews: SubmittedReview[];
}

const unmetBecause = (t: TriggeredRequirement, problem: string): RequirementOutcome => ({
  ...t,
  status: { met: false, approvedBy: [], notCounted: [], problems: [problem] },
});

/** Every triggered requirement unmet for one reason: no approval could be counted at all. */
export function uncheckable(
  triggered: readonly TriggeredRequirement[],
  why: string,
): CheckedRequirements {
  return { outcomes: triggered.map((t) => unmetBecause(t, why)), reviews: [] };
}

async function readTeams(
  access: ReviewAccess,
  triggered: readonly TriggeredRequirement[],
): Promise<TeamMembers> {
  const teams = new Map<string, { members: ReadonlySet<string> } | { error: string }>();
  const wanted = new Set(
    triggered.flatMap((t) => t.requirement.approvers.filter(isTeam).map((a) => a.toLowerCase())),
  );
  for (const team of wanted) {
    if (!access.teams) {
      teams.set(team, {
        error: `the members of ${team} cannot be read without the \`approvers-token\` input (a token that may read the organisation's team membership, such as a GitHub App installation token with "Members: read"); until it is given, approvals through ${team} cannot be counted`,
      });
      continue;
    }
    try {
      teams.set(team, { members: await teamMembers(access.teams, team) });
    } catch (e) {
      teams.set(team, {
        error: `the members of ${team} could not be read with \`approvers-token\` (${describeApiError(e)})`,
      });
    }
  }
  return teams;
}

/**
 * Where each triggered requirement stands; anything that cannot be checked is unmet. The
 * reviews are read even when nothing is triggered: an earlier run's review may need
 * dismissing.
 */
export async function checkRequirements(
  access: ReviewAccess,
  triggered: readonly TriggeredRequirement[],
): Promise<CheckedRequirements> {
  if (!access.client) {
    return uncheckable(
      triggered,
      "without the `token` input the pull request's reviews cannot be read, so no approval can be counted",
    );
  }
  let reviews: SubmittedReview[];
  try {
    reviews = await listReviews(access.client, access.target);
  } catch (e) {
    return uncheckable(
      triggered,
      `the pull request's reviews could not be read (${describeApiError(e)})`,
    );
  }
  const teams = await readTeams(access, triggered);
  const verdicts = latestVerdicts(reviews);
  const outcomes = triggered.map((t) => ({
    ...t,
    status: approvalStatus(t.requirement, {
      author: access.author,
      headSha: access.target.headSha,
      verdicts,
      teams,
    }),
  }));
  return { outcomes, reviews };
}

/** Review requests for the approvers of unmet requirements (not the author; teams of this org). */
export function reviewersToRequest(
  unmet: readonly RequirementOutcome[],
  target: PullTarget,
  author: string,
): { users: string[]; teams: string[] } {
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const o of unmet) {
    for (const a of o.requirement.approvers) {
      if (!isTeam(a)) {
        if (a.toLowerCase() !== author.toLowerCase() && !o.status.approvedBy.includes(a))
          users.add(a);
        continue;
      }
      const [org, slug] = a.slice(1).split('/');
      // GitHub asks teams for reviews only within the repository owner's organisation.
      if (org.toLowerCase() === target.owner.toLowerCase()) teams.add(slug);
    }
  }
  return { users: [...users].sort(), teams: [...teams].sort() };
}

/**
 * Posts kubegate's review. GitHub refuses a request for changes from the pull request's own
 * author (a personal token of the author, for example) with 422: then it posts the same list
 * as a comment, and the step's failure is what blocks the merge.
 */
async function postRequirementsReview(
  client: GitHubClient,
  target: PullTarget,
  blocking: boolean,
  body: string,
  notes: string[],
): Promise<number> {
  if (!blocking) return createReview(client, target, 'COMMENT', body);
  try {
    return await createReview(client, target, 'REQUEST_CHANGES', body);
  } catch (e) {
    if (statusOf(e) !== 422) throw e;
    notes.push(
      `GitHub refused a review requesting changes (${describeApiError(e)}); kubegate posted the list as a comment instead, and the failing check is what blocks the merge.`,
    );
    return createReview(client, target, 'COMMENT', body);
  }
}

export interface SettleOptions {
  blocking: boolean;
  link?: LinkTo;
  /** Link to a review of this pull request, for the "dismiss it by hand" note. */
  reviewUrl: (id: number) => string;
}

/**
 * Posts, updates or dismisses kubegate's own review so that it matches the outcomes. Returns
 * notes for the summary (a review the token could not dismiss, reviewers not requested).
 */
export async function settleReviews(
  client: GitHubClient,
  access: ReviewAccess,
  checked: CheckedRequirements,
  options: SettleOptions,
): Promise<string[]> {
  const { target } = access;
  const notes: string[] = [];
  const mine = checked.reviews.filter(
    (r) => r.body.includes(REQUIREMENTS_MARKER) && r.state !== 'DISMISSED',
  );
  const unmet = checked.outcomes.filter((o) => !o.status.met);
  const wanted = options.blocking ? 'CHANGES_REQUESTED' : 'COMMENTED';
  const dismiss = async (r: SubmittedReview, message: string) => {
    if (await dismissReview(client, target, r.id, message)) {
      core.info(`kubegate: dismissed its earlier review ${r.id}`);
      return;
    }
    notes.push(
      `kubegate's earlier review requesting changes (${options.reviewUrl(r.id)}) could not be dismissed with this token; branch protection may restrict who can dismiss reviews. A maintainer must dismiss it for the merge to go ahead.`,
    );
  };

  if (unmet.length > 0) {
    const body = requirementsReviewBody(REQUIREMENTS_MARKER, unmet, options.link);
    const current = mine.find((r) => r.state === wanted);
    if (current && current.body === body) {
      core.info(`kubegate: its review ${current.id} already lists the missing reviews`);
    } else {
      if (current) await updateReviewBody(client, target, current.id, body);
      else {
        const id = await postRequirementsReview(client, target, options.blocking, body, notes);
        core.info(`kubegate: posted review ${id} listing the missing reviews`);
      }
      // Asked again when the list changes: a new requirement may name other approvers
      // (GitHub ignores a request for someone already asked).
      const { users, teams } = reviewersToRequest(unmet, target, access.author);
      try {
        await requestReviewers(client, target, users, teams);
      } catch (e) {
        notes.push(
          `Review requests for ${[...users, ...teams.map((t) => `@${target.owner}/${t}`)].join(', ')} were refused (${describeApiError(e)}); ask them directly.`,
        );
      }
    }
    // A switch from blocking to non-blocking reviews leaves an old request for changes.
    for (const r of mine.filter((x) => x.state === 'CHANGES_REQUESTED' && !options.blocking))
      await dismiss(r, 'kubegate: blocking reviews are turned off (blocking-review: false).');
    return notes;
  }

  const met = checked.outcomes.map(
    (o) => `${o.requirement.name} (${o.status.approvedBy.join(', ')})`,
  );
  const message = met.length
    ? `kubegate: every required review is met: ${met.join('; ')}.`
    : 'kubegate: this pull request no longer needs a required review.';
  for (const r of mine) {
    if (r.state === 'CHANGES_REQUESTED') await dismiss(r, message);
    else if (!r.body.includes(message))
      await updateReviewBody(client, target, r.id, `${REQUIREMENTS_MARKER}\n${message}`);
  }
  return notes;
}
