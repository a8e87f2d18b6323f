// Cases from cel-go's ext/sets_test.go and ext/comprehensions_test.go (ext.Sets and
// ext.TwoVarComprehensions, both enabled in Kubernetes' environment), and the sets cases
// of the "listSets" group of Kubernetes' TestValidationExpressions (staging/src/k8s.io/
// apiextensions-apiserver/pkg/apiserver/schema/cel/validation_test.go) where cel-go's
// table lacks the case. That test has no two-variable comprehension cases.
import { celTable, holds } from './cases.js';

// cel-go's TestSets: every case is expected to be true.
celTable('sets', [
  ...holds(
    'sets.contains([], [])',
    'sets.contains([1], [])',
    'sets.contains([1], [1])',
    'sets.contains([1], [1, 1])',
    'sets.contains([1, 1], [1])',
    'sets.contains([2, 1], [1])',
    'sets.contains([1, 2, 3, 4], [2, 3])',
    'sets.contains([1], [1.0, 1])',
    'sets.contains([1, 2], [2u, 2.0])',
    'sets.contains([1, 2u], [2, 2.0])',
    'sets.contains([1, 2.0, 3u], [1.0, 2u, 3])',
    'sets.contains([[1], [2, 3]], [[2, 3.0]])',
    '!sets.contains([1], [2])',
    '!sets.contains([1], [1, 2])',
    '!sets.contains([1], ["1", 1])',
    '!sets.contains([1], [1.1, 1u])',
    'sets.equivalent([], [])',
    'sets.equivalent([1], [1])',
    'sets.equivalent([1], [1, 1])',
    'sets.equivalent([1, 1], [1])',
    'sets.equivalent([1], [1u, 1.0])',
    'sets.equivalent([1, 2, 3], [3u, 2.0, 1])',
    'sets.equivalent([[1.0], [2, 3]], [[1], [2, 3.0]])',
    '!sets.equivalent([2, 1], [1])',
    '!sets.equivalent([1], [1, 2])',
    '!sets.equivalent([1, 2], [2u, 2, 2.0])',
    '!sets.equivalent([1, 2], [1u, 2, 2.3])',
    'sets.intersects([1], [1])',
    'sets.intersects([1], [1, 1])',
    'sets.intersects([1, 1], [1])',
    'sets.intersects([2, 1], [1])',
    'sets.intersects([1], [1, 2])',
    'sets.intersects([1], [1.0, 2])',
    'sets.intersects([1, 2], [2u, 2, 2.0])',
    'sets.intersects([1, 2], [1u, 2, 2.3])',
    'sets.intersects([[1], [2, 3]], [[1, 2], [2, 3.0]])',
    '!sets.intersects([], [])',
    '!sets.intersects([1], [])',
    '!sets.intersects([1], [2])',
    '!sets.intersects([1], ["1", 2])',
    '!sets.intersects([1], [1.1, 2u])',
  ),
  { expr: 'sets.contains(x, [1, 2, 3])', value: true, context: { x: [5n, 4n, 3n, 2n, 1n] } },
  { expr: 'sets.contains(x, [1, 1, 1, 1, 1])', value: true, context: { x: [5n, 4n, 3n, 2n, 1n] } },
  // Maps compare by content here too (not in cel-go's table).
  { expr: "sets.contains([{'a': 1}], [{'a': 1.0}])", value: true },
]);

const LABELS = { object: { metadata: { labels: { app: 'web', tier: 'web' } } } };

// cel-go's TestTwoVarComprehensions cases that need nothing outside Kubernetes'
// environment (the ones using sort(), flatten(), reverse() or `{?k: v}` are left out).
celTable('two-variable comprehensions', [
  ...holds(
    '[1, 2, 3, 4].all(i, v, i < 5 && v > 0)',
    '[1, 2, 3, 4].all(i, v, i < v)',
    '[1, 2, 3, 4].all(i, v, i > v) == false',
    'cel.bind(listA, [1, 2, 3, 4], cel.bind(listB, [1, 2, 3, 4, 5], listA.all(i, v, listB[?i].hasValue() && listB[i] == v)))',
    'cel.bind(listA, [1, 2, 3, 4, 5, 6], cel.bind(listB, [1, 2, 3, 4, 5], listA.all(i, v, listB[?i].hasValue() && listB[i] == v))) == false',
    "cel.bind(l, ['hello', 'world', 'hello!', 'worlds'], l.exists(i, v, v.startsWith('hello') && l[?(i+1)].optMap(next, next.endsWith('world')).orValue(false)))",
    "cel.bind(l, ['hello', 'world', 'hello!', 'worlds'], l.existsOne(i, v, v.startsWith('hello') && l[?(i+1)].optMap(next, next.endsWith('world')).orValue(false)))",
    "cel.bind(l, ['hello', 'goodbye', 'hello!', 'goodbye'], l.exists_one(i, v, v.startsWith('hello') && l[?(i+1)].optMap(next, next == 'goodbye').orValue(false))) == false",
    `['Hello', 'world'].transformList(i, v, "[%d]%s".format([i, v.lowerAscii()])) == ["[0]hello", "[1]world"]`,
    `['hello', 'world'].transformList(i, v, v.startsWith('greeting'), "[%d]%s".format([i, v])) == []`,
    '[1, 2, 3].transformList(indexVar, valueVar, (indexVar * valueVar) + valueVar) == [1, 4, 9]',
    '[1, 2, 3].transformList(indexVar, valueVar, indexVar % 2 == 0, (indexVar * valueVar) + valueVar) == [1, 9]',
    "['Hello', 'world'].transformMap(i, v, [v.lowerAscii()]) == {0: ['hello'], 1: ['world']}",
    '[1, 2, 3].transformMap(indexVar, valueVar, (indexVar * valueVar) + valueVar) == {0: 1, 1: 4, 2: 9}',
    '[1, 2, 3].transformMap(indexVar, valueVar, indexVar % 2 == 0, (indexVar * valueVar) + valueVar) == {0: 1, 2: 9}',
    `"key1:value1 key2:value2 key3:value3".split(" ").transformMapEntry(i, v, cel.bind(entry, v.split(":"), entry.size() == 2 ? {entry[0]: entry[1]} : {})) == {'key1': 'value1', 'key2': 'value2', 'key3': 'value3'}`,
    "{'hello': 'world', 'hello!': 'world'}.all(k, v, k.startsWith('hello') && v == 'world')",
    "{'hello': 'world', 'hello!': 'worlds'}.all(k, v, k.startsWith('hello') && v.endsWith('world')) == false",
    "{'hello': 'world', 'hello!': 'worlds'}.exists(k, v, k.startsWith('hello') && v.endsWith('world'))",
    "{'hello': 'world', 'hello!': 'worlds'}.existsOne(k, v, k.startsWith('hello') && v.endsWith('world'))",
    "{'hello': 'world', 'hello!': 'worlds'}.exists_one(k, v, k.startsWith('hello') && v.endsWith('world'))",
    "{'hello': 'world', 'hello!': 'wow, world'}.exists_one(k, v, k.startsWith('hello') && v.endsWith('world')) == false",
    `{'Hello': 'world'}.transformList(k, v, "%s=%s".format([k.lowerAscii(), v])) == ["hello=world"]`,
    `dyn({'Hello': 'world'}).transformList(k, v, "%s=%s".format([k.lowerAscii(), v])) == ["hello=world"]`,
    `{'hello': 'world'}.transformList(k, v, k.startsWith('greeting'), "%s=%s".format([k, v])) == []`,
    `{'hello': 'world', 'goodbye': 'cruel world'}.transformMap(k, v, "%s, %s!".format([k, v])) == {'hello': 'hello, world!', 'goodbye': 'goodbye, cruel world!'}`,
    `dyn({'hello': 'world', 'goodbye': 'cruel world'}).transformMap(k, v, "%s, %s!".format([k, v])) == {'hello': 'hello, world!', 'goodbye': 'goodbye, cruel world!'}`,
    `{'hello': 'world', 'goodbye': 'cruel world'}.transformMap(k, v, v.startsWith('world'), "%s, %s!".format([k, v])) == {'hello': 'hello, world!'}`,
    "{'hello': 'world', 'greetings': 'tacocat'}.transformMapEntry(k, v, {}) == {}",
    // Nested: the inner comprehension sees the outer variables.
    '[[1, 2], [3]].all(i, row, row.all(j, v, v > i))',
  ),
  // cel-go's static and runtime error tables (cel-go reports the first ones when it
  // checks the expression; here they come at the latest when it is evaluated).
  { expr: '[].all(i, i, i < i)', error: 'duplicate variable name: i' },
  { expr: '[].all(i.j, k, i.j < k)', error: 'argument must be a simple name' },
  { expr: '[].exists(j, i.k, j < i.k)', error: 'argument must be a simple name' },
  { expr: '[].transformList(i.j, k, i.j + k)', error: 'argument must be a simple name' },
  { expr: '{}.transformMapEntry(j, i.k, {j: i.k})', error: 'argument must be a simple name' },
  { expr: '1.all(j, k, j < k)', error: 'cannot be range' },
  { expr: "''.existsOne(j, k, j < k)", error: 'cannot be range' },
  { expr: "{'a': 1}.transformMapEntry(j, k, 'bad filter', {k: j})", error: 'no matching overload' },
  {
    expr: "{'hello': 'world', 'greetings': 'tacocat'}.transformMapEntry(k, v, []) == {}",
    error: 'no matching overload',
  },
  { expr: '[1, 1].transformMapEntry(i, v, {v: i})', error: 'insert failed: key 1 already exists' },
  { expr: '[0, 0u].transformMapEntry(i, v, {v: i})', error: 'insert failed: key 0 already exists' },
  // cel-go's error semantics for all/exists: a decisive element wins over an error.
  { expr: '[0, 1].exists(i, v, 1 / v > 0)', value: true },
  { expr: '[0, 1].all(i, v, 1 / v > 2)', value: false },
  { expr: '[0, 1].all(i, v, 1 / v > 0)', error: 'division by zero' },
  // Manifests: label maps are dyn maps.
  { expr: 'object.metadata.labels.exists(k, v, k == v)', value: false, context: LABELS },
  { expr: 'object.metadata.labels.all(k, v, v == "web")', value: true, context: LABELS },
  {
    expr: 'object.metadata.labels.transformMap(k, v, v + "-" + k)',
    value: { app: 'web-app', tier: 'web-tier' },
    context: LABELS,
  },
]);

// Kubernetes' TestValidationExpressions, "listSets" group: its sets.* cases (they read no
// field of self), but for sets.equivalent([], []) and !sets.intersects([], []), which
// are in cel-go's table above. The durations' cases failed before list and set equality
// compared durations by value.
celTable('sets (Kubernetes TestValidationExpressions)', [
  ...holds(
    "sets.contains(['a', 'b'], [])",
    "sets.contains(['a', 'b'], ['b'])",
    "!sets.contains(['a', 'b'], ['c'])",
    "sets.equivalent(['c', 'b', 'a'], ['b', 'c', 'a'])",
    "!sets.equivalent(['a', 'b'], ['b', 'c'])",
    "sets.intersects(['a', 'b'], ['b', 'c'])",
    "!sets.intersects(['a', 'b'], [])",
    "!sets.intersects(['a', 'b'], ['c', 'd'])",
    'sets.contains([1, 2], [2])',
    'sets.contains([true, false], [false])',
    'sets.contains([1.25, 1.5], [1.5])',
    "sets.contains([{'a': 1}, {'b': 2}], [{'b': 2}])",
    'sets.contains([[1, 2], [3, 4]], [[3, 4]])',
    "sets.contains([timestamp('2000-01-01T00:00:00.000+01:00'), timestamp('2012-01-01T00:00:00.000+01:00')], [timestamp('2012-01-01T00:00:00.000+01:00')])",
    "sets.contains([duration('1h'), duration('2h')], [duration('2h')])",
    'sets.equivalent([1, 2], [1, 2])',
    'sets.equivalent([true, false], [true, false])',
    'sets.equivalent([1.25, 1.5], [1.25, 1.5])',
    "sets.equivalent([{'a': 1}, {'b': 2}], [{'a': 1}, {'b': 2}])",
    'sets.equivalent([[1, 2], [3, 4]], [[1, 2], [3, 4]])',
    "sets.equivalent([timestamp('2012-01-01T00:00:00.000+01:00')], [timestamp('2012-01-01T00:00:00.000+01:00')])",
    "sets.equivalent([duration('1h'), duration('2h')], [duration('1h'), duration('2h')])",
    'sets.intersects([1, 2], [2])',
    'sets.intersects([true, false], [false])',
    'sets.intersects([1.25, 1.5], [1.5])',
    "sets.intersects([{'a': 1}, {'b': 2}], [{'b': 2}])",
    'sets.intersects([[1, 2], [3, 4]], [[3, 4]])',
    "sets.intersects([timestamp('2000-01-01T00:00:00.000+01:00'), timestamp('2012-01-01T00:00:00.000+01:00')], [timestamp('2012-01-01T00:00:00.000+01:00')])",
    "sets.intersects([duration('1h'), duration('2h')], [duration('2h')])",
  ),
]);
