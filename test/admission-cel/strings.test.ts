// Cases from cel-go's own tests of ext.Strings, for the functions of library version 2,
// which Kubernetes 1.29+ enables (ext.Strings(ext.StringsVersion(2)) in
// k8s.io/apiserver/pkg/cel/environment/base.go):
// - ext/strings_test.go: the stringTests table (every case except reverse, which is
//   version 3) and the version 0/1 expressions of TestStringsVersions, as of the cel-go
//   revision where indexOf/lastIndexOf with an offset past the end give -1 (cel-go PR
//   #1052, October 2024; earlier cel-go, as in Kubernetes 1.29-1.31, gives an error);
// - ext/formatting_test.go: TestStringFormat (string.format at library versions below 4),
//   except the two cases with a fr_FR locale (Kubernetes sets none) and the six that
//   format protobuf messages (a manifest has none).
// Versions: charAt, indexOf, lastIndexOf, lowerAscii, upperAscii, replace, split,
// substring, trim and join are version 0 (join's list check changed at version 2);
// format and strings.quote are version 1. The boolean cases are cel-go's expressions as
// written. Where kubegate differs, the case asserts kubegate's actual result and names
// cel-go's; the function is then in UNSUPPORTED_FUNCTIONS. Error messages are matched on
// a substring: cel-go says "no such overload" and "index out of range: N", cel-js "no
// matching overload" and "… out of range".
// The last table holds the string cases of Kubernetes' TestValidationExpressions
// (staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/
// validation_test.go): its "unicode strings" and "string lists" groups and the split and
// join cost cases, with self's string fields written as literals.
import { celTable, evaluate, holds, type CelCase } from './cases.js';

celTable('strings: charAt', [
  ...holds(
    "'tacocat'.charAt(3) == 'o'",
    "'tacocat'.charAt(7) == ''",
    "'©αT'.charAt(0) == '©' && '©αT'.charAt(1) == 'α' && '©αT'.charAt(2) == 'T'",
  ),
  { expr: "'tacocat'.charAt(30) == ''", error: 'index out of range: 30' },
]);

celTable('strings: indexOf (cel-js built-in)', [
  ...holds(
    "'tacocat'.indexOf('') == 0",
    "'tacocat'.indexOf('ac') == 1",
    "'tacocat'.indexOf('none') == -1",
    "'tacocat'.indexOf('', 3) == 3",
    "'tacocat'.indexOf('a', 3) == 5",
    "'tacocat'.indexOf('at', 3) == 5",
    "'ta©o©αT'.indexOf('©') == 2",
    "'ta©o©αT'.indexOf('©', 3) == 4",
    "'ta©o©αT'.indexOf('©αT', 3) == 4",
    "'ta©o©αT'.indexOf('©α', 5) == -1",
    "'ijk'.indexOf('k') == 2",
    "'hello wello'.indexOf('hello wello') == 0",
    "'hello wello'.indexOf('ello', 6) == 7",
    "'hello wello'.indexOf('elbo room!!') == -1",
    "'hello wello'.indexOf('elbo room!!!') == -1",
  ),
  // Differs: cel-go (since PR #1052; Kubernetes 1.32+) gives -1 for an offset past the
  // end, so this expression is true there; cel-js's built-in raises an error (as older
  // cel-go did).
  { expr: "'tacocat'.indexOf('a', 30) == -1", error: 'out of range' },
]);

celTable('strings: lastIndexOf (cel-js built-in)', [
  ...holds(
    "'tacocat'.lastIndexOf('') == 7",
    "'tacocat'.lastIndexOf('at') == 5",
    "'tacocat'.lastIndexOf('none') == -1",
    "'tacocat'.lastIndexOf('', 3) == 3",
    "'tacocat'.lastIndexOf('a', 3) == 1",
    "'ta©o©αT'.lastIndexOf('©') == 4",
    "'ta©o©αT'.lastIndexOf('©', 3) == 2",
    "'ta©o©αT'.lastIndexOf('©α', 4) == 4",
    "'hello wello'.lastIndexOf('ello', 6) == 1",
    "'hello wello'.lastIndexOf('low') == -1",
    "'hello wello'.lastIndexOf('elbo room!!') == -1",
    "'hello wello'.lastIndexOf('elbo room!!!') == -1",
    "'hello wello'.lastIndexOf('hello wello') == 0",
    "'bananananana'.lastIndexOf('nana', 7) == 6",
  ),
  { expr: "'tacocat'.lastIndexOf('a', -1) == -1", error: 'out of range' },
  // Differs: true in cel-go since PR #1052 (Kubernetes 1.32+); an error in cel-js.
  { expr: "'tacocat'.lastIndexOf('a', 30) == -1", error: 'out of range' },
]);

celTable('strings: lowerAscii and upperAscii (cel-js built-ins)', [
  ...holds("'TacoCat'.lowerAscii() == 'tacocat'", "'tacoCat'.upperAscii() == 'TACOCAT'"),
  // Differs: cel-go changes ASCII letters only, so these three are true there; cel-js
  // changes Æ and α too.
  { expr: "'TacoCÆt'.lowerAscii() == 'tacocÆt'", value: false },
  { expr: "'TacoCÆt Xii'.lowerAscii() == 'tacocÆt xii'", value: false },
  { expr: "'tacoCαt'.upperAscii() == 'TACOCαT'", value: false },
  { expr: "'TacoCÆt Xii'.lowerAscii()", value: 'tacocæt xii' },
  { expr: "'tacoCαt'.upperAscii()", value: 'TACOCΑT' },
]);

celTable('strings: replace', [
  ...holds(
    '"12 days 12 hours".replace("{0}", "2") == "12 days 12 hours"',
    '"{0} days {0} hours".replace("{0}", "2") == "2 days 2 hours"',
    '"{0} days {0} hours".replace("{0}", "2", 1).replace("{0}", "23") == "2 days 23 hours"',
    '"1 ©αT taco".replace("αT", "o©α") == "1 ©o©α taco"',
    '"hello hello".replace("", "_") == "_h_e_l_l_o_ _h_e_l_l_o_"',
    '"hello hello".replace("h", "") == "ello ello"',
  ),
]);

celTable('strings: split and substring (cel-js built-ins)', [
  ...holds(
    '"hello world".split(" ") == ["hello", "world"]',
    '"hello world events!".split(" ", 0) == []',
    '"hello world events!".split(" ", 1) == ["hello world events!"]',
    '"o©o©o©o".split("©", -1) == ["o", "o", "o", "o"]',
    '"tacocat".substring(4) == "cat"',
    '"tacocat".substring(7) == ""',
    '"tacocat".substring(0, 4) == "taco"',
    '"tacocat".substring(4, 4) == ""',
    '\'ta©o©αT\'.substring(2, 6) == "©o©α"',
    '\'ta©o©αT\'.substring(7, 7) == ""',
  ),
  // cel-go: "index out of range: N"; cel-js: "… start/end index out of range".
  { expr: '"tacocat".substring(40) == "cat"', error: 'out of range' },
  { expr: '"tacocat".substring(-1) == "cat"', error: 'out of range' },
  { expr: '"tacocat".substring(1, 50) == "cat"', error: 'out of range' },
  { expr: '"tacocat".substring(49, 50) == "cat"', error: 'out of range' },
  // cel-go: "invalid substring range. start: 4, end: 3"; cel-js reports the end index.
  { expr: '"tacocat".substring(4, 3) == ""', error: 'out of range' },
]);

celTable('strings: trim (cel-js built-in)', [
  ...holds(
    '" \\f\\n\\r\\t\\vtext  ".trim() == "text"',
    '"text\\u2000\\u2001\\u2002\\u2003\\u2004\\u2004\\u2006\\u2007\\u2008\\u2009".trim() == "text"',
    '"\\u200atext\\u2028\\u2029\\u202F\\u205F\\u3000".trim() == "text"',
  ),
  // Differs: both are true in cel-go (Go's TrimSpace removes U+0085 and keeps U+FEFF);
  // JavaScript's trim keeps U+0085 and removes U+FEFF.
  { expr: '"\\u0085\\u00a0\\u1680text".trim() == "text"', value: false },
  {
    expr: '"\\u180etext\\u200b\\u200c\\u200d\\u2060\\ufeff".trim() == "\\u180etext\\u200b\\u200c\\u200d\\u2060\\ufeff"',
    value: false,
  },
  { expr: '"\\u0085\\u00a0\\u1680text".trim()', value: '\u0085\u00a0\u1680text' },
]);

celTable('strings: join', [
  ...holds(
    "['x', 'y'].join() == 'xy'",
    "['x', 'y'].join('-') == 'x-y'",
    "[].join() == ''",
    "[].join('-') == ''",
  ),
]);

celTable('strings: quote', [
  ...holds(
    'strings.quote("first\\nsecond") == "\\"first\\\\nsecond\\""',
    'strings.quote("bell\\a") == "\\"bell\\\\a\\""',
    'strings.quote("\\bbackspace") == "\\"\\\\bbackspace\\""',
    'strings.quote("\\fform feed") == "\\"\\\\fform feed\\""',
    'strings.quote("carriage \\r return") == "\\"carriage \\\\r return\\""',
    'strings.quote("horizontal tab\\t") == "\\"horizontal tab\\\\t\\""',
    'strings.quote("vertical \\v tab") == "\\"vertical \\\\v tab\\""',
    'strings.quote("double \\\\\\\\ slash") == "\\"double \\\\\\\\\\\\\\\\ slash\\""',
    'strings.quote("two escape sequences \\a\\n") == "\\"two escape sequences \\\\a\\\\n\\""',
    'strings.quote("verbatim") == "\\"verbatim\\""',
    'strings.quote("ends with \\\\") == "\\"ends with \\\\\\\\\\""',
    'strings.quote("\\\\ starts with") == "\\"\\\\\\\\ starts with\\""',
    'strings.quote("printable unicode😀") == "\\"printable unicode😀\\""',
    'strings.quote("mid string \\" quote") == "\\"mid string \\\\\\" quote\\""',
    'strings.quote(\'single-quote with "double quote"\') == "\\"single-quote with \\\\\\"double quote\\\\\\"\\""',
    'strings.quote("size(\'ÿ\')") == "\\"size(\'ÿ\')\\""',
    'strings.quote("size(\'πέντε\')") == "\\"size(\'πέντε\')\\""',
    'strings.quote("завтра") == "\\"завтра\\""',
    'strings.quote("\\U0001F431\\U0001F600\\U0001F61B") == "\\"\\U0001F431\\U0001F600\\U0001F61B\\""',
    'strings.quote("ta©o©αT") == "\\"ta©o©αT\\""',
    'strings.quote("") == "\\"\\""',
    // A format string that is not a literal.
    "strings.quote('%s %s').format(['hello', 'world']) == \"\\\"hello world\\\"\"",
  ),
]);

// cel-go's parse-only cases: evaluated without type-checking, they fail with "no such
// overload"; cel-js reports "no matching overload".
celTable('strings: arguments of the wrong type', [
  ...[
    '42.charAt(2) == ""',
    '\'hello\'.charAt(true) == ""',
    "24.indexOf('2') == 0",
    "'hello'.indexOf(true) == 1",
    "42.indexOf('4', 0) == 0",
    "'42'.indexOf(4, 0) == 0",
    "'42'.indexOf('4', '0') == 0",
    "'42'.indexOf('4', 0, 1) == 0",
    '42.split("2") == ["4"]',
    '42.replace(2, 1) == "41"',
    '"42".replace(2, 1) == "41"',
    '"42".replace("2", 1) == "41"',
    '42.replace("2", "1", 1) == "41"',
    '"42".replace(2, "1", 1) == "41"',
    '"42".replace("2", 1, 1) == "41"',
    '"42".replace("2", "1", "1") == "41"',
    '"42".replace("2", "1", 1, false) == "41"',
    '42.split("") == ["4", "2"]',
    '"42".split(2) == ["4"]',
    '42.split("2", "1") == ["4"]',
    '"42".split(2, 1) == ["4"]',
    '"42".split("2", "1") == ["4"]',
    '"42".split("2", 1, 1) == ["4"]',
    '\'hello\'.substring(1, 2, 3) == ""',
    '30.substring(true, 3) == ""',
    '"tacocat".substring(true, 3) == ""',
    '"tacocat".substring(0, false) == ""',
  ].map((expr) => ({ expr, error: 'no matching overload' })),
]);

// TestStringsVersions: one expression per function of versions 0 and 1.
celTable('strings: functions of versions 0 and 1', [
  ...holds(
    "''.charAt(0) == ''",
    "'a'.indexOf('a') == 0",
    "'a'.lastIndexOf('a') == 0",
    "['a', 'b'].join() == 'ab'",
    "['a', 'b'].join('-') == 'a-b'",
    "'a'.lowerAscii() == 'a'",
    "'hello hello'.replace('he', 'we') == 'wello wello'",
    "'hello hello hello'.split(' ') == ['hello', 'hello', 'hello']",
    "'tacocat'.substring(4) == 'cat'",
    "'  \\ttrim\\n    '.trim() == 'trim'",
    "'TacoCat'.upperAscii() == 'TACOCAT'",
    "'a %d'.format([1]) == 'a 1'",
    'strings.quote(\'\\a \\b "double quotes"\') == \'"\\\\a \\\\b \\\\"double quotes\\\\""\'',
  ),
  // reverse is version 3, not in Kubernetes' environment.
  { expr: "'taco'.reverse() == 'ocat'", error: 'no matching overload' },
]);

/** A TestStringFormat case: cel-go evaluates `"<format>".format([<args>])`. */
function format(
  template: string,
  args: string,
  expected: { value: string } | { error: string },
  context?: Record<string, unknown>,
): CelCase {
  return { expr: `${JSON.stringify(template)}.format([${args}])`, ...expected, context };
}

const NNBSP = '\u202f'; // narrow no-break space, around the × of %e

celTable('strings: format, clauses', [
  format('no substitution', '', { value: 'no substitution' }),
  format('str is %s and some more', '"filler"', { value: 'str is filler and some more' }),
  format('%% and also %%', '', { value: '% and also %' }),
  format('%%%s%%', '"text"', { value: '%text%' }),
  format('%s%%', '"percent on the right"', { value: 'percent on the right%' }),
  format('%%%s', '"percent on the left"', { value: '%percent on the left' }),
  format(
    '%d %d %d, %s %s %s, %d %d %d, %s %s %s',
    '1, 2, 3, "A", "B", "C", 4, 5, 6, "D", "E", "F"',
    {
      value: '1 2 3, A B C, 4 5 6, D E F',
    },
  ),
  format('\u0025\u0025escaped \u0025s\u0025\u0025', '"percent"', { value: '%escaped percent%' }),
  format('%.3f', '1.2345', { value: '1.234' }),
  format('this is 5 in binary: %b', '5', { value: 'this is 5 in binary: 101' }),
  format('this is -5 in binary: %b', '-5', { value: 'this is -5 in binary: -101' }),
  format('unsigned 64 in binary: %b', 'uint(64)', { value: 'unsigned 64 in binary: 1000000' }),
  format('bit set from bool: %b', 'true', { value: 'bit set from bool: 1' }),
  format('%o', '11', { value: '13' }),
  format('%o', '-11', { value: '-13' }),
  format('this is an unsigned octal: %o', 'uint(65535)', {
    value: 'this is an unsigned octal: 177777',
  }),
  format('%x is 30 in hexadecimal', '30', { value: '1e is 30 in hexadecimal' }),
  format('%X is 20 in hexadecimal', '30', { value: '1E is 20 in hexadecimal' }),
  format('%x is -30 in hexadecimal', '-30', { value: '-1e is -30 in hexadecimal' }),
  format('%X is 6000 in hexadecimal', 'uint(6000)', { value: '1770 is 6000 in hexadecimal' }),
  format('%x', '"Hello world!"', { value: '48656c6c6f20776f726c6421' }),
  format('%X', '"Hello world!"', { value: '48656C6C6F20776F726C6421' }),
  format('%x', 'b"byte string"', { value: '6279746520737472696e67' }),
  format('%x', 'b"\\x00\\x00byte string\\x00"', { value: '00006279746520737472696e6700' }),
  format('%X', 'b"byte string"', { value: '6279746520737472696E67' }),
  format('%.6e', '1052.032911275', { value: `1.052033${NNBSP}×${NNBSP}10⁰³` }),
  format('%f', '2.71828', { value: '2.718280' }),
  format('%e', '2.71828', { value: `2.718280${NNBSP}×${NNBSP}10⁰⁰` }),
  format('unescaped unicode: %e, escaped unicode: %e', '2.71828, 2.71828', {
    value: `unescaped unicode: 2.718280${NNBSP}×${NNBSP}10⁰⁰, escaped unicode: 2.718280${NNBSP}×${NNBSP}10⁰⁰`,
  }),
  format('%f', '"NaN"', { value: 'NaN' }),
  format('%f', '"Infinity"', { value: '∞' }),
  format('%f', '"-Infinity"', { value: '-∞' }),
  format('%d', 'uint(64)', { value: '64' }),
]);

celTable('strings: format, %s', [
  format('%s', '2.71', { value: '2.71' }),
  format('%s', '[2.71]', { value: '[2.710000]' }),
  format('%s', '0.000000002', { value: '2e-09' }),
  format('%s', '[0.000000002]', { value: '[0.000000]' }),
  format('%s', 'double("NaN")', { value: 'NaN' }),
  format('%s', 'double("Inf")', { value: '+Inf' }),
  format('%s', 'double("-Inf")', { value: '-Inf' }),
  format('%s', '[double("NaN"),double("+Inf"), double("-Inf")]', {
    value: '["NaN", "+Inf", "-Inf"]',
  }),
  format('null: %s', 'null', { value: 'null: null' }),
  format('%s', '999999999999', { value: '999999999999' }),
  format('some bytes: %s', 'b"xyz"', { value: 'some bytes: xyz' }),
  format('type is %s', 'type("test string")', { value: 'type is string' }),
  format('%s', 'timestamp("2023-02-03T23:31:20+00:00")', { value: '2023-02-03T23:31:20Z' }),
  format('%s', 'duration("1h45m47s")', { value: '6347s' }),
  format('%s', 'duration("2ns")', { value: '0.000000002s' }),
  format('%s', '["abc", 3.14, null, [9, 8, 7, 6], timestamp("2023-02-03T23:31:20Z")]', {
    value: '["abc", 3.140000, null, [9, 8, 7, 6], timestamp("2023-02-03T23:31:20Z")]',
  }),
  // cel-go runs this one with the nl_NL locale: doubles in maps and lists keep the dot.
  format(
    '%s',
    '{"key1": b"xyz", "key5": null, "key2": duration("2h"), "key4": true, "key3": 2.71828}',
    {
      value: '{"key1":b"xyz", "key2":duration("7200s"), "key3":2.718280, "key4":true, "key5":null}',
    },
  ),
  // Differs: cel-go prints the int, uint and bool keys bare ({1:"value1", 2:"value2",
  // true:"NaN"}); cel-js builds a map literal with string keys, so they print quoted.
  format(
    'map with multiple key types: %s',
    '{1: "value1", uint(2): "value2", true: double("NaN")}',
    {
      value: 'map with multiple key types: {"1":"value1", "2":"value2", "true":"NaN"}',
    },
  ),
  format('true bool: %s, false bool: %s', 'true, false', {
    value: 'true bool: true, false bool: false',
  }),
]);

celTable('strings: format, dyn arguments', [
  format(
    'dynamic string: %s',
    'dynStr',
    { value: 'dynamic string: a string' },
    { dynStr: 'a string' },
  ),
  format(
    'dynIntStr: %s dynDoubleStr: %s',
    'dynIntStr, dynDoubleStr',
    { value: 'dynIntStr: 32 dynDoubleStr: 56.8' },
    { dynIntStr: 32n, dynDoubleStr: 56.8 },
  ),
  format('dynamic int: %d', 'dynInt', { value: 'dynamic int: 128' }, { dynInt: 128n }),
  format(
    'dynamic unsigned int: %d',
    'uint(dynUnsignedInt)',
    { value: 'dynamic unsigned int: 256' },
    {
      dynUnsignedInt: 256n,
    },
  ),
  format('dynamic hex int: %x', 'dynHexInt', { value: 'dynamic hex int: 16' }, { dynHexInt: 22n }),
  format(
    'dynamic hex int: %X (uppercase)',
    'dynHexInt',
    { value: 'dynamic hex int: 1A (uppercase)' },
    {
      dynHexInt: 26n,
    },
  ),
  format(
    'dynamic hex int: %x (unsigned)',
    'uint(dynUnsignedHexInt)',
    { value: 'dynamic hex int: 1f4 (unsigned)' },
    {
      dynUnsignedHexInt: 500n,
    },
  ),
  format(
    'dynamic double: %.3f',
    'dynDouble',
    { value: 'dynamic double: 4.500' },
    { dynDouble: 4.5 },
  ),
  format(
    '(dyntype) e: %e',
    'dynE',
    { value: `(dyntype) e: 2.718280${NNBSP}×${NNBSP}10⁰⁰` },
    {
      dynE: 2.71828,
    },
  ),
  format(
    'NaN: %f, infinity: %f',
    'dynNaN, dynInf',
    { value: 'NaN: NaN, infinity: ∞' },
    {
      dynNaN: NaN,
      dynInf: Infinity,
    },
  ),
  format(
    'dyntype timestamp: %s',
    'dynTime',
    { value: 'dyntype timestamp: 2009-11-10T23:00:00Z' },
    {
      dynTime: new Date(Date.UTC(2009, 10, 10, 23, 0, 0)),
    },
  ),
  format(
    'dyntype duration: %s',
    'duration(dynDuration)',
    { value: 'dyntype duration: 8747s' },
    {
      dynDuration: '2h25m47s',
    },
  ),
  format(
    'dyntype list: %s',
    'dynList',
    { value: 'dyntype list: [6, 4.200000, "a string"]' },
    {
      dynList: [6n, 4.2, 'a string'],
    },
  ),
  format(
    'dyntype map: %s',
    'dynMap',
    { value: 'dyntype map: {"strKey":"x", 6:duration("422s"), true:42}' },
    {
      dynMap: new Map<unknown, unknown>([
        ['strKey', 'x'],
        [true, 42n],
        [6n, evaluate('duration("7m2s")')],
      ]),
    },
  ),
]);

celTable('strings: format errors', [
  format('%a', '1', {
    error: 'could not parse formatting clause: unrecognized formatting clause "a"',
  }),
  format('%d %d %d', '0, 1', { error: 'index 2 out of range' }),
  format('string is %b', '"abc"', {
    error:
      'error during formatting: only integers and bools can be formatted as binary, was given string',
  }),
  format('%d', 'duration("30m2s")', {
    error:
      'error during formatting: decimal clause can only be used on integers, was given google.protobuf.Duration',
  }),
  format('octal: %o', '"a string"', {
    error: 'error during formatting: octal clause can only be used on integers, was given string',
  }),
  format('double is %x', '0.5', {
    error:
      'error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given double',
  }),
  format('double is %E', '0.5', {
    error: 'could not parse formatting clause: unrecognized formatting clause "E"',
  }),
  ...(
    [
      ['%d', 'decimal clause can only be used on integers'],
      ['%e', 'scientific clause can only be used on doubles'],
      ['%f', 'fixed-point clause can only be used on doubles'],
      ['%x', 'only integers, byte buffers, and strings can be formatted as hex'],
      ['%X', 'only integers, byte buffers, and strings can be formatted as hex'],
      ['%b', 'only integers and bools can be formatted as binary'],
      ['%o', 'octal clause can only be used on integers'],
    ] as const
  ).map(([clause, message]) =>
    format(`null: ${clause}`, 'null', {
      error: `error during formatting: ${message}, was given null_type`,
    }),
  ),
  // cel-go checks these when the expression is compiled; kubegate evaluates, with the
  // same message where the error is a runtime one too.
  format('%s %s', '"abc"', { error: 'index 1 out of range' }),
  format('filler %', '', { error: 'unexpected end of string' }),
  format('%j', '123', {
    error: 'could not parse formatting clause: unrecognized formatting clause "j"',
  }),
  format('int is %d', '5.2', {
    error: 'error during formatting: decimal clause can only be used on integers',
  }),
  format('double is %f', 'true', {
    error: 'error during formatting: fixed-point clause can only be used on doubles',
  }),
  format('double is %.34', '5.0', {
    error:
      'could not parse formatting clause: error while parsing precision: could not find end of precision specifier',
  }),
  format('double is %e', 'true', {
    error: 'error during formatting: scientific clause can only be used on doubles',
  }),
  format('string is %b', '"a string"', {
    error: 'error during formatting: only integers and bools can be formatted as binary',
  }),
  format('%x is a double', '2.5', {
    error:
      'error during formatting: only integers, byte buffers, and strings can be formatted as hex',
  }),
  format('%X is a double', '2.5', {
    error:
      'error during formatting: only integers, byte buffers, and strings can be formatted as hex',
  }),
  format('an octal: %o', '3.14', {
    error: 'error during formatting: octal clause can only be used on integers',
  }),
  // Differs: cel-go rejects this when compiling (too many arguments supplied to
  // string.format (expected 2, got 3)); kubegate does not check literal argument lists
  // and ignores the extra argument.
  format('%s %s', '"abc", "def", "ghi"', { value: 'abc def' }),
]);

// Beyond cel-go's table: the examples of the library's documentation (ext/strings.go)
// for replace with a limit, and a character outside the Basic Multilingual Plane.
celTable('strings: documented examples and limitations', [
  ...holds(
    "'hello hello'.replace('he', 'we', -1) == 'wello wello'",
    "'hello hello'.replace('he', 'we', 1) == 'wello hello'",
    "'hello hello'.replace('he', 'we', 0) == 'hello hello'",
    "'hello hello hello'.split(' ', 2) == ['hello', 'hello hello']",
  ),
  // Limitation: cel-js counts UTF-16 units, cel-go code points (cel-go gives 1).
  { expr: "'😀x'.indexOf('x')", value: 2n },
]);

const ROOK = "'Rook takes 👑'"; // self.val1 of the "unicode strings" group

// Kubernetes' TestValidationExpressions. Not taken: the group's two cases that compare
// self.val1 with self.val2 and check type(self.val1), which test field access only. The
// "string lists" and "listSets" groups' join cases rewrite (self.val1 = ['a', 'b', 'c'])
// to the two literal ones below. The %e case is written with the narrow no-break spaces
// that cel-go prints around ×, as in cel-go's own table.
celTable('strings (Kubernetes TestValidationExpressions)', [
  ...holds(
    `${ROOK}.startsWith('Rook')`,
    `!${ROOK}.startsWith('knight')`,
    `${ROOK}.contains('takes')`,
    `!${ROOK}.contains('gives')`,
    `${ROOK}.endsWith('👑')`,
    `!${ROOK}.endsWith('pawn')`,
    `${ROOK}.matches('^[^0-9]*$')`,
    `!${ROOK}.matches('^[0-9]*$')`,
    `size(${ROOK}) == 12`,
    `${ROOK}.charAt(3) == 'k'`,
    `${ROOK}.indexOf('o') == 1`,
    `${ROOK}.indexOf('o', 2) == 2`,
    `${ROOK}.replace(' ', 'x') == 'Rookxtakesx👑'`,
    `${ROOK}.replace(' ', 'x', 1) == 'Rookxtakes 👑'`,
    `${ROOK}.split(' ') == ['Rook', 'takes', '👑']`,
    `${ROOK}.split(' ', 2) == ['Rook', 'takes 👑']`,
    `${ROOK}.substring(5) == 'takes 👑'`,
    `${ROOK}.substring(0, 4) == 'Rook'`,
    `${ROOK}.substring(4, 10).trim() == 'takes'`,
    `${ROOK}.upperAscii() == 'ROOK TAKES 👑'`,
    `${ROOK}.lowerAscii() == 'rook takes 👑'`,
    "'%d %s %f %s %s'.format([1, 'abc', 1.0, duration('1m'), timestamp('2000-01-01T00:00:00.000Z')]) == '1 abc 1.000000 60s 2000-01-01T00:00:00Z'",
    `'%e'.format([3.14]) == '3.140000${NNBSP}×${NNBSP}10⁰⁰'`,
    "'%o %o %o'.format([7, 8, 9]) == '7 10 11'",
    "'%b %b %b'.format([7, 8, 9]) == '111 1000 1001'",
    "['a', 'b', 'c'].join('-') == 'a-b-c'",
    "['a', 'b', 'c'].join() == 'abc'",
    "size('abc 123 def 123'.split(' ')) > 0",
    "size(['aa', 'bb', 'cc', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join(' ')) > 0",
  ),
  // Kubernetes rejects the constant pattern when compiling ("invalid matches argument");
  // cel-js raises its pattern error when evaluating.
  { expr: `${ROOK}.matches(')')`, error: 'Invalid regular expression' },
]);
