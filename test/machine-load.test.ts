import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  childrenCpuMs,
  machineTicks,
  outsideLoad,
  percentOfCore,
} from '../scripts/machine-load.js';

describe("the bench's measure of the rest of the machine", () => {
  it('reads the CPU counters of /proc/stat on Linux, and they only grow', () => {
    const before = machineTicks();
    if (process.platform !== 'linux') {
      expect(before).toBeUndefined();
      return;
    }
    const cpu0 = process.cpuUsage();
    let x = 0;
    for (let i = 0; i < 6e7; i++) x = (x * 31 + i) | 0;
    const own = process.cpuUsage(cpu0);
    const after = machineTicks();
    expect(x).not.toBeNaN();
    expect(before && after).toBeTruthy();
    // The machine's busy time includes this loop (to the counters' 10 ms ticks).
    const ownMs = (own.user + own.system) / 1000;
    expect(after!.busyMs - before!.busyMs).toBeGreaterThanOrEqual(ownMs / 2);
    expect(after!.stealMs).toBeGreaterThanOrEqual(before!.stealMs);
  });

  it("counts what is not the process's own CPU time, never below zero", () => {
    const before = { busyMs: 1000, stealMs: 50 };
    const after = { busyMs: 1600, stealMs: 80 };
    expect(outsideLoad(before, after, 450)).toEqual({ otherMs: 150, stealMs: 30 });
    // Ticks are coarse: a process may be credited a little more than the counters moved.
    expect(outsideLoad(before, after, 640)).toEqual({ otherMs: 0, stealMs: 30 });
    expect(outsideLoad(undefined, after, 0)).toBeUndefined();
  });

  it('gives what was taken as a share of one core over the runs', () => {
    const loads = [
      { otherMs: 30, stealMs: 10 },
      { otherMs: 0, stealMs: 20 },
    ];
    expect(percentOfCore(loads, [100, 100], 'otherMs')).toBe(15);
    expect(percentOfCore(loads, [100, 100], 'stealMs')).toBe(15);
    expect(percentOfCore(loads, [100, 100], 'both')).toBe(30);
    expect(percentOfCore([], [], 'both')).toBe(0);
  });

  it('counts the CPU time of child processes once they have ended', () => {
    const before = childrenCpuMs();
    if (process.platform !== 'linux') {
      expect(before).toBeUndefined();
      return;
    }
    // The child says how much CPU time it used itself.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        'let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 31 + i) | 0; const c = process.cpuUsage(); console.log(x === 1 ? 0 : (c.user + c.system) / 1000)',
      ],
      { encoding: 'utf8' },
    );
    expect(child.status).toBe(0);
    const reportedMs = Number(child.stdout.trim());
    expect(reportedMs).toBeGreaterThan(0);
    // Counted in 10 ms ticks, a few of which may fall either way.
    expect(childrenCpuMs()! - before!).toBeGreaterThanOrEqual(reportedMs - 40);
  });
});
