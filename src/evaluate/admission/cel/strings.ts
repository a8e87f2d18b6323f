// The parts of cel-go's ext.Strings (version 2, as Kubernetes 1.29+ enables it) that
// cel-js lacks: charAt, replace, format (string-format.ts) and strings.quote. indexOf, lastIndexOf,
// lowerAscii, upperAscii, split, substring, trim and join are cel-js built-ins; cel-js
// refuses to register a second overload with the same signature, so where the built-ins
// differ from cel-go (see UNSUPPORTED_FUNCTIONS) that cannot be fixed here. `reverse` is
// version 3 and not part of the Kubernetes environment, so it is left out on purpose.
import type { Environment } from '@marcbachmann/cel-js';
import { formatString } from './string-format.js';
import { celError, codePoints } from './values.js';

function charAt(s: string, index: bigint): string {
  const chars = codePoints(s);
  if (index < 0n || index > BigInt(chars.length)) throw celError(`index out of range: ${index}`);
  return chars[Number(index)] ?? '';
}

/** Go's strings.Replace: at most `limit` replacements (all when negative); an empty
 * search string matches before every code point and at the end. */
function replace(s: string, search: string, replacement: string, limit = -1n): string {
  if (limit === 0n) return s;
  if (search === '') {
    const chars = codePoints(s);
    let out = '';
    let done = 0n;
    for (let i = 0; i <= chars.length; i++) {
      if (limit < 0n || done < limit) {
        out += replacement;
        done++;
      }
      out += chars[i] ?? '';
    }
    return out;
  }
  const pieces = s.split(search);
  if (limit < 0n || BigInt(pieces.length - 1) <= limit) return pieces.join(replacement);
  const n = Number(limit);
  return pieces.slice(0, n + 1).join(replacement) + search + pieces.slice(n + 1).join(search);
}

const QUOTE_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

/** strings.quote: double-quoted, with CEL's escape sequences spelled out; lone
 * surrogates (invalid UTF-8 in Go) become U+FFFD. */
function quote(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else out += QUOTE_ESCAPES[c] ?? c;
  }
  return out + '"';
}

class StringsNamespace {}

export function registerStrings(env: Environment): void {
  env
    .registerFunction('string.charAt(int): string', charAt)
    .registerFunction('string.replace(string, string): string', (s: string, a: string, b: string) =>
      replace(s, a, b),
    )
    .registerFunction('string.replace(string, string, int): string', replace)
    .registerFunction('string.format(list): string', formatString)
    .registerType('StringsNamespace', StringsNamespace)
    .registerConstant('strings', 'StringsNamespace', new StringsNamespace())
    .registerFunction('StringsNamespace.quote(string): string', (_: StringsNamespace, s: string) =>
      quote(s),
    );
}
