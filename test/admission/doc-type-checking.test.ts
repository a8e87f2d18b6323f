// Documentation: "Type checking": `object.replicas` is no field of the matched kinds. Type
// checking only warns; at admission the expression fails and failurePolicy decides.
import { describe, expect, it } from 'vitest';
import { about, runExample } from './helpers.js';

describe('doc example: type checking', () => {
  const result = runExample('type-checking');

  it('fails the expression for each matched kind, denied under the default failurePolicy', () => {
    for (const name of ['web', 'web-rs'])
      expect(about(result, name)).toMatchObject([
        {
          kind: 'error',
          actions: ['Deny'],
          fieldPath: [],
          failure: { failurePolicy: 'Fail', outcome: 'enforced' },
        },
      ]);
  });

  it('is not a policy problem: the API server stores the policy', () => {
    expect(result.problems).toEqual([]);
  });
});
