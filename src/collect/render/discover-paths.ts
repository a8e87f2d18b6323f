// Discovers charts and Kustomize roots under the scan's paths (not just the repository
// root), with folders re-expressed relative to the repository root so that findings name
// repository paths. Excluded folders are left out, as the file collector leaves them out.
import { realpathSync, statSync } from '../../util/fs.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { discover, type Discovery } from './discover.js';
import type { DirectoryListing } from '../collect-files.js';

const GLOB_CHARS = /[*?[\]{}]/;

function repoRel(root: string, dir: string): string {
  const rel = relative(root, dir);
  return rel === '' ? '.' : rel.split(sep).join('/');
}

/** The folder to search for a path: a glob's static base, a file's folder is not searched. */
function searchDir(root: string, path: string): string | undefined {
  const base = GLOB_CHARS.test(path) ? picomatch.scan(path).base || '.' : path;
  const abs = resolve(root, base);
  const rel = relative(root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined; // outside: collect warns
  try {
    return statSync(abs).isDirectory() ? realpathSync(abs) : undefined;
  } catch {
    return undefined; // missing: the file collector already warns about it
  }
}

export async function discoverUnder(
  rootDir: string,
  paths: readonly string[],
  exclude: readonly string[],
  listing?: DirectoryListing,
): Promise<Discovery> {
  const root = realpathSync(resolve(rootDir));
  const excluded = exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false;
  const isExcluded = (relDir: string) =>
    relDir !== '.' && (excluded(`${relDir}/`) || excluded(relDir));
  const dirs = [...new Set((paths.length ? paths : ['.']).map((p) => searchDir(root, p)))];
  const out: Discovery = { charts: [], kustomizations: [], skipped: [] };
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (!dir) continue;
    const found = await discover(dir, listing);
    for (const c of found.charts) {
      const relDir = repoRel(root, c.dir);
      if (seen.has(`c:${c.dir}`) || isExcluded(relDir)) continue;
      seen.add(`c:${c.dir}`);
      out.charts.push({ ...c, relDir });
    }
    for (const k of found.kustomizations) {
      const relDir = repoRel(root, k.dir);
      if (seen.has(`k:${k.dir}`) || isExcluded(relDir)) continue;
      seen.add(`k:${k.dir}`);
      out.kustomizations.push({ ...k, relDir });
    }
    for (const s of found.skipped)
      out.skipped.push({ ...s, relDir: repoRel(root, resolve(dir, s.relDir)) });
  }
  return out;
}
