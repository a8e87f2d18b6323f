import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');
/** The helm that scripts/setup-tools.mjs unpacks: the CLI finds it through KUBEGATE_HELM. */
const toolsBin = join(repoRoot, '.tools', 'bin');

/**
 * dist/cli.js copied into an empty folder with nothing but what dist/ ships beside it (the
 * built-in rules' data file, the vendor packages): proves it needs no node_modules nor rules/.
 */
export function isolatedCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-cli-'));
  const target = join(dir, 'cli.js');
  copyFileSync(join(repoRoot, 'dist', 'cli.js'), target);
  copyFileSync(join(repoRoot, 'dist', 'builtin-rules.json'), join(dir, 'builtin-rules.json'));
  cpSync(join(repoRoot, 'dist', 'vendor'), join(dir, 'vendor'), { recursive: true });
  return target;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `node` (default: the node running the tests). */
export function runCli(
  cli: string,
  args: string[],
  cwd: string,
  node: string = process.execPath,
  env: Record<string, string> = {},
): CliRun {
  const r = spawnSync(node, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      KUBEGATE_HELM: join(toolsBin, 'helm'),
      KUBEGATE_KUBECTL: join(toolsBin, 'kubectl'),
      ...env,
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export { repoRoot };
