import * as core from '@actions/core';
import { describeApiError, type GitHubClient } from '../github/client.js';
import type { PullFile } from '../github/diff-lines.js';
import { listPullFiles, readPullRequest, type PullTarget } from '../github/pull-request.js';
import type { RunEvent } from './event.js';
import type { ReviewAccess } from './required-reviews.js';

// What a run judges against a base commit: a pull request (pull_request and
// pull_request_review events), or a merge queue's group (merge_group), which is judged
// exactly as its pull request was: the base's policy, new findings by fingerprint, the
// required reviews of the pull request the queue branch names. Only a pull request event
// posts anything to the pull request; a queued group's run must not.

export interface JudgedChange {
  kind: 'pull_request' | 'merge_group';
  baseSha: string;
  /** The pull request's files as the API lists them (pull request events, when readable). */
  files?: PullFile[];
  /**
   * Paths the change touches (head and previous names), from the API's file list; undefined
   * on a merge queue, where git tells them once the base commit is at hand.
   */
  changedFiles?: string[];
  /**
   * Whose reviews count, or why no review can be counted (the requirements then fail). Asked
   * only when needed: a queued group reads its pull request only when it triggers a review.
   */
  reviews: () => Promise<ReviewAccess | { unavailable: string }>;
  /** Comments, reviews and review requests go to the pull request (pull request events only). */
  posts: boolean;
}

export interface ChangeNotes {
  notes: string[];
}

/** The change this run judges, or undefined on push, workflow_dispatch and other events. */
export async function changeToJudge(
  event: RunEvent,
  clients: { client?: GitHubClient; teams?: GitHubClient },
  state: ChangeNotes,
): Promise<JudgedChange | undefined> {
  const withClients = {
    ...(clients.client ? { client: clients.client } : {}),
    ...(clients.teams ? { teams: clients.teams } : {}),
  };
  const pr = event.pullRequest;
  if (pr && (event.kind === 'pull_request' || event.kind === 'pull_request_review')) {
    const target: PullTarget = {
      owner: event.owner,
      repo: event.repo,
      number: pr.number,
      headSha: pr.headSha,
    };
    const files = clients.client ? await readFiles(clients.client, target, state) : undefined;
    return {
      kind: 'pull_request',
      baseSha: pr.baseSha,
      ...(files ? { files, changedFiles: namesOf(files) } : {}),
      reviews: () => Promise.resolve({ ...withClients, target, author: pr.author }),
      posts: true,
    };
  }
  const group = event.mergeGroup;
  if (!group) return undefined;
  return {
    kind: 'merge_group',
    baseSha: group.baseSha,
    reviews: () => queuedPullRequest(event, group.pullNumber, withClients),
    posts: false,
  };
}

async function readFiles(
  client: GitHubClient,
  target: PullTarget,
  state: ChangeNotes,
): Promise<PullFile[] | undefined> {
  try {
    return await listPullFiles(client, target);
  } catch (e) {
    // Without the file list there is no diff: no inline comments, but the gate still runs.
    core.warning(
      `kubegate: cannot list the pull request's files (${describeApiError(e)}); inline comments are skipped`,
    );
    state.notes.push("The pull request's files could not be listed: no inline comments this run.");
    return undefined;
  }
}

const namesOf = (files: readonly PullFile[]): string[] =>
  files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));

/**
 * Whose reviews count for a queued group: those of the pull request its queue branch names
 * (gh-readonly-queue/<base>/pr-<N>-<sha>), read as they stand now. When the branch names
 * none, or the pull request cannot be read, no approval can be counted: a requirement the
 * group triggers then fails, never passes unchecked.
 */
async function queuedPullRequest(
  event: RunEvent,
  number: number | undefined,
  clients: { client?: GitHubClient; teams?: GitHubClient },
): Promise<ReviewAccess | { unavailable: string }> {
  const ref = event.mergeGroup?.headRef ?? '';
  if (number === undefined)
    return {
      unavailable: `the merge queue branch ${ref} does not name a pull request (gh-readonly-queue/<base>/pr-<N>-<sha>), so no approval can be counted`,
    };
  if (!clients.client)
    return {
      unavailable: `without the \`token\` input the reviews of pull request #${number} cannot be read, so no approval can be counted`,
    };
  try {
    const pull = await readPullRequest(clients.client, event.owner, event.repo, number);
    return {
      ...clients,
      target: { owner: event.owner, repo: event.repo, number, headSha: pull.headSha },
      author: pull.author,
    };
  } catch (e) {
    return {
      unavailable: `pull request #${number}, which the merge queue branch names, could not be read (${describeApiError(e)}), so no approval can be counted`,
    };
  }
}
