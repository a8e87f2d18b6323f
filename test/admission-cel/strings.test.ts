// Cases from cel-go's ext strings tests (ext/strings_test.go) for the functions of
// ext.Strings version 2, which Kubernetes 1.29+ enables. Some are cel-js built-ins; where
// those differ from cel-go, the case asserts cel-js's actual result and says so (the
// function is listed in UNSUPPORTED_FUNCTIONS).
import { celTable, holds } from './cases.js';

celTable('strings: charAt', [
  ...holds(
    "'tacocat'.charAt(3) == 'o'",
    "'tacocat'.charAt(7) == ''",
    "'©αT'.charAt(0) == '©' && '©αT'.charAt(1) == 'α' && '©αT'.charAt(2) == 'T'",
  ),
  { expr: "'tacocat'.charAt(30)", error: 'index out of range: 30' },
  { expr: "'tacocat'.charAt(-1)", error: 'index out of range: -1' },
]);

celTable('strings: indexOf and lastIndexOf (cel-js built-ins)', [
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
    "'hello wello'.lastIndexOf('hello wello') == 0",
    "'bananananana'.lastIndexOf('nana', 7) == 6",
  ),
  { expr: "'tacocat'.indexOf('a', 30)", error: 'out of range' },
  { expr: "'tacocat'.lastIndexOf('a', -1)", error: 'out of range' },
  { expr: "'tacocat'.lastIndexOf('a', 30)", error: 'out of range' },
  // Limitation: cel-js counts UTF-16 units, cel-go code points. Outside the Basic
  // Multilingual Plane the index differs (cel-go gives 1 here).
  { expr: "'😀x'.indexOf('x')", value: 2n },
]);

celTable('strings: lowerAscii, upperAscii, trim (cel-js built-ins)', [
  ...holds(
    "'TacoCat'.lowerAscii() == 'tacocat'",
    "'tacoCat'.upperAscii() == 'TACOCAT'",
    "' \\f\\n\\r\\t\\vtext  '.trim() == 'text'",
    "'\\u00a0\\u1680text'.trim() == 'text'",
    "'text\\u2000\\u2001\\u2002\\u2003\\u2004\\u2006\\u2007\\u2008\\u2009'.trim() == 'text'",
    "'\\u200atext\\u2028\\u2029\\u202F\\u205F\\u3000'.trim() == 'text'",
  ),
  // Limitations: cel-js lower-/upper-cases every letter, cel-go only ASCII ones (cel-go
  // gives 'tacocÆt xii' and 'TACOCαT').
  { expr: "'TacoCÆt Xii'.lowerAscii()", value: 'tacocæt xii' },
  { expr: "'tacoCαt'.upperAscii()", value: 'TACOCΑT' },
  // Limitation: JavaScript's trim removes U+FEFF and keeps U+0085; Go's TrimSpace does
  // the opposite (cel-go gives 'text' for the first and keeps the BOM in the second).
  { expr: "'\\u0085text'.trim()", value: '\u0085text' },
  { expr: "'\\ufefftext'.trim()", value: 'text' },
]);

celTable('strings: replace', [
  ...holds(
    "'12 days 12 hours'.replace('{0}', '2') == '12 days 12 hours'",
    "'{0} days {0} hours'.replace('{0}', '2') == '2 days 2 hours'",
    "'{0} days {0} hours'.replace('{0}', '2', 1).replace('{0}', '23') == '2 days 23 hours'",
    "'1 ©αT taco'.replace('αT', 'o©α') == '1 ©o©α taco'",
    "'hello hello'.replace('he', 'we') == 'wello wello'",
    "'hello hello'.replace('he', 'we', -1) == 'wello wello'",
    "'hello hello'.replace('he', 'we', 1) == 'wello hello'",
    "'hello hello'.replace('he', 'we', 0) == 'hello hello'",
    "'abc'.replace('', '-') == '-a-b-c-'",
    "'abc'.replace('', '-', 2) == '-a-bc'",
  ),
]);

celTable('strings: split, substring, join (cel-js built-ins)', [
  ...holds(
    "'hello world'.split(' ') == ['hello', 'world']",
    "'hello world events!'.split(' ', 0) == []",
    "'hello world events!'.split(' ', 1) == ['hello world events!']",
    "'hello hello hello'.split(' ', 2) == ['hello', 'hello hello']",
    "'o©o©o©o'.split('©', -1) == ['o', 'o', 'o', 'o']",
    "'tacocat'.substring(4) == 'cat'",
    "'tacocat'.substring(0, 4) == 'taco'",
    "'ta©o©αT'.substring(2, 6) == '©o©α'",
    "'ta©o©αT'.substring(7, 7) == ''",
    "['x', 'y'].join() == 'xy'",
    "['x', 'y'].join('-') == 'x-y'",
    "[].join() == ''",
    "[].join('-') == ''",
  ),
  { expr: "'tacocat'.substring(40)", error: 'out of range' },
  { expr: "'tacocat'.substring(-1)", error: 'out of range' },
  { expr: "'tacocat'.substring(1, 50)", error: 'out of range' },
  { expr: "'tacocat'.substring(49, 50)", error: 'out of range' },
  { expr: "'tacocat'.substring(4, 3)", error: 'out of range' },
]);

celTable('strings: quote', [
  { expr: 'strings.quote("first\\nsecond")', value: '"first\\nsecond"' },
  { expr: 'strings.quote("bell\\a")', value: '"bell\\a"' },
  { expr: 'strings.quote("\\\\")', value: '"\\\\"' },
  {
    expr: 'strings.quote(\'single-quote with "double quote"\')',
    value: '"single-quote with \\"double quote\\""',
  },
  { expr: 'strings.quote("two escape sequences \\a\\n")', value: '"two escape sequences \\a\\n"' },
  { expr: 'strings.quote("ta©o©αT")', value: '"ta©o©αT"' },
  { expr: 'strings.quote("")', value: '""' },
]);

celTable('strings: format', [
  {
    expr: '"this is a string: %s\\nand an integer: %d".format(["str", 42])',
    value: 'this is a string: str\nand an integer: 42',
  },
  {
    expr: '"a double substituted with %%s: %s".format([64.2])',
    value: 'a double substituted with %s: 64.2',
  },
  { expr: '"%f".format([3.14])', value: '3.140000' },
  { expr: '"%.2f".format([3.14159])', value: '3.14' },
  { expr: '"%.0f".format([2.7])', value: '3' },
  { expr: '"5 in binary: %b".format([5])', value: '5 in binary: 101' },
  { expr: '"26 in hex: %x".format([26])', value: '26 in hex: 1a' },
  { expr: '"26 in hex (uppercase): %X".format([26])', value: '26 in hex (uppercase): 1A' },
  { expr: '"30 in octal: %o".format([30])', value: '30 in octal: 36' },
  { expr: '"%x".format(["Hello world!"])', value: '48656c6c6f20776f726c6421' },
  {
    expr: '"true bool: %s - false bool: %s\\nbinary bool: %b".format([true, false, true])',
    value: 'true bool: true - false bool: false\nbinary bool: 1',
  },
  { expr: '"%s".format([null])', value: 'null' },
  { expr: '"%s".format([["a", 1]])', value: '["a", 1]' },
  { expr: '"%d".format([-7])', value: '-7' },
  { expr: '"%d".format(["str"])', error: 'clause can only be used on integers' },
  { expr: '"%d %d".format([1])', error: 'out of range' },
  { expr: '"%z".format([1])', error: 'unrecognized formatting clause' },
]);

// ext.Strings version 3's reverse() is not in Kubernetes' environment (version 2).
celTable('strings: reverse is not available, as in Kubernetes', [
  { expr: "'abc'.reverse()", error: 'no matching overload' },
]);
