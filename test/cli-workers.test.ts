import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { MIN_FILES_PER_THREAD, scan } from '../src/scan.js';
import { isolatedCli, runCli } from './helpers/run-cli.js';

/** A repository big enough for the CLI to start a scan worker on a machine with 2+ cores. */
function bigRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-big-'));
  for (let i = 0; i < 3 * MIN_FILES_PER_THREAD; i++) {
    mkdirSync(join(dir, `team-${i % 5}`), { recursive: true });
    writeFileSync(
      join(dir, `team-${i % 5}`, `app-${i}.yaml`),
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx${i % 2 ? ':1.27' : ''}
          securityContext:
            privileged: ${i % 3 === 0}
`,
    );
  }
  return dir;
}

describe('the bundled CLI on a large scan (worker threads from dist/cli.js alone)', () => {
  it('reports exactly what a single-threaded scan finds', () => {
    const repo = bigRepo();
    const out = join(mkdtempSync(join(tmpdir(), 'kubegate-out-')), 'report.json');
    const args = ['scan', '--format', 'json', '--fail-on', 'none', '--output', out];
    const r = runCli(isolatedCli(), args, repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const single = scan({
      root: repo,
      config: parseConfig('', '.kubegate.yaml'),
      today: new Date().toISOString().slice(0, 10),
      workers: 0,
    });
    const report = JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[] };
    // The JSON report leaves out `container` (it serves waivers only).
    const expected = single.findings.map(({ container: _c, ...f }) => f);
    expect(report.findings).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
