// Documentation: "Matching requests: matchConditions": leases, kubelet requests and RBAC
// objects excluded. `request.userInfo` is not known offline unless the caller gives the
// identity that applies the manifests.
import { describe, expect, it } from 'vitest';
import { about, runExample } from './helpers.js';

const ciBot = { username: 'ci-bot', groups: ['system:authenticated'] };

describe('doc example: matchConditions', () => {
  it('skips a lease whatever the user: one false condition skips the policy', () => {
    expect(about(runExample('match-conditions'), 'leader-election')).toEqual([]);
    expect(about(runExample('match-conditions', { userInfo: ciBot }), 'leader-election')).toEqual(
      [],
    );
  });

  it('skips RBAC objects', () => {
    expect(about(runExample('match-conditions'), 'readers')).toEqual([]);
  });

  it('cannot decide the kubelet condition without the user: needs-cluster, not a pass', () => {
    expect(about(runExample('match-conditions'), 'demo-settings')).toMatchObject([
      {
        kind: 'needs-cluster',
        source: { type: 'matchCondition', name: 'exclude-kubelet-requests' },
        actions: ['Deny'],
        message: expect.stringContaining('request.userInfo'),
      },
    ]);
  });

  it('with a known user, runs the validation, whose runtime error Fail turns into a denial', () => {
    const [v, ...rest] = about(
      runExample('match-conditions', { userInfo: ciBot }),
      'demo-settings',
    );
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      kind: 'error',
      source: { type: 'validation', index: 0 },
      actions: ['Deny'],
      failure: { failurePolicy: 'Fail', outcome: 'enforced' },
      fieldPath: ['metadata', 'name'],
    });
    expect(v.message).toContain('startWith');
  });

  it('skips requests made by nodes', () => {
    const node = { username: 'system:node:a', groups: ['system:nodes'] };
    expect(about(runExample('match-conditions', { userInfo: node }), 'demo-settings')).toEqual([]);
  });
});
