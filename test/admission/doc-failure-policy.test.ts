// Documentation: "Failure Policy": an expression error is ignored under Ignore and rejects
// the request under Fail (the default).
import { describe, expect, it } from 'vitest';
import { about, runExample } from './helpers.js';

describe('doc example: failurePolicy', () => {
  const verdicts = about(runExample('failure-policy'), 'without-xyz');

  it('reports an ignored error under Ignore, never a silent pass', () => {
    expect(verdicts.find((v) => v.policy === 'ignore-errors.example.com')).toMatchObject({
      kind: 'error',
      actions: [],
      fieldPath: ['spec'],
      failure: {
        failurePolicy: 'Ignore',
        outcome: 'ignored',
        why: 'the expression failed at runtime',
      },
    });
  });

  it('enforces the error through the binding under Fail', () => {
    const v = verdicts.find((x) => x.policy === 'fail-on-errors.example.com');
    expect(v).toMatchObject({
      kind: 'error',
      actions: ['Deny'],
      failure: { failurePolicy: 'Fail', outcome: 'enforced' },
    });
    expect(v?.message).toMatch(/^expression 'object\.spec\.xyz == params\.x' resulted in error: /);
  });
});
