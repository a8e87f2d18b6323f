// A validation over a list (`containers.all(c, ...)`) points at the item that fails it, at the
// field its body reads, rather than at the whole list.
import { describe, expect, it } from 'vitest';
import { evaluateAdmission, type Manifest } from '../../src/evaluate/admission/index.js';
import { celEnvironment } from './helpers.js';

const policy = (variables: { name: string; expression: string }[], expression: string) => ({
  apiVersion: 'admissionregistration.k8s.io/v1',
  kind: 'ValidatingAdmissionPolicy',
  metadata: { name: 'registry' },
  spec: {
    failurePolicy: 'Fail',
    matchConstraints: {
      resourceRules: [
        {
          apiGroups: ['apps'],
          apiVersions: ['v1'],
          operations: ['CREATE'],
          resources: ['deployments'],
        },
      ],
    },
    variables,
    validations: [{ expression }],
  },
});

const binding = {
  apiVersion: 'admissionregistration.k8s.io/v1',
  kind: 'ValidatingAdmissionPolicyBinding',
  metadata: { name: 'registry' },
  spec: { policyName: 'registry', validationActions: ['Deny'] },
};

const deployment = (images: string[]): Manifest => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    template: {
      spec: { containers: images.map((image, i) => ({ name: `c${i}`, image })) },
    },
  },
});

const fieldPaths = (p: Manifest, images: string[]) =>
  evaluateAdmission({
    objects: [{ object: deployment(images), operation: 'CREATE' }],
    policies: [p],
    bindings: [binding],
    namespaces: new Map(),
    paramObjects: [],
    celEnvironment: celEnvironment(),
  }).verdicts.map((v) => v.fieldPath);

describe('the item of a list a validation fails on', () => {
  const direct = policy(
    [],
    "object.spec.template.spec.containers.all(c, c.image.startsWith('registry.example/'))",
  );

  it('is the first item the macro body fails, at the field it reads', () => {
    expect(fieldPaths(direct, ['registry.example/a:1', 'ghcr.io/b:2', 'ghcr.io/c:3'])).toEqual([
      ['spec', 'template', 'spec', 'containers', '1', 'image'],
    ]);
  });

  it('is found through a variable that is a field of the object', () => {
    const viaVariable = policy(
      [{ name: 'containers', expression: 'object.spec.template.spec.containers' }],
      "variables.containers.all(c, c.image.startsWith('registry.example/'))",
    );
    expect(fieldPaths(viaVariable, ['ghcr.io/b:2'])).toEqual([
      ['spec', 'template', 'spec', 'containers', '0', 'image'],
    ]);
  });

  it('is the item itself when it lacks the field the body reads', () => {
    const p = policy(
      [],
      'object.spec.template.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true)',
    );
    expect(fieldPaths(p, ['a:1'])).toEqual([['spec', 'template', 'spec', 'containers', '0']]);
  });

  it('falls back to the deepest field read when no item can be blamed', () => {
    // A condition on the list as a whole: every item passes the body alone.
    const p = policy(
      [],
      "size(object.spec.template.spec.containers) < 2 && object.spec.template.spec.containers.all(c, c.image != '')",
    );
    expect(fieldPaths(p, ['a:1', 'b:2'])).toEqual([['spec', 'template', 'spec', 'containers']]);
  });
});
