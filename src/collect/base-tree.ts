import type { ExecFileOptions } from 'node:child_process';
import { fsPromises } from '../util/fs.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../model/errors.js';
import { lazyBuiltin } from '../util/lazy-builtin.js';

// The pull request's base commit as a plain folder, so the same scan can run on it. Uses git
// from the checkout: `git archive` writes the tree without touching the working copy or
// the index. actions/checkout fetches one commit by default, so a missing base commit is
// fetched (depth 1) from origin with the credentials checkout left behind.

const childProcess = lazyBuiltin<typeof import('node:child_process')>('node:child_process');
const util = lazyBuiltin<typeof import('node:util')>('node:util');

/** execFile's output, as a promise (child_process is loaded at the first call). */
function run(
  file: string,
  args: string[],
  options: ExecFileOptions,
): Promise<{ stdout: string; stderr: string }> {
  return util().promisify(childProcess().execFile)(file, args, { ...options, encoding: 'utf8' });
}
const GIT_TIMEOUT_MS = 120_000;

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
}

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Extracts commit `sha` of the repository at `workspace` into a new temporary folder. */
export async function extractCommit(workspace: string, sha: string): Promise<string> {
  if (!/^[0-9a-f]{7,64}$/.test(sha)) throw new Error(`not a commit id: "${sha}"`);
  try {
    await git(workspace, ['rev-parse', '--git-dir']);
  } catch {
    throw new ConfigurationError(
      `${workspace} is not a git checkout, so the base commit cannot be read`,
    );
  }
  if (!(await hasCommit(workspace, sha))) {
    try {
      await git(workspace, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
    } catch (e) {
      const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      throw new ConfigurationError(
        `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched: ${first}`,
      );
    }
  }
  const dir = await fsPromises().mkdtemp(join(tmpdir(), 'kubegate-base-'));
  const archive = join(dir, '..', `${dir.split('/').pop()}.tar`);
  await git(workspace, ['archive', '--format=tar', '-o', archive, sha]);
  try {
    await run('tar', ['-xf', archive, '-C', dir], { timeout: GIT_TIMEOUT_MS });
  } finally {
    await fsPromises().rm(archive, { force: true });
  }
  return dir;
}

/** The commit id a ref names (a branch, a tag, `origin/main`, `HEAD~1`). */
export async function resolveCommit(workspace: string, ref: string): Promise<string> {
  try {
    return await git(workspace, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new ConfigurationError(`"${ref}" does not name a commit in ${workspace}`);
  }
}

/** Files that differ between commit `sha` and the checkout's HEAD (both names of a rename). */
export async function changedPaths(workspace: string, sha: string): Promise<string[]> {
  const out = await git(workspace, ['diff', '--name-only', '-z', '--no-renames', sha, 'HEAD']);
  return out.split('\0').filter(Boolean);
}
