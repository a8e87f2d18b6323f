// Evaluation: failurePolicy, authorizer and userInfo detection, messages, lazy variables,
// audit annotation errors and problems reported per validation.
import { describe, expect, it } from 'vitest';
import { binding, deployment, evaluateOne, policy } from './helpers.js';

const web = deployment('web', { replicas: 3 });

describe('failurePolicy', () => {
  it('ignores a matchCondition error under Ignore and enforces it with the binding’s actions under Fail', () => {
    const spec = {
      matchConditions: [{ name: 'broken', expression: 'object.nope == 1' }],
      validations: [{ expression: 'false' }],
    };
    expect(
      evaluateOne(policy('p', { ...spec, failurePolicy: 'Ignore' }), [web]).verdicts,
    ).toMatchObject([
      {
        kind: 'error',
        source: { type: 'matchCondition', name: 'broken' },
        actions: [],
        failure: { outcome: 'ignored' },
      },
    ]);
    const warnOnly = evaluateOne(policy('p', spec), [web], {
      bindings: [binding('b', 'p', { validationActions: ['Warn'] })],
    });
    expect(warnOnly.verdicts).toMatchObject([
      { kind: 'error', actions: ['Warn'], failure: { outcome: 'enforced' } },
    ]);
  });

  it('skips the policy when one condition is false even if another fails', () => {
    const spec = {
      matchConditions: [
        { name: 'broken', expression: 'object.nope == 1' },
        { name: 'never', expression: 'false' },
      ],
      validations: [{ expression: 'false' }],
    };
    expect(evaluateOne(policy('p', spec), [web]).verdicts).toEqual([]);
  });

  it('makes a non-boolean validation an error', () => {
    expect(
      evaluateOne(policy('p', { validations: [{ expression: "'yes'" }] }), [web]).verdicts,
    ).toMatchObject([{ kind: 'error', failure: { why: 'the expression is not a boolean' } }]);
  });

  it('denies an audit annotation error under Fail whatever the actions, ignores it under Ignore', () => {
    const spec = { auditAnnotations: [{ key: 'k', valueExpression: 'object.spec.replicas' }] };
    const audit = evaluateOne(policy('p', spec), [web], {
      bindings: [binding('b', 'p', { validationActions: ['Audit'] })],
    });
    expect(audit.verdicts).toMatchObject([
      { kind: 'error', source: { type: 'auditAnnotation', key: 'k' }, actions: ['Deny'] },
    ]);
    expect(
      evaluateOne(policy('p', { ...spec, failurePolicy: 'Ignore' }), [web]).verdicts,
    ).toMatchObject([{ actions: [], failure: { outcome: 'ignored' } }]);
  });
});

describe('what only a cluster knows', () => {
  it('reports a validation reading authorizer as needs-cluster, never a pass', () => {
    const expression = "authorizer.group('apps').resource('deployments').check('create').allowed()";
    expect(
      evaluateOne(policy('p', { validations: [{ expression }] }), [web]).verdicts,
    ).toMatchObject([
      { kind: 'needs-cluster', actions: ['Deny'], message: expect.stringContaining('authorizer') },
    ]);
  });

  it('follows authorizer through variables, and evaluates the other validations', () => {
    const spec = {
      variables: [
        { name: 'allowed', expression: "authorizer.requestResource.check('scale').allowed()" },
      ],
      validations: [
        { expression: 'variables.allowed' },
        { expression: 'object.spec.replicas < 2' },
      ],
    };
    expect(evaluateOne(policy('p', spec), [web]).verdicts).toMatchObject([
      { kind: 'needs-cluster', source: { index: 0 } },
      { kind: 'violation', source: { index: 1 } },
    ]);
  });

  it('evaluates request.userInfo when the caller gives the user', () => {
    const spec = { validations: [{ expression: "request.userInfo.username == 'ci-bot'" }] };
    expect(evaluateOne(policy('p', spec), [web]).verdicts).toMatchObject([
      { kind: 'needs-cluster' },
    ]);
    const known = { userInfo: { username: 'ci-bot', groups: [] } };
    expect(evaluateOne(policy('p', spec), [web], known).verdicts).toEqual([]);
  });
});

describe('messages', () => {
  const failing = (v: Record<string, unknown>) =>
    evaluateOne(policy('p', { validations: [{ expression: 'false', ...v }] }), [web]).verdicts[0]
      .message;

  it('falls back from a failing or multi-line messageExpression to the message, then to the expression', () => {
    expect(failing({ messageExpression: "'  trimmed  '" })).toBe('trimmed');
    expect(failing({ messageExpression: 'object.nope', message: 'static' })).toBe('static');
    expect(failing({ messageExpression: "'two\\nlines'", message: 'static' })).toBe('static');
    expect(failing({ messageExpression: '1', message: 'static' })).toBe('static');
    expect(failing({ messageExpression: "''" })).toBe('failed expression: false');
  });

  it('keeps the validation’s reason, Invalid by default', () => {
    const [v] = evaluateOne(
      policy('p', { validations: [{ expression: 'false', reason: 'Forbidden' }] }),
      [web],
    ).verdicts;
    expect(v.reason).toBe('Forbidden');
  });
});

describe('variables', () => {
  it('are evaluated lazily: a failing variable nobody reads is no error', () => {
    const spec = {
      variables: [{ name: 'broken', expression: 'object.nope' }],
      validations: [{ expression: 'object.spec.replicas == 3' }],
    };
    expect(evaluateOne(policy('p', spec), [web]).verdicts).toEqual([]);
  });

  it('see only the variables declared before them', () => {
    const spec = {
      variables: [
        { name: 'a', expression: 'variables.b' },
        { name: 'b', expression: '1' },
      ],
      validations: [{ expression: 'variables.a == 1' }],
    };
    const r = evaluateOne(policy('p', spec), [web]);
    expect(r.problems).toMatchObject([
      {
        field: 'spec.variables[0].expression',
        message: expect.stringContaining("undeclared reference to 'variables.b'"),
      },
    ]);
    expect(r.verdicts).toMatchObject([{ kind: 'error' }]);
  });

  it('have CEL ints for manifest integers', () => {
    const spec = { validations: [{ expression: "string(object.spec.replicas / 2) == '1'" }] };
    expect(evaluateOne(policy('p', spec), [web]).verdicts).toEqual([]);
  });
});

describe('compile errors', () => {
  it('are reported per validation, as a problem and as an error verdict, the others still evaluated', () => {
    const spec = {
      validations: [
        { expression: 'object.spec.replicas <' },
        { expression: 'object.spec.replicas > 5' },
      ],
    };
    const r = evaluateOne(policy('p', spec), [web]);
    expect(r.problems).toMatchObject([{ field: 'spec.validations[0].expression' }]);
    expect(r.verdicts).toMatchObject([
      { kind: 'error', source: { index: 0 }, failure: { why: 'the expression does not compile' } },
      { kind: 'violation', source: { index: 1 } },
    ]);
  });
});

describe('request', () => {
  it('carries operation, kind, resource, name and namespace; oldObject is null on CREATE', () => {
    const expression =
      "request.operation == 'CREATE' && request.kind.kind == 'Deployment' && request.resource.resource == 'deployments' && request.resource.group == 'apps' && request.name == 'web' && request.namespace == 'shop' && oldObject == null && namespaceObject == null && params == null";
    expect(evaluateOne(policy('p', { validations: [{ expression }] }), [web]).verdicts).toEqual([]);
  });
});

describe('admission configuration', () => {
  it('is never judged by admission policies, as in the API server', () => {
    const everything = policy(
      'p',
      { validations: [{ expression: 'false' }] },
      { apiGroup: '*', resources: ['*'] },
    );
    const r = evaluateOne(everything, [everything, binding('b2', 'p'), web]);
    expect(r.verdicts.map((v) => v.ref)).toEqual(['web']);
  });
});
