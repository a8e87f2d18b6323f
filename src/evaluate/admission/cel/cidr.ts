// The Kubernetes CIDR library (library/cidr.go): cidr(), isCIDR, containsIP,
// containsCIDR, ip, masked, prefixLength, string(cidr). A CIDR keeps the address as
// written ("192.168.0.1/24" stays that; masked() clears the host bits), as netip.Prefix.
import type { Environment } from '@marcbachmann/cel-js';
import { AddrError, IPAddress, parseIP, parseIPForPrefix } from './ip-address.js';
import { celError, succeeds } from './values.js';

const CIDR = 'net.CIDR';
const IP = 'net.IP';

export class CIDRValue {
  constructor(
    readonly address: IPAddress,
    readonly bits: number,
  ) {}

  masked(): CIDRValue {
    const bytes = this.address.bytes.map((b, i) => {
      const keep = Math.max(0, Math.min(8, this.bits - 8 * i));
      return b & ((0xff << (8 - keep)) & 0xff);
    });
    return new CIDRValue(new IPAddress(bytes), this.bits);
  }

  containsIP(ip: IPAddress): boolean {
    if (ip.family !== this.address.family) return false;
    return new CIDRValue(ip, this.bits).masked().address.celEquals(this.masked().address);
  }

  /** Go's Overlaps plus "at least as long a prefix": the other range lies inside this one. */
  containsCIDR(other: CIDRValue): boolean {
    return other.bits >= this.bits && this.containsIP(other.address);
  }

  celEquals(other: unknown): boolean {
    return (
      other instanceof CIDRValue &&
      other.bits === this.bits &&
      other.address.celEquals(this.address)
    );
  }

  toString(): string {
    return `${this.address.toString()}/${this.bits}`;
  }
}

/** netip.ParsePrefix, then the IP library's restrictions on the address. */
export function parseCIDR(raw: string): CIDRValue {
  const fail = (reason: string): never => {
    const inner = `netip.ParsePrefix(${JSON.stringify(raw)}): ${reason}`;
    throw celError(
      `network address parse error during conversion from string: network address parse error during conversion from string: ${inner}`,
    );
  };
  const slash = raw.lastIndexOf('/');
  if (slash < 0) return fail("no '/'");
  let address: IPAddress;
  try {
    address = parseIPForPrefix(raw.slice(0, slash));
  } catch (e) {
    if (e instanceof AddrError)
      return fail(`ParseAddr(${JSON.stringify(raw.slice(0, slash))}): ${e.message}`);
    throw e;
  }
  const bitsText = raw.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(bitsText))
    return fail(`bad bits after slash: ${JSON.stringify(bitsText)}`);
  const bits = Number(bitsText);
  if (bits > address.bytes.length * 8) return fail(`prefix length out of range`);
  // The IP library's rule on IPv4-mapped addresses applies to the prefix's address too.
  parseIP(address.toString());
  return new CIDRValue(address, bits);
}

const isCIDR = succeeds(parseCIDR);

export function registerCIDR(env: Environment): void {
  env
    .registerType(CIDR, CIDRValue)
    .registerFunction(`cidr(string): ${CIDR}`, parseCIDR)
    .registerFunction('isCIDR(string): bool', isCIDR)
    .registerFunction(`${CIDR}.containsIP(${IP}): bool`, (c: CIDRValue, ip: IPAddress) =>
      c.containsIP(ip),
    )
    .registerFunction(`${CIDR}.containsIP(string): bool`, (c: CIDRValue, ip: string) =>
      c.containsIP(parseIP(ip)),
    )
    .registerFunction(`${CIDR}.containsCIDR(${CIDR}): bool`, (c: CIDRValue, o: CIDRValue) =>
      c.containsCIDR(o),
    )
    .registerFunction(`${CIDR}.containsCIDR(string): bool`, (c: CIDRValue, o: string) =>
      c.containsCIDR(parseCIDR(o)),
    )
    .registerFunction(`${CIDR}.ip(): ${IP}`, (c: CIDRValue) => c.address)
    .registerFunction(`${CIDR}.masked(): ${CIDR}`, (c: CIDRValue) => c.masked())
    .registerFunction(`${CIDR}.prefixLength(): int`, (c: CIDRValue) => BigInt(c.bits))
    .registerFunction(`string(${CIDR}): string`, (c: CIDRValue) => c.toString())
    .registerOperator(`${CIDR} == ${CIDR}`, (a: CIDRValue, b: CIDRValue) => a.celEquals(b));
}
