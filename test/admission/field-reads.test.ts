// The fields of `object` an expression reads, and the deepest one an object has.
import { describe, expect, it } from 'vitest';
import { deepestExistingRead, objectReads } from '../../src/evaluate/admission/index.js';
import { celEnvironment } from './helpers.js';

const reads = (expression: string) => objectReads(celEnvironment().parse(expression).ast);

describe('field reads', () => {
  it('reads selections and constant indexes off object', () => {
    expect(reads('object.spec.replicas <= 5')).toEqual([['spec', 'replicas'], ['spec']]);
    expect(reads("object.metadata.labels['app'] == 'x'")).toContainEqual([
      'metadata',
      'labels',
      'app',
    ]);
    expect(reads('object.spec.containers[0].image')).toContainEqual([
      'spec',
      'containers',
      '0',
      'image',
    ]);
    expect(reads('has(object.spec.paused)')).toContainEqual(['spec', 'paused']);
    expect(reads('object.?spec.?strategy.orValue(1)')).toContainEqual(['spec', 'strategy']);
  });

  it('reads the list a macro ranges over, not the loop variable’s fields', () => {
    const r = reads("object.spec.containers.all(c, c.image.startsWith('prod.'))");
    expect(r).toContainEqual(['spec', 'containers']);
    expect(r.some((p) => p.includes('image'))).toBe(false);
  });

  it('ignores oldObject and params', () => {
    expect(reads('oldObject.spec.replicas == params.max')).toEqual([]);
  });

  it('picks the deepest read the object has, else the object', () => {
    const object = { spec: { replicas: 3, containers: [{ image: 'a' }] } };
    expect(deepestExistingRead(reads('object.spec.replicas <= 5'), object)).toEqual([
      'spec',
      'replicas',
    ]);
    expect(deepestExistingRead(reads('object.spec.missing.deeper == 1'), object)).toEqual(['spec']);
    expect(deepestExistingRead(reads('object.spec.containers[0].image == ""'), object)).toEqual([
      'spec',
      'containers',
      '0',
      'image',
    ]);
    expect(deepestExistingRead(reads('object.status.ready'), object)).toEqual([]);
  });
});
