import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YOUNG_GENERATION_BYTES } from '../src/util/young-generation.js';

// Each case runs in a fresh process: the young generation's size depends on all a process
// has allocated, and the flags are process-wide.
const MODULE = join(import.meta.dirname, '..', 'src', 'util', 'young-generation.ts');

const CHILD = `
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { holdYoungGeneration, tuneYoungGeneration, youngGenerationHeld } from ${JSON.stringify(MODULE)};

const youngBytes = () =>
  v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;
const mode = process.argv[2];
// Kept, as a scan keeps what it parses: V8 grows the young generation for it.
const kept: unknown[] = [];
for (let i = 0; i < 400_000; i++) {
  if (mode !== 'grow') holdYoungGeneration();
  kept.push({ i, name: 'item-' + i, list: [i, i + 1] });
}
if (mode === 'grow' || mode === 'hold') {
  console.log(JSON.stringify({ young: youngBytes(), held: youngGenerationHeld() }));
} else {
  // A worker started once the main thread holds its young generation, as a large scan's.
  if (mode === 'tuned-worker') tuneYoungGeneration();
  const body =
    "let x; for (let i = 0; i < 2e6; i++) x = { i, s: 'v' + i };" +
    "require('node:worker_threads').parentPort.postMessage(" +
    "require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)";
  new Worker(body, { eval: true }).on('message', (young) => {
    console.log(JSON.stringify({ young }));
    process.exit(0);
  });
}
`;

function run(mode: string): { young: number; held?: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-young-'));
  const script = join(dir, 'child.ts');
  writeFileSync(script, CHILD);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, mode], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  // V8 prints an error, and goes on, for a flag it does not know.
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { young: number; held?: boolean };
}

describe('the young generation a scan holds', () => {
  it('grows past the held size when nothing holds it (the case the hold is for)', () => {
    const grown = run('grow');
    expect(grown.young).toBeGreaterThan(YOUNG_GENERATION_BYTES);
    expect(grown.held).toBe(false);
  });

  it('stops growing at the held size once the scan loop has called holdYoungGeneration', () => {
    expect(run('hold')).toEqual({ young: YOUNG_GENERATION_BYTES, held: true });
  });

  it('is where a worker thread starts once the process has called tuneYoungGeneration', () => {
    // The hold is process-wide: without the tuning, a worker started after it never grows
    // from V8's first size, and collects far more often than the main thread.
    expect(run('tuned-worker').young).toBe(YOUNG_GENERATION_BYTES);
    expect(run('plain-worker').young).toBeLessThan(YOUNG_GENERATION_BYTES);
  });
});
