// Parsing and printing IP addresses as Go's net/netip does (ParseAddr, Addr.String), with
// the restrictions the Kubernetes IP and CIDR libraries add: no zones, no IPv4-mapped IPv6.
import { celError } from './values.js';

export class IPAddress {
  /** 4 bytes for IPv4, 16 for IPv6. */
  constructor(readonly bytes: Uint8Array) {}

  get family(): 4 | 6 {
    return this.bytes.length === 4 ? 4 : 6;
  }

  celEquals(other: unknown): boolean {
    return (
      other instanceof IPAddress &&
      other.bytes.length === this.bytes.length &&
      other.bytes.every((b, i) => b === this.bytes[i])
    );
  }

  toString(): string {
    if (this.family === 4) return this.bytes.join('.');
    return ipv6String(this.bytes);
  }
}

/** RFC 5952, as Go prints it: lower-case hex, the longest run (two or more) of zero
 * groups, the first one on a tie, shortened to `::`. */
function ipv6String(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (g: number[]) => g.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return hex(groups.slice(0, bestStart)) + '::' + hex(groups.slice(bestStart + bestLength));
}

/** netip.ParseAddr's reasons, for messages like Kubernetes'. */
class AddrError extends Error {}

function parseIPv4Fields(s: string): number[] {
  const fields = s.split('.');
  if (fields.length > 4) throw new AddrError('IPv4 address too long');
  if (fields.length < 4) throw new AddrError('IPv4 address too short');
  return fields.map((f) => {
    if (f === '') throw new AddrError('IPv4 field must have at least one digit');
    if (!/^\d+$/.test(f)) throw new AddrError('unexpected character');
    if (f.length > 1 && f[0] === '0') throw new AddrError('IPv4 field has octet with leading zero');
    const n = Number(f);
    if (n > 255) throw new AddrError('IPv4 field has value >255');
    return n;
  });
}

function parseIPv6(s: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const halves = s.split('::');
  if (halves.length > 2) throw new AddrError('multiple :: in address');
  const groupsOf = (part: string): number[] => {
    if (part === '') return [];
    const out: number[] = [];
    const fields = part.split(':');
    fields.forEach((f, i) => {
      if (i === fields.length - 1 && f.includes('.')) {
        const v4 = parseIPv4Fields(f);
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
        return;
      }
      if (f === '') throw new AddrError('each colon-separated field must have at least one digit');
      if (!/^[0-9a-fA-F]{1,4}$/.test(f)) {
        throw new AddrError(f.length > 4 ? 'IPv6 field has value >=2^16' : 'unexpected character');
      }
      out.push(parseInt(f, 16));
    });
    return out;
  };
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (halves.length === 1 && head.length !== 8) throw new AddrError('address string too short');
  if (halves.length === 2 && head.length + tail.length > 7) {
    throw new AddrError('address string too long');
  }
  const groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

/** netip.ParseAddr, or an AddrError with its reason; a zone is returned separately. */
function parseAddr(s: string): { addr: IPAddress; zone: string } {
  if (s === '') throw new AddrError('unable to parse IP');
  const percent = s.indexOf('%');
  const zone = percent >= 0 ? s.slice(percent + 1) : '';
  const body = percent >= 0 ? s.slice(0, percent) : s;
  if (!body.includes(':')) {
    if (percent >= 0) throw new AddrError('unexpected character');
    return { addr: new IPAddress(Uint8Array.from(parseIPv4Fields(body))), zone };
  }
  if (percent >= 0 && zone === '') throw new AddrError('zone must be a non-empty string');
  return { addr: new IPAddress(parseIPv6(body)), zone };
}

function isIPv4Mapped(a: IPAddress): boolean {
  return (
    a.family === 6 &&
    a.bytes.slice(0, 10).every((b) => b === 0) &&
    a.bytes[10] === 0xff &&
    a.bytes[11] === 0xff
  );
}

/** The Kubernetes library's parseIPAddr: ParseAddr, then no zone, no IPv4-mapped IPv6.
 * `what` prefixes the messages as the IP and CIDR libraries do. */
export function parseIP(raw: string): IPAddress {
  let parsed: { addr: IPAddress; zone: string };
  try {
    parsed = parseAddr(raw);
  } catch (e) {
    throw celError(
      `IP Address ${JSON.stringify(raw)} parse error during conversion from string: ParseAddr(${JSON.stringify(raw)}): ${(e as Error).message}`,
    );
  }
  if (parsed.zone !== '') {
    throw celError(`IP address ${JSON.stringify(raw)} with zone value is not allowed`);
  }
  if (isIPv4Mapped(parsed.addr)) {
    throw celError(`IPv4-mapped IPv6 address ${JSON.stringify(raw)} is not allowed`);
  }
  return parsed.addr;
}

export function parseIPForPrefix(raw: string): IPAddress {
  const parsed = parseAddr(raw);
  if (parsed.zone !== '') throw new AddrError('IPv6 zones cannot be present in a prefix');
  return parsed.addr;
}

export { AddrError };
