// describePolicies: what each binding matches, for a `kubegate policies` command.
import { describe, expect, it } from 'vitest';
import { describePolicies } from '../../src/evaluate/admission/index.js';
import { binding, inputFor, loadExample } from './helpers.js';

describe('describePolicies', () => {
  it('lists policies, the params found, and per binding the objects and params it uses', () => {
    const d = describePolicies(inputFor(loadExample('replica-limit-params')));
    expect(d.policies).toEqual([
      {
        name: 'replicalimit-policy.example.com',
        failurePolicy: 'Fail',
        paramKind: { apiVersion: 'rules.example.com/v1', kind: 'ReplicaLimit' },
        paramsFound: [
          { name: 'replica-limit-test.example.com', namespace: 'default' },
          { name: 'replica-limit-prod.example.com', namespace: 'default' },
        ],
        bindings: ['replicalimit-binding-test.example.com', 'replicalimit-binding-nontest'],
      },
    ]);
    const [test, nontest] = d.bindings;
    expect(test.matches.map((m) => m.ref)).toEqual(['qa-five', 'qa-two']);
    expect(test.matches[0].params).toEqual([
      { name: 'replica-limit-test.example.com', namespace: 'default' },
    ]);
    expect(nontest.matches.map((m) => m.ref)).toEqual(['live-fifty', 'live-huge', 'sandbox-huge']);
  });

  it('says when a binding names a policy that is not there', () => {
    const input = inputFor(loadExample('basic-replicas'));
    input.bindings = [...input.bindings, binding('orphan', 'no-such-policy')];
    const orphan = describePolicies(input).bindings.find((b) => b.name === 'orphan');
    expect(orphan).toMatchObject({ policyFound: false, matches: [] });
  });
});
