import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export interface CollectOptions {
  /** The repository root: every reported path is relative to it, nothing outside is read. */
  root: string;
  /** Files, folders or globs, relative to the root (default: the whole root). */
  paths: readonly string[];
  exclude: readonly string[];
}

export interface CollectedFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absolute: string;
}

export interface CollectResult {
  files: CollectedFile[];
  warnings: string[];
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

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Finds the manifest files to scan; symlinks that leave the root are refused with a warning. */
export function collectFiles(options: CollectOptions): CollectResult {
  const root = realpathSync(resolve(options.root));
  const excluded = options.exclude.length
    ? picomatch(options.exclude as string[], { dot: true })
    : () => false;
  const files = new Map<string, CollectedFile>();
  const warnings: string[] = [];
  const visitedDirs = new Set<string>();

  const chartRoots = new Set<string>();
  const inHelmTemplates = (relPath: string): boolean => {
    // Helm templates are Go templates, not YAML: they are scanned through `helm template`.
    const parts = relPath.split('/');
    const t = parts.lastIndexOf('templates');
    return t > 0 ? chartRoots.has(parts.slice(0, t).join('/')) : t === 0 && chartRoots.has('');
  };

  const addFile = (abs: string, relPath: string) => {
    if (excluded(relPath) || inHelmTemplates(relPath)) return;
    files.set(relPath, { path: relPath, absolute: abs });
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

  const walk = (dirAbs: string, dirRel: string, filter?: (rel: string) => boolean) => {
    const real = safeTarget(dirAbs, dirRel || '.');
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
    if (entries.some((e) => e.name === 'Chart.yaml')) chartRoots.add(dirRel);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const abs = join(dirAbs, entry.name);
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = safeTarget(abs, rel);
        if (!target) continue;
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded(rel + '/')) walk(abs, rel, filter);
      } else if (isFile && MANIFEST_EXTENSIONS.test(entry.name) && (!filter || filter(rel))) {
        addFile(abs, rel);
      }
    }
  };

  const targets = options.paths.length ? options.paths : ['.'];
  for (const target of targets) {
    if (GLOB_CHARS.test(target)) {
      const match = picomatch(toPosix(target), { dot: true });
      walk(root, '', match);
      continue;
    }
    const abs = resolve(root, target);
    if (!isInside(root, abs)) {
      warnings.push(`${target}: outside the repository root; skipped`);
      continue;
    }
    const rel = toPosix(relative(root, abs));
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      warnings.push(`${target}: no such file or folder`);
      continue;
    }
    if (st.isSymbolicLink() && !safeTarget(abs, rel)) continue;
    if (statSync(abs).isDirectory()) walk(abs, rel);
    else addFile(abs, rel);
  }
  return { files: [...files.values()].sort((a, b) => a.path.localeCompare(b.path)), warnings };
}
