// V8's optimizing compiler is tuned for pages and servers that run for minutes. A scan is a
// process of a second or two that runs a few hundred distinct functions some thousands of
// times each (every rule's check, the YAML reader, the analysers): V8 then optimizes, inlines
// into and re-optimizes most of them, on the core the scan does not use, and on a 2-core CI
// runner that queue is what the scan waits for. Counted on the 10k monorepo bench (callgrind,
// every thread): Node 20 spent 4.5 G of the scan's 10.3 G instructions compiling.
//
// The entry points (the CLI, the Action) call tuneJit() first:
// - V8 13 (Node 24, the Action's runtime): no Turbofan. Maglev, the mid tier, compiles about
//   ten times faster (V8's own figure), and its code is fast enough for a run this short:
//   the 10k scan took 5.45 G instructions instead of 6.11 G, and a fresh process about 8%
//   less time at 10k; the same at 50k, where a worker thread shares the files (alternated
//   pairs).
// - V8 12 (Node 22), whose Maglev is not there yet (without Turbofan the same scan took
//   10.0 G against 7.0 G): Turbofan with a quarter of its inlining budget, the setting V8 13
//   had measured best before (where Maglev takes the functions Turbofan no longer inlines).
// - V8 11 (Node 20), which has no Maglev (without Turbofan: 10.8 G against 8.3 G): a quarter
//   of the inlining budget (8.22 G with a half, 7.90 G with a quarter; wall 1.32 s and
//   1.28 s at 10k, 4.62 s and 4.40 s at 50k, alternated pairs), and twice the work before a
//   function is optimized, since every hot function goes to the optimizing compiler.
// Other versions get none: V8 prints an error for a flag it lacks.
import { lazyBuiltin } from './lazy-builtin.js';

const v8 = lazyBuiltin<typeof import('node:v8')>('node:v8');

/** The V8 flags for V8 version `version` (process.versions.v8); none for unknown versions. */
export function jitFlags(version: string): string[] {
  const major = Number.parseInt(version, 10);
  if (major === 11)
    return ['--max-inlined-bytecode-size-cumulative=230', '--interrupt-budget=135168'];
  if (major === 12) return ['--max-inlined-bytecode-size-cumulative=230'];
  // Set at run time, --max-opt=2 does not stop Turbofan (seen with --trace-opt); this does.
  if (major === 13) return ['--no-turbofan'];
  return [];
}

/** Sets jitFlags for this process (and its worker threads, which share V8's flags). */
export function tuneJit(): void {
  for (const flag of jitFlags(process.versions.v8)) v8().setFlagsFromString(flag);
}
