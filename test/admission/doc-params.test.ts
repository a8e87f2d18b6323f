// Documentation: "Parameter resources": ReplicaLimit params, one binding for test
// namespaces (limit 3) and one for every other namespace (limit 100).
import { describe, expect, it } from 'vitest';
import { about, runExample } from './helpers.js';

describe('doc example: ReplicaLimit params per environment', () => {
  const result = runExample('replica-limit-params');

  it('denies 5 replicas in a test namespace with the test binding and its param', () => {
    expect(about(result, 'qa-five')).toMatchObject([
      {
        kind: 'violation',
        binding: 'replicalimit-binding-test.example.com',
        param: { name: 'replica-limit-test.example.com', namespace: 'default' },
        actions: ['Deny'],
        message: 'failed expression: object.spec.replicas <= params.maxReplicas',
        reason: 'Invalid',
        fieldPath: ['spec', 'replicas'],
      },
    ]);
  });

  it('admits 2 replicas in a test namespace', () => {
    expect(about(result, 'qa-two')).toEqual([]);
  });

  it('admits 50 replicas elsewhere (limit 100) and denies 150', () => {
    expect(about(result, 'live-fifty')).toEqual([]);
    expect(about(result, 'live-huge')).toMatchObject([
      {
        binding: 'replicalimit-binding-nontest',
        param: { name: 'replica-limit-prod.example.com' },
      },
    ]);
  });

  it('selects an unlabelled namespace with NotIn [test]', () => {
    expect(about(result, 'sandbox-huge')).toMatchObject([
      { binding: 'replicalimit-binding-nontest' },
    ]);
  });

  it('denies through the binding whose param is missing when parameterNotFoundAction is Deny', () => {
    const r = runExample('replica-limit-params', { paramObjects: [] });
    expect(about(r, 'qa-two')).toMatchObject([
      {
        kind: 'error',
        source: { type: 'param' },
        actions: ['Deny'],
        message:
          'failed to configure binding: no params found for policy binding with `Deny` parameterNotFoundAction',
        failure: { failurePolicy: 'Fail', outcome: 'enforced' },
      },
    ]);
  });
});
