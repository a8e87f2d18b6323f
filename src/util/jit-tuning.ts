// V8's optimizing compiler is tuned for pages and servers that run for minutes. A scan is a
// process of a second or two that runs a few hundred distinct functions some thousands of
// times each (every rule's check, the YAML reader, the analysers): V8 then optimizes, inlines
// into and re-optimizes most of them, on the core the scan does not use, and on a 2-core CI
// runner that queue is what the scan waits for. Counted on the 10k monorepo bench (callgrind,
// every thread): Node 20 spent 4.5 G of the scan's 10.3 G instructions compiling.
//
// The entry points (the CLI, the Action) call tuneJit() first: less inlining per optimized
// function (a half of V8's budget on Node 20, a quarter where Maglev, the mid tier, takes the
// functions the optimizing compiler no longer inlines), and on Node 20's V8, whose every hot
// function goes to the optimizing compiler, twice the work before a function is optimized.
// Measured on V8 11 (Node 20) and 13 (Node 24); the inlining flag is set on 12 (Node 22)
// too, where it has the same meaning. Other versions get none: V8 prints an error for a flag
// it lacks.
import { lazyBuiltin } from './lazy-builtin.js';

const v8 = lazyBuiltin<typeof import('node:v8')>('node:v8');

/** The V8 flags for V8 version `version` (process.versions.v8); none for unknown versions. */
export function jitFlags(version: string): string[] {
  const major = Number.parseInt(version, 10);
  if (major === 11)
    return ['--max-inlined-bytecode-size-cumulative=460', '--interrupt-budget=135168'];
  if (major >= 12 && major <= 13) return ['--max-inlined-bytecode-size-cumulative=230'];
  return [];
}

/** Sets jitFlags for this process (and its worker threads, which share V8's flags). */
export function tuneJit(): void {
  for (const flag of jitFlags(process.versions.v8)) v8().setFlagsFromString(flag);
}
