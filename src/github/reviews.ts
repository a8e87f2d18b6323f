import type { SubmittedReview, ReviewVerdict } from '../gate/reviews/approvals.js';
import { rethrowDenied, statusOf, type GitHubClient } from './client.js';
import { pullParams, type PullTarget } from './pull-request.js';

// The reviews of a pull request: reading who approved what, kubegate's own review that
// lists unmet requirements, review requests, and reading team membership for approvers.

/** Marks kubegate's own requirements review, so that re-runs update it instead of adding one. */
export const REQUIREMENTS_MARKER = '<!-- kubegate:required-reviews -->';

export async function listReviews(client: GitHubClient, t: PullTarget): Promise<SubmittedReview[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    ...pullParams(t),
    per_page: 100,
  });
  return reviews.map((r) => ({
    id: r.id,
    login: r.user?.login ?? '',
    state: r.state as ReviewVerdict,
    commitId: r.commit_id ?? '',
    body: r.body,
  }));
}

/** The members of `@org/slug`, read with a token that may see the organisation's teams. */
export async function teamMembers(client: GitHubClient, team: string): Promise<Set<string>> {
  const [org, slug] = team.slice(1).split('/');
  const members = await client.paginate(client.rest.teams.listMembersInOrg, {
    org,
    team_slug: slug,
    per_page: 100,
  });
  return new Set(members.map((m) => m.login.toLowerCase()));
}

export async function createReview(
  client: GitHubClient,
  t: PullTarget,
  event: 'REQUEST_CHANGES' | 'COMMENT',
  body: string,
): Promise<number> {
  try {
    const { data } = await client.rest.pulls.createReview({
      ...pullParams(t),
      commit_id: t.headSha,
      event,
      body,
    });
    return data.id;
  } catch (e) {
    rethrowDenied(e);
  }
}

export async function updateReviewBody(
  client: GitHubClient,
  t: PullTarget,
  reviewId: number,
  body: string,
): Promise<void> {
  try {
    await client.rest.pulls.updateReview({
      ...pullParams(t),
      review_id: reviewId,
      body,
    });
  } catch (e) {
    rethrowDenied(e);
  }
}

/**
 * Dismisses a review. Resolves false when GitHub refuses (a branch protection that limits
 * who may dismiss reviews answers 403 or 422), so the caller can say who must do it.
 */
export async function dismissReview(
  client: GitHubClient,
  t: PullTarget,
  reviewId: number,
  message: string,
): Promise<boolean> {
  try {
    await client.rest.pulls.dismissReview({
      ...pullParams(t),
      review_id: reviewId,
      message,
      event: 'DISMISS',
    });
    return true;
  } catch (e) {
    const status = statusOf(e);
    if (status === 403 || status === 422 || status === 404) return false;
    throw e;
  }
}

/** Asks users and teams (slugs of the repository owner's organisation) for a review. */
export async function requestReviewers(
  client: GitHubClient,
  t: PullTarget,
  users: readonly string[],
  teams: readonly string[],
): Promise<void> {
  if (users.length === 0 && teams.length === 0) return;
  await client.rest.pulls.requestReviewers({
    ...pullParams(t),
    reviewers: [...users],
    team_reviewers: [...teams],
  });
}
