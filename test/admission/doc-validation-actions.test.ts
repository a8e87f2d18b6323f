// Documentation: "Validation actions": Deny, Warn, Audit, the Warn+Audit pair, and Deny
// with Warn refused.
import { describe, expect, it } from 'vitest';
import { about, runExample } from './helpers.js';

describe('doc example: validationActions', () => {
  const result = runExample('validation-actions');

  it('enforces the same failure with each binding’s actions', () => {
    expect(about(result, 'strict-svc')).toMatchObject([
      { binding: 'owner-label-deny', actions: ['Deny'], message: 'services need an owner label' },
    ]);
    expect(about(result, 'lenient-svc')).toMatchObject([
      { binding: 'owner-label-warn-and-audit', actions: ['Warn', 'Audit'] },
    ]);
    expect(about(result, 'watched-svc')).toMatchObject([
      { binding: 'owner-label-audit', actions: ['Audit'] },
    ]);
  });

  it('admits an object that passes', () => {
    expect(about(result, 'owned-svc')).toEqual([]);
  });

  it('refuses Deny with Warn: a problem, and the binding is not evaluated', () => {
    expect(result.problems).toEqual([
      {
        kind: 'ValidatingAdmissionPolicyBinding',
        name: 'owner-label-deny-and-warn',
        field: 'spec.validationActions',
        message: 'Deny and Warn may not be used together',
      },
    ]);
    expect(result.verdicts.some((v) => v.binding === 'owner-label-deny-and-warn')).toBe(false);
  });
});
