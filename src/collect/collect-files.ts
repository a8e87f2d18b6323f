import type { Dirent } from 'node:fs';
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from '../util/fs.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { compareText } from '../util/compare-text.js';

export interface CollectOptions {
  /** The repository root: every reported path is relative to it, nothing outside is read. */
  root: string;
  /** Files, folders or globs, relative to the root (default: the whole root). */
  paths: readonly string[];
  exclude: readonly string[];
  /**
   * Filled with each folder's entries as the walk reads them (by absolute path), so that a
   * later walk of the same tree (chart and overlay discovery) need not read them again.
   */
  listing?: Map<string, Dirent[]>;
}

/** Folders' entries by absolute path, as a walk read them (CollectOptions.listing). */
export type DirectoryListing = ReadonlyMap<string, readonly Dirent[]>;

export interface CollectedFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absolute: string;
}

/** A path that was named and gives nothing to scan, and why. */
export interface UnmatchedPath {
  path: string;
  reason: string;
}

export interface CollectResult {
  files: CollectedFile[];
  warnings: string[];
  /**
   * The named paths (CollectOptions.paths) that give no file to scan. Empty when no path was
   * named: the whole root then stands for "whatever is there", which may be nothing.
   */
  unmatched: UnmatchedPath[];
}

/** What one named path gave, to say why it gave nothing. */
interface Tally {
  added: number;
  excluded: number;
  helmTemplates: number;
  /** Set when the path itself could not be read (missing, outside, a refused link). */
  problem?: string;
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
/** Folders that never hold the repository's own manifests. */
const SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.hg',
  '.svn',
  '.terraform',
  '.venv',
  '__pycache__',
  '.idea',
  '.vscode',
]);
const GLOB_CHARS = /[*?[\]{}]/;

/**
 * path.join(dir, name) for a normalized folder and an entry name readdir gave (no separator,
 * never "." or ".."), without join's normalizing: a walk makes one per file and folder.
 */
export function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The repository root as the file system names it, symlinks resolved. Every stage that turns
 * an absolute path into a repository path must start from this one spelling: the collector,
 * the render discovery and kubectl all see resolved paths, and a root reached through a
 * symlink (a workspace or checkout linked elsewhere) would otherwise put every rendered
 * input "outside the repository".
 */
export function canonicalRoot(root: string): string {
  const abs = resolve(root);
  return existsSync(abs) ? realpathSync(abs) : abs;
}

/**
 * Finds the manifest files to scan; symlinks that leave the root are refused with a warning.
 * A named path that gives nothing is reported (CollectResult.unmatched): the caller fails on
 * it, since a typo in a path would otherwise keep a gate green without checking anything.
 */
export function collectFiles(options: CollectOptions): CollectResult {
  const root = realpathSync(resolve(options.root)); // a missing root is the caller's error
  const excluded = options.exclude.length
    ? picomatch(options.exclude as string[], { dot: true })
    : () => false;
  const files = new Map<string, CollectedFile>();
  const warnings: string[] = [];
  const visitedDirs = new Set<string>();

  /** Folders that hold a Chart.yaml (true) or not: the walk records them, others are asked once. */
  const chartRoots = new Map<string, boolean>();
  const isChartRoot = (relDir: string): boolean => {
    let known = chartRoots.get(relDir);
    if (known === undefined) {
      known = existsSync(join(root, relDir, 'Chart.yaml'));
      chartRoots.set(relDir, known);
    }
    return known;
  };
  const inHelmTemplates = (relPath: string): boolean => {
    // Helm templates are Go templates, not YAML: they are scanned through `helm template`.
    const parts = relPath.split('/');
    const t = parts.lastIndexOf('templates');
    return t >= 0 && isChartRoot(parts.slice(0, t).join('/'));
  };

  let tally: Tally = { added: 0, excluded: 0, helmTemplates: 0 };
  const addFile = (abs: string, relPath: string) => {
    if (excluded(relPath)) tally.excluded++;
    else if (inHelmTemplates(relPath)) tally.helmTemplates++;
    else {
      tally.added++;
      files.set(relPath, { path: relPath, absolute: abs });
    }
  };

  const safeTarget = (abs: string, relPath: string): string | undefined => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      warnings.push(`${relPath}: broken symbolic link; skipped`);
      return undefined;
    }
    if (!isInside(root, real)) {
      warnings.push(`${relPath}: symbolic link points outside the scanned root; refused`);
      return undefined;
    }
    return real;
  };

  /**
   * `knownReal`: the folder's resolved path when the caller knows it. A folder reached
   * through no symlink from a resolved one is its parent's resolved path plus its name, so
   * only the start of a walk and symlinked folders pay for realpath (an lstat per component).
   */
  const walk = (
    dirAbs: string,
    dirRel: string,
    filter?: (rel: string) => boolean,
    knownReal?: string,
  ) => {
    const real = knownReal ?? safeTarget(dirAbs, dirRel || '.');
    if (!real || visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true });
    } catch (e) {
      warnings.push(
        `${dirRel || '.'}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'}); skipped`,
      );
      return;
    }
    options.listing?.set(dirAbs, entries);
    chartRoots.set(
      dirRel,
      entries.some((e) => e.name === 'Chart.yaml'),
    );
    entries.sort((a, b) => compareText(a.name, b.name));
    for (const entry of entries) {
      const abs = childPath(dirAbs, entry.name);
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let realDir: string | undefined = isDir ? childPath(real, entry.name) : undefined;
      if (entry.isSymbolicLink()) {
        const target = safeTarget(abs, rel);
        if (!target) continue;
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
        realDir = isDir ? target : undefined;
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded(rel + '/')) walk(abs, rel, filter, realDir);
      } else if (isFile && MANIFEST_EXTENSIONS.test(entry.name) && (!filter || filter(rel))) {
        addFile(abs, rel);
      }
    }
  };

  const named = options.paths.length > 0;
  const unmatched: UnmatchedPath[] = [];
  for (const target of named ? options.paths : ['.']) {
    tally = { added: 0, excluded: 0, helmTemplates: 0 };
    collectTarget(target);
    if (named && tally.added === 0) unmatched.push({ path: target, reason: whyNothing(target) });
  }
  return {
    files: [...files.values()].sort((a, b) => compareText(a.path, b.path)),
    warnings,
    unmatched,
  };

  function collectTarget(target: string): void {
    if (GLOB_CHARS.test(target)) {
      const match = picomatch(toPosix(target), { dot: true });
      walk(root, '', match);
      return;
    }
    const abs = resolve(root, target);
    if (!isInside(root, abs)) {
      tally.problem = 'it is outside the repository root, which is never read';
      return;
    }
    const rel = toPosix(relative(root, abs));
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      tally.problem = 'no such file or folder';
      return;
    }
    if (st.isSymbolicLink() && !safeTarget(abs, rel)) {
      tally.problem = 'it is a symbolic link that leads outside the repository root (refused)';
      return;
    }
    if (statSync(abs).isDirectory()) walk(abs, rel);
    else addFile(abs, rel);
  }

  function whyNothing(target: string): string {
    if (tally.problem) return tally.problem;
    if (tally.excluded > 0 && tally.helmTemplates === 0)
      return `every file it gives is excluded by the config's exclude (${options.exclude.join(', ')})`;
    if (tally.helmTemplates > 0)
      return "it gives only Helm templates, which are scanned through their chart: name the chart's folder instead";
    if (GLOB_CHARS.test(target))
      return options.exclude.length
        ? 'no .yaml, .yml or .json file outside the excluded paths matches it'
        : 'no .yaml, .yml or .json file matches it';
    return 'the folder holds no .yaml, .yml or .json file';
  }
}
