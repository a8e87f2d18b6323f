import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSpan, timeByPart, timed } from '../src/util/timing.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the run-time split by part', () => {
  it('counts a part while any of its spans is open, overlapping spans once', async () => {
    const opened = Date.now();
    const first = startSpan('test-overlap');
    const second = startSpan('test-overlap');
    await sleep(30);
    first();
    first(); // closing twice changes nothing
    await sleep(30);
    second();
    const closed = Date.now();
    await sleep(30); // closed: not counted
    const ms = timeByPart()['test-overlap'];
    expect(ms).toBeGreaterThanOrEqual(55);
    // Once, from the first open to the last close (Date.now() counts whole milliseconds).
    expect(ms).toBeLessThanOrEqual(closed - opened + 1);
  });

  it('times a piece of async work as a part, and nests with others', async () => {
    await timed('test-outer', () => timed('test-inner', () => sleep(20)));
    const parts = timeByPart();
    expect(parts['test-inner']).toBeGreaterThanOrEqual(15);
    expect(parts['test-outer']).toBeGreaterThanOrEqual(parts['test-inner']);
  });

  it("does not load Node's performance modules (every scan starts a span)", () => {
    const timing = join(import.meta.dirname, '..', 'src', 'util', 'timing.ts');
    const script =
      `const before = new Set(process.moduleLoadList);` +
      `const { startSpan } = await import(${JSON.stringify(timing)});` +
      `startSpan('x')();` +
      `console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))));`;
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: join(import.meta.dirname, '..'),
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    const loaded = JSON.parse(r.stdout) as string[];
    expect(loaded.filter((m) => /perf/.test(m))).toEqual([]);
  });
});
