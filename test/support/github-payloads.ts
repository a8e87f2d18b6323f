import { createRequire } from 'node:module';

// Event payloads as GitHub sends them: the documented example of each event (from
// @octokit/webhooks-examples, which collects GitHub's own examples), with the repository,
// commits and numbers of the test's repository written in. Starting from the documented
// payload, rather than a hand-made one, means the Action reads what the runner will give it.

type Json = Record<string, unknown>;

interface EventExamples {
  name: string;
  examples: Json[];
}

// The package is one JSON file (its main), loaded as Node loads JSON.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as EventExamples[];

/** A deep copy of GitHub's documented example of an event (the first with that action). */
export function documentedPayload(event: string, action?: string): Json {
  const all = examples.find((e) => e.name === event);
  const example = all?.examples.find((x) => action === undefined || x.action === action);
  if (!example) throw new Error(`no documented example of ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}

export const OWNER = 'acme';
export const REPO = 'shop';

function object(parent: Json, key: string): Json {
  const value = parent[key];
  if (typeof value !== 'object' || value === null) throw new Error(`payload lacks ${key}`);
  return value as Json;
}

/** The payload's repository made the test's own (acme/shop). */
function ownRepository(payload: Json): void {
  const repository = object(payload, 'repository');
  repository.name = REPO;
  repository.full_name = `${OWNER}/${REPO}`;
  object(repository, 'owner').login = OWNER;
}

export interface PullCommits {
  baseSha: string;
  headSha: string;
}

/** pull_request (synchronize) or pull_request_review (submitted) for pull request `number`. */
export function pullRequestEventPayload(
  event: 'pull_request' | 'pull_request_review',
  commits: PullCommits,
  number: number,
  options: { fork?: boolean; author?: string; reviewState?: string } = {},
): Json {
  const payload = documentedPayload(event, event === 'pull_request' ? 'synchronize' : 'submitted');
  ownRepository(payload);
  if ('number' in payload) payload.number = number;
  const pr = object(payload, 'pull_request');
  pr.number = number;
  object(pr, 'user').login = options.author ?? 'author';
  const head = object(pr, 'head');
  head.sha = commits.headSha;
  head.ref = 'feature';
  const headRepo = object(head, 'repo');
  headRepo.full_name = options.fork ? `someone/${REPO}` : `${OWNER}/${REPO}`;
  headRepo.name = REPO;
  const base = object(pr, 'base');
  base.sha = commits.baseSha;
  base.ref = 'main';
  const baseRepo = object(base, 'repo');
  baseRepo.full_name = `${OWNER}/${REPO}`;
  baseRepo.name = REPO;
  if (event === 'pull_request_review')
    object(payload, 'review').state = options.reviewState ?? 'approved';
  return payload;
}

/** The queue branch GitHub makes for pull request `number` on `base`. */
export const queueRef = (base: string, number: number, parentSha: string): string =>
  `refs/heads/gh-readonly-queue/${base}/pr-${number}-${parentSha}`;

/** merge_group (checks_requested): the group's commit and its parent on the base branch. */
export function mergeGroupPayload(group: {
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef?: string;
}): Json {
  const payload = documentedPayload('merge_group', 'checks_requested');
  ownRepository(payload);
  const mg = object(payload, 'merge_group');
  mg.head_sha = group.headSha;
  mg.base_sha = group.baseSha;
  mg.head_ref = group.headRef;
  mg.base_ref = group.baseRef ?? 'refs/heads/main';
  object(mg, 'head_commit').id = group.headSha;
  return payload;
}

/** push of `sha` to `ref`. */
export function pushPayload(ref: string, beforeSha: string, sha: string): Json {
  const payload = documentedPayload('push');
  ownRepository(payload);
  payload.ref = ref;
  payload.before = beforeSha;
  payload.after = sha;
  return payload;
}

/** workflow_dispatch on `ref`. */
export function workflowDispatchPayload(ref: string): Json {
  const payload = documentedPayload('workflow_dispatch');
  ownRepository(payload);
  payload.ref = ref;
  return payload;
}
