import { describe, expect, it } from 'vitest';
import { machineTicks, outsideLoad } from '../scripts/machine-load.js';

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
});
