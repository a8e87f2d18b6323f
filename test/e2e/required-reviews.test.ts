import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makePullRequestRepo,
  pullRequestPayload,
  pushToPullRequest,
  reviewPayload,
  runAction,
  type ActionRun,
  type PullRequestRepo,
} from '../support/action-run.js';
import { FakeGitHub } from '../support/fake-github.js';

// Required reviews end to end: the built Action as a real process, a real git repository
// with base, head and merge commits, and the loopback GitHub that keeps reviews, review
// requests and team membership between runs.

const PR = 12;
const TOKEN = 'ghs_e2eRequiredReviews';
const TEAM_TOKEN = 'ghs_e2eTeamReader';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: shop
  namespace: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
`;

const PUBLIC_INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: shop
                port:
                  number: 80
`;

/** A .kubegate.yaml with one review requirement (by default: security, on public-ingress). */
function policy(
  approvers: string,
  o: { name?: string; when?: string; failOn?: string; option?: string; rules?: string } = {},
): string {
  return `failOn: ${o.failOn ?? 'high'}
${o.rules ? `rules:\n  ${o.rules}\n` : ''}reviews:
  - name: ${o.name ?? 'security'}
    approvers: ${approvers}
${o.option ? `    ${o.option}\n` : ''}    when:
      ${o.when ?? 'rules: [public-ingress]'}
`;
}

let github: FakeGitHub;
let repo: PullRequestRepo;

function pr(
  event: 'pull_request' | 'pull_request_review' = 'pull_request',
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: event,
    payload: event === 'pull_request' ? pullRequestPayload(repo, PR) : reviewPayload(repo, PR),
    sha: repo.mergeSha,
    ref: `refs/pull/${PR}/merge`,
    apiUrl: github.url,
    inputs: { token: TOKEN, 'upload-sarif': 'false', ...inputs },
  });
}

function openPullRequest(base: Record<string, string>, head: Record<string, string | null>) {
  repo = makePullRequestRepo(base, head);
  github.pullFiles.set(PR, repo.files);
}

beforeEach(async () => {
  github = await new FakeGitHub().start();
});

afterEach(async () => {
  await github.stop();
});

describe('required reviews (dist/index.js against a fake GitHub on 127.0.0.1)', () => {
  it('blocks a public Ingress until an approver approves, then dismisses its own review', async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('[alice, bob]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    const first = await pr();
    // public-ingress is medium: below fail-on high, so only the requirement fails the step.
    expect(first.code).toBe(1);
    expect(first.outputs.result).toBe('fail');
    expect(first.outputs['missing-reviews']).toBe('security');
    expect(first.stdout).toContain('::error::kubegate: a required review is missing ("security")');

    const [review] = github.kubegateReviews();
    expect(github.kubegateReviews()).toHaveLength(1);
    expect(review).toMatchObject({ event: 'REQUEST_CHANGES', state: 'CHANGES_REQUESTED' });
    expect(review.commit_id).toBe(repo.headSha);
    expect(review.body).toContain('**security**');
    expect(review.body).toContain('@alice, @bob');
    expect(review.body).toMatch(/public-ingress \(medium\) on Ingress\/shop\/shop/);
    expect(review.body).toContain('deploy/ingress.yaml:');
    expect(github.requestedReviewers).toEqual([{ users: ['alice', 'bob'], teams: [] }]);
    expect(first.summary).toContain('#### Required reviews');
    expect(first.summary).toContain('❌ the gate fails (1 required review missing)');

    // A re-run (a new push, an unrelated review) neither stacks reviews nor re-requests.
    const again = await pr();
    expect(again.code).toBe(1);
    expect(github.kubegateReviews()).toHaveLength(1);
    expect(github.requestedReviewers).toHaveLength(1);

    // Alice approves: the pull_request_review run passes and takes kubegate's review back.
    github.submitReview('alice', 'APPROVED', repo.headSha);
    const approved = await pr('pull_request_review');
    expect(approved.code).toBe(0);
    expect(approved.outputs.result).toBe('pass');
    expect(approved.outputs['missing-reviews']).toBe('');
    expect(github.kubegateReviews()[0].state).toBe('DISMISSED');
    expect(github.kubegateReviews()[0].dismissMessage).toContain('security (alice)');
    expect(approved.summary).toContain('✅ **security**: met, approved by @alice');
    // The finding stays in the reports, marked as approved.
    expect(approved.summary).toMatch(/public-ingress.*approved by @alice in the security review/);
    expect(github.kubegateReviews()).toHaveLength(1);
  });

  it('updates its review in place when a new push changes what it lists', async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('[alice]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    await pr();
    const [review] = github.kubegateReviews();
    expect(review.body).toContain(`/blob/${repo.headSha}/deploy/ingress.yaml`);
    pushToPullRequest(repo, {
      'deploy/ingress.yaml': PUBLIC_INGRESS.replace('path: /', 'path: /shop'),
    });
    github.pullFiles.set(PR, repo.files);
    expect((await pr()).code).toBe(1);
    // The same review, now pointing at the new head; none added.
    expect(github.kubegateReviews()).toHaveLength(1);
    expect(github.kubegateReviews()[0].id).toBe(review.id);
    expect(github.kubegateReviews()[0].body).toContain(`/blob/${repo.headSha}/deploy/ingress.yaml`);
    expect(github.calls('PUT', /\/pulls\/\d+\/reviews\/\d+$/)).toHaveLength(1);
  });

  it('still fails when the pull request removes the requirement from the config', async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('[alice]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS, '.kubegate.yaml': 'failOn: high\n' },
    );
    const run = await pr();
    expect(run.code).toBe(1);
    expect(run.outputs['missing-reviews']).toBe('security');
    expect(run.summary).toContain('This pull request changes the policy (`.kubegate.yaml`)');
    expect(run.stdout).toMatch(/::notice::kubegate: this pull request changes the policy/);
  });

  it("does not count the author's own approval", async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('[author, alice]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    github.submitReview('author', 'APPROVED', repo.headSha);
    const run = await pr();
    expect(run.code).toBe(1);
    expect(run.summary).toContain('not counted: author is the author of the pull request');
    // Nor is their review requested.
    expect(github.requestedReviewers).toEqual([{ users: ['alice'], teams: [] }]);
  });

  it('ignores an approval of an older commit when requireFreshApproval is set', async () => {
    const fresh = policy('[alice]', { option: 'requireFreshApproval: true' });
    openPullRequest(
      { '.kubegate.yaml': fresh, 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    github.submitReview('alice', 'APPROVED', repo.headSha);
    expect((await pr()).code).toBe(0);
    const older = repo.headSha;
    pushToPullRequest(repo, { 'deploy/ingress.yaml': PUBLIC_INGRESS.replace('/', '/shop') });
    github.pullFiles.set(PR, repo.files);
    const run = await pr();
    expect(run.code).toBe(1);
    expect(run.summary).toContain(`alice approved an older commit (${older.slice(0, 7)})`);
    expect(run.outputs['missing-reviews']).toBe('security');
  });

  it('fails closed for a team approver without approvers-token, and counts the team with it', async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('["@acme/security"]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    github.teams.set('acme/security', ['carol']);
    github.teamsToken = TEAM_TOKEN;
    github.submitReview('carol', 'APPROVED', repo.headSha);
    const without = await pr();
    expect(without.code).toBe(1);
    expect(without.summary).toContain(
      'the members of @acme/security cannot be read without the `approvers-token` input',
    );
    expect(github.kubegateReviews()[0].body).toContain('approvers-token');
    // The team is asked for a review by its slug.
    expect(github.requestedReviewers).toEqual([{ users: [], teams: ['security'] }]);

    const withToken = await pr('pull_request', { 'approvers-token': TEAM_TOKEN });
    expect(withToken.code).toBe(0);
    expect(withToken.summary).toContain('approved by @carol');
    // The team token is used for the membership only, registered as a secret (the runner
    // masks it in logs) and printed nowhere else.
    const teamCalls = github.calls('GET', /^\/orgs\/acme\/teams\/security\/members$/);
    expect(teamCalls.at(-1)?.token).toBe(TEAM_TOKEN);
    expect(github.requests.filter((r) => r.token === TEAM_TOKEN)).toHaveLength(teamCalls.length);
    expect(withToken.stdout).toContain(`::add-mask::${TEAM_TOKEN}`);
    const printed = withToken.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(TEAM_TOKEN);
  });

  it('says which review a maintainer must dismiss when the token may not', async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('[alice]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    await pr();
    const [review] = github.kubegateReviews();
    github.dismissRefused = true;
    github.submitReview('alice', 'APPROVED', repo.headSha);
    const run = await pr('pull_request_review');
    expect(run.code).toBe(0);
    expect(review.state).toBe('CHANGES_REQUESTED');
    expect(run.summary).toContain(
      `https://github.example/acme/shop/pull/${PR}#pullrequestreview-${review.id}`,
    );
    expect(run.summary).toContain('A maintainer must dismiss it');
  });

  it('falls back to a comment review when GitHub refuses a request for changes', async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('[alice]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    // What GitHub answers when the token's user is the pull request's author.
    github.faults.push({
      method: 'POST',
      path: /\/pulls\/\d+\/reviews$/,
      status: 422,
      message: 'Unprocessable Entity: Can not request changes on your own pull request',
    });
    const run = await pr();
    expect(run.code).toBe(1);
    expect(run.outputs['missing-reviews']).toBe('security');
    expect(github.kubegateReviews()).toMatchObject([{ event: 'COMMENT', state: 'COMMENTED' }]);
    expect(run.summary).toContain('GitHub refused a review requesting changes');
  });

  it('posts a comment instead of requesting changes with blocking-review false', async () => {
    openPullRequest(
      { '.kubegate.yaml': policy('[alice]'), 'deploy/service.yaml': SERVICE },
      { 'deploy/ingress.yaml': PUBLIC_INGRESS },
    );
    const run = await pr('pull_request', { 'blocking-review': 'false' });
    expect(run.code).toBe(1);
    expect(github.kubegateReviews()).toMatchObject([{ event: 'COMMENT', state: 'COMMENTED' }]);
  });

  it('asks for a review of a dangerous RBAC gain and reports the delta', async () => {
    const rbacPolicy = policy('[dana]', {
      name: 'platform',
      when: 'rbac: dangerous',
      failOn: 'critical',
    });
    const role = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["configmaps"]
    verbs: ["get"]
`;
    const binding = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-reader
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: ci
`;
    openPullRequest(
      { '.kubegate.yaml': rbacPolicy, 'deploy/rbac.yaml': `${role}---\n${binding}` },
      {
        'deploy/rbac.yaml': `${role.replace('["configmaps"]', '["configmaps", "secrets"]')}---\n${binding}`,
        // Bound to a role defined in the cluster, not in the repository: said, not guessed.
        'deploy/admin.yaml': binding
          .replace('name: ci-reader', 'name: ops-admin')
          .replace('kind: Role\n  name: reader', 'kind: ClusterRole\n  name: admin'),
      },
    );
    const run = await pr();
    expect(run.code).toBe(1);
    expect(run.outputs['missing-reviews']).toBe('platform');
    expect(run.summary).toContain('#### Permission changes (RBAC)');
    expect(run.summary).toContain(
      'ServiceAccount ci/deployer gains get on secrets in namespace shop (reads secrets)',
    );
    expect(github.kubegateReviews()[0].body).toContain(
      'ServiceAccount ci/deployer gains get on secrets in namespace shop',
    );
    expect(run.summary).toContain(
      'RoleBinding/shop/ops-admin (ClusterRole/admin): its role is not defined in these manifests',
    );
    github.submitReview('dana', 'APPROVED', repo.headSha);
    expect((await pr('pull_request_review')).code).toBe(0);
  });

  it('holds back a waiver the pull request writes until the waiver review is met', async () => {
    const waiverPolicy = policy('[erin]', { name: 'waivers', when: 'waivers: true' });
    const pod = (annotation: string) => `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: shop
${annotation}spec:
  automountServiceAccountToken: false
  containers:
    - name: debug
      image: registry.example/debug@sha256:${'b2'.repeat(32)}
      securityContext:
        privileged: true
`;
    // Within the default 180 days allowed for a waiver, from whenever the test runs.
    const expires = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const waived = `  annotations:\n    waive.kubegate.io/privileged-container: "node debugging, SEC-7 expires=${expires}"\n`;
    openPullRequest(
      { '.kubegate.yaml': waiverPolicy, 'deploy/service.yaml': SERVICE },
      { 'deploy/debug.yaml': pod(waived) },
    );
    const run = await pr();
    expect(run.code).toBe(1);
    expect(run.outputs['missing-reviews']).toBe('waivers');
    expect(run.summary).toContain('waiver added for privileged-container on Pod/shop/debug');
    expect(run.summary).toContain('waits for the waivers review');
    github.submitReview('erin', 'APPROVED', repo.headSha);
    const approved = await pr('pull_request_review');
    // Approved, the waiver applies; other findings of the pod are below fail-on high or new
    // but unrelated, so the gate passes only if nothing else fails.
    expect(approved.summary).toContain('✅ **waivers**: met, approved by @erin');
    expect(approved.summary).not.toContain('waits for the waivers review');
  });
});

const deployment = (name: string, replicas: number, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
${extra}      containers:
        - name: ${name}
          image: registry.example/${name}:1.0
`;

// A custom rule that reads the base version of the resource, as admission policies do.
const REPLICAS_RULE = `id: replicas-raised-past-50
title: Raising replicas past 50 needs capacity review
severity: low
category: workload-hardening
match:
  kinds: [Deployment]
check: |
  oldObject != null && object.?spec.?replicas.orValue(1) > 50 && oldObject.?spec.?replicas.orValue(1) <= 50
field: [spec.replicas]
message: raises replicas past 50
why: Fifty more pods can exhaust the cluster's capacity and the quota of shared services.
fix: Check capacity with the platform team before raising replicas this far.
`;

describe('diff-aware gating and oldObject (dist/index.js against a fake GitHub)', () => {
  it('reports nothing new when resources only move, and lists what a change fixes', async () => {
    const legacy = deployment('legacy', 2, '      hostNetwork: true\n');
    const other = deployment('other', 2, '      hostPID: true\n');
    openPullRequest(
      { 'deploy/legacy.yaml': legacy, 'deploy/other.yaml': other },
      {
        // Moved to another file, below a comment and another document.
        'deploy/legacy.yaml': null,
        'apps/legacy/all.yaml': `# moved here\n${SERVICE}---\n\n${legacy}`,
        // Fixed: hostPID removed.
        'deploy/other.yaml': deployment('other', 2),
      },
    );
    const run = await pr('pull_request', { 'fail-on': 'low' });
    expect(run.outputs['new-findings']).toBe('0');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('This pull request introduces 0 and fixes 1');
    expect(run.summary).toMatch(/#### Fixed by this pull request[\s\S]*host-namespaces/);
  });

  it('lets a rule compare with the base (oldObject), with the rules read from the base', async () => {
    const config = policy('[frank]', {
      name: 'capacity',
      when: 'rules: [replicas-raised-past-50]',
      rules: 'custom: ["policy/*.yaml"]',
    });
    openPullRequest(
      {
        '.kubegate.yaml': config,
        'policy/replicas.yaml': REPLICAS_RULE,
        'deploy/web.yaml': deployment('web', 3),
      },
      {
        'deploy/web.yaml': deployment('web', 60),
        // A new Deployment at 60 has no base version: the rule does not apply to it.
        'deploy/batch.yaml': deployment('batch', 60),
        // Weakening the rule in the same pull request changes nothing: rules come from the base.
        'policy/replicas.yaml': REPLICAS_RULE.replace('> 50', '> 5000'),
      },
    );
    const run = await pr();
    expect(run.code).toBe(1);
    expect(run.outputs['missing-reviews']).toBe('capacity');
    const [review] = github.kubegateReviews();
    expect(review.body).toContain('replicas-raised-past-50 (low) on Deployment/shop/web');
    expect(review.body).not.toContain('Deployment/shop/batch');
    expect(run.summary).toContain('`policy/replicas.yaml`');
  });
});
