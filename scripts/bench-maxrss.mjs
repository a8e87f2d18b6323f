// Preloaded (`node --import`) into both processes of the cold-process bench, floor and scan
// alike: at exit, appends the process's peak resident memory (every thread, KiB) to the file
// KUBEGATE_BENCH_RSS_FILE names. Costs one line at exit.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.KUBEGATE_BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
