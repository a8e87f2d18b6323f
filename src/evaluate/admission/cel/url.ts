// The Kubernetes URL library (library/urls.go): url(), isURL, getScheme, getHost,
// getHostname, getPort, getEscapedPath, getQuery — on top of Go's ParseRequestURI. As in
// urls.go, url() checks the string with ParseRequestURI and then parses it with Parse, so
// a #fragment is dropped rather than read as part of the path or query.
import type { Environment } from '@marcbachmann/cel-js';
import { ParsedURL, URLParseError, parseRequestURI, parseURL, unescape } from './url-parse.js';
import { celError, succeeds } from './values.js';

export class URLValue {
  constructor(
    readonly raw: string,
    readonly parts: ParsedURL,
  ) {}
  celEquals(other: unknown): boolean {
    return other instanceof URLValue && other.raw === this.raw;
  }
}

function toURL(s: string): URLValue {
  try {
    parseRequestURI(s);
    return new URLValue(s, parseURL(s));
  } catch (e) {
    if (e instanceof URLParseError)
      throw celError(`URL parse error during conversion from string: ${e.message}`);
    throw e;
  }
}

const isURL = succeeds(parseRequestURI);

/** url.URL.Hostname: the host without port, and without the brackets of an IPv6 literal. */
function hostname(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const colon = host.lastIndexOf(':');
  return colon >= 0 ? host.slice(0, colon) : host;
}

function port(host: string): string {
  const afterBracket = host.startsWith('[') ? host.slice(host.indexOf(']') + 1) : host;
  const colon = afterBracket.lastIndexOf(':');
  return colon >= 0 ? afterBracket.slice(colon + 1) : '';
}

/** Characters Go leaves unescaped in a path; anything else is percent-encoded. */
const PATH_SAFE = /[A-Za-z0-9\-_.~$&+,/:;=@]/;
/** Go keeps the path as written when it is a valid encoding of the same path. */
const VALID_ENCODED = /^(?:[A-Za-z0-9\-_.~!$&'()*+,;=:@[\]/]|%[0-9A-Fa-f]{2})*$/;

function escapedPath(rawPath: string): string {
  if (VALID_ENCODED.test(rawPath)) return rawPath;
  const decoded = unescape(rawPath, false) ?? rawPath;
  let out = '';
  for (const byte of Buffer.from(decoded, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += PATH_SAFE.test(c) ? c : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** url.ParseQuery, ignoring malformed pairs as URL.Query() does. */
function query(rawQuery: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pair of rawQuery.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const eq = pair.indexOf('=');
    const key = unescape(eq >= 0 ? pair.slice(0, eq) : pair, true);
    const value = unescape(eq >= 0 ? pair.slice(eq + 1) : '', true);
    if (key === undefined || value === undefined) continue;
    (out[key] ??= []).push(value);
  }
  return out;
}

const URL_TYPE = 'kubernetes.URL';

export function registerURL(env: Environment): void {
  env
    .registerType(URL_TYPE, URLValue)
    .registerFunction(`url(string): ${URL_TYPE}`, toURL)
    .registerFunction('isURL(string): bool', isURL)
    .registerFunction(`${URL_TYPE}.getScheme(): string`, (u: URLValue) => u.parts.scheme)
    .registerFunction(`${URL_TYPE}.getHost(): string`, (u: URLValue) => u.parts.host)
    .registerFunction(`${URL_TYPE}.getHostname(): string`, (u: URLValue) => hostname(u.parts.host))
    .registerFunction(`${URL_TYPE}.getPort(): string`, (u: URLValue) => port(u.parts.host))
    .registerFunction(`${URL_TYPE}.getEscapedPath(): string`, (u: URLValue) =>
      escapedPath(u.parts.rawPath),
    )
    .registerFunction(`${URL_TYPE}.getQuery(): map<string, list<string>>`, (u: URLValue) =>
      query(u.parts.rawQuery),
    )
    .registerOperator(`${URL_TYPE} == ${URL_TYPE}`, (a: URLValue, b: URLValue) => a.celEquals(b));
}
