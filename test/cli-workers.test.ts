import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { scan } from '../src/pipeline/scan.js';
import { bigRepo, WITH_WORKER } from './helpers/big-repo.js';
import { isolatedCli, runCli } from './helpers/run-cli.js';

describe('the bundled CLI on a large scan (worker threads from dist/cli.js alone)', () => {
  it('reports exactly what a single-threaded scan finds', () => {
    const repo = bigRepo();
    const out = join(mkdtempSync(join(tmpdir(), 'kubegate-out-')), 'report.json');
    const args = ['scan', '--format', 'json', '--fail-on', 'none', '--output', out];
    const r = runCli(isolatedCli(), args, repo, process.execPath, WITH_WORKER);
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
