import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jitFlags } from '../src/util/jit-tuning.js';

describe('the V8 flags a scan sets for itself', () => {
  it('are set only on the V8 versions they were measured on', () => {
    expect(jitFlags('11.3.244.8-node.38')).toEqual([
      '--max-inlined-bytecode-size-cumulative=460',
      '--interrupt-budget=135168',
    ]);
    expect(jitFlags('13.6.233.17-node.41')).toEqual(['--max-inlined-bytecode-size-cumulative=230']);
    expect(jitFlags('14.1.0')).toEqual([]);
    expect(jitFlags('')).toEqual([]);
  });

  it('are all known to the V8 of the node running the tests (an unknown one prints an error)', () => {
    const flags = jitFlags(process.versions.v8);
    const r = spawnSync(
      process.execPath,
      ['-e', `for (const f of ${JSON.stringify(flags)}) require('node:v8').setFlagsFromString(f)`],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
