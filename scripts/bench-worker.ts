// One measurement of `npm run bench`, run in a fresh process so that runs do not share a
// heap: `time` (floor and whole scan alternated in this one process, best of N after a
// warm-up), `mem` (one whole scan, sampling memory; run with --expose-gc), `stages`
// (the scan's pipeline step by step with timers) or `cpu` (whole scans under the CPU
// profiler, written to <out>/scan.cpuprofile). Prints one JSON line on stdout.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import yaml from 'js-yaml';
import { collectFiles } from '../src/collect/collect-files.js';
import { resolveConfig } from '../src/config/config.js';
import { sarifTextParts } from '../src/report/sarif-text.js';
import { writeTextFile } from '../src/report/write-text.js';
import { workerCount } from '../src/pipeline/parallel/scan-pool.js';
import { MIN_FILES_PER_THREAD, scan } from '../src/pipeline/scan.js';
import { kubegateVersion } from '../src/model/version.js';
import { profileStages } from './bench-stages.js';
import { machineTicks, outsideLoad, type OutsideLoad } from './machine-load.js';

export interface WorkerArgs {
  mode: 'time' | 'mem' | 'stages' | 'cpu';
  root: string;
  paths: string[];
  runs: number;
  outDir: string;
}

export interface TimeResult {
  files: number;
  resources: number;
  floorResources: number;
  findings: number;
  rules: number;
  sarifBytes: number;
  floorMs: number[];
  scanMs: number[];
  /**
   * CPU time (user and system, every thread of the process) of each run: the work done,
   * whatever the wall time; a scan on two threads is no cheaper in CPU than on one.
   */
  floorCpuMs: number[];
  scanCpuMs: number[];
  /** What other processes and the hypervisor took during each run (absent off Linux). */
  floorOutside?: OutsideLoad[];
  scanOutside?: OutsideLoad[];
  /** Worker threads the scan used beside the main thread (0: one thread). */
  workers: number;
}

export interface MemResult {
  resources: number;
  findings: number;
  rules: number;
  baselineRss: number;
  baselineHeap: number;
  peakRss: number;
  peakHeap: number;
  /** Heap after a full GC with the scan result still alive (the SARIF is on disk). */
  retainedHeap: number;
}

const today = new Date().toISOString().slice(0, 10);
const MANIFEST = /\.(ya?ml|json)$/i;
const LOAD_OPTIONS: yaml.LoadOptions = { schema: yaml.CORE_SCHEMA };

/** The floor: list, read and `loadAll` the same files the scan reads; counts resources. */
function floor(root: string, paths: readonly string[], scanned: ReadonlySet<string>): number {
  let resources = 0;
  for (const p of paths) {
    for (const rel of readdirSync(join(root, p), { recursive: true }) as string[]) {
      const abs = join(root, p, rel);
      if (!MANIFEST.test(rel) || !scanned.has(abs)) continue;
      try {
        yaml.loadAll(
          readFileSync(abs, 'utf8'),
          (doc) => {
            if (doc !== null && typeof doc === 'object' && 'kind' in doc) resources++;
          },
          LOAD_OPTIONS,
        );
      } catch {
        // invalid input is part of real corpora; the scan reports it, the floor skips it
      }
    }
  }
  return resources;
}

/** The whole scan: scan() with all built-in rules, and the SARIF file written as the CLI
 * writes it (`--format sarif --output FILE`: results written ahead by the scanning threads,
 * the text's parts copied into one buffer). */
function wholeScan(args: WorkerArgs, onProgress?: () => void) {
  const result = scan({
    root: args.root,
    paths: args.paths,
    config: resolveConfig(),
    today,
    onProgress,
    sarifResults: true,
  });
  onProgress?.();
  const parts = sarifTextParts(
    result.findings,
    result.rules,
    { version: kubegateVersion() },
    {},
    result.sarifResults,
  );
  const file = join(args.outDir, 'kubegate.sarif');
  writeTextFile(
    file,
    onProgress
      ? (function* sampled() {
          let n = 0;
          for (const part of parts) {
            if (++n % 256 === 0) onProgress();
            yield part;
          }
        })()
      : parts,
  );
  return { result, sarifBytes: statSync(file).size };
}

/**
 * The value, the wall time and the process's CPU time (all threads) of `fn`, in ms, and
 * what the rest of the machine did meanwhile (when /proc/stat says).
 */
function timeIt<T>(fn: () => T): [T, number, number, OutsideLoad | undefined] {
  const ticks0 = machineTicks();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return [value, ms, cpuMs, outsideLoad(ticks0, machineTicks(), cpuMs)];
}

function runTime(args: WorkerArgs): TimeResult {
  const scanned = new Set(
    collectFiles({ root: args.root, paths: args.paths, exclude: [] }).files.map((f) => f.absolute),
  );
  const floorResources = floor(args.root, args.paths, scanned); // warm-up
  // Only the counts of a scan are kept: holding a whole result while the next scan runs
  // would time two scans' worth of live heap, which no single run of the CLI ever has.
  const summaryOf = ({ result, sarifBytes }: ReturnType<typeof wholeScan>) => ({
    files: result.files,
    resources: result.resources,
    findings: result.findings.length,
    rules: result.rules.length,
    sarifBytes,
  });
  let last = summaryOf(wholeScan(args)); // warm-up
  const floorMs: number[] = [];
  const scanMs: number[] = [];
  const floorCpuMs: number[] = [];
  const scanCpuMs: number[] = [];
  const floorOutside: OutsideLoad[] = [];
  const scanOutside: OutsideLoad[] = [];
  for (let i = 0; i < args.runs; i++) {
    const [, floorWall, floorCpu, floorLoad] = timeIt(() => floor(args.root, args.paths, scanned));
    floorMs.push(floorWall);
    floorCpuMs.push(floorCpu);
    if (floorLoad) floorOutside.push(floorLoad);
    const [value, ms, cpu, scanLoad] = timeIt(() => summaryOf(wholeScan(args)));
    last = value;
    scanMs.push(ms);
    scanCpuMs.push(cpu);
    if (scanLoad) scanOutside.push(scanLoad);
  }
  return {
    files: last.files,
    resources: last.resources,
    floorResources,
    findings: last.findings,
    rules: last.rules,
    sarifBytes: last.sarifBytes,
    floorMs,
    scanMs,
    floorCpuMs,
    scanCpuMs,
    ...(floorOutside.length === args.runs ? { floorOutside, scanOutside } : {}),
    workers: workerCount(last.files, MIN_FILES_PER_THREAD),
  };
}

function runMem(args: WorkerArgs): MemResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('mem mode needs node --expose-gc');
  // A one-file scan first, so that the baseline includes the lazy parts (rules, CEL, JIT)
  // and the delta is what the scan of this corpus adds.
  const first = collectFiles({ root: args.root, paths: args.paths, exclude: [] }).files[0];
  wholeScan({ ...args, paths: [first.path] });
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const kept = wholeScan(args, sample);
  sample();
  gc();
  const retainedHeap = process.memoryUsage().heapUsed;
  return {
    resources: kept.result.resources,
    findings: kept.result.findings.length,
    rules: kept.result.rules.length,
    baselineRss: base.rss,
    baselineHeap: base.heapUsed,
    peakRss,
    peakHeap,
    retainedHeap,
  };
}

function parseArgs(argv: readonly string[]): WorkerArgs {
  const get = (name: string): string => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0 || i + 1 >= argv.length) throw new Error(`bench-worker: missing --${name}`);
    return argv[i + 1];
  };
  const mode = get('mode');
  if (mode !== 'time' && mode !== 'mem' && mode !== 'stages' && mode !== 'cpu')
    throw new Error(`bench-worker: unknown mode ${mode}`);
  return {
    mode,
    root: get('root'),
    paths: get('paths').split(','),
    runs: Number(get('runs')),
    outDir: get('out'),
  };
}

/** Whole scans under V8's sampling profiler, after a warm-up scan that is not profiled. */
async function runCpu(args: WorkerArgs): Promise<{ scanMs: number[]; profile: string }> {
  wholeScan(args);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const scanMs: number[] = [];
  for (let i = 0; i < args.runs; i++) scanMs.push(timeIt(() => wholeScan(args))[1]);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const file = join(args.outDir, 'scan.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));
  return { scanMs, profile: file };
}

const args = parseArgs(process.argv.slice(2));
const output =
  args.mode === 'time'
    ? runTime(args)
    : args.mode === 'mem'
      ? runMem(args)
      : args.mode === 'cpu'
        ? await runCpu(args)
        : profileStages(args.root, args.paths, args.runs, args.outDir, today);
process.stdout.write(`${JSON.stringify(output)}\n`);
