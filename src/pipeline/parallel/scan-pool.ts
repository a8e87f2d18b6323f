// Large scans spread their files over worker threads. scan() is synchronous (the CLI, the
// Action and the library all call it so), so the main thread blocks on Atomics.wait instead
// of awaiting events, and takes results with receiveMessageOnPort.
//
// Files are handed out through a shared counter: the main thread and the workers each take
// the next batch until none is left. The main thread starts at once, so a worker that is
// slow to start only means the main thread does more of the work, and a small scan never
// waits for a worker. Results are put back in file order, so the output does not depend on
// which thread scanned which file.
//
// Workers are kept (unreferenced, so they never keep the process alive) and reused by the
// next large scan in the same process, as any thread pool: a program that scans more than
// once pays for starting a thread and warming its code once.
//
// The worker runs this very module file: from source that is this .ts file (started with
// tsx's loader); in dist/ it is the single bundled file, re-entered with a flag in
// workerData. The gate at the bottom of this module then runs the worker and never lets the
// rest of the bundle (the CLI's or the Action's own top-level code) start in that thread.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { lazyBuiltin } from '../../util/lazy-builtin.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MessagePort, Worker, WorkerOptions } from 'node:worker_threads';
import type { CollectedFile } from '../../collect/collect-files.js';
import type { Config } from '../../config/config.js';
import type { ParseLimits } from '../../parse/parse-source.js';
import type { Rule } from '../../evaluate/rules/rule.js';
import type { Finding } from '../../model/types.js';
import { pack, unpack, type Packed } from './pack.js';
import { holdYoungGeneration } from '../../util/young-generation.js';
import type { AdmissionSources } from '../../evaluate/admission-findings.js';
import {
  renderResults,
  ruleOrderOf,
  type PrerenderedResults,
  type ResultsText,
} from '../../report/sarif-prerender.js';
import { ruleIndexes } from '../../report/sarif.js';
import {
  evaluationContext,
  scanFile,
  scanRules,
  type ContextOptions,
  type EvaluationContext,
  type FileResult,
} from '../../evaluate/evaluate-file.js';

/** Files taken from the shared counter at a time: few enough to balance the threads. */
const BATCH = 4;
// Slots of the shared Int32Array.
const NEXT = 0; // next file index to hand out
const DONE = 1; // files finished, by any thread (for progress)
const STATE_BASE = 2; // one per worker, see WorkerState
const enum WorkerState {
  NotStarted = 0,
  Running = 1,
  Finished = 2,
  /** The main thread finished every file before this worker started: it does nothing. */
  Cancelled = 3,
}

/** The flag in workerData that makes this module run as a scan worker. */
interface WorkerStart {
  kubegateScanWorker: true;
  port: MessagePort;
}

/** One scan's share for a worker: what it needs to rebuild the evaluation context. */
interface WorkerJob {
  id: number;
  slot: number;
  shared: SharedArrayBuffer;
  /** Where the custom rules are read. */
  policyRoot: string;
  /** Evaluate the admission policies alone (ScanOptions.admissionOnly). */
  admissionOnly: boolean;
  context: ContextOptions;
  config: Config;
  today: string;
  limits: ParseLimits;
  files: CollectedFile[];
  /**
   * Write the SARIF results of the files too (ParallelScan.sarif), with the rule indexes of
   * this rule order (the worker writes none if its own rules are in another).
   */
  sarifRuleOrder?: string;
}

/**
 * A worker's results for part of one scan. A worker sends them in parts while it scans (see
 * RESULTS_PER_REPLY); `last` marks its final reply, the one sent when it runs out of files.
 */
type WorkerReply = { id: number; last: boolean; sarif?: ResultsText } & (
  | { results: [number, FileResult][] }
  /** The results, packed (src/pipeline/parallel/pack.ts): far cheaper to send than to clone. */
  | { packed: Packed }
  | { error: string }
);

/**
 * Files whose results a worker sends at a time. Packing and sending a large scan's findings
 * in one go at the end took a few hundred ms in which the main thread had nothing left to
 * do but wait; sent in parts, that work overlaps the scan, and the main thread unpacks the
 * parts between its own batches, so that what is left after the last file is small. Small
 * parts also let the worker's findings die young: held for 256 files, they outlived a
 * scavenge and were copied to the old generation (the worker's GC took ~30% longer).
 */
const RESULTS_PER_REPLY = 64;

/** Takes batches of file indexes from the shared counter and scans them. */
function drain(
  signal: Int32Array,
  files: readonly CollectedFile[],
  scanOne: (file: CollectedFile) => FileResult,
  onFile: (index: number, result: FileResult) => void,
): void {
  for (;;) {
    const first = Atomics.add(signal, NEXT, BATCH);
    if (first >= files.length) return;
    for (let i = first; i < Math.min(first + BATCH, files.length); i++) {
      holdYoungGeneration();
      const result = scanOne(files[i]);
      Atomics.add(signal, DONE, 1);
      onFile(i, result);
    }
  }
}

/**
 * How many workers a scan of `files` files gets: none below the threshold or on one core.
 * KUBEGATE_SCAN_WORKERS sets the number instead (0 to 7), for tests and for tuning a machine.
 */
export function workerCount(files: number, minFilesPerThread: number): number {
  const forced = Number.parseInt(process.env.KUBEGATE_SCAN_WORKERS ?? '', 10);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 7);
  const cores = availableParallelism();
  if (cores < 2 || files < 2 * minFilesPerThread) return 0;
  return Math.min(cores - 1, Math.floor(files / minFilesPerThread) - 1, 7);
}

export interface ParallelScan {
  policyRoot: string;
  /** The admission policies' sources, for the workers to compile (plain data). */
  admission?: AdmissionSources;
  admissionOnly?: boolean;
  config: Config;
  today: string;
  limits: ParseLimits;
  files: CollectedFile[];
  workers: number;
  ctx: EvaluationContext;
  /** The scan's rules (for the SARIF rule indexes). */
  rules: readonly Rule[];
  onProgress?: (done: number, total: number) => void;
  /**
   * Where to keep the files' SARIF results, written by each thread a group of files at a
   * time as it scans them (see report/sarif-prerender.ts). Default: none are written.
   */
  sarif?: PrerenderedResults;
}

interface PooledWorker {
  worker: Worker;
  port: MessagePort;
}

const pool: PooledWorker[] = [];
let jobs = 0;

/** The first `count` workers of the pool, starting the ones it lacks. */
function pooledWorkers(count: number): PooledWorker[] {
  while (pool.length < count) {
    const { port1, port2 } = new (workerThreads().MessageChannel)();
    const start: WorkerStart = { kubegateScanWorker: true, port: port2 };
    const worker = newWorker({ workerData: start, transferList: [port2] });
    const entry = { worker, port: port1 };
    // The scan never waits on the event loop; do not keep the process alive for a worker.
    worker.unref();
    port1.unref();
    // A worker that failed never takes a file (the main thread cancels its share); drop it
    // so that a later scan starts a new one. Unhandled, the error would crash the process.
    const drop = () => {
      const at = pool.indexOf(entry);
      if (at >= 0) pool.splice(at, 1);
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    pool.push(entry);
  }
  return pool.slice(0, count);
}

/** Scans `files` with the main thread and `workers` worker threads; results in file order. */
export function scanInParallel(job: ParallelScan): FileResult[] {
  const { files } = job;
  const workers = pooledWorkers(job.workers);
  const shared = new SharedArrayBuffer(4 * (STATE_BASE + workers.length));
  const signal = new Int32Array(shared);
  const id = ++jobs;
  workers.forEach(({ port }, w) => {
    const share: WorkerJob = {
      id,
      slot: STATE_BASE + w,
      shared,
      policyRoot: job.policyRoot,
      admissionOnly: job.admissionOnly ?? false,
      context: {
        records: job.ctx.records,
        ...(job.ctx.oldObjects ? { oldObjects: job.ctx.oldObjects } : {}),
        ...(job.admission ? { admission: job.admission } : {}),
      },
      config: job.config,
      today: job.today,
      limits: job.limits,
      files,
      ...(job.sarif ? { sarifRuleOrder: job.sarif.ruleOrder } : {}),
    };
    port.postMessage(share);
  });

  const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
  /** A file's findings as they arrived, for the SARIF texts written of them. */
  const findingsAt = (i: number): readonly Finding[] => results[i]?.findings ?? [];
  const finished: boolean[] = workers.map(() => false);
  /** Takes the replies waiting on worker `w`'s port; true once its last one is in. */
  const receive = (w: number): boolean => {
    while (!finished[w]) {
      const reply = workerThreads().receiveMessageOnPort(workers[w].port)?.message as
        WorkerReply | undefined;
      if (!reply) return false;
      // Replies to earlier scans that ended early (by an exception) are skipped.
      if (reply.id !== id) continue;
      if ('error' in reply) throw new Error(`a scan worker failed: ${reply.error}`);
      const replied =
        'packed' in reply ? (unpack(reply.packed) as [number, FileResult][]) : reply.results;
      for (const [i, result] of replied) results[i] = result;
      if (reply.sarif) job.sarif?.add(reply.sarif, findingsAt);
      finished[w] = reply.last;
    }
    return true;
  };
  // The main thread's own files, waiting to have their SARIF results written as a group.
  const sarifIndex = job.sarif ? ruleIndexes(job.rules) : undefined;
  let unwritten: [number, FileResult][] = [];
  const writeSarif = () => {
    const text = sarifIndex && renderResults(findingsOf(unwritten), sarifIndex);
    if (text) job.sarif?.add(text, findingsAt);
    unwritten = [];
  };
  let sinceReceive = 0;
  drain(
    signal,
    files,
    (file) => scanFile(file, job.ctx, job.limits),
    (i, result) => {
      results[i] = result;
      if (sarifIndex && unwritten.push([i, result]) >= RESULTS_PER_REPLY) writeSarif();
      job.onProgress?.(Atomics.load(signal, DONE), files.length);
      // Now and then, unpack what the workers have sent while there is still work for them.
      if (++sinceReceive >= BATCH) {
        sinceReceive = 0;
        for (let w = 0; w < workers.length; w++) receive(w);
      }
    },
  );
  if (unwritten.length) writeSarif();
  workers.forEach((_worker, w) => {
    const slot = STATE_BASE + w;
    // A worker that has not started this share never will be needed: cancel it instead of
    // waiting (it skips the share when it comes to it).
    if (
      Atomics.compareExchange(signal, slot, WorkerState.NotStarted, WorkerState.Cancelled) ===
      WorkerState.NotStarted
    )
      return;
    while (Atomics.load(signal, slot) === WorkerState.Running)
      Atomics.wait(signal, slot, WorkerState.Running);
    if (!receive(w)) throw new Error('a scan worker finished without a result');
  });
  job.onProgress?.(files.length, files.length);
  return results.map((r, i) => {
    if (!r) throw new Error(`no scan result for ${files[i].path}`);
    return r;
  });
}

const WORKER_ENTRY = fileURLToPath(import.meta.url);

/**
 * node:worker_threads, loaded by a scan that starts workers, and by the workers. Every
 * process loads this module (it is part of the bundle), and the worker gate below must know
 * whether it runs in a scan worker: the variable that the pool sets in its workers'
 * environment says when to load node:worker_threads and ask, so that the main thread of a
 * scan without workers never loads it (the module and what it brings cost about 1.5 ms).
 */
const workerThreads = lazyBuiltin<typeof import('node:worker_threads')>('node:worker_threads');
const WORKER_HINT = 'KUBEGATE_SCAN_WORKER_THREAD';

/**
 * In dist/ the worker is this bundle itself. From source it is this .ts file, which Node
 * cannot load alone, and a worker does not get tsx's hooks from `--import` before its entry
 * loads: a small bootstrap registers them first, then imports this module.
 */
function newWorker(given: WorkerOptions): Worker {
  const { Worker } = workerThreads();
  const options = { ...given, env: { ...process.env, [WORKER_HINT]: '1' } };
  if (!WORKER_ENTRY.endsWith('.ts')) return new Worker(WORKER_ENTRY, options);
  // require.resolve gives the CommonJS build of tsx's API; its ESM twin sits beside it.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(api).href;
  const entry = pathToFileURL(WORKER_ENTRY).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** The worker's side of one scan: rebuild the context, scan batches, reply in parts, say so. */
function runShare(job: WorkerJob, port: MessagePort): void {
  const signal = new Int32Array(job.shared);
  if (
    Atomics.compareExchange(signal, job.slot, WorkerState.NotStarted, WorkerState.Running) !==
    WorkerState.NotStarted
  )
    return;
  const send = (reply: WorkerReply) =>
    // The codes' buffer is moved, not copied: the worker is done with it.
    port.postMessage(reply, 'packed' in reply ? [reply.packed.codes.buffer] : []);
  try {
    const rules = scanRules(job.policyRoot, job.config, job.context.admission, job.admissionOnly);
    const ctx = evaluationContext(rules, job.config, job.today, job.context);
    const sarifIndex =
      job.sarifRuleOrder !== undefined && job.sarifRuleOrder === ruleOrderOf(rules)
        ? ruleIndexes(rules)
        : undefined;
    // Written before packing, from the findings as the main thread will have them.
    const withSarif = (results: [number, FileResult][]) => {
      const sarif = sarifIndex && renderResults(findingsOf(results), sarifIndex);
      return sarif ? { sarif } : {};
    };
    let results: [number, FileResult][] = [];
    drain(
      signal,
      job.files,
      (file) => scanFile(file, ctx, job.limits),
      (i, result) => {
        results.push([i, result]);
        if (results.length >= RESULTS_PER_REPLY) {
          send({ id: job.id, last: false, ...withSarif(results), ...packedOrPlain(results) });
          results = [];
        }
      },
    );
    send({ id: job.id, last: true, ...withSarif(results), ...packedOrPlain(results) });
  } catch (e) {
    send({
      id: job.id,
      last: true,
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
  Atomics.store(signal, job.slot, WorkerState.Finished);
  Atomics.notify(signal, job.slot);
}

const findingsOf = (results: readonly [number, FileResult][]) =>
  results.map(([i, r]) => [i, r.findings] as const);

/** Packed results; the plain ones (cloned as they are) if something in them cannot be. */
function packedOrPlain(
  results: [number, FileResult][],
): { packed: Packed } | { results: [number, FileResult][] } {
  try {
    return { packed: pack(results) };
  } catch {
    return { results };
  }
}

function isWorkerStart(data: unknown): data is WorkerStart {
  return (
    data !== null &&
    typeof data === 'object' &&
    (data as { kubegateScanWorker?: unknown }).kubegateScanWorker === true
  );
}

// Only a thread started as a scan worker loads node:worker_threads to check (see WORKER_HINT).
const started =
  process.env[WORKER_HINT] === '1' && !workerThreads().isMainThread
    ? (workerThreads().workerData as unknown)
    : undefined;
if (isWorkerStart(started)) {
  const { port } = started;
  // The listener keeps this thread alive between scans, until the process ends.
  port.on('message', (job: WorkerJob) => runShare(job, port));
  // In dist/ this module is part of the CLI's or the Action's bundle: never settling here
  // keeps their top-level code from running in the worker.
  await new Promise<never>(() => undefined);
}
