import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateSarif } from '../helpers/sarif-validator.js';
import {
  makePullRequestRepo,
  NODE_24,
  pullRequestRun,
  pushToPullRequest,
  reviewPayload,
  runAction,
  shallowCheckout,
  type ActionRunOptions,
  type PullRequestRepo,
} from '../support/action-run.js';
import { FakeGitHub } from '../support/fake-github.js';
import { pushPayload } from '../support/github-payloads.js';
import { deployment, RISKY, riskyPullRequest, SAFE } from '../support/manifests.js';

// The built Action as a real process against a real HTTP server speaking GitHub's REST API.

const PR = 7;
let github: FakeGitHub;
let repo: PullRequestRepo;

function prRun(
  inputs: Record<string, string> = {},
  node?: string,
): Promise<ReturnType<typeof runAction> extends Promise<infer R> ? R : never> {
  const options: ActionRunOptions = {
    ...pullRequestRun(repo, PR, github.url),
    inputs: { token: 'ghs_e2eSecretToken', 'fail-on': 'high', ...inputs },
    ...(node ? { node } : {}),
  };
  return runAction(options);
}

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

beforeEach(async () => {
  github = await new FakeGitHub().start();
  repo = riskyPullRequest();
  github.pullFiles.set(PR, repo.files);
});

afterEach(async () => {
  await github.stop();
});

describe('the Action on a pull request (dist/index.js against a fake GitHub on 127.0.0.1)', () => {
  for (const [runtime, node] of [
    ["this machine's Node", undefined],
    ['Node 24 (the runtime GitHub uses)', NODE_24],
  ] as const) {
    it(`comments on changed lines, uploads valid SARIF, fails the step, on ${runtime}`, async () => {
      const run = await prRun({}, node);
      expect(run.stderr).not.toMatch(/TypeError|ReferenceError|at .*dist\/index\.js/);
      // The gate: privileged (critical) and running as root (high) fail at "high".
      expect(run.code).toBe(1);
      expect(run.outputs.result).toBe('fail');
      expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(3);
      // Only what the pull request introduces gates: the legacy file's finding predates it.
      expect(run.stdout).toContain('::error::kubegate: 2 new findings at or above "high"');
      expect(run.outputs['new-findings']).toBe('2');
      // The log says where the run's time went, by part.
      expect(run.stdout).toMatch(
        /kubegate: time: base scan \d+\.\d\d s, head scan \d+\.\d\d s, .*renders \d+\.\d\d s, GitHub API \d+\.\d\d s/,
      );

      // Inline comments: one review with the two findings on changed lines, on their lines.
      const head = deployment('web', RISKY);
      const comments = github.reviewComments;
      const privileged = comments.find((c) => c.body.includes('`privileged-container`'));
      const root = comments.find((c) => c.body.includes('`run-as-non-root`'));
      expect(privileged).toMatchObject({
        path: 'deploy/web.yaml',
        line: lineOf(head, 'privileged: true'),
        commit_id: repo.headSha,
      });
      expect(root).toMatchObject({
        path: 'deploy/web.yaml',
        line: lineOf(head, 'runAsNonRoot: false'),
      });
      // Privilege escalation comes with privileged: said under it, not a comment of its own.
      expect(privileged?.body).toContain('may also escalate privileges');
      expect(comments.some((c) => c.body.includes('`allow-privilege-escalation`'))).toBe(false);
      expect(privileged?.body).toContain('```suggestion\n            privileged: false\n```');
      expect(privileged?.body).toContain('Why it matters');
      // The legacy file's host-network finding is not in the diff: summary only.
      expect(comments.some((c) => c.path === 'deploy/legacy.yaml')).toBe(false);
      expect(github.reviews).toHaveLength(1);

      // One summary comment: what the pull request introduces, and every finding.
      expect(github.issueComments).toHaveLength(1);
      const summary = github.issueComments[0].body;
      expect(summary).toContain('<!-- kubegate:summary -->');
      expect(summary).toContain('This pull request introduces 2 and fixes 0');
      expect(summary).toMatch(/All findings[\s\S]*host-namespaces/);

      // SARIF: the merge commit with the merge ref, gzip+base64 decoded by the server, valid.
      expect(github.sarifs).toHaveLength(1);
      const upload = github.sarifs[0];
      expect(upload).toMatchObject({ commit_sha: repo.mergeSha, ref: `refs/pull/${PR}/merge` });
      expect(upload.checkout_uri).toBe(`file://${repo.dir}`);
      // Checked by the validator once, on the runtime GitHub uses: the upload is the same
      // text on either node (test/cli-runtimes.test.ts compares the runtimes' SARIF).
      if (node === NODE_24) {
        const file = join(mkdtempSync(join(tmpdir(), 'kubegate-upload-')), 'upload.sarif');
        writeFileSync(file, JSON.stringify(upload.sarif));
        expect(validateSarif(file)).toEqual([]);
      }
      const runs = (
        upload.sarif as { runs: { automationDetails?: { id: string }; results: unknown[] }[] }
      ).runs;
      expect(runs[0].automationDetails?.id).toBe('kubegate/');
      expect(runs[0].results.length).toBe(Number(run.outputs.findings));

      // Annotations and the job summary.
      expect(run.stdout).toMatch(
        /::error title=privileged-container \(critical\).*,file=deploy\/web\.yaml,line=\d+::/,
      );
      expect(run.summary).toContain('the gate fails');
      expect(run.summary).toContain('What would unblock it');
      // The token reaches the log only in the command that tells the runner to mask it.
      const leaks = (run.stdout + run.stderr)
        .split('\n')
        .filter((l) => l.includes('ghs_e2eSecretToken'));
      expect(leaks).toEqual(['::add-mask::ghs_e2eSecretToken']);
    });
  }

  it('updates its summary and does not repeat inline comments on a re-run; answers fixed threads', async () => {
    await prRun();
    const firstComments = github.reviewComments.length;
    const summaryId = github.issueComments[0].id;

    const again = await prRun();
    expect(again.code).toBe(1);
    expect(github.reviewComments).toHaveLength(firstComments);
    expect(github.reviews).toHaveLength(1);
    expect(github.issueComments).toHaveLength(1);
    expect(github.calls('PATCH', new RegExp(`/issues/comments/${summaryId}$`))).toHaveLength(1);

    // The author fixes privileged (and keeps running as root): that thread is answered once.
    pushToPullRequest(repo, {
      'deploy/web.yaml': deployment('web', `${SAFE}\n            runAsNonRoot: false`),
    });
    github.pullFiles.set(PR, repo.files);
    await prRun();
    const replies = github.reviewComments.filter((c) => c.in_reply_to_id !== undefined);
    expect(replies).toHaveLength(1);
    const parent = github.reviewComments.find((c) => c.id === replies[0].in_reply_to_id);
    expect(parent?.body).toContain('`privileged-container`');
    expect(replies[0].body).toContain('Fixed');
    await prRun();
    expect(github.reviewComments.filter((c) => c.in_reply_to_id !== undefined)).toHaveLength(1);
  });

  it('degrades with one warning on a read-only token (a fork) and still decides', async () => {
    github.readOnly = true;
    const run = await prRun();
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    const warnings = run.stdout.split('\n').filter((l) => l.includes('may not write'));
    expect(warnings).toHaveLength(1);
    expect(run.stdout).toMatch(/::error title=.*,file=deploy\/web\.yaml,line=\d+::/);
    expect(run.summary).toContain('read-only');
    expect(github.reviewComments).toHaveLength(0);
  });

  it('retries a 500 and a secondary rate limit', async () => {
    github.faults.push({ method: 'GET', path: /\/pulls\/7\/files$/, status: 500 });
    github.faults.push({
      method: 'POST',
      path: /\/pulls\/7\/reviews$/,
      status: 403,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const run = await prRun();
    expect(github.calls('GET', /\/pulls\/7\/files$/).map((r) => r.status)).toEqual([500, 200]);
    expect(github.calls('POST', /\/pulls\/7\/reviews$/).map((r) => r.status)).toEqual([403, 200]);
    expect(github.reviewComments.length).toBeGreaterThanOrEqual(2);
    expect(run.code).toBe(1);
  });

  it('moves a comment GitHub refuses (422) to the summary and keeps the others', async () => {
    const head = deployment('web', RISKY);
    github.refusedLines.add(`deploy/web.yaml:${lineOf(head, 'privileged: true')}`);
    const run = await prRun();
    expect(run.code).toBe(1);
    expect(github.calls('POST', /\/pulls\/7\/reviews$/).map((r) => r.status)).toEqual([422]);
    expect(github.reviewComments.map((c) => c.body).join()).toContain('`run-as-non-root`');
    expect(github.reviewComments.map((c) => c.body).join()).not.toContain('`privileged-container`');
    expect(github.issueComments[0].body).toMatch(
      /outside the lines this pull request changed[\s\S]*privileged-container/,
    );
  });

  it('gates on every finding with new-findings-only false, listing those outside the diff', async () => {
    const run = await prRun({ 'new-findings-only': 'false', 'upload-sarif': 'false' });
    expect(run.stdout).toContain('::error::kubegate: 3 findings at or above "high"');
    // The comparison still runs (and is reported); it just does not narrow the gate.
    expect(run.outputs['new-findings']).toBe('2');
    expect(github.issueComments[0].body).toMatch(
      /outside the lines this pull request changed[\s\S]*host-namespaces/,
    );
  });

  it('fetches the base commit when the checkout is shallow (actions/checkout depth 1)', async () => {
    const workspace = shallowCheckout(repo);
    const run = await runAction({
      ...pullRequestRun(repo, PR, github.url, workspace),
      inputs: {
        token: 'ghs_x',
        'fail-on': 'high',
        'upload-sarif': 'false',
        'review-comments': 'false',
      },
    });
    expect(run.stdout).toMatch(/compared with the base [0-9a-f]{7}: 2 new, 0 fixed/);
    expect(run.outputs['new-findings']).toBe('2');
  });

  it('passes a pull request that adds nothing risky to a repository with old findings', async () => {
    pushToPullRequest(repo, { 'deploy/web.yaml': deployment('web', SAFE), 'README.md': 'docs\n' });
    github.pullFiles.set(PR, repo.files);
    const run = await prRun({ 'upload-sarif': 'false' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', 'new-findings': '0' });
    expect(run.summary).toContain('the gate passes');
    expect(github.reviewComments).toHaveLength(0);
  });

  it('re-evaluates on pull_request_review without repeating its comments', async () => {
    await prRun({ 'upload-sarif': 'false' });
    const before = github.reviewComments.length;
    const review = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request_review',
      payload: reviewPayload(repo, PR),
      sha: repo.mergeSha,
      ref: `refs/pull/${PR}/merge`,
      apiUrl: github.url,
      inputs: { token: 'ghs_x', 'fail-on': 'high', 'upload-sarif': 'false' },
    });
    expect(review.code).toBe(1);
    expect(review.outputs['new-findings']).toBe('2');
    expect(github.reviewComments).toHaveLength(before);
    expect(github.issueComments).toHaveLength(1);
  });

  it('passes and says so when nothing reaches the threshold', async () => {
    const run = await prRun({ 'fail-on': 'critical', 'upload-sarif': 'false' });
    // privileged is critical: still failing. With fail-on none the step passes.
    expect(run.code).toBe(1);
    const pass = await prRun({ 'fail-on': 'none', 'upload-sarif': 'false' });
    expect(pass.code).toBe(0);
    expect(pass.outputs.result).toBe('pass');
    expect(github.sarifs).toHaveLength(0);
  });

  it('warns, without failing the step, when code scanning is off', async () => {
    github.codeScanningOff = true;
    const run = await prRun({ 'fail-on': 'none' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::kubegate: SARIF not uploaded.*code scanning is not enabled/,
    );
  });
});

describe('the Action renders only the charts a pull request can affect', () => {
  const broken = {
    'charts/broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 0.1.0\n',
    'charts/broken/templates/svc.yaml':
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: '{{ .Release.Name | noSuchFunction }}'\n",
  };

  it('skips an untouched chart and renders one the pull request changes', async () => {
    repo = makePullRequestRepo(
      { ...broken, 'deploy/web.yaml': deployment('web', SAFE) },
      { 'deploy/web.yaml': deployment('web', RISKY) },
    );
    github.pullFiles.set(PR, repo.files);
    const untouched = await prRun({ 'upload-sarif': 'false', 'fail-on': 'none' });
    expect(untouched.summary).not.toContain('render-error');

    pushToPullRequest(repo, { 'charts/broken/values.yaml': 'replicas: 2\n' });
    github.pullFiles.set(PR, repo.files);
    const touched = await prRun({ 'upload-sarif': 'false', 'fail-on': 'none' });
    expect(touched.summary).toMatch(/render-error[^\n]*charts\/broken\/Chart\.yaml/);
  });

  it("uploads SARIF that still carries an untouched chart's findings", async () => {
    repo = makePullRequestRepo(
      { ...broken, 'deploy/web.yaml': deployment('web', SAFE) },
      { 'deploy/web.yaml': deployment('web', RISKY) },
    );
    github.pullFiles.set(PR, repo.files);
    const run = await prRun({ 'fail-on': 'none' });
    // The gate and the summary see only what the pull request affects...
    expect(run.summary).not.toContain('render-error');
    // ...while code scanning gets the whole repository, so the chart's alert is not "fixed".
    const sarif = github.sarifs[0]?.sarif as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const results = sarif.runs[0].results;
    expect(
      results.some(
        (r) =>
          r.ruleId === 'render-error' &&
          r.locations[0].physicalLocation.artifactLocation.uri === 'charts/broken/Chart.yaml',
      ),
    ).toBe(true);
    expect(results.some((r) => r.ruleId === 'privileged-container')).toBe(true);
  });
});

describe('the Action on push and without a token', () => {
  it('uploads SARIF for the branch on push and writes no comments', async () => {
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload('refs/heads/main', repo.baseSha, repo.mergeSha),
      sha: repo.mergeSha,
      ref: 'refs/heads/main',
      apiUrl: github.url,
      inputs: { token: 'ghs_x', 'fail-on': 'high' },
    });
    expect(run.code).toBe(1);
    expect(github.sarifs.map((s) => s.ref)).toEqual(['refs/heads/main']);
    expect(github.calls('POST', /comments|reviews/)).toHaveLength(0);
  });

  it('scans a 100-file repository with no network calls when no token is given', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[`deploy/app-${i}.yaml`] = deployment(`app-${i}`, SAFE);
    const big = makePullRequestRepo(files, { 'deploy/app-0.yaml': deployment('app-0', RISKY) });
    const run = await runAction({
      ...pullRequestRun(big, PR, github.url),
      inputs: { token: '', 'fail-on': 'high' },
    });
    expect(run.code).toBe(1);
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(2);
    expect(github.requests).toHaveLength(0);
  });
});
