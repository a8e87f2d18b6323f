// What the rest of the machine did while the bench timed a run: CPU time used by other
// processes, and time the hypervisor gave this VM's CPUs to someone else (steal). A scan
// spreads its work over both cores and the floor uses one, so a disturbed core slows the
// scan more than the floor; these figures say whether a ratio was measured on a quiet machine.
import { readFileSync } from 'node:fs';

/** Milliseconds per clock tick of /proc/stat (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

export interface MachineTicks {
  /** CPU time of every process, all cores (user, nice, system, irq, softirq), in ms. */
  busyMs: number;
  /** CPU time the hypervisor took from this machine's cores, in ms. */
  stealMs: number;
}

/** A file of /proc, or undefined where there is none (not Linux). */
function procFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The machine's CPU counters, or undefined where there is no /proc/stat (not Linux). */
export function machineTicks(): MachineTicks | undefined {
  const text = procFile('/proc/stat');
  if (text === undefined) return undefined;
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice
  const fields = text.slice(0, text.indexOf('\n')).trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return { busyMs: (user + nice + system + irq + softirq) * TICK_MS, stealMs: steal * TICK_MS };
}

export interface OutsideLoad {
  /** CPU time used by other processes during the run, in ms (all cores). */
  otherMs: number;
  stealMs: number;
}

/**
 * What happened outside this process between `before` and `after`, given the CPU time this
 * process used meanwhile (process.cpuUsage, all threads). Ticks are coarse: a 300 ms run
 * is measured to about ±10 ms on each counter, so small negatives are clamped to 0.
 */
export function outsideLoad(
  before: MachineTicks | undefined,
  after: MachineTicks | undefined,
  ownCpuMs: number,
): OutsideLoad | undefined {
  if (!before || !after) return undefined;
  return {
    otherMs: Math.max(0, after.busyMs - before.busyMs - ownCpuMs),
    stealMs: Math.max(0, after.stealMs - before.stealMs),
  };
}

/**
 * The share of one core, in percent, that `loads` took over runs of `wallMs` in all:
 * other processes, steal, or both.
 */
export function percentOfCore(
  loads: readonly OutsideLoad[],
  wallMs: readonly number[],
  what: keyof OutsideLoad | 'both',
): number {
  const total = wallMs.reduce((sum, ms) => sum + ms, 0);
  const taken = loads.reduce(
    (sum, l) => sum + (what === 'both' ? l.otherMs + l.stealMs : l[what]),
    0,
  );
  return total > 0 ? (taken / total) * 100 : 0;
}

/** A share of a core that says a run was not measured on a quiet machine. */
export const DISTURBED_PERCENT = 10;

/**
 * CPU time of this process's children that have ended and been waited for (cutime and
 * cstime of /proc/self/stat), in ms: the helm processes of a render. Undefined off Linux.
 */
export function childrenCpuMs(): number | undefined {
  const text = procFile('/proc/self/stat');
  if (text === undefined) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of the line; the first after the name is field 3.
  const cutime = Number(fields[16 - 3]);
  const cstime = Number(fields[17 - 3]);
  return Number.isFinite(cutime) && Number.isFinite(cstime)
    ? (cutime + cstime) * TICK_MS
    : undefined;
}
