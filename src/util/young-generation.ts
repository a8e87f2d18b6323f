// A scan keeps most of what it parses (the resources the analysers join, the findings), so
// most of the young generation survives each collection, and V8 reads that as a reason to
// double it: on the 10k monorepo bench the main thread's young generation grew from 2 MB to
// 64 MB, every page of it touched for the first time as it grew. On the virtual machines CI
// runs on, a first touch is a page fault that costs the kernel some microseconds (on the
// bench's machine, about 11 µs each, and a seventh of the scan's CPU samples were in the
// page-fault path: 36,000 faults against the floor's 9,000). A bigger young generation
// buys nothing here: what survives is copied out once whatever the size, and the rest dies
// young at any size.
//
// So the scan loops call holdYoungGeneration() as they go: once a thread's young generation
// has reached YOUNG_GENERATION_BYTES it stops growing (V8's growth factor, a process-wide
// flag read at each growth, set to 1). Worker threads start at that size instead of
// growing to it (tuneYoungGeneration, at start-up: the flag that gives a new heap its first
// size is read when a thread's heap is made, so the main thread's is not affected).
//
// Measured on the 10k monorepo bench (Node 24, alternated fresh processes, medians of 7):
// page faults 37,700 -> 26,000, CPU time 1.78 -> 1.63 s, wall time 1.26 -> 1.13 s.
import { lazyBuiltin } from './lazy-builtin.js';

const v8 = lazyBuiltin<typeof import('node:v8')>('node:v8');

/** The young generation's size (both semi-spaces) at which it stops growing. */
export const YOUNG_GENERATION_BYTES = 16 * 1024 * 1024;
/** holdYoungGeneration() looks at the heap once in this many calls (a look costs a few µs). */
const CALLS_PER_LOOK = 32;

let held = false;
let calls = 0;

/** At start-up: worker threads' heaps begin with a young generation of the held size. */
export function tuneYoungGeneration(): void {
  // The flag is in MB, per semi-space (the young generation is two of them).
  v8().setFlagsFromString(`--min-semi-space-size=${YOUNG_GENERATION_BYTES / 2 / 1024 / 1024}`);
}

/**
 * Call once per file scanned: stops the young generation growing once this thread's has
 * reached YOUNG_GENERATION_BYTES. Cheap: it looks at the heap once in CALLS_PER_LOOK calls,
 * and never again after it has stopped the growth.
 */
export function holdYoungGeneration(): void {
  if (held || ++calls % CALLS_PER_LOOK) return;
  const young = v8()
    .getHeapSpaceStatistics()
    .find((space) => space.space_name === 'new_space');
  if (!young || young.space_size < YOUNG_GENERATION_BYTES) return;
  v8().setFlagsFromString('--semi-space-growth-factor=1');
  held = true;
}

/** Whether this thread has stopped the young generation's growth (for tests). */
export const youngGenerationHeld = (): boolean => held;
