import { createHash } from 'node:crypto';

/** A stable id for a finding, from parts that do not include line numbers. */
export function fingerprintOf(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
