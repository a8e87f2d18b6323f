import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makePullRequestRepo,
  NODE_24,
  pullRequestPayload,
  reviewPayload,
  runAction,
  RUN_TOKEN,
  shallowCheckout,
  type ActionRun,
  type PullRequestRepo,
} from '../support/action-run.js';
import { FakeGitHub } from '../support/fake-github.js';
import {
  mergeGroupPayload,
  pushPayload,
  queueRef,
  workflowDispatchPayload,
} from '../support/github-payloads.js';
import { deployment, LEGACY, riskyPullRequest, SAFE } from '../support/manifests.js';
import { readmeWorkflow } from '../support/readme-workflow.js';

// The Action as a new user's workflow runs it: the README's workflow copied as it is (its
// step sets no `with:`), into a repository with no .kubegate.yaml, so every input is
// action.yml's default (the runner fills them all), on Node 24 as GitHub runs it, for each
// event the workflow listens to (and workflow_dispatch). The payloads are GitHub's documented
// examples with this repository's commits written in.

const PR = 7;
let github: FakeGitHub;
let repo: PullRequestRepo;

beforeEach(async () => {
  github = await new FakeGitHub().start();
  // No config file anywhere: the base has an old finding (host network), the change adds
  // privileged and a container that may run as root.
  repo = riskyPullRequest();
  github.pullFiles.set(PR, repo.files);
  github.pullHeads.set(PR, repo.headSha);
});

afterEach(async () => {
  await github.stop();
});

/** The README's own workflow: its `with:` values (none), every other input from action.yml. */
const README_WITH = readmeWorkflow().with;

/** A run of the README's workflow for one event. */
function run(eventName: string, payload: object, sha: string, ref: string, workspace = repo.dir) {
  return runAction({
    workspace,
    eventName,
    payload,
    sha,
    ref,
    apiUrl: github.url,
    node: NODE_24,
    inputs: README_WITH,
  });
}

/** A push to main with some of the workflow's `with:` set. */
function pushWith(inputs: Record<string, string>) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    payload: pushPayload('refs/heads/main', repo.baseSha, repo.mergeSha),
    sha: repo.mergeSha,
    ref: 'refs/heads/main',
    apiUrl: github.url,
    node: NODE_24,
    inputs,
  });
}

function expectNoConfigTrouble(result: ActionRun): void {
  expect(result.stdout).not.toMatch(/config file|not found|TypeError|ReferenceError/);
  expect(result.stderr).not.toMatch(/at .*dist\/index\.js/);
}

describe("first contact: the README's workflow, no config file, no inputs set (Node 24)", () => {
  it('pull_request: gates on what the pull request introduces and comments on it', async () => {
    expect(README_WITH).toEqual({});
    const result = await run(
      'pull_request',
      pullRequestPayload(repo, PR),
      repo.mergeSha,
      `refs/pull/${PR}/merge`,
    );
    expectNoConfigTrouble(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::kubegate: 2 new findings at or above "high"');
    expect(result.outputs).toMatchObject({ result: 'fail', 'new-findings': '2' });
    // The defaults turn everything on: SARIF for the merge ref, inline comments, a summary.
    expect(github.sarifs.map((s) => s.ref)).toEqual([`refs/pull/${PR}/merge`]);
    expect(github.reviewComments.length).toBeGreaterThanOrEqual(2);
    expect(github.issueComments).toHaveLength(1);
    // The token input defaults to the job's own token.
    expect(new Set(github.requests.map((r) => r.token))).toEqual(new Set([RUN_TOKEN]));
  });

  it('pull_request: passes a change that adds nothing risky, although old findings remain', async () => {
    const safe = makePullRequestRepo(
      { 'deploy/web.yaml': deployment('web', SAFE), 'deploy/legacy.yaml': LEGACY },
      { 'deploy/web.yaml': deployment('web', SAFE).replace('replicas: 2', 'replicas: 3') },
    );
    github.pullFiles.set(PR, safe.files);
    const result = await run(
      'pull_request',
      pullRequestPayload(safe, PR),
      safe.mergeSha,
      `refs/pull/${PR}/merge`,
      safe.dir,
    );
    expectNoConfigTrouble(result);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', 'new-findings': '0' });
  });

  it('pull_request_review: the same verdict on the same merge ref', async () => {
    const result = await run(
      'pull_request_review',
      reviewPayload(repo, PR),
      repo.mergeSha,
      `refs/pull/${PR}/merge`,
    );
    expectNoConfigTrouble(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::kubegate: 2 new findings at or above "high"');
    expect(result.outputs['new-findings']).toBe('2');
  });

  it('merge_group: judges the group against its base like its pull request', async () => {
    const ref = queueRef('main', PR, repo.baseSha);
    const payload = mergeGroupPayload({
      headSha: repo.mergeSha,
      baseSha: repo.baseSha,
      headRef: ref,
    });
    const result = await run('merge_group', payload, repo.mergeSha, ref, shallowCheckout(repo));
    expectNoConfigTrouble(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::kubegate: 2 new findings at or above "high"');
    expect(result.outputs['new-findings']).toBe('2');
  });

  it('push: gates on every finding of the branch', async () => {
    const result = await run(
      'push',
      pushPayload('refs/heads/main', repo.baseSha, repo.mergeSha),
      repo.mergeSha,
      'refs/heads/main',
    );
    expectNoConfigTrouble(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::kubegate: 3 findings at or above "high"');
    expect(github.sarifs.map((s) => s.ref)).toEqual(['refs/heads/main']);
    expect(github.calls('POST', /comments|reviews/)).toHaveLength(0);
  });

  it('workflow_dispatch: gates on every finding of the branch', async () => {
    const result = await run(
      'workflow_dispatch',
      workflowDispatchPayload('refs/heads/main'),
      repo.mergeSha,
      'refs/heads/main',
    );
    expectNoConfigTrouble(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::kubegate: 3 findings at or above "high"');
  });

  it('fails the step when the paths input names something that gives nothing to scan', async () => {
    const result = await pushWith({ paths: 'deploy/web.yaml\ndepoly/' });
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.stdout).toMatch(/::error::kubegate: nothing to scan at a path that was named/);
    expect(result.stdout).toContain('depoly/: no such file or folder');
    // Nothing was uploaded as if the repository had been checked.
    expect(github.sarifs).toHaveLength(0);
  });

  it('fails the step when the config input names a file that does not exist', async () => {
    const named = await pushWith({ config: '.kubegate.yaml' });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('::error::kubegate: config file .kubegate.yaml not found');
  });

  it('passes with a notice in a repository with no Kubernetes files at all', async () => {
    const empty = makePullRequestRepo({ 'README.md': 'docs\n' }, { 'docs/guide.md': 'more\n' });
    const result = await run(
      'push',
      pushPayload('refs/heads/main', empty.baseSha, empty.mergeSha),
      empty.mergeSha,
      'refs/heads/main',
      empty.dir,
    );
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('pass');
    expect(result.stdout).toMatch(
      /::notice::kubegate: no Kubernetes manifests, Helm charts or Kustomize roots were found/,
    );
    expect(result.summary).toContain('there was nothing to check');
  });
});
