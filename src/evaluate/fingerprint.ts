import { lazyBuiltin } from '../util/lazy-builtin.js';

type Crypto = typeof import('node:crypto');
const crypto = lazyBuiltin<Crypto>('node:crypto');

// crypto.hash (Node >= 20.12) hashes in one call without a Hash object: the same digest,
// at a fraction of the cost when a scan makes tens of thousands of fingerprints.
type OneShot = (algorithm: string, data: string) => string;
let oneShot: OneShot | null | undefined;

/** A stable id for a finding, from parts that do not include line numbers. */
export function fingerprintOf(parts: readonly string[]): string {
  const data = parts.join('\u0000');
  oneShot ??= (crypto() as { hash?: OneShot }).hash ?? null;
  const hex = oneShot
    ? oneShot('sha256', data)
    : crypto().createHash('sha256').update(data).digest('hex');
  return hex.slice(0, 32);
}
