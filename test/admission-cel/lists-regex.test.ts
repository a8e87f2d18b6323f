// Cases from the examples in Kubernetes' lists and regex libraries' documentation
// (staging/src/k8s.io/apiserver/pkg/cel/library/lists.go, regex.go); the cases on
// strings, doubles, durations and manifests' dyn lists are ours, with the results those
// functions define.
import { celTable, holds } from './cases.js';

celTable('lists', [
  ...holds(
    '[1, 2, 3].isSorted()',
    "['a', 'b', 'b', 'c'].isSorted()",
    '[1].isSorted()',
    '[].isSorted()',
    '[1, 3].sum() == 4',
    '[1.0, 3.0].sum() == 4.0',
    "[duration('1s'), duration('1m')].sum() == duration('61s')",
    '[].sum() == 0',
    '[1, 3].min() == 1',
    '[1].min() == 1',
    '([0] + []).min() == 0',
    "['c', 'a', 'b'].min() == 'a'",
    '[1.5, 0.5].min() == 0.5',
    '[1, 3].max() == 3',
    "['c', 'a', 'b'].max() == 'c'",
    '[1, 2, 2, 3].indexOf(2) == 1',
    "['a', 'b', 'b', 'c'].indexOf('a') == 0",
    '[1.0].indexOf(1.1) == -1',
    "[].indexOf('string') == -1",
    '[1, 2, 2, 3].lastIndexOf(2) == 2',
    "['a', 'b', 'b', 'c'].lastIndexOf('b') == 2",
    '[1.0].lastIndexOf(1.1) == -1',
    "[].lastIndexOf('string') == -1",
  ),
  { expr: '[2.0, 1.0].isSorted()', value: false },
  { expr: "['b', 'a'].isSorted()", value: false },
  { expr: '[].min()', error: 'min called on empty list' },
  { expr: '[].max()', error: 'max called on empty list' },
  // A manifest's lists are dyn: the functions apply to them as well.
  {
    expr: 'object.spec.replicas.sum()',
    value: 6n,
    context: { object: { spec: { replicas: [1n, 2n, 3n] } } },
  },
  { expr: 'object.names.isSorted()', value: true, context: { object: { names: ['a', 'b'] } } },
  { expr: 'object.names.indexOf("b")', value: 1n, context: { object: { names: ['a', 'b'] } } },
]);

celTable('regex', [
  { expr: '"abc 123".find("[0-9]+")', value: '123' },
  { expr: '"abc 123".find("xyz")', value: '' },
  { expr: '"123 abc 456".findAll("[0-9]+")', value: ['123', '456'] },
  { expr: '"123 abc 456".findAll("[0-9]+", 1)', value: ['123'] },
  { expr: '"123 abc 456".findAll("[0-9]+", 0)', value: [] },
  { expr: '"123 abc 456".findAll("[0-9]+", -1)', value: ['123', '456'] },
  { expr: '"123 abc 456".findAll("xyz")', value: [] },
  // Go skips an empty match right after a match (JavaScript's matchAll gives a fourth '').
  { expr: '"baaac".findAll("a*")', value: ['', 'aaa', ''] },
  // RE2's leading flags.
  { expr: '"ABC".find("(?i)b")', value: 'B' },
  { expr: '"abc".find("[")', error: 'error parsing regexp' },
]);
