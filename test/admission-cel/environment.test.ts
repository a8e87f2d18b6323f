// The environment as a whole: untyped manifests as the VAP variables, optional types
// (cel-go's optional library), what Kubernetes leaves out, and the limitations listed in
// UNSUPPORTED_FUNCTIONS, each shown with cel-js's actual behaviour.
import { describe, expect, it } from 'vitest';
import {
  UNSUPPORTED_FUNCTIONS,
  kubernetesCelEnvironment,
} from '../../src/evaluate/admission/cel/index.js';
import { celTable, holds } from './cases.js';

const POD = {
  object: {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: {
      containers: [
        { name: 'app', image: 'nginx:1.27', resources: { limits: { memory: '512Mi' } } },
      ],
    },
  },
  oldObject: null,
  params: { maxMemory: '1Gi', allowedRegistries: ['docker.io', 'ghcr.io'] },
  namespaceObject: { metadata: { name: 'default', labels: {} } },
  variables: { containerNames: ['app'] },
  request: { operation: 'CREATE', userInfo: { username: 'alice' } },
};

celTable('manifests as the VAP variables (all dyn)', [
  ...holds(
    'object.spec.containers.all(c, quantity(c.resources.limits.memory).isLessThan(quantity(params.maxMemory)))',
    'object.metadata.labels.exists(k, v, k == "app" && v == "web")',
    'oldObject == null && request.operation == "CREATE"',
    'namespaceObject.metadata.labels.size() == 0',
    'variables.containerNames.indexOf("app") == 0',
    'sets.contains(params.allowedRegistries, ["ghcr.io"])',
    'format.dns1123Label().validate(object.metadata.name).hasValue() == false',
    'object.?spec.?hostNetwork.orValue(false) == false',
  ).map((c) => ({ ...c, context: POD })),
  { expr: 'object.spec.containers.transformList(i, c, c.name)', value: ['app'], context: POD },
]);

celTable('optional types', [
  ...holds(
    'optional.of(1).value() == 1',
    'optional.none().orValue(5) == 5',
    'optional.of(2).hasValue()',
    '!optional.none().hasValue()',
    'optional.none().or(optional.of(3)).value() == 3',
    'object.?metadata.?name.orValue("") == "web"',
    'object.?metadata.?namespace.orValue("none") == "none"',
    'object.metadata[?"name"].value() == "web"',
    '!object.spec.containers[?5].hasValue()',
    '!optional.ofNonZeroValue(0).hasValue()',
    '!optional.ofNonZeroValue("").hasValue()',
    '!optional.ofNonZeroValue([]).hasValue()',
    'optional.ofNonZeroValue(1).value() == 1',
    'optional.of(1).optMap(x, x + 1).value() == 2',
    '!optional.none().optMap(x, x + 1).hasValue()',
    'optional.of(1).optFlatMap(x, optional.of(x * 3)).value() == 3',
    '!optional.of(1).optFlatMap(x, optional.none()).hasValue()',
  ).map((c) => ({ ...c, context: POD })),
  { expr: 'optional.none().value()', error: 'Optional value is not present' },
  { expr: 'optional.of(1).optFlatMap(x, x)', error: 'optFlatMap() must produce an optional' },
]);

// ext.Encoders (base64.*) and ext.Math (math.*) are not in Kubernetes' base environment
// (k8s.io/apiserver/pkg/cel/environment/base.go), so the API server rejects them too.
celTable('libraries Kubernetes does not enable', [
  { expr: 'base64.encode(b"hello")', error: 'no matching overload' },
  { expr: 'math.greatest(1, 2)', error: 'no matching overload' },
]);

// Each limitation in UNSUPPORTED_FUNCTIONS, asserted as cel-js behaves today.
celTable('documented limitations', [
  { expr: '[?optional.none(), 1]', error: 'Unexpected token' },
  { expr: '{?"a": optional.none()}', error: 'Unexpected token' },
  { expr: '"ABC".matches("(?i)abc")', error: 'Invalid regular expression' },
  { expr: '1 == 1.0', error: 'no such overload' },
  { expr: 'dyn(1) == 1.0', value: true },
  { expr: 'quantity("10").div(3)', error: 'no matching overload' },
  { expr: 'image("nginx:1.27")', error: 'no matching overload' },
  // cel-go prints these as Go's %g does: 1e+06 and 2e-09.
  { expr: 'string(1e6)', value: '1000000' },
  { expr: 'string(2e-9)', value: '2e-9' },
  {
    expr: 'authorizer.group("").resource("pods").check("get").allowed()',
    error: 'no matching overload',
    context: { authorizer: {} },
  },
]);

describe('UNSUPPORTED_FUNCTIONS', () => {
  it('names authorizer, so the VAP engine can say it needs a cluster', () => {
    expect(UNSUPPORTED_FUNCTIONS.map((f) => f.name)).toContain('authorizer');
    for (const f of UNSUPPORTED_FUNCTIONS) expect(f.reason.length).toBeGreaterThan(20);
  });
});

describe('kubernetesCelEnvironment', () => {
  it('is built once and shared', () => {
    expect(kubernetesCelEnvironment()).toBe(kubernetesCelEnvironment());
  });
  it('parses once for many manifests', () => {
    const check = kubernetesCelEnvironment().parse('object.metadata.name.startsWith("web")');
    expect(check(POD)).toBe(true);
    expect(check({ object: { metadata: { name: 'db' } } })).toBe(false);
  });
});
