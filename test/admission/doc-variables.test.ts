// Documentation: "Variable composition": variables.foo, and the image registry that must
// match the namespace's environment.
import { describe, expect, it } from 'vitest';
import { denialMessage } from '../../src/evaluate/admission/index.js';
import { about, runExample } from './helpers.js';

describe('doc example: variables.foo', () => {
  const result = runExample('variable-foo');

  it('passes foo=bar and warns for the others', () => {
    expect(about(result, 'bar-gadget')).toEqual([]);
    expect(about(result, 'baz-gadget')).toMatchObject([
      {
        kind: 'violation',
        actions: ['Warn'],
        message: "failed expression: variables.foo == 'bar'",
        // The variable reads labels['foo'], which this object has.
        fieldPath: ['spec', 'metadata', 'labels', 'foo'],
      },
    ]);
    expect(about(result, 'unlabelled-gadget')).toMatchObject([{ kind: 'violation' }]);
  });

  it("reports a variable's error through the expression that reads it", () => {
    const [v] = about(result, 'bare-gadget');
    expect(v).toMatchObject({ kind: 'error', actions: ['Warn'], fieldPath: ['spec'] });
    expect(v.message).toContain("variable 'foo' failed");
  });
});

describe('doc example: images must match the namespace environment', () => {
  const result = runExample('image-environment');

  it('denies a dev image in the prod namespace default, in the documented words', () => {
    const [v] = about(result, 'invalid');
    expect(denialMessage(v)).toBe(
      "ValidatingAdmissionPolicy 'image-matches-namespace-environment.policy.example.com' with binding 'demo-binding-test.example.com' denied request: only prod images are allowed in namespace default",
    );
    // The field the validation reads through variables.containers.
    expect(v.fieldPath).toEqual(['spec', 'template', 'spec', 'containers']);
  });

  it('admits prod images, exempt deployments, dev images in dev, and other registries', () => {
    for (const name of ['prod-image', 'exempt-dev-image', 'dev-image-in-dev', 'other-registry'])
      expect(about(result, name)).toEqual([]);
  });

  it('takes prod as the environment of a namespace without the label', () => {
    expect(about(result, 'dev-image-unlabelled-ns')).toMatchObject([
      { message: 'only prod images are allowed in namespace unlabelled' },
    ]);
  });
});
