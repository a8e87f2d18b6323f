// Documentation: "Message expression": the denial names the param's limit.
import { describe, expect, it } from 'vitest';
import { denialMessage } from '../../src/evaluate/admission/index.js';
import { about, runExample } from './helpers.js';

describe('doc example: messageExpression', () => {
  it('denies 5 replicas against a limit of 3 with the documented message', () => {
    const [v] = about(runExample('message-expression'), 'nginx');
    expect(denialMessage(v)).toBe(
      "ValidatingAdmissionPolicy 'deploy-replica-policy.example.com' with binding 'demo-binding-test.example.com' denied request: object.spec.replicas must be no greater than 3",
    );
    expect(v.reason).toBe('Invalid');
  });
});
