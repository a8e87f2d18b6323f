// Documentation: "Validation expression examples": each expression of the table in a policy
// of its own, against objects that pass and objects that fail.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/evaluate/admission/index.js';
import { evaluateOne, policy, readManifests } from './helpers.js';

const cases = readManifests(
  join(
    new URL('../fixtures/admission/expression-examples/', import.meta.url).pathname,
    'cases.yaml',
  ),
) as { expression: string; pass: Manifest[]; fail: Manifest[] }[];

function verdictsFor(expression: string, fields: Manifest) {
  const object: Manifest = {
    apiVersion: 'example.com/v1',
    kind: 'Widget',
    ...fields,
    metadata: { name: 'w', namespace: 'default', ...(fields.metadata as Manifest | undefined) },
  };
  const p = policy(
    'example',
    { validations: [{ expression }] },
    { apiGroup: 'example.com', resources: ['widgets'] },
  );
  return evaluateOne(p, [object]).verdicts;
}

describe('doc examples: validation expressions', () => {
  it('has the 13 expressions of the table', () => {
    expect(cases).toHaveLength(13);
  });

  for (const c of cases) {
    it(c.expression, () => {
      for (const fields of c.pass) expect(verdictsFor(c.expression, fields)).toEqual([]);
      for (const fields of c.fail)
        expect(verdictsFor(c.expression, fields)).toMatchObject([{ kind: 'violation' }]);
    });
  }

  it("reports the table's unbalanced expression as a compile error of that validation", () => {
    const broken =
      "object.envars.filter(e, e.name == 'MY_ENV').all(e, e.value.matches('^[a-zA-Z]*$')";
    expect(verdictsFor(broken, { envars: [] })).toMatchObject([
      {
        kind: 'error',
        actions: ['Deny'],
        failure: { outcome: 'enforced', why: 'the expression does not compile' },
      },
    ]);
  });
});
