import { readFileSync } from 'node:fs';

// What the workflow run is about, read from the runner's environment and event payload.
// Kept apart from @actions/github's context so it is a plain value that tests can build.

export type EventKind =
  'pull_request' | 'pull_request_review' | 'push' | 'workflow_dispatch' | 'other';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** True when the head lives in another repository (a fork): its token is read-only. */
  fromFork: boolean;
  author: string;
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
  if (name === 'push' || name === 'workflow_dispatch') return name;
  return 'other';
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
