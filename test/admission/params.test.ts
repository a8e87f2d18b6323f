// Parameter resolution: name, namespace, selector, scope errors and parameterNotFoundAction.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../src/evaluate/admission/params.js';
import { ResourceMapper } from '../../src/evaluate/admission/index.js';
import type { Manifest, ParamRef } from '../../src/evaluate/admission/index.js';

const mapper = new ResourceMapper();
const configMap = (
  name: string,
  namespace: string,
  labels: Record<string, string> = {},
): Manifest => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace, labels },
});
const clusterRole = (name: string): Manifest => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  metadata: { name },
});
const candidates = [
  configMap('limits', 'a', { use: 'yes' }),
  configMap('limits', 'b', { use: 'yes' }),
  configMap('other', 'a', { use: 'no' }),
  clusterRole('params-role'),
];
const cm = { apiVersion: 'v1', kind: 'ConfigMap' };
const names = (r: ReturnType<typeof resolveParams>) =>
  r.params?.map(
    (p) =>
      p &&
      `${(p.metadata as Record<string, string>).namespace ?? ''}/${(p.metadata as Record<string, string>).name}`,
  );
const ref = (r: Partial<ParamRef>): ParamRef => ({ parameterNotFoundAction: 'Allow', ...r });

describe('params', () => {
  it('gives one null param without paramKind or without paramRef', () => {
    expect(resolveParams(undefined, ref({ name: 'x' }), 'a', candidates, mapper)).toEqual({
      params: [null],
    });
    expect(resolveParams(cm, undefined, 'a', candidates, mapper)).toEqual({ params: [null] });
  });

  it('finds by name in paramRef.namespace, else in the request’s namespace', () => {
    expect(
      names(resolveParams(cm, ref({ name: 'limits', namespace: 'b' }), 'a', candidates, mapper)),
    ).toEqual(['b/limits']);
    expect(names(resolveParams(cm, ref({ name: 'limits' }), 'a', candidates, mapper))).toEqual([
      'a/limits',
    ]);
  });

  it('finds every object a selector selects', () => {
    const selector = { matchLabels: { use: 'yes' }, matchExpressions: [] };
    expect(
      names(resolveParams(cm, ref({ selector, namespace: 'a' }), 'x', candidates, mapper)),
    ).toEqual(['a/limits']);
    const all = { matchLabels: {}, matchExpressions: [] };
    expect(names(resolveParams(cm, ref({ selector: all }), 'a', candidates, mapper))).toEqual([
      'a/limits',
      'a/other',
    ]);
  });

  it('is a configuration error for a namespaced paramKind on a cluster-scoped request', () => {
    expect(resolveParams(cm, ref({ name: 'limits' }), '', candidates, mapper).error).toMatch(
      /cluster-scoped resources/,
    );
  });

  it('is a configuration error to give a namespace for a cluster-scoped paramKind', () => {
    const kind = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole' };
    expect(
      resolveParams(kind, ref({ name: 'params-role', namespace: 'a' }), 'a', candidates, mapper)
        .error,
    ).toMatch(/must not be provided/);
    expect(
      names(resolveParams(kind, ref({ name: 'params-role' }), 'a', candidates, mapper)),
    ).toEqual(['/params-role']);
  });

  it('allows or denies when nothing is found, as parameterNotFoundAction says', () => {
    expect(resolveParams(cm, ref({ name: 'missing' }), 'a', candidates, mapper)).toEqual({
      params: [],
    });
    expect(
      resolveParams(
        cm,
        ref({ name: 'missing', parameterNotFoundAction: 'Deny' }),
        'a',
        candidates,
        mapper,
      ).error,
    ).toBe('no params found for policy binding with `Deny` parameterNotFoundAction');
  });

  it('matches params by group and kind, in any version', () => {
    const v2 = {
      apiVersion: 'rules.example.com/v2',
      kind: 'Limit',
      metadata: { name: 'l', namespace: 'a' },
    };
    const kind = { apiVersion: 'rules.example.com/v1', kind: 'Limit' };
    expect(names(resolveParams(kind, ref({ name: 'l' }), 'a', [v2], mapper))).toEqual(['a/l']);
  });
});
