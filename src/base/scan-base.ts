import { rm } from 'node:fs/promises';
import { compareWithBase, type BaseComparison } from '../gate.js';
import { scanWithRenders, type RenderScanOptions } from '../scan-renders.js';
import type { Finding } from '../types.js';
import { extractCommit } from './base-tree.js';

/**
 * Scans commit `sha` of the repository at `options.root` with the same options and compares
 * its findings with `head`. The extracted tree is removed afterwards.
 */
export async function compareWithCommit(
  sha: string,
  head: readonly Finding[],
  options: RenderScanOptions,
): Promise<BaseComparison> {
  const dir = await extractCommit(options.root, sha);
  try {
    const base = await scanWithRenders({ ...options, root: dir, onProgress: undefined });
    return compareWithBase(head, base.findings);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
