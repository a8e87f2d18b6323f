import { isAbsolute, relative, sep } from 'node:path';

/** An absolute path as a repository path with `/` ('.' for the root), or undefined outside. */
export function repoPath(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel === '' ? '.' : rel.split(sep).join('/');
}
