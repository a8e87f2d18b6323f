import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makePullRequestRepo,
  runAction,
  shallowCheckout,
  type ActionRun,
  type PullRequestRepo,
} from '../support/action-run.js';
import { FakeGitHub } from '../support/fake-github.js';
import { mergeGroupPayload, queueRef } from '../support/github-payloads.js';
import { deployment, LEGACY, RISKY, SAFE } from '../support/manifests.js';

// A merge queue runs the workflow on merge_group for the group's commit (the base with the
// pull request merged in), checked out at depth 1 as actions/checkout does. kubegate judges
// it against merge_group.base_sha as it judged the pull request against its base, uploads
// SARIF for the queue's ref, and posts nothing to the pull request.

const PR = 21;
let github: FakeGitHub;

beforeEach(async () => {
  github = await new FakeGitHub().start();
});

afterEach(async () => {
  await github.stop();
});

function queued(
  repo: PullRequestRepo,
  o: { inputs?: Record<string, string>; headRef?: string } = {},
): Promise<ActionRun> {
  const headRef = o.headRef ?? queueRef('main', PR, repo.baseSha);
  github.pullHeads.set(PR, repo.headSha);
  return runAction({
    workspace: shallowCheckout(repo),
    eventName: 'merge_group',
    payload: mergeGroupPayload({ headSha: repo.mergeSha, baseSha: repo.baseSha, headRef }),
    sha: repo.mergeSha,
    ref: headRef,
    apiUrl: github.url,
    ...(o.inputs ? { inputs: o.inputs } : {}),
  });
}

/** Requests that change something on GitHub, other than the SARIF upload. */
const writes = () =>
  github.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/code-scanning/'));

describe('the Action in a merge queue (merge_group)', () => {
  it('passes a group whose only high finding was already on the base', async () => {
    const repo = makePullRequestRepo(
      { 'deploy/web.yaml': deployment('web', SAFE), 'deploy/legacy.yaml': LEGACY },
      { 'deploy/web.yaml': deployment('web', SAFE).replace('replicas: 2', 'replicas: 4') },
    );
    const run = await queued(repo);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', 'new-findings': '0' });
    // The old finding is still reported, just not gating.
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(1);
    expect(run.summary).toContain('This merge group introduces 0');
  });

  it('fails a group that adds a finding, uploads SARIF for the queue ref, posts nothing', async () => {
    const repo = makePullRequestRepo(
      { 'deploy/web.yaml': deployment('web', SAFE), 'deploy/legacy.yaml': LEGACY },
      { 'deploy/web.yaml': deployment('web', RISKY) },
    );
    const run = await queued(repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::kubegate: 2 new findings at or above "high"');
    expect(run.outputs['new-findings']).toBe('2');
    expect(github.sarifs).toHaveLength(1);
    expect(github.sarifs[0]).toMatchObject({
      ref: queueRef('main', PR, repo.baseSha),
      commit_sha: repo.mergeSha,
    });
    expect(writes()).toEqual([]);
    expect(github.calls('GET', /\/pulls\//)).toEqual([]);
  });
});

const POLICY = `reviews:
  - name: security
    approvers: [alice]
    when:
      rules: [host-namespaces]
`;

describe('required reviews in a merge queue', () => {
  /** A pull request that adds hostNetwork, which the base's policy sends to security. */
  function hostNetworkChange(): PullRequestRepo {
    return makePullRequestRepo(
      { '.kubegate.yaml': POLICY, 'deploy/web.yaml': deployment('web', SAFE) },
      { 'deploy/legacy.yaml': LEGACY },
    );
  }

  it("passes when the queued pull request's approvers approved it, and posts nothing", async () => {
    const repo = hostNetworkChange();
    github.submitReview('alice', 'APPROVED', repo.headSha);
    const run = await queued(repo);
    expect(run.code).toBe(0);
    expect(run.outputs['missing-reviews']).toBe('');
    expect(github.calls('GET', new RegExp(`/pulls/${PR}$`))).toHaveLength(1);
    expect(github.calls('GET', new RegExp(`/pulls/${PR}/reviews$`))).toHaveLength(1);
    expect(writes()).toEqual([]);
  });

  it('fails when the approval is missing, without posting a review or asking anyone', async () => {
    const repo = hostNetworkChange();
    const run = await queued(repo);
    expect(run.code).toBe(1);
    expect(run.outputs['missing-reviews']).toBe('security');
    expect(run.stdout).toContain('::error::kubegate: a required review is missing ("security")');
    expect(writes()).toEqual([]);
    expect(github.requestedReviewers).toEqual([]);
  });

  it('fails closed when the queue branch names no pull request', async () => {
    const repo = hostNetworkChange();
    github.submitReview('alice', 'APPROVED', repo.headSha);
    const run = await queued(repo, { headRef: 'refs/heads/gh-readonly-queue/main/unknown' });
    expect(run.code).toBe(1);
    expect(run.outputs['missing-reviews']).toBe('security');
    expect(run.summary).toContain('does not name a pull request');
  });

  it('fails closed when the pull request cannot be read', async () => {
    const repo = hostNetworkChange();
    github.faults.push({ method: 'GET', path: new RegExp(`/pulls/${PR}$`), status: 404 });
    const run = await queued(repo);
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(new RegExp(`pull request #${PR}.*could not be read`));
  });
});
