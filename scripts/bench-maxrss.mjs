// Preloaded (`node --import`) into both processes of the cold-process bench, floor and scan
// alike: at exit, appends one JSON line to the file KUBEGATE_BENCH_USAGE_FILE names, with the
// process's peak resident memory (every thread, KiB), its CPU time (user and system, every
// thread, microseconds) and its minor page faults (first touches of memory, which cost
// microseconds each in a virtual machine). Costs a line at exit.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.KUBEGATE_BENCH_USAGE_FILE;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    const usage = {
      maxRSS: u.maxRSS,
      cpuUs: u.userCPUTime + u.systemCPUTime,
      minorFaults: u.minorPageFault,
    };
    appendFileSync(file, `${JSON.stringify(usage)}\n`);
  });
