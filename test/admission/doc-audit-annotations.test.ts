// Documentation: "Audit annotations": the high-replica-count annotation, keyed by the policy.
import { describe, expect, it } from 'vitest';
import { about, runExample } from './helpers.js';

describe('doc example: auditAnnotations', () => {
  const result = runExample('audit-annotations');

  it('annotates a deployment of 128 replicas, which passes the validation', () => {
    expect(about(result, 'big')).toEqual([]);
    expect(result.auditAnnotations.filter((a) => a.ref === 'big')).toEqual([
      {
        policy: 'demo-policy.example.com',
        objectIndex: 0,
        ref: 'big',
        key: 'demo-policy.example.com/high-replica-count',
        value: 'Deployment spec.replicas set to 128',
      },
      {
        policy: 'only-high.example.com',
        objectIndex: 0,
        ref: 'big',
        key: 'only-high.example.com/high-replica-count',
        value: 'Deployment spec.replicas set to 128',
      },
    ]);
  });

  it('adds no annotation when the value expression is null', () => {
    const small = result.auditAnnotations.filter((a) => a.ref === 'small');
    expect(small.map((a) => a.policy)).toEqual(['demo-policy.example.com']);
  });

  it("evaluates the documented policy's annotation whatever the validation says (as the API server does)", () => {
    // The page says the annotation appears only above 50 replicas, but its valueExpression
    // never gives null: only the null-returning variant (only-high) behaves so.
    expect(about(result, 'small')).toMatchObject([
      {
        kind: 'violation',
        actions: ['Audit'],
        message: 'Deployment spec.replicas set to 3',
        auditAnnotations: {
          'demo-policy.example.com/high-replica-count': 'Deployment spec.replicas set to 3',
        },
      },
    ]);
  });
});
