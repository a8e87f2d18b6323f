import * as core from '@actions/core';
import type { Finding } from '../model/types.js';
import { describeApiError, rethrowDenied, statusOf, type GitHubClient } from './client.js';
import { SUMMARY_MARKER } from './comment-bodies.js';
import type { PullFile } from './diff-lines.js';
import type { ReviewComment } from './review-plan.js';

// The pull request's side of GitHub: its files and patches, kubegate's review comments and
// its one summary comment. Every write that the token may not make (a fork's read-only
// token) surfaces as WriteDenied, so the caller can degrade once, with one warning.

/** The owner, repository and pull request number that every pulls endpoint takes. */
export const pullParams = (t: PullTarget) => ({
  owner: t.owner,
  repo: t.repo,
  pull_number: t.number,
});

export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
}

export async function listPullFiles(client: GitHubClient, t: PullTarget): Promise<PullFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...pullParams(t),
    per_page: 100,
  });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
  }));
}

export async function listReviewComments(
  client: GitHubClient,
  t: PullTarget,
): Promise<ReviewComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    ...pullParams(t),
    per_page: 100,
  });
  return comments.map((c) => ({
    id: c.id,
    body: c.body,
    path: c.path,
    line: c.line ?? null,
    ...(c.in_reply_to_id !== undefined ? { in_reply_to_id: c.in_reply_to_id } : {}),
  }));
}

export interface PostedReview {
  posted: Finding[];
  /** GitHub refused these lines (422): they go to the summary comment. */
  refused: Finding[];
}

/**
 * Posts the new inline comments as one review (one notification for the author), and if
 * GitHub refuses the batch because a line is not in the diff, posts them one by one so that
 * only the refused ones move to the summary.
 */
export async function postInlineComments(
  client: GitHubClient,
  t: PullTarget,
  findings: readonly Finding[],
  bodyOf: (f: Finding) => string,
): Promise<PostedReview> {
  if (findings.length === 0) return { posted: [], refused: [] };
  const comment = (f: Finding) => ({
    path: f.location.file,
    line: f.location.line,
    side: 'RIGHT' as const,
    body: bodyOf(f),
  });
  try {
    await client.rest.pulls.createReview({
      ...pullParams(t),
      commit_id: t.headSha,
      event: 'COMMENT',
      body: `kubegate found ${findings.length} new finding${findings.length === 1 ? '' : 's'} on the lines this pull request changes.`,
      comments: findings.map(comment),
    });
    return { posted: [...findings], refused: [] };
  } catch (e) {
    if (statusOf(e) !== 422) rethrowDenied(e);
    core.info(
      `kubegate: the review was refused (${describeApiError(e)}); posting comments one by one`,
    );
  }
  const result: PostedReview = { posted: [], refused: [] };
  for (const f of findings) {
    try {
      await client.rest.pulls.createReviewComment({
        ...pullParams(t),
        commit_id: t.headSha,
        ...comment(f),
      });
      result.posted.push(f);
    } catch (e) {
      if (statusOf(e) !== 422) rethrowDenied(e);
      result.refused.push(f);
    }
  }
  return result;
}

export async function replyToComment(
  client: GitHubClient,
  t: PullTarget,
  commentId: number,
  body: string,
): Promise<void> {
  try {
    await client.rest.pulls.createReplyForReviewComment({
      ...pullParams(t),
      comment_id: commentId,
      body,
    });
  } catch (e) {
    rethrowDenied(e);
  }
}

/** Creates the summary comment, or updates the one an earlier run left (found by marker). */
export async function upsertSummaryComment(
  client: GitHubClient,
  t: PullTarget,
  markdown: string,
): Promise<'created' | 'updated'> {
  const body = `${SUMMARY_MARKER}\n${markdown}`;
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.number,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.includes(SUMMARY_MARKER));
  try {
    if (mine) {
      await client.rest.issues.updateComment({
        owner: t.owner,
        repo: t.repo,
        comment_id: mine.id,
        body,
      });
      return 'updated';
    }
    await client.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.number,
      body,
    });
    return 'created';
  } catch (e) {
    rethrowDenied(e);
  }
}

/** The pull request's current head commit and author, as GitHub has them now. */
export async function readPullRequest(
  client: GitHubClient,
  owner: string,
  repo: string,
  number: number,
): Promise<{ headSha: string; author: string }> {
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
  return { headSha: data.head.sha, author: data.user.login };
}
