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

describe('doc example: a params check for policies that need params', () => {
  const result = runExample('params-required');

  it('leaves params null when the binding has no paramRef, so the check fails with its message', () => {
    const verdicts = about(result, 'any-deployment');
    expect(verdicts[0]).toMatchObject({
      kind: 'violation',
      source: { type: 'validation', index: 0 },
      message: 'params missing but required to bind to this policy',
      actions: ['Deny'],
    });
    expect(verdicts[0].param).toBeUndefined();
  });

  it('makes a validation that reads the null params an error under failurePolicy (Fail by default)', () => {
    expect(about(result, 'any-deployment')[1]).toMatchObject({
      kind: 'error',
      source: { type: 'validation', index: 1 },
      actions: ['Deny'],
      failure: { failurePolicy: 'Fail', outcome: 'enforced' },
    });
  });
});

describe('doc example: optional parameters, selected by label', () => {
  const result = runExample('optional-params');

  it('evaluates once per selected param and reports only the one out of range', () => {
    expect(about(result, 'settings')).toMatchObject([
      {
        kind: 'violation',
        param: { name: 'twelve', namespace: 'rules' },
        message: 'optionalNumber must be between 5 and 10',
      },
    ]);
  });

  it('admits when no param is selected and parameterNotFoundAction is Allow', () => {
    expect(runExample('optional-params', { paramObjects: [] }).verdicts).toEqual([]);
  });
});

describe('doc example: a ConfigMap as the param, per namespace', () => {
  const result = runExample('configmap-params');

  it('checks each object against the ConfigMap of its own namespace', () => {
    expect(about(result, 'a-five')).toMatchObject([
      {
        kind: 'violation',
        param: { name: 'replica-limits', namespace: 'team-a' },
        message: 'at most 3 replicas in namespace team-a',
      },
    ]);
    expect(about(result, 'b-five')).toEqual([]);
  });

  it('denies where the namespace has no param and parameterNotFoundAction is Deny', () => {
    expect(about(result, 'c-one')).toMatchObject([
      { kind: 'error', source: { type: 'param' }, actions: ['Deny'] },
    ]);
  });
});
