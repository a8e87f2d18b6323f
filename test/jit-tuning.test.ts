import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jitFlags } from '../src/util/jit-tuning.js';

describe('the V8 flags a scan sets for itself', () => {
  it('are set only on the V8 versions they were measured on', () => {
    expect(jitFlags('11.3.244.8-node.38')).toEqual([
      '--max-inlined-bytecode-size-cumulative=230',
      '--interrupt-budget=135168',
    ]);
    expect(jitFlags('12.4.254.21-node.57')).toEqual(['--max-inlined-bytecode-size-cumulative=230']);
    expect(jitFlags('13.6.233.17-node.41')).toEqual(['--no-turbofan']);
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

describe('Turbofan, where the flags turn it off (V8 13, the Action runtime)', () => {
  // A function hot enough for every tier, run with --trace-opt, which prints each compile
  // and its target tier.
  const hot = `
    let sum = 0;
    function step(i) { return (i * 7) % 13; }
    for (let i = 0; i < 5e6; i++) sum += step(i);
    console.log(sum);`;
  const tiersCompiled = (flags: string[]): string => {
    const setFlags = `for (const f of ${JSON.stringify(flags)}) require('node:v8').setFlagsFromString(f);`;
    const r = spawnSync(process.execPath, ['--trace-opt', '-e', setFlags + hot], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    return r.stdout;
  };
  const on13 = Number.parseInt(process.versions.v8, 10) === 13;

  it.runIf(on13)('is used by default: the check below can see it', () => {
    expect(tiersCompiled([])).toMatch(/completed compiling .*TURBOFAN/);
  });

  it.runIf(on13)('is not used once the flags are set at run time, and Maglev is', () => {
    const trace = tiersCompiled(jitFlags(process.versions.v8));
    expect(trace).not.toMatch(/TURBOFAN/);
    expect(trace).toMatch(/completed compiling .*MAGLEV/);
  });
});
