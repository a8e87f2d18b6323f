// The Kubernetes IP library (library/ip.go): ip(), isIP, ip.isCanonical, family and the
// address classes, string(ip). Classes follow Go's netip.Addr methods.
import type { Environment } from '@marcbachmann/cel-js';
import { IPAddress, parseIP } from './ip-address.js';
import { succeeds } from './values.js';

const IP = 'net.IP';

const isIP = succeeds(parseIP);

const every = (bytes: Uint8Array, value: number) => bytes.every((b) => b === value);

function isUnspecified(ip: IPAddress): boolean {
  return every(ip.bytes, 0);
}

function isLoopback(ip: IPAddress): boolean {
  if (ip.family === 4) return ip.bytes[0] === 127;
  return every(ip.bytes.slice(0, 15), 0) && ip.bytes[15] === 1;
}

function isMulticast(ip: IPAddress): boolean {
  return ip.family === 4 ? (ip.bytes[0] & 0xf0) === 0xe0 : ip.bytes[0] === 0xff;
}

/** 224.0.0.0/24, or ffx2::/16 (Go checks the scope nibble, whatever the flags). */
function isLinkLocalMulticast(ip: IPAddress): boolean {
  if (ip.family === 4) return ip.bytes[0] === 224 && ip.bytes[1] === 0 && ip.bytes[2] === 0;
  return ip.bytes[0] === 0xff && (ip.bytes[1] & 0x0f) === 0x02;
}

function isLinkLocalUnicast(ip: IPAddress): boolean {
  if (ip.family === 4) return ip.bytes[0] === 169 && ip.bytes[1] === 254;
  return ip.bytes[0] === 0xfe && (ip.bytes[1] & 0xc0) === 0x80;
}

function isGlobalUnicast(ip: IPAddress): boolean {
  if (ip.family === 4 && every(ip.bytes, 255)) return false;
  return !isUnspecified(ip) && !isLoopback(ip) && !isMulticast(ip) && !isLinkLocalUnicast(ip);
}

/** The value behind `ip` in `ip.isCanonical(…)`; `ip(…)` stays the conversion function. */
class IpNamespace {}

export function registerIP(env: Environment): void {
  env
    .registerType(IP, IPAddress)
    .registerFunction(`ip(string): ${IP}`, parseIP)
    .registerFunction('isIP(string): bool', isIP)
    .registerType('IpNamespace', IpNamespace)
    .registerConstant('ip', 'IpNamespace', new IpNamespace())
    .registerFunction(
      'IpNamespace.isCanonical(string): bool',
      (_: IpNamespace, s: string) => parseIP(s).toString() === s,
    )
    .registerFunction(`${IP}.family(): int`, (ip: IPAddress) => BigInt(ip.family))
    .registerFunction(`${IP}.isUnspecified(): bool`, isUnspecified)
    .registerFunction(`${IP}.isLoopback(): bool`, isLoopback)
    .registerFunction(`${IP}.isLinkLocalMulticast(): bool`, isLinkLocalMulticast)
    .registerFunction(`${IP}.isLinkLocalUnicast(): bool`, isLinkLocalUnicast)
    .registerFunction(`${IP}.isGlobalUnicast(): bool`, isGlobalUnicast)
    .registerFunction(`string(${IP}): string`, (ip: IPAddress) => ip.toString())
    .registerOperator(`${IP} == ${IP}`, (a: IPAddress, b: IPAddress) => a.celEquals(b));
}
