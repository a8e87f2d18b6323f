// Preloaded (`node --import`) into both processes of the cold-process bench, floor and scan
// alike: at exit, appends the process's peak resident memory (every thread, KiB) to the file
// KUBEGATE_BENCH_RSS_FILE names, and, when KUBEGATE_BENCH_CPU_FILE names a file, its CPU
// time (user and system, every thread, microseconds) to that one. Costs a line at exit.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.KUBEGATE_BENCH_RSS_FILE;
const cpuFile = process.env.KUBEGATE_BENCH_CPU_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
if (cpuFile)
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(cpuFile, `${u.userCPUTime + u.systemCPUTime}\n`);
  });
