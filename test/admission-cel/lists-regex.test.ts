// Cases from two sources:
// - the examples in Kubernetes' lists and regex libraries' documentation
//   (staging/src/k8s.io/apiserver/pkg/cel/library/lists.go, regex.go), with cases of
//   ours on strings, doubles, durations and manifests' dyn lists (the first two tables);
// - Kubernetes' TestValidationExpressions (staging/src/k8s.io/apiextensions-apiserver/
//   pkg/apiserver/schema/cel/validation_test.go), its "stdlib list functions" and "stdlib
//   regex functions" groups and the isSorted cost case (the tables named "(Kubernetes
//   TestValidationExpressions)"). Kubernetes has no lists_test.go or regex_test.go.
// TestValidationExpressions evaluates its expressions against a custom resource whose
// schema types its fields (`self.ints` is a list of int, `self.durations` a list of
// durations written as strings). Here `self.<field>` is replaced by a CEL literal of the
// value the schema gives that field; expressions that rewrite to the same text appear
// once. The int-backed doubles are given as ints in `self`, as kubegate reads a manifest
// (it has no schema to make them doubles).
import { celTable, holds, type CelCase } from './cases.js';

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

// The test object's lists, as the schema types them.
const INTS = '[1, 2, 2, 3]';
const DOUBLES = '[1.0, 2.0, 2.0, 3.0]';
const DURATIONS = "[duration('1s'), duration('1m'), duration('1m'), duration('1h')]";
const STRINGS = "['a', 'b', 'b', 'c']";
const DATES =
  "[timestamp('2000-01-01T00:00:00Z'), timestamp('2000-02-01T00:00:00Z'), timestamp('2000-02-01T00:00:00Z'), timestamp('2010-01-01T00:00:00Z')]";
const OBJS =
  "[{'f1': 'a', 'f2': 'a'}, {'f1': 'a', 'f2': 'b'}, {'f1': 'a', 'f2': 'b'}, {'f1': 'a', 'f2': 'c'}]";
const INT_BACKED_DOUBLES = {
  self: {
    intBackedDoubles: [1n, 2n, 2n, 3n],
    unsortedIntBackedDDoubles: [2n, 1n],
    emptyIntBackedDDoubles: [],
  },
};

interface ListValues {
  sum: string;
  min: string;
  max: string;
  /** What the empty list of that type sums to; absent when the case is not taken. */
  emptySum?: string;
  present: string;
  absent: string;
}

/** The table's checks on each numeric or duration list (its empty list's isSorted() is
 * `[].isSorted()`, listed once). */
function listChecks(list: string, unsorted: string, v: ListValues): string[] {
  return [
    `${list}.sum() == ${v.sum}`,
    `${list}.min() == ${v.min}`,
    `${list}.max() == ${v.max}`,
    ...(v.emptySum === undefined ? [] : [`[].sum() == ${v.emptySum}`]),
    `${list}.isSorted()`,
    `${unsorted}.isSorted() == false`,
    `${list}.indexOf(${v.present}) == 1`,
    `${list}.lastIndexOf(${v.present}) == 2`,
    `${list}.indexOf(${v.absent}) == -1`,
    `${list}.lastIndexOf(${v.absent}) == -1`,
  ];
}

celTable('lists (Kubernetes TestValidationExpressions)', [
  ...holds(
    // self.emptyInts, emptyDoubles, emptyDurations, emptyStrings, emptyDates.isSorted()
    '[].isSorted()',
    ...listChecks(INTS, '[2, 1]', {
      sum: '8',
      min: '1',
      max: '3',
      emptySum: '0',
      present: '2',
      absent: '10',
    }),
    // self.emptyDoubles.sum() == 0.0: an untyped [] sums to int 0, equal to 0.0 in CEL.
    ...listChecks(DOUBLES, '[2.0, 1.0]', {
      sum: '8.0',
      min: '1.0',
      max: '3.0',
      emptySum: '0.0',
      present: '2.0',
      absent: '10.0',
    }),
    // Not taken: self.emptyDurations.sum() == duration('0'), which relies on the schema
    // typing the empty list as durations (an untyped [] sums to int 0); cel-js's
    // duration() also rejects '0' (see UNSUPPORTED_FUNCTIONS).
    ...listChecks(DURATIONS, "[duration('1m'), duration('1s')]", {
      sum: "duration('1h2m1s')",
      min: "duration('1s')",
      max: "duration('1h')",
      present: "duration('1m')",
      absent: "duration('2m')",
    }),
    `${STRINGS}.min() == 'a'`,
    `${STRINGS}.max() == 'c'`,
    `${STRINGS}.isSorted()`,
    "['b', 'a'].isSorted() == false",
    `${STRINGS}.indexOf('b') == 1`,
    `${STRINGS}.lastIndexOf('b') == 2`,
    `${STRINGS}.indexOf('x') == -1`,
    `${STRINGS}.lastIndexOf('x') == -1`,
    `${DATES}.min() == timestamp('2000-01-01T00:00:00.000Z')`,
    `${DATES}.max() == timestamp('2010-01-01T00:00:00.000Z')`,
    `${DATES}.isSorted()`,
    "[timestamp('2000-02-01T00:00:00Z'), timestamp('2000-01-01T00:00:00Z')].isSorted() == false",
    `${DATES}.indexOf(timestamp('2000-02-01T00:00:00.000Z')) == 1`,
    `${DATES}.lastIndexOf(timestamp('2000-02-01T00:00:00.000Z')) == 2`,
    `${DATES}.indexOf(timestamp('2005-02-01T00:00:00.000Z')) == -1`,
    `${DATES}.lastIndexOf(timestamp('2005-02-01T00:00:00.000Z')) == -1`,
    // Structural equality for lists, maps and objects.
    '[[1], [2]].indexOf([1]) == 0',
    "[{'a': 1}, {'b': 2}].lastIndexOf({'b': 2}) == 1",
    `${OBJS}.indexOf(${OBJS}[1]) == 1`,
    `${OBJS}.lastIndexOf(${OBJS}[1]) == 2`,
    '([0] + []).min() == 0',
    'dyn([]).sum() == 0',
    'dyn([1, 2]).sum() == 3',
    'dyn([1.0, 2.0]).sum() == 3.0',
    // The isSorted case of "cost for extended lib calculated correctly".
    '[1,2,3,4].isSorted()',
  ),
  ...holds(
    'self.intBackedDoubles.sum() == 8.0',
    'self.intBackedDoubles.min() == 1.0',
    'self.intBackedDoubles.max() == 3.0',
    'self.emptyIntBackedDDoubles.sum() == 0.0',
    'self.intBackedDoubles.isSorted()',
    'self.unsortedIntBackedDDoubles.isSorted() == false',
    'self.intBackedDoubles.indexOf(2.0) == 1',
    'self.intBackedDoubles.lastIndexOf(2.0) == 2',
    'self.intBackedDoubles.indexOf(10.0) == -1',
    'self.intBackedDoubles.lastIndexOf(10.0) == -1',
  ).map((c): CelCase => ({ ...c, context: INT_BACKED_DOUBLES })),
  // self.emptyInts / emptyDoubles / emptyStrings
  { expr: '[].min() == 1', error: 'min called on empty list' },
  { expr: '[].max() == 3', error: 'max called on empty list' },
  { expr: '[].min() == 1.0', error: 'min called on empty list' },
  { expr: '[].max() == 3.0', error: 'max called on empty list' },
  { expr: "[].min() == 'a'", error: 'min called on empty list' },
  { expr: "[].max() == 'c'", error: 'max called on empty list' },
  // Kubernetes rejects these when compiling ("found no matching overload for 'sum'
  // applied to 'list(string).()'", and the same for min and max on lists of lists and of
  // maps); kubegate's sum/min/max take a dyn list, so the error comes when evaluating.
  { expr: "['a', 'b'].sum() == 'c'", error: 'no such overload' },
  { expr: '[[1], [2]].min() == [1]', error: 'no such overload' },
  { expr: "[{'a': 1}, {'b': 2}].max() == {'b': 2}", error: 'no such overload' },
]);

const STR = "'this is a 123 string 456'"; // self.str

celTable('regex (Kubernetes TestValidationExpressions)', [
  ...holds(
    `${STR}.find('[0-9]+') == '123'`,
    `${STR}.find('[0-9]+') != '456'`,
    `${STR}.find('xyz') == ''`,
    `${STR}.findAll('[0-9]+') == ['123', '456']`,
    `${STR}.findAll('[0-9]+', 0) == []`,
    `${STR}.findAll('[0-9]+', 1) == ['123']`,
    `${STR}.findAll('[0-9]+', 2) == ['123', '456']`,
    `${STR}.findAll('[0-9]+', 3) == ['123', '456']`,
    `${STR}.findAll('[0-9]+', -1) == ['123', '456']`,
    `${STR}.findAll('xyz') == []`,
    `${STR}.findAll('xyz', 1) == []`,
  ),
  // Kubernetes rejects a constant invalid pattern when compiling ("compile error: program
  // instantiation failed: error parsing regexp: unexpected ): `)`"); here the error comes
  // when the expression is evaluated, with JavaScript's wording after the same prefix.
  { expr: `${STR}.find(')') == ''`, error: 'error parsing regexp' },
  { expr: `${STR}.findAll(')') == []`, error: 'error parsing regexp' },
  { expr: `${STR}.findAll(')', 1) == []`, error: 'error parsing regexp' },
  // Kubernetes: "invalid matches argument" (compile time); cel-js: the same pattern error.
  { expr: `${STR}.matches('x++')`, error: 'Invalid regular expression' },
]);
