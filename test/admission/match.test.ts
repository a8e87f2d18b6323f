// Matching a request against resourceRules, selectors and matchPolicy, and the kind →
// resource mapping it relies on.
import { describe, expect, it } from 'vitest';
import { matchResources, type RequestAttributes } from '../../src/evaluate/admission/match.js';
import { EMPTY_SELECTOR, selectorMatches } from '../../src/evaluate/admission/label-selector.js';
import { guessResource, ResourceMapper } from '../../src/evaluate/admission/index.js';
import type {
  LabelSelector,
  Manifest,
  MatchResources,
  Operation,
  ResourceRule,
} from '../../src/evaluate/admission/index.js';

const mapper = new ResourceMapper();

function request(
  object: Manifest,
  options: { operation?: Operation; oldObject?: Manifest; nsLabels?: Record<string, string> } = {},
): RequestAttributes {
  const meta = (object.metadata ?? {}) as Record<string, string>;
  const resource = mapper.of(object);
  const isNamespace = resource.resource === 'namespaces' && resource.group === '';
  return {
    operation: options.operation ?? 'CREATE',
    resource,
    name: meta.name ?? '',
    namespace: isNamespace ? meta.name : resource.namespaced ? (meta.namespace ?? 'default') : '',
    object,
    oldObject: options.oldObject ?? null,
    namespaceLabels: options.nsLabels,
  };
}

function rule(r: Partial<ResourceRule>): ResourceRule {
  return {
    apiGroups: ['*'],
    apiVersions: ['*'],
    resources: ['*'],
    operations: ['*'],
    resourceNames: [],
    scope: '*',
    ...r,
  };
}

function criteria(m: Partial<MatchResources>): MatchResources {
  return {
    namespaceSelector: EMPTY_SELECTOR,
    objectSelector: EMPTY_SELECTOR,
    resourceRules: [],
    excludeResourceRules: [],
    matchPolicy: 'Equivalent',
    ...m,
  };
}

const deployment = (extra: Manifest = {}): Manifest => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { tier: 'front' } },
  ...extra,
});
const matches = (m: Partial<MatchResources>, a: RequestAttributes) =>
  matchResources(criteria(m), a, true).matches;

describe('resource rules', () => {
  it('matches group, version, resource and operation, with * wildcards', () => {
    const a = request(deployment());
    expect(
      matches({ resourceRules: [rule({ apiGroups: ['apps'], resources: ['deployments'] })] }, a),
    ).toBe(true);
    expect(
      matches({ resourceRules: [rule({ apiGroups: [''], resources: ['deployments'] })] }, a),
    ).toBe(false);
    expect(matches({ resourceRules: [rule({ operations: ['UPDATE'] })] }, a)).toBe(false);
    expect(matches({ resourceRules: [rule({})] }, a)).toBe(true);
  });

  it('never matches a manifest with a subresource rule, but */* and pods/* take the main resource', () => {
    const pod = request({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'x' } });
    expect(matches({ resourceRules: [rule({ resources: ['pods/status'] })] }, pod)).toBe(false);
    expect(matches({ resourceRules: [rule({ resources: ['*/status'] })] }, pod)).toBe(false);
    expect(matches({ resourceRules: [rule({ resources: ['*/*'] })] }, pod)).toBe(true);
    expect(matches({ resourceRules: [rule({ resources: ['pods/*'] })] }, pod)).toBe(true);
  });

  it('filters by resourceNames', () => {
    const a = request(deployment());
    expect(matches({ resourceRules: [rule({ resourceNames: ['web'] })] }, a)).toBe(true);
    expect(matches({ resourceRules: [rule({ resourceNames: ['api'] })] }, a)).toBe(false);
  });

  it('filters by scope; a Namespace is cluster-scoped', () => {
    const ns = request({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    const cr = request({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'r' },
    });
    const a = request(deployment());
    const namespaced = [rule({ scope: 'Namespaced' })];
    const cluster = [rule({ scope: 'Cluster' })];
    expect([a, ns, cr].map((x) => matches({ resourceRules: namespaced }, x))).toEqual([
      true,
      false,
      false,
    ]);
    expect([a, ns, cr].map((x) => matches({ resourceRules: cluster }, x))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('excludes with excludeResourceRules', () => {
    const a = request(deployment());
    expect(
      matches(
        { resourceRules: [rule({})], excludeResourceRules: [rule({ resources: ['deployments'] })] },
        a,
      ),
    ).toBe(false);
  });

  it('matches the equivalent resource under Equivalent only, and reports the rule’s version', () => {
    const old = request(deployment({ apiVersion: 'extensions/v1beta1' }));
    const rules = [rule({ apiGroups: ['apps'], apiVersions: ['v1'], resources: ['deployments'] })];
    expect(matchResources(criteria({ resourceRules: rules }), old, true).matched).toEqual({
      group: 'apps',
      version: 'v1',
      resource: 'deployments',
      kind: 'Deployment',
    });
    expect(matches({ resourceRules: rules, matchPolicy: 'Exact' }, old)).toBe(false);
    const beta = request(deployment({ apiVersion: 'apps/v1beta2' }));
    expect(matches({ resourceRules: rules }, beta)).toBe(true);
    expect(matches({ resourceRules: rules, matchPolicy: 'Exact' }, beta)).toBe(false);
  });

  it('needs resourceRules for a policy, not for a binding', () => {
    const a = request(deployment());
    expect(matchResources(criteria({}), a, true).matches).toBe(false);
    expect(matchResources(criteria({}), a, false).matches).toBe(true);
  });
});

describe('namespaceSelector and objectSelector', () => {
  const test: LabelSelector = { matchLabels: { environment: 'test' }, matchExpressions: [] };
  const all = [rule({})];

  it("uses the labels of the object's namespace", () => {
    expect(
      matches(
        { resourceRules: all, namespaceSelector: test },
        request(deployment(), { nsLabels: { environment: 'test' } }),
      ),
    ).toBe(true);
    expect(
      matches(
        { resourceRules: all, namespaceSelector: test },
        request(deployment(), { nsLabels: {} }),
      ),
    ).toBe(false);
  });

  it('takes unknown namespace labels as a match, and says so', () => {
    const m = matchResources(
      criteria({ resourceRules: all, namespaceSelector: test }),
      request(deployment()),
      true,
    );
    expect(m).toMatchObject({ matches: true, namespaceLabelsUnknown: true });
  });

  it('uses a Namespace’s own labels, and always matches other cluster-scoped objects', () => {
    const ns = (labels: Record<string, string>) =>
      request({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', labels } });
    expect(
      matches({ resourceRules: all, namespaceSelector: test }, ns({ environment: 'test' })),
    ).toBe(true);
    expect(matches({ resourceRules: all, namespaceSelector: test }, ns({}))).toBe(false);
    const node = request({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } });
    expect(
      matchResources(criteria({ resourceRules: all, namespaceSelector: test }), node, true),
    ).toMatchObject({
      matches: true,
      namespaceLabelsUnknown: false,
    });
  });

  it('selects on the new or the old object’s labels', () => {
    const back: LabelSelector = { matchLabels: { tier: 'back' }, matchExpressions: [] };
    const now = deployment();
    const before = deployment({
      metadata: { name: 'web', namespace: 'shop', labels: { tier: 'back' } },
    });
    expect(matches({ resourceRules: all, objectSelector: back }, request(now))).toBe(false);
    expect(
      matches(
        { resourceRules: all, objectSelector: back },
        request(now, { operation: 'UPDATE', oldObject: before }),
      ),
    ).toBe(true);
  });
});

describe('label selectors', () => {
  const sel = (matchExpressions: LabelSelector['matchExpressions']): LabelSelector => ({
    matchLabels: {},
    matchExpressions,
  });

  it('In, NotIn (an absent key passes), Exists, DoesNotExist, ANDed with matchLabels', () => {
    const labels = { env: 'prod', team: 'a' };
    expect(
      selectorMatches(sel([{ key: 'env', operator: 'In', values: ['prod', 'qa'] }]), labels),
    ).toBe(true);
    expect(
      selectorMatches(sel([{ key: 'env', operator: 'NotIn', values: ['prod'] }]), labels),
    ).toBe(false);
    expect(selectorMatches(sel([{ key: 'zone', operator: 'NotIn', values: ['x'] }]), labels)).toBe(
      true,
    );
    expect(selectorMatches(sel([{ key: 'zone', operator: 'In', values: ['x'] }]), labels)).toBe(
      false,
    );
    expect(selectorMatches(sel([{ key: 'team', operator: 'Exists', values: [] }]), labels)).toBe(
      true,
    );
    expect(
      selectorMatches(sel([{ key: 'team', operator: 'DoesNotExist', values: [] }]), labels),
    ).toBe(false);
    expect(
      selectorMatches(
        {
          matchLabels: { env: 'prod' },
          matchExpressions: [{ key: 'team', operator: 'In', values: ['b'] }],
        },
        labels,
      ),
    ).toBe(false);
    expect(selectorMatches(EMPTY_SELECTOR, {})).toBe(true);
  });
});

describe('kind → resource', () => {
  it('knows irregular plurals and scopes of built-in kinds', () => {
    const r = (apiVersion: string, kind: string) => mapper.lookup(apiVersion, kind, false);
    expect(r('networking.k8s.io/v1', 'Ingress')).toMatchObject({
      resource: 'ingresses',
      namespaced: true,
    });
    expect(r('networking.k8s.io/v1', 'NetworkPolicy').resource).toBe('networkpolicies');
    expect(r('v1', 'Endpoints').resource).toBe('endpoints');
    expect(r('storage.k8s.io/v1', 'StorageClass')).toMatchObject({
      resource: 'storageclasses',
      namespaced: false,
    });
  });

  it('guesses custom kinds as the API machinery does, or reads their CRD', () => {
    expect([
      guessResource('Widget'),
      guessResource('Gateway'),
      guessResource('Policy'),
      guessResource('Status'),
    ]).toEqual(['widgets', 'gateways', 'policies', 'statuses']);
    const withCrd = new ResourceMapper([
      {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: 'octopi.sea.example.com' },
        spec: {
          group: 'sea.example.com',
          scope: 'Cluster',
          names: { kind: 'Octopus', plural: 'octopi' },
        },
      },
    ]);
    expect(withCrd.lookup('sea.example.com/v1', 'Octopus', true)).toMatchObject({
      resource: 'octopi',
      namespaced: false,
      origin: 'crd',
    });
  });
});
