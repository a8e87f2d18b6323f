import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makePullRequestRepo,
  pullRequestRun,
  runAction,
  type ActionRun,
  type PullRequestRepo,
} from '../support/action-run.js';
import { FakeGitHub } from '../support/fake-github.js';
import { DIGEST, deployment, SAFE } from '../support/manifests.js';

// Issue 19 end to end: a repository's own ValidatingAdmissionPolicies judge its pull
// requests. The built Action runs as a real process on a real git repository (base, head and
// merge commits) against the loopback GitHub, with every input at action.yml's default.
//
// The three policies come from both places kubegate reads them:
// - replica-limit (params: a ReplicaLimit custom resource, named by the binding's paramRef)
//   lives in policies/, which the config names in `admissionPolicies:` and leaves out of the
//   scanned `paths:`;
// - trusted-registry (its binding selects namespaces labelled environment: prod, as the
//   Namespace manifests in cluster/ label them) and team-label (bound with
//   validationActions: [Warn] only) live in cluster/, among the scanned manifests.

const PR = 19;

const CONFIG = `paths: [deploy, cluster]
admissionPolicies: [policies]
`;

/** What each policy matches: Deployments, as created or updated. */
const DEPLOYMENTS = `  matchConstraints:
    resourceRules:
      - apiGroups: [apps]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [deployments]
`;

const REPLICA_LIMIT_MESSAGE = 'replicas must be at most';
const REPLICA_LIMIT = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: replica-limit
spec:
  failurePolicy: Fail
  paramKind:
    apiVersion: rules.example.com/v1
    kind: ReplicaLimit
${DEPLOYMENTS}  validations:
    - expression: object.spec.replicas <= params.maxReplicas
      messageExpression: "'${REPLICA_LIMIT_MESSAGE} ' + string(params.maxReplicas) + ', not ' + string(object.spec.replicas)"
      reason: Invalid
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: replica-limit-binding
spec:
  policyName: replica-limit
  validationActions: [Deny]
  paramRef:
    name: shop-replicas
    namespace: policy-params
    parameterNotFoundAction: Deny
---
apiVersion: rules.example.com/v1
kind: ReplicaLimit
metadata:
  name: shop-replicas
  namespace: policy-params
maxReplicas: 3
`;

const REGISTRY_MESSAGE = 'images in production namespaces must come from registry.example/';
const TRUSTED_REGISTRY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: trusted-registry
spec:
  failurePolicy: Fail
${DEPLOYMENTS}  validations:
    - expression: "object.spec.template.spec.containers.all(c, c.image.startsWith('registry.example/'))"
      message: ${REGISTRY_MESSAGE}
`;

const TRUSTED_REGISTRY_BINDING = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: trusted-registry-prod
spec:
  policyName: trusted-registry
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchLabels:
        environment: prod
`;

const TEAM_MESSAGE = 'every Deployment needs a team label';
const TEAM_LABEL = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: team-label
spec:
${DEPLOYMENTS}  validations:
    - expression: "has(object.metadata.labels) && 'team' in object.metadata.labels"
      message: ${TEAM_MESSAGE}
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: team-label-warn
spec:
  policyName: team-label
  validationActions: [Warn]
`;

const NAMESPACES = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    environment: prod
---
apiVersion: v1
kind: Namespace
metadata:
  name: sandbox
  labels:
    environment: dev
`;

const TRUSTED_IMAGE = `registry.example/web@${DIGEST}`;
const OUTSIDE_IMAGE = `ghcr.io/acme/web@${DIGEST}`;

/** The hardened Deployment of the shared manifests, with what the policies read set. */
function web(o: { replicas: number; image: string; team: boolean; namespace?: string }): string {
  return deployment('web', SAFE)
    .replace('  namespace: shop\n', `  namespace: ${o.namespace ?? 'shop'}\n`)
    .replace(
      '  name: web\n',
      o.team ? '  name: web\n  labels:\n    team: storefront\n' : '  name: web\n',
    )
    .replace('  replicas: 2\n', `  replicas: ${o.replicas}\n`)
    .replace(`image: registry.example/web@${DIGEST}`, `image: ${o.image}`);
}

const BASE: Record<string, string> = {
  '.kubegate.yaml': CONFIG,
  'policies/replica-limit.yaml': REPLICA_LIMIT,
  'cluster/trusted-registry.yaml': TRUSTED_REGISTRY,
  'cluster/trusted-registry-binding.yaml': TRUSTED_REGISTRY_BINDING,
  'cluster/team-label.yaml': TEAM_LABEL,
  'cluster/namespaces.yaml': NAMESPACES,
  'deploy/web.yaml': web({ replicas: 2, image: TRUSTED_IMAGE, team: true }),
};

let github: FakeGitHub;
let repo: PullRequestRepo;

function openPullRequest(head: Record<string, string | null>): void {
  repo = makePullRequestRepo(BASE, head);
  github.pullFiles.set(PR, repo.files);
}

/** The pull_request run with every input at action.yml's default. */
const prRun = (): Promise<ActionRun> => runAction(pullRequestRun(repo, PR, github.url));

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The `::error` / `::warning` workflow commands the run printed, by title's rule id. */
function annotations(run: ActionRun, level: 'error' | 'warning', ruleId: string): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`::${level} title=${ruleId} (`));
}

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  properties: { resource: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
  }[];
  relatedLocations?: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
    message: { text: string };
  }[];
}

function sarifResults(): SarifResult[] {
  expect(github.sarifs).toHaveLength(1);
  return (github.sarifs[0].sarif as { runs: { results: SarifResult[] }[] }).runs[0].results;
}

beforeEach(async () => {
  github = await new FakeGitHub().start();
});

afterEach(async () => {
  await github.stop();
});

describe('admission policies on a pull request (dist/index.js against a fake GitHub)', () => {
  it('fails on the two Deny violations with their messages inline, and only warns on the Warn one', async () => {
    const head = web({ replicas: 5, image: OUTSIDE_IMAGE, team: false });
    openPullRequest({
      'deploy/web.yaml': head,
      // In a namespace labelled environment: dev, trusted-registry's binding does not apply.
      'deploy/sandbox.yaml': web({
        replicas: 1,
        image: OUTSIDE_IMAGE,
        team: true,
        namespace: 'sandbox',
      }),
    });
    const run = await prRun();
    expect(run.stderr).not.toMatch(/TypeError|ReferenceError|at .*dist\/index\.js/);

    // The gate: the two Deny violations fail it; the Warn one is new but does not count.
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toContain('::error::kubegate: 2 new findings at or above "high"');

    // Inline: one review, one comment per Deny violation, on its line, with the policy's own
    // message (replica-limit's messageExpression reads the param); none for the Warn one.
    expect(github.reviews).toHaveLength(1);
    const comments = github.reviewComments;
    const replicas = comments.find((c) => c.body.includes('`vap/replica-limit`'));
    const registry = comments.find((c) => c.body.includes('`vap/trusted-registry`'));
    expect(replicas).toMatchObject({
      path: 'deploy/web.yaml',
      line: lineOf(head, 'replicas: 5'),
      commit_id: repo.headSha,
    });
    expect(replicas?.body).toContain('Deployment web: replicas must be at most 3, not 5');
    // On the image of the container that fails the policy's all(), not on the list.
    expect(registry).toMatchObject({
      path: 'deploy/web.yaml',
      line: lineOf(head, `image: ${OUTSIDE_IMAGE}`),
    });
    expect(registry?.body).toContain(`Deployment web: ${REGISTRY_MESSAGE}`);
    // Waived in the config, not by an annotation (`waive.kubegate.io/vap/...` is no valid key).
    expect(replicas?.body).toContain(
      'waive it in `.kubegate.yaml` under `waivers.list` (`rule: vap/replica-limit`, `resource: Deployment/shop/web`',
    );
    expect(replicas?.body).not.toContain('waive it on the resource');
    expect(comments.map((c) => c.body).join('\n')).not.toContain('vap/team-label');
    expect(comments).toHaveLength(2);

    // Annotations: the Deny violations as errors, the Warn one as a warning, each with the
    // policy's message on the Deployment's line.
    const [replicasError] = annotations(run, 'error', 'vap/replica-limit');
    expect(replicasError).toContain(`file=deploy/web.yaml,line=${lineOf(head, 'replicas: 5')}::`);
    expect(replicasError).toMatch(/::Deployment web: replicas must be at most 3, not 5$/);
    const [registryError] = annotations(run, 'error', 'vap/trusted-registry');
    expect(registryError).toMatch(
      new RegExp(`file=deploy/web\\.yaml,line=\\d+::Deployment web: ${REGISTRY_MESSAGE}$`),
    );
    expect(annotations(run, 'error', 'vap/team-label')).toEqual([]);
    const [teamWarning] = annotations(run, 'warning', 'vap/team-label');
    expect(teamWarning).toContain(
      `Deployment web: ${TEAM_MESSAGE} (Warn only: the cluster would admit it)`,
    );
    // The sandbox's Deployment (scanned: the built-in rules report on it) is judged by no
    // binding of trusted-registry.
    expect(run.stdout).not.toMatch(/file=deploy\/sandbox\.yaml[^\n]*vap\//);
    expect(run.stdout).not.toMatch(/vap\/[^\n]*file=deploy\/sandbox\.yaml/);

    // SARIF: vap/<policy> results, error for Deny and warning for Warn, related to the
    // policy's validation and to the binding (as in the base commit, which judges).
    const results = sarifResults().filter((r) => r.ruleId.startsWith('vap/'));
    expect(results.map((r) => [r.ruleId, r.level]).sort()).toEqual([
      ['vap/replica-limit', 'error'],
      ['vap/team-label', 'warning'],
      ['vap/trusted-registry', 'error'],
    ]);
    const related = (ruleId: string) =>
      results
        .find((r) => r.ruleId === ruleId)
        ?.relatedLocations?.map((l) => [
          l.physicalLocation.artifactLocation.uri,
          l.physicalLocation.region.startLine,
          l.message.text,
        ]);
    expect(related('vap/replica-limit')).toEqual([
      [
        'policies/replica-limit.yaml',
        lineOf(REPLICA_LIMIT, '- expression:'),
        'validation 1 of ValidatingAdmissionPolicy replica-limit, as in the base commit',
      ],
      [
        'policies/replica-limit.yaml',
        lineOf(REPLICA_LIMIT, 'name: replica-limit-binding'),
        'ValidatingAdmissionPolicyBinding replica-limit-binding (Deny), as in the base commit',
      ],
    ]);
    expect(related('vap/trusted-registry')).toEqual([
      [
        'cluster/trusted-registry.yaml',
        lineOf(TRUSTED_REGISTRY, '- expression:'),
        'validation 1 of ValidatingAdmissionPolicy trusted-registry, as in the base commit',
      ],
      [
        'cluster/trusted-registry-binding.yaml',
        lineOf(TRUSTED_REGISTRY_BINDING, 'name: trusted-registry-prod'),
        'ValidatingAdmissionPolicyBinding trusted-registry-prod (Deny), as in the base commit',
      ],
    ]);
    expect(related('vap/team-label')?.[1]).toEqual([
      'cluster/team-label.yaml',
      lineOf(TEAM_LABEL, 'name: team-label-warn'),
      'ValidatingAdmissionPolicyBinding team-label-warn (Warn), as in the base commit',
    ]);
    expect(
      sarifResults().some(
        (r) => r.ruleId === 'liveness-probe' && r.properties.resource === 'Deployment/sandbox/web',
      ),
    ).toBe(true);
    expect(
      results.every(
        (r) => r.locations[0].physicalLocation.artifactLocation.uri === 'deploy/web.yaml',
      ),
    ).toBe(true);

    // The summary comment and the job summary: what blocks the merge is the two Deny policies.
    for (const summary of [github.issueComments[0].body, run.summary]) {
      expect(summary).toMatch(
        /What blocks the merge\n\n- `vap\/replica-limit`: 1\n- `vap\/trusted-registry`: 1\n\n/,
      );
      expect(summary).toContain(`${TEAM_MESSAGE} (Warn only: the cluster would admit it)`);
      expect(summary).not.toContain('changes the policy');
    }
    expect(github.issueComments).toHaveLength(1);
  });

  it("still judges a pull request that deletes a policy by the base commit's policy", async () => {
    // Deleted: replica-limit's file (from the config's folder) and trusted-registry's binding
    // (among the scanned manifests); the Deployment violates both.
    const head = web({ replicas: 5, image: OUTSIDE_IMAGE, team: true });
    openPullRequest({
      'policies/replica-limit.yaml': null,
      'cluster/trusted-registry-binding.yaml': null,
      'deploy/web.yaml': head,
    });
    const run = await prRun();
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toContain('::error::kubegate: 2 new findings at or above "high"');
    // The deleted files cannot be linked at the head: each message says where the policy was.
    expect(annotations(run, 'error', 'vap/replica-limit')[0]).toMatch(
      /::Deployment web: replicas must be at most 3, not 5 \(judged by the base commit's validation 1 of ValidatingAdmissionPolicy replica-limit at policies\/replica-limit\.yaml:\d+ and ValidatingAdmissionPolicyBinding replica-limit-binding \(Deny\) at policies\/replica-limit\.yaml:\d+, which this pull request deletes\)$/,
    );
    expect(annotations(run, 'error', 'vap/trusted-registry')[0]).toMatch(
      new RegExp(
        `::Deployment web: ${REGISTRY_MESSAGE} \\(judged by the base commit's ValidatingAdmissionPolicyBinding trusted-registry-prod \\(Deny\\) at cluster/trusted-registry-binding\\.yaml:\\d+, which this pull request deletes\\)$`,
      ),
    );
    const bodies = github.reviewComments.map((c) => c.body);
    expect(bodies.some((b) => b.includes('replicas must be at most 3, not 5'))).toBe(true);
    expect(bodies.some((b) => b.includes(REGISTRY_MESSAGE))).toBe(true);

    // Both summaries say the pull request changes the policy, naming the deleted files.
    const changes =
      "This pull request changes the policy (`cluster/trusted-registry-binding.yaml`, `policies/replica-limit.yaml`). It is judged by the base branch's policy";
    expect(run.summary).toContain(changes);
    expect(github.issueComments[0].body).toContain(changes);
  });

  it('passes a pull request whose only violation is of the Warn-only policy, warning about it', async () => {
    openPullRequest({ 'deploy/web.yaml': web({ replicas: 3, image: TRUSTED_IMAGE, team: false }) });
    const run = await prRun();
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(annotations(run, 'warning', 'vap/team-label')[0]).toContain(
      `Deployment web: ${TEAM_MESSAGE}`,
    );
    expect(github.reviewComments).toHaveLength(0);
    expect(run.summary).toContain('the gate passes');
    expect(github.issueComments[0].body).toContain(TEAM_MESSAGE);
    expect(sarifResults().find((r) => r.ruleId === 'vap/team-label')?.level).toBe('warning');
  });
});
