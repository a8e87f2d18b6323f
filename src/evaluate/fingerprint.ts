import { lazyBuiltin } from '../util/lazy-builtin.js';

// crypto.hash (Node >= 20.12) hashes in one call without a Hash object: the same digest,
// at a fraction of the cost when a scan makes tens of thousands of fingerprints.
const crypto = lazyBuiltin<
  typeof import('node:crypto') & { hash?: (algorithm: string, data: string) => string }
>('node:crypto');

/** A stable id for a finding, from parts that do not include line numbers. */
export function fingerprintOf(parts: readonly string[]): string {
  const data = parts.join('\u0000');
  const c = crypto();
  const hex = c.hash ? c.hash('sha256', data) : c.createHash('sha256').update(data).digest('hex');
  return hex.slice(0, 32);
}
