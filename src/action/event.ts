import { readFileSync } from '../util/fs.js';

// What the workflow run is about, read from the runner's environment and event payload.
// Kept apart from @actions/github's context so it is a plain value that tests can build.

export type EventKind =
  'pull_request' | 'pull_request_review' | 'merge_group' | 'push' | 'workflow_dispatch' | 'other';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** True when the head lives in another repository (a fork): its token is read-only. */
  fromFork: boolean;
  author: string;
}

/** A merge queue's group of changes, waiting for its required checks before it is merged. */
export interface MergeGroupInfo {
  /** The commit to judge: the base with the queued pull request(s) merged in. */
  headSha: string;
  /** refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha> */
  headRef: string;
  /** The group's parent commit: what the group is judged against. */
  baseSha: string;
  baseRef: string;
  /** The pull request the queue branch names; undefined when it names none. */
  pullNumber?: number;
}

export interface RunEvent {
  name: string;
  kind: EventKind;
  owner: string;
  repo: string;
  /** The commit the workflow checked out (the merge commit on pull requests). */
  sha: string;
  /** The ref that goes with `sha` (refs/pull/N/merge on pull requests). */
  ref: string;
  pullRequest?: PullRequestInfo;
  mergeGroup?: MergeGroupInfo;
  apiUrl: string;
  serverUrl: string;
}

interface PayloadPullRequest {
  number?: number;
  head?: { sha?: string; repo?: { full_name?: string } | null };
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
  user?: { login?: string };
}

function kindOf(name: string): EventKind {
  if (name === 'pull_request' || name === 'pull_request_target') return 'pull_request';
  if (name === 'pull_request_review' || name === 'pull_request_review_comment') {
    return 'pull_request_review';
  }
  if (name === 'push' || name === 'workflow_dispatch' || name === 'merge_group') return name;
  return 'other';
}

interface PayloadMergeGroup {
  head_sha?: string;
  head_ref?: string;
  base_sha?: string;
  base_ref?: string;
}

/** The pull request number in a merge queue branch: gh-readonly-queue/<base>/pr-<N>-<sha>. */
export function queuedPullNumber(headRef: string): number | undefined {
  const m = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{7,64}$/.exec(headRef);
  return m ? Number(m[1]) : undefined;
}

function readMergeGroup(payload: Record<string, unknown>): MergeGroupInfo {
  const group = (payload.merge_group ?? {}) as PayloadMergeGroup;
  const { head_sha: headSha, head_ref: headRef, base_sha: baseSha, base_ref: baseRef } = group;
  if (!headSha || !headRef || !baseSha) {
    // Without them nothing can be compared: fail rather than judge the whole tree as new.
    throw new Error(
      'the merge_group event payload lacks merge_group.head_sha, head_ref or base_sha',
    );
  }
  const pullNumber = queuedPullNumber(headRef);
  return {
    headSha,
    headRef,
    baseSha,
    baseRef: baseRef ?? '',
    ...(pullNumber !== undefined ? { pullNumber } : {}),
  };
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${String(e)}`);
  }
}

/** The run's event from GITHUB_* variables (as a runner sets them). */
export function readRunEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const event: RunEvent = {
    name,
    kind: kindOf(name),
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
  };
  if (event.kind === 'merge_group') {
    event.mergeGroup = readMergeGroup(payload);
    // Code scanning wants the group's own commit with its own ref, never a mix.
    event.sha = event.mergeGroup.headSha;
    event.ref = event.mergeGroup.headRef;
    return event;
  }
  const pr = payload.pull_request as PayloadPullRequest | undefined;
  if (pr && typeof pr.number === 'number' && event.kind !== 'push') {
    const headRepo = pr.head?.repo?.full_name;
    event.pullRequest = {
      number: pr.number,
      headSha: pr.head?.sha ?? event.sha,
      baseSha: pr.base?.sha ?? '',
      baseRef: pr.base?.ref ?? '',
      fromFork: headRepo !== undefined && headRepo !== `${owner}/${repo}`,
      author: pr.user?.login ?? '',
    };
    // pull_request_target and review events may carry a branch ref; code scanning wants the
    // merge ref with the merge commit, or the head ref with the head commit, never a mix.
    if (!/^refs\/pull\/\d+\/(merge|head)$/.test(event.ref)) {
      event.ref = `refs/pull/${pr.number}/head`;
      event.sha = event.pullRequest.headSha;
    }
  }
  return event;
}
