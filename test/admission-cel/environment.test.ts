// The environment as a whole: untyped manifests as the VAP variables, optional types
// (cel-go's optional library), what Kubernetes leaves out, and the limitations listed in
// UNSUPPORTED_FUNCTIONS, each shown with cel-js's actual behaviour. The cases are ours,
// but for the table of the "optionals" group of Kubernetes' TestValidationExpressions
// (staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/
// validation_test.go).
import { describe, expect, it } from 'vitest';
import {
  UNSUPPORTED_FUNCTIONS,
  kubernetesCelEnvironment,
} from '../../src/evaluate/admission/cel/index.js';
import { celTable, holds, type CelCase } from './cases.js';

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
    'optional.of(1) != optional.none()',
    'optional.of([1]) == optional.of([1.0])',
    "optional.of('a') != optional.of('b')",
  ).map((c) => ({ ...c, context: POD })),
  { expr: 'optional.none().value()', error: 'Optional value is not present' },
  { expr: 'optional.of(1).optFlatMap(x, x)', error: 'optFlatMap() must produce an optional' },
]);

// Kubernetes' TestValidationExpressions, "optionals" group, with `self` the group's test
// object as kubegate would read it (absentObj, in the schema but not in the object, is
// simply missing). Its two repeated cases (self.m[?'x'].hasValue() == false,
// self.l[?1].hasValue() == false) and self.l[?1] == optional.none() appear once. The
// == between optionals failed before optionals.ts added the overload, and the
// ofNonZeroValue cases on the zero timestamp and duration before it knew them as zero.
const OPTIONALS_SELF = {
  self: { presentObj: { presentStr: 'value' }, m: { k: 'v' }, l: ['a'] },
};

celTable('optionals (Kubernetes TestValidationExpressions)', [
  ...holds(
    "self.?presentObj.?presentStr == optional.of('value')",
    "self.presentObj.?presentStr == optional.of('value')",
    "self.presentObj.?presentStr.or(optional.of('nope')) == optional.of('value')",
    "self.presentObj.?presentStr.orValue('') == 'value'",
    'self.presentObj.?presentStr.hasValue() == true',
    "self.presentObj.?presentStr.optMap(v, v == 'value').hasValue()",
    'self.?absentObj.?absentStr == optional.none()',
    "self.?absentObj.?absentStr.or(optional.of('nope')) == optional.of('nope')",
    "self.?absentObj.?absentStr.orValue('nope') == 'nope'",
    'self.?absentObj.?absentStr.hasValue() == false',
    "self.?absentObj.?absentStr.optMap(v, v == 'value').hasValue() == false",
    "self.m[?'k'] == optional.of('v')",
    "self.m[?'k'].or(optional.of('nope')) == optional.of('v')",
    "self.m[?'k'].orValue('') == 'v'",
    "self.m[?'k'].hasValue() == true",
    "self.m[?'k'].optMap(v, v == 'v').hasValue()",
    "self.m[?'x'] == optional.none()",
    "self.m[?'x'].or(optional.of('nope')) == optional.of('nope')",
    "self.m[?'x'].orValue('nope') == 'nope'",
    "self.m[?'x'].hasValue() == false",
    "self.l[?0] == optional.of('a')",
    'self.l[?1] == optional.none()',
    "self.l[?0].orValue('') == 'a'",
    'self.l[?0].hasValue() == true',
    "self.l[?0].optMap(v, v == 'a').hasValue()",
    "self.l[?1].or(optional.of('nope')) == optional.of('nope')",
    "self.l[?1].orValue('nope') == 'nope'",
    'self.l[?1].hasValue() == false',
  ).map((c): CelCase => ({ ...c, context: OPTIONALS_SELF })),
  ...holds(
    'optional.ofNonZeroValue(1).hasValue()',
    'optional.ofNonZeroValue(uint(1)).hasValue()',
    'optional.ofNonZeroValue(1.1).hasValue()',
    "optional.ofNonZeroValue('a').hasValue()",
    'optional.ofNonZeroValue(true).hasValue()',
    "optional.ofNonZeroValue(['a']).hasValue()",
    "optional.ofNonZeroValue({'k': 'v'}).hasValue()",
    "optional.ofNonZeroValue(timestamp('2011-08-18T00:00:00.000+01:00')).hasValue()",
    "optional.ofNonZeroValue(duration('19h3m37s10ms')).hasValue()",
    'optional.ofNonZeroValue(null) == optional.none()',
    'optional.ofNonZeroValue(0) == optional.none()',
    'optional.ofNonZeroValue(uint(0)) == optional.none()',
    'optional.ofNonZeroValue(0.0) == optional.none()',
    "optional.ofNonZeroValue('') == optional.none()",
    'optional.ofNonZeroValue(false) == optional.none()',
    'optional.ofNonZeroValue([]) == optional.none()',
    'optional.ofNonZeroValue({}) == optional.none()',
    "optional.ofNonZeroValue(timestamp('0001-01-01T00:00:00.000+00:00')) == optional.none()",
    "optional.ofNonZeroValue(duration('0s')) == optional.none()",
  ),
  // Kubernetes: true. cel-js does not parse optional entries in list and map literals
  // (in UNSUPPORTED_FUNCTIONS).
  { expr: "{?'k': optional.none(), 'k2': 'v2'} == {'k2': 'v2'}", error: 'Unexpected token' },
  {
    expr: "{?'k': optional.of('v'), 'k2': 'v2'} == {'k': 'v', 'k2': 'v2'}",
    error: 'Unexpected token',
  },
  { expr: "['a', ?optional.none(), 'c'] == ['a', 'c']", error: 'Unexpected token' },
  { expr: "['a', ?optional.of('v'), 'c'] == ['a', 'v', 'c']", error: 'Unexpected token' },
  // Kubernetes: "no such key: absentObj" (no ?. on the first selection).
  {
    expr: 'self.absentObj.?absentStr == optional.none()',
    error: 'No such key: absentObj',
    context: OPTIONALS_SELF,
  },
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
  // Go's time.ParseDuration accepts a bare 0 (and -0, +0); cel-js's duration() does not.
  { expr: 'duration("0")', error: 'Invalid duration string: 0' },
  { expr: 'duration("0s") == duration("0ms")', value: true },
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
