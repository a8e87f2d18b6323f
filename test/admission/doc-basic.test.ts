// Documentation: "Creating a ValidatingAdmissionPolicy" and its binding (replicas <= 5 in
// namespaces labelled environment=test).
import { describe, expect, it } from 'vitest';
import { denialMessage } from '../../src/evaluate/admission/index.js';
import { about, runExample } from './helpers.js';

describe('doc example: replicas <= 5, bound to environment=test', () => {
  const result = runExample('basic-replicas');

  it('denies a deployment with too many replicas in a test namespace, in the documented words', () => {
    const [v] = about(result, 'wide');
    expect(about(result, 'wide')).toHaveLength(1);
    expect(v).toMatchObject({
      kind: 'violation',
      policy: 'demo-policy.example.com',
      binding: 'demo-binding-test.example.com',
      source: { type: 'validation', index: 0 },
      actions: ['Deny'],
      message: 'failed expression: object.spec.replicas <= 5',
      reason: 'Invalid',
      fieldPath: ['spec', 'replicas'],
      namespaceLabelsUnknown: false,
    });
    expect(denialMessage(v)).toBe(
      "ValidatingAdmissionPolicy 'demo-policy.example.com' with binding 'demo-binding-test.example.com' denied request: failed expression: object.spec.replicas <= 5",
    );
  });

  it('admits a deployment within the limit', () => {
    expect(about(result, 'narrow')).toEqual([]);
  });

  it('does not validate outside the namespaces the binding selects', () => {
    expect(about(result, 'wide-in-production')).toEqual([]);
  });

  it('takes the binding to match when the namespace is unknown, and says so', () => {
    expect(about(result, 'wide-elsewhere')).toMatchObject([
      { kind: 'violation', actions: ['Deny'], namespaceLabelsUnknown: true },
    ]);
  });

  it('does not match other resources', () => {
    expect(about(result, 'lone-pod')).toEqual([]);
  });

  it('reports no problem and no audit annotation', () => {
    expect(result.problems).toEqual([]);
    expect(result.auditAnnotations).toEqual([]);
  });

  it('evaluates UPDATE as well (the rule lists CREATE and UPDATE), and not DELETE', () => {
    expect(about(runExample('basic-replicas', { operation: 'UPDATE' }), 'wide')).toHaveLength(1);
    expect(about(runExample('basic-replicas', { operation: 'DELETE' }), 'wide')).toEqual([]);
  });
});
