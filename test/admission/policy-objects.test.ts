// Reading policies and bindings: defaults and the problems the API server would reject.
import { describe, expect, it } from 'vitest';
import { readBinding, readPolicy } from '../../src/evaluate/admission/index.js';
import { binding, policy } from './helpers.js';

describe('reading policies', () => {
  it('applies the API server’s defaults', () => {
    const { policy: p, problems } = readPolicy(
      policy('p', { validations: [{ expression: 'true' }] }),
    );
    expect(problems).toEqual([]);
    expect(p).toMatchObject({
      failurePolicy: 'Fail',
      matchConstraints: { matchPolicy: 'Equivalent' },
    });
    expect(p?.matchConstraints?.resourceRules[0].scope).toBe('*');
  });

  it('reports a policy without matchConstraints, validations or audit annotations', () => {
    const { problems } = readPolicy({
      kind: 'ValidatingAdmissionPolicy',
      metadata: { name: 'p' },
      spec: {},
    });
    expect(problems.map((p) => p.field)).toEqual(['spec.matchConstraints', 'spec.validations']);
  });

  it('reports bad reasons, operators and duplicate names', () => {
    const { problems } = readPolicy(
      policy('p', {
        validations: [{ expression: 'true', reason: 'Teapot' }],
        matchConditions: [
          { name: 'a', expression: 'true' },
          { name: 'a', expression: 'true' },
        ],
        failurePolicy: 'Sometimes',
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'spec.failurePolicy',
      'spec.validations[0].reason',
      'spec.matchConditions[1].name',
    ]);
  });
});

describe('reading bindings', () => {
  it('needs validationActions and refuses Deny with Warn', () => {
    expect(readBinding(binding('b', 'p', { validationActions: [] }))).toMatchObject({
      binding: undefined,
      problems: [{ field: 'spec.validationActions', message: 'required' }],
    });
    expect(
      readBinding(binding('b', 'p', { validationActions: ['Deny', 'Warn'] })).binding,
    ).toBeUndefined();
    expect(
      readBinding(binding('b', 'p', { validationActions: ['Warn', 'Audit'] })).binding,
    ).toBeDefined();
  });

  it('needs exactly one of paramRef name and selector, and parameterNotFoundAction', () => {
    const r = readBinding(binding('b', 'p', { paramRef: { name: 'x', selector: {} } }));
    expect(r.problems.map((p) => p.message)).toEqual([
      'name and selector are mutually exclusive',
      'required',
    ]);
    expect(r.binding?.paramRef?.parameterNotFoundAction).toBe('Allow');
  });

  it('reports malformed label selectors', () => {
    const r = readBinding(
      binding('b', 'p', {
        matchResources: {
          namespaceSelector: {
            matchExpressions: [
              { key: 'env', operator: 'In', values: [] },
              { key: 'x', operator: 'Near' },
            ],
          },
        },
      }),
    );
    expect(r.problems.map((p) => p.field)).toEqual([
      'spec.matchResources.namespaceSelector.matchExpressions[0]',
      'spec.matchResources.namespaceSelector.matchExpressions[1]',
    ]);
  });
});
