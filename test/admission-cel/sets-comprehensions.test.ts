// Cases from cel-go's ext/sets_test.go and ext/comprehensions_test.go (ext.Sets and
// ext.TwoVarComprehensions, both enabled in Kubernetes' environment).
import { celTable, holds } from './cases.js';

celTable('sets', [
  ...holds(
    'sets.contains([], [])',
    'sets.contains([1], [])',
    'sets.contains([1], [1])',
    'sets.contains([1], [1, 1])',
    'sets.contains([1, 1], [1])',
    'sets.contains([2, 1], [1])',
    'sets.contains([1, 2], [2, 1])',
    'sets.contains([1], [1.0, 1])',
    'sets.contains([1, 2], [2u, 2.0])',
    'sets.contains([1, 2u], [2, 2.0])',
    'sets.contains([1, 2.0, 3u], [1.0, 2u, 3])',
    'sets.contains([[1], [2, 3]], [[2, 3.0]])',
    "sets.contains([{'a': 1}], [{'a': 1.0}])",
    'sets.equivalent([], [])',
    'sets.equivalent([1], [1, 1])',
    'sets.equivalent([1], [1u, 1.0])',
    'sets.equivalent([1, 2, 3], [3u, 2.0, 1])',
    'sets.equivalent([[1.0], [2, 3]], [[1], [2, 3.0]])',
    'sets.intersects([1], [1])',
    'sets.intersects([1], [1.0, 2])',
    'sets.intersects([1], [2.0, 1u])',
    'sets.intersects([[1], [2, 3]], [[1, 2], [2, 3.0]])',
  ),
  { expr: 'sets.contains([1], [2])', value: false },
  { expr: 'sets.contains([1], [1, 2])', value: false },
  { expr: 'sets.contains([1], ["1", 1])', value: false },
  { expr: 'sets.contains([1], [1.1, 1u])', value: false },
  { expr: 'sets.equivalent([2, 1], [1])', value: false },
  { expr: 'sets.equivalent([1], [1u, 2, 2.0])', value: false },
  { expr: 'sets.intersects([], [])', value: false },
  { expr: 'sets.intersects([1], [])', value: false },
  { expr: 'sets.intersects([1], [2])', value: false },
  { expr: 'sets.intersects([1], ["1"])', value: false },
  { expr: 'sets.intersects([1], [1.1])', value: false },
]);

const LABELS = { object: { metadata: { labels: { app: 'web', tier: 'web' } } } };

celTable('two-variable comprehensions', [
  ...holds(
    '[1, 2, 3, 4].all(i, v, i < 5 && v > 0)',
    '[1, 2, 3, 4].all(i, v, i < v)',
    "{'hello': 'world', 'taco': 'taco'}.exists(k, v, k == v)",
    "{'hello': 'world', 'taco': 'taco'}.existsOne(k, v, k == v)",
    '[1, 2, 3].transformList(i, v, i * v) == [0, 2, 6]',
    '[1, 2, 3].transformList(i, v, i % 2 == 0, i * v) == [0, 6]',
    "{'greeting': 'hello', 'farewell': 'goodbye'}.transformList(k, _, k).size() == 2",
    '[1, 2, 3].transformMap(i, v, i * v) == {0: 0, 1: 2, 2: 6}',
    '[1, 2, 3].transformMap(i, v, i % 2 == 0, i * v) == {0: 0, 2: 6}',
    "{'greeting': 'hello'}.transformMap(k, v, v + '!') == {'greeting': 'hello!'}",
    "{'hello': 'world', 'goodbye': 'cruel world'}.transformMap(k, v, k.startsWith('hello'), v + '!') == {'hello': 'world!'}",
    "{'a': 1, 'b': 2}.transformMapEntry(k, v, {v: k}) == {1: 'a', 2: 'b'}",
    '[1, 2, 3].transformMapEntry(i, v, i > 0, {v: i}) == {2: 1, 3: 2}',
    // Nested: the inner comprehension sees the outer variables.
    '[[1, 2], [3]].all(i, row, row.all(j, v, v > i))',
  ),
  { expr: '[1, 2, 3, 4].all(i, v, i > v)', value: false },
  { expr: "{'hello': 'world', 'taco': 'taco'}.all(k, v, k != v)", value: false },
  { expr: '[1, 2, 1, 3].existsOne(i, v, i == 1 || v == 1)', value: false },
  { expr: '[1, 2].exists(i, v, v > 5)', value: false },
  // A decisive element wins over an error elsewhere, as in cel-go; otherwise the error.
  { expr: '[0, 1].exists(i, v, 1 / v > 0)', value: true },
  { expr: '[0, 1].all(i, v, 1 / v > 2)', value: false },
  { expr: '[0, 1].all(i, v, 1 / v > 0)', error: 'division by zero' },
  {
    expr: "{'a': 1, 'b': 1}.transformMapEntry(k, v, {v: k})",
    error: 'insert failed: key 1 already exists',
  },
  { expr: '[1, 2].all(i, i, i < 3)', error: 'duplicate variable name: i' },
  // Manifests: label maps are dyn maps.
  { expr: 'object.metadata.labels.exists(k, v, k == v)', value: false, context: LABELS },
  { expr: 'object.metadata.labels.all(k, v, v == "web")', value: true, context: LABELS },
  {
    expr: 'object.metadata.labels.transformMap(k, v, v + "-" + k)',
    value: { app: 'web-app', tier: 'web-tier' },
    context: LABELS,
  },
]);
