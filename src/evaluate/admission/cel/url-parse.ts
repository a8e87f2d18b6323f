// Go's url.ParseRequestURI, which the Kubernetes URL library and format.uri() use: an
// absolute URI or an absolute path, never a relative reference; and url.Parse, which the
// URL library's url() applies after ParseRequestURI has accepted the string (it splits
// off a #fragment, where ParseRequestURI keeps it in the path or query). Only what the
// library reads is kept: scheme, opaque, host, raw path and raw query.

export interface ParsedURL {
  scheme: string;
  opaque: string;
  host: string;
  /** The path as written (still escaped). */
  rawPath: string;
  rawQuery: string;
}

export class URLParseError extends Error {}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

function fail(raw: string, reason: string): never {
  throw new URLParseError(`parse ${JSON.stringify(raw)}: ${reason}`);
}

/** Percent-decoding as Go's unescape does; an invalid escape is an error. */
export function unescape(s: string, plusIsSpace: boolean): string | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c === '+' && plusIsSpace) bytes.push(0x20);
    else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function checkHost(raw: string, host: string): void {
  let port = '';
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    if (close < 0) fail(raw, "missing ']' in host");
    port = host.slice(close + 1);
    if (port !== '' && !port.startsWith(':'))
      fail(raw, `invalid port ${JSON.stringify(port)} after host`);
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) port = host.slice(colon);
  }
  if (port !== '' && !/^:\d*$/.test(port))
    fail(raw, `invalid port ${JSON.stringify(port)} after host`);
  if (/[\s<>"{}|\\^`]/.test(host.replace(/^\[.*\]/, ''))) {
    fail(raw, `invalid character ${JSON.stringify(host)} in host name`);
  }
}

/** Go's unexported url.parse: viaRequest is ParseRequestURI's mode, otherwise Parse's
 * (after the fragment is cut off). */
function parse(raw: string, viaRequest: boolean): ParsedURL {
  if ([...raw].some((c) => c < ' ' || c === '\x7f')) {
    fail(raw, 'net/url: invalid control character in URL');
  }
  if (raw === '' && viaRequest) fail(raw, 'empty url');
  if (raw === '*') return { scheme: '', opaque: '', host: '', rawPath: '*', rawQuery: '' };
  let rest = raw;
  let scheme = '';
  const m = SCHEME.exec(rest);
  if (m) {
    scheme = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
  } else if (rest.startsWith(':')) fail(raw, 'missing protocol scheme');
  let rawQuery = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    rawQuery = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { scheme, opaque: rest, host: '', rawPath: '', rawQuery };
    if (viaRequest) fail(raw, 'invalid URI for request');
    if (rest.split('/')[0].includes(':')) {
      fail(raw, 'first path segment in URL cannot contain colon');
    }
  }
  let host = '';
  if ((scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
    const end = rest.indexOf('/', 2);
    const authority = end < 0 ? rest.slice(2) : rest.slice(2, end);
    rest = end < 0 ? '' : rest.slice(end);
    const at = authority.lastIndexOf('@');
    host = at >= 0 ? authority.slice(at + 1) : authority;
    checkHost(raw, host);
  }
  if (unescape(rest, false) === undefined) {
    fail(
      raw,
      `invalid URL escape ${JSON.stringify(rest.slice(rest.indexOf('%'), rest.indexOf('%') + 3))}`,
    );
  }
  return { scheme, opaque: '', host, rawPath: rest, rawQuery };
}

export function parseRequestURI(raw: string): ParsedURL {
  return parse(raw, true);
}

/** Go's url.Parse: the fragment (after the first '#') is cut off and must be a valid
 * escape; the rest may also be a relative reference, and `//host/path` has a host. */
export function parseURL(raw: string): ParsedURL {
  const hash = raw.indexOf('#');
  const fragment = hash >= 0 ? raw.slice(hash + 1) : '';
  const parsed = parse(hash >= 0 ? raw.slice(0, hash) : raw, false);
  if (unescape(fragment, false) === undefined) {
    fail(
      raw,
      `invalid URL escape ${JSON.stringify(fragment.slice(fragment.indexOf('%'), fragment.indexOf('%') + 3))}`,
    );
  }
  return parsed;
}
