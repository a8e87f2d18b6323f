import { describe, expect, it } from 'vitest';
import { parseConfig, type ReviewRequirement } from '../src/config/config.js';
import { ConfigurationError } from '../src/model/errors.js';
import {
  approvalStatus,
  latestVerdicts,
  type SubmittedReview,
} from '../src/gate/reviews/approvals.js';
import { reviewersToRequest } from '../src/action/required-reviews.js';
import { decideWithReviews, type RequirementOutcome } from '../src/gate/reviews/gate.js';
import { resourceChanges, waiverChanges } from '../src/gate/reviews/pull-change.js';
import { triggersOf, type PullChange } from '../src/gate/reviews/triggers.js';
import type { ResourceRecord } from '../src/evaluate/records.js';
import type { Finding } from '../src/model/types.js';

const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);

function finding(ruleId: string, over: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity: 'medium',
    title: ruleId,
    message: 'is risky',
    location: { file: 'deploy/app.yaml', line: 3 },
    resource: 'Deployment/shop/web',
    fieldPath: 'spec',
    fingerprint: `fp-${ruleId}`,
    ...over,
  };
}

function requirement(over: Partial<ReviewRequirement> = {}): ReviewRequirement {
  return {
    name: 'security',
    approvers: ['alice', 'bob'],
    minApprovals: 1,
    requireFreshApproval: false,
    when: { rules: ['public-ingress'] },
    ...over,
  };
}

const review = (id: number, login: string, state: SubmittedReview['state'], commitId = HEAD) => ({
  id,
  login,
  state,
  commitId,
  body: '',
});

const noChange: PullChange = {
  newFindings: [],
  changedFiles: [],
  resources: [],
  rbac: [],
  waivers: [],
  policyFiles: [],
};

describe('approvals', () => {
  it("takes each person's latest deciding review; comments do not change it", () => {
    const verdicts = latestVerdicts([
      review(1, 'Alice', 'APPROVED'),
      review(2, 'alice', 'COMMENTED'),
      review(3, 'bob', 'APPROVED'),
      review(4, 'bob', 'CHANGES_REQUESTED'),
    ]);
    expect(verdicts.get('alice')?.id).toBe(1);
    expect(verdicts.get('bob')?.state).toBe('CHANGES_REQUESTED');
    const status = approvalStatus(requirement({ minApprovals: 2 }), {
      author: 'carol',
      headSha: HEAD,
      verdicts,
      teams: new Map(),
    });
    expect(status).toMatchObject({ met: false, approvedBy: ['Alice'] });
  });

  it('ignores people who are not approvers, the author, and stale approvals when asked', () => {
    const verdicts = latestVerdicts([
      review(1, 'mallory', 'APPROVED'),
      review(2, 'bob', 'APPROVED'),
      review(3, 'alice', 'APPROVED', OLD),
    ]);
    const ctx = { author: 'bob', headSha: HEAD, verdicts, teams: new Map() };
    expect(approvalStatus(requirement(), ctx)).toMatchObject({
      met: true,
      approvedBy: ['alice'],
      notCounted: ['bob is the author of the pull request'],
    });
    expect(approvalStatus(requirement({ requireFreshApproval: true }), ctx)).toMatchObject({
      met: false,
      approvedBy: [],
      notCounted: [
        'bob is the author of the pull request',
        'alice approved an older commit (ooooooo)',
      ],
    });
  });

  it('counts team members, and fails closed when a team cannot be read', () => {
    const verdicts = latestVerdicts([review(1, 'carol', 'APPROVED')]);
    const req = requirement({ approvers: ['@acme/security'] });
    const read = approvalStatus(req, {
      author: 'x',
      headSha: HEAD,
      verdicts,
      teams: new Map([['@acme/security', { members: new Set(['carol']) }]]),
    });
    expect(read).toMatchObject({ met: true, approvedBy: ['carol'], problems: [] });
    const unread = approvalStatus(req, {
      author: 'x',
      headSha: HEAD,
      verdicts,
      teams: new Map([['@acme/security', { error: 'no approvers-token' }]]),
    });
    expect(unread).toMatchObject({ met: false, problems: ['no approvers-token'] });
  });
});

describe('triggers', () => {
  it('fire on new findings by rule or severity, but not on findings the config waives', () => {
    const ingress = finding('public-ingress');
    const waivedByConfig = finding('public-ingress', {
      fingerprint: 'fp-2',
      waiver: { origin: 'config', reason: 'ok', expires: '2099-01-01' },
    });
    const critical = finding('privileged-container', { severity: 'critical' });
    const change = { ...noChange, newFindings: [ingress, waivedByConfig, critical] };
    expect(triggersOf(requirement(), change).map((t) => t.fingerprint)).toEqual([
      'fp-public-ingress',
    ]);
    const bySeverity = triggersOf(requirement({ when: { severities: ['critical'] } }), change);
    expect(bySeverity.map((t) => t.fingerprint)).toEqual(['fp-privileged-container']);
  });

  it('fire on changed paths, on resources in a namespace, and on policy files', () => {
    const change: PullChange = {
      ...noChange,
      changedFiles: ['deploy/prod/web.yaml', 'deploy/dev/web.yaml'],
      resources: [
        {
          id: 'Secret/payments/keys',
          namespace: 'payments',
          change: 'changed',
          location: { file: 'payments/keys.yaml', line: 4 },
        },
        {
          id: 'ConfigMap/shop/x',
          namespace: 'shop',
          change: 'added',
          location: { file: 'x.yaml', line: 1 },
        },
      ],
      policyFiles: ['.kubegate.yaml'],
    };
    expect(
      triggersOf(requirement({ when: { paths: ['deploy/prod/**'] } }), change).map((t) => t.what),
    ).toEqual(['changes deploy/prod/web.yaml']);
    expect(
      triggersOf(requirement({ when: { namespaces: ['payments'] } }), change).map((t) => t.what),
    ).toEqual(['changed Secret/payments/keys']);
    expect(triggersOf(requirement({ when: { policy: true } }), change)).toHaveLength(1);
    expect(triggersOf(requirement({ when: { policy: true } }), noChange)).toHaveLength(0);
  });
});

describe('the gate with reviews', () => {
  it('fails through an unmet requirement and accepts the finding once it is met', () => {
    const high = finding('public-ingress', { severity: 'high' });
    const triggered = {
      requirement: requirement(),
      triggers: [{ what: 'x', fingerprint: high.fingerprint }],
    };
    const unmet = decideWithReviews(
      [high],
      'high',
      [high],
      [{ ...triggered, status: { met: false, approvedBy: [], notCounted: [], problems: [] } }],
    );
    expect(unmet.failing).toEqual([]);
    expect(unmet.reason).toBe('a required review is missing ("security")');
    const fresh = finding('public-ingress', { severity: 'high' });
    const met = decideWithReviews(
      [fresh],
      'high',
      [fresh],
      [
        {
          ...triggered,
          status: { met: true, approvedBy: ['alice'], notCounted: [], problems: [] },
        },
      ],
    );
    expect(met.reason).toBeUndefined();
    expect(fresh.approval).toEqual({ requirements: ['security'], by: ['alice'] });
  });

  it('holds back a waiver the pull request wrote until the waiver review is met', () => {
    const waived = finding('privileged-container', {
      severity: 'critical',
      waiver: { origin: 'annotation', reason: 'debug', expires: '2099-01-01' },
    });
    const req = requirement({ name: 'waivers', when: { waivers: true } });
    const decision = decideWithReviews(
      [waived],
      'high',
      [waived],
      [
        {
          requirement: req,
          triggers: [{ what: 'waiver added', fingerprint: waived.fingerprint }],
          status: { met: false, approvedBy: [], notCounted: [], problems: [] },
        },
      ],
    );
    expect(waived.waiver).toBeUndefined();
    expect(waived.waiverProblem).toContain('waits for the waivers review');
    expect(decision.reason).toContain('required review is missing');
  });
});

describe('what a pull request changes', () => {
  const record = (id: string, object: object, line = 1): ResourceRecord => ({
    id,
    kind: id.split('/')[0],
    namespace: id.split('/')[1],
    location: { file: 'a.yaml', line },
    object: object as ResourceRecord['object'],
  });

  it('sees added, changed and removed resources, not reordered keys or moved lines', () => {
    const base = [
      record('ConfigMap/a/same', { data: { x: '1', y: '2' } }),
      record('ConfigMap/a/edit', { data: { x: '1' } }),
      record('ConfigMap/a/gone', {}),
    ];
    const head = [
      record('ConfigMap/a/same', { data: { y: '2', x: '1' } }, 40),
      record('ConfigMap/a/edit', { data: { x: '2' } }),
      record('ConfigMap/a/new', {}),
    ];
    expect(resourceChanges(base, head).map((c) => `${c.change} ${c.id}`)).toEqual([
      'changed ConfigMap/a/edit',
      'added ConfigMap/a/new',
      'removed ConfigMap/a/gone',
    ]);
  });

  it('sees waivers that are new or whose reason or expiry changed', () => {
    const w = (reason: string) => ({
      origin: 'annotation' as const,
      reason,
      expires: '2099-01-01',
    });
    const base = [
      finding('a', { waiver: w('old') }),
      finding('b'),
      finding('c', { waiver: w('same') }),
    ];
    const head = [
      finding('a', { waiver: w('new') }),
      finding('b', { waiver: w('added') }),
      finding('c', { waiver: w('same') }),
      finding('d', { waiver: w('brand new') }),
    ];
    expect(waiverChanges(head, base).map((c) => `${c.change} ${c.finding.ruleId}`)).toEqual([
      'changed a',
      'added b',
      'added d',
    ]);
  });
});

describe('reviews in the config', () => {
  it('fills defaults and rejects what could never be met', () => {
    const config = parseConfig(
      'reviews:\n  - name: security\n    approvers: [alice, "@acme/sec"]\n    when: { rbac: dangerous }\n',
      '.kubegate.yaml',
    );
    expect(config.reviews[0]).toMatchObject({ minApprovals: 1, requireFreshApproval: false });
    expect(() =>
      parseConfig(
        'reviews:\n  - name: s\n    approvers: [alice]\n    minApprovals: 2\n    when: { policy: true }\n',
        'x.yaml',
      ),
    ).toThrow(/reviews.0.minApprovals: 2 approvals needed but only 1 approver listed/);
    expect(() =>
      parseConfig('reviews:\n  - name: s\n    approvers: [alice]\n    when: {}\n', 'x.yaml'),
    ).toThrow(ConfigurationError);
    expect(() =>
      parseConfig(
        'reviews:\n  - name: s\n    approvers: [alice]\n    when: { rule: [x] }\n',
        'x.yaml',
      ),
    ).toThrow(/reviews.0.when: unknown key "rule"/);
  });
});

describe('review requests', () => {
  const unmet = (approvers: string[], approvedBy: string[] = []): RequirementOutcome => ({
    requirement: requirement({ approvers }),
    triggers: [],
    status: { met: false, approvedBy, notCounted: [], problems: [] },
  });
  const target = { owner: 'Acme', repo: 'platform', number: 7, headSha: HEAD };

  it('asks teams only of the repository owner organisation, never the author, nor who approved', () => {
    const asked = reviewersToRequest(
      [
        unmet(['@acme/security', '@other-org/auditors', 'carol', 'Dave'], ['carol']),
        unmet(['@ACME/platform', 'erin', 'dave']),
      ],
      target,
      'dave',
    );
    // @other-org/auditors: GitHub refuses review requests for teams of other organisations.
    expect(asked).toEqual({ users: ['erin'], teams: ['platform', 'security'] });
  });
});
