// Charts rendered per second, one at a time and through the bounded pool, on the corpus
// charts with the real helm (issue 3's target: parallel at least 1.6x faster on 2 cores).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultConcurrency,
  discover,
  renderAll,
  defaultTargets,
} from '../src/collect/render/index.js';
import {
  childrenCpuMs,
  DISTURBED_PERCENT,
  machineTicks,
  outsideLoad,
  percentOfCore,
  type OutsideLoad,
} from './machine-load.js';

interface RenderTiming {
  concurrency: number;
  ms: number;
  ok: number;
  failed: number;
  /** What other processes (not this one, not its helm processes) and steal took meanwhile. */
  outside?: OutsideLoad;
  /** CPU time of the helm processes (all their threads), where /proc says. */
  helmCpuMs?: number;
}

/** Timed rounds, serial and parallel alternated: the best of each makes the speed-up. */
const ROUNDS = 3;

async function timeRenders(
  chartsRoot: string,
  concurrency: number,
  env: NodeJS.ProcessEnv,
): Promise<RenderTiming> {
  const targets = defaultTargets(chartsRoot, await discover(chartsRoot)).filter(
    (t) => t.kind === 'helm',
  );
  const ticks0 = machineTicks();
  const children0 = childrenCpuMs();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const results = await renderAll(targets, { concurrency, env });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const children1 = childrenCpuMs();
  const helmCpuMs =
    children0 !== undefined && children1 !== undefined ? children1 - children0 : undefined;
  const outside = outsideLoad(
    ticks0,
    machineTicks(),
    (cpu.user + cpu.system) / 1000 + (helmCpuMs ?? 0),
  );
  const ok = results.filter((r) => r.ok).length;
  return {
    concurrency,
    ms,
    ok,
    failed: results.length - ok,
    ...(outside ? { outside } : {}),
    ...(helmCpuMs !== undefined ? { helmCpuMs } : {}),
  };
}

/** The fastest of the timings. */
const fastest = (timings: readonly RenderTiming[]): RenderTiming =>
  timings.reduce((a, b) => (b.ms < a.ms ? b : a));

/** Other processes' and steal's share of a core during a timing, in percent. */
const busyShare = (t: RenderTiming): number =>
  t.outside ? percentOfCore([t.outside], [t.ms], 'both') : 0;

/** Prints the render table and the speed-up target line; says so when helm is missing. */
export async function benchRenders(corpus: string, repoRoot: string): Promise<void> {
  const chartsRoot = join(corpus, 'charts');
  const helm = process.env.KUBEGATE_HELM ?? join(repoRoot, '.tools', 'bin', 'helm');
  if (!existsSync(chartsRoot) || !existsSync(helm)) {
    console.log(
      `\nrender benchmark skipped: no charts at ${chartsRoot} or no helm at ${helm} (run npm run setup)`,
    );
    return;
  }
  const env = { ...process.env, KUBEGATE_HELM: helm };
  await timeRenders(chartsRoot, defaultConcurrency(), env); // warm-up: file cache, binary
  const serialRuns: RenderTiming[] = [];
  const parallelRuns: RenderTiming[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    serialRuns.push(await timeRenders(chartsRoot, 1, env));
    parallelRuns.push(await timeRenders(chartsRoot, defaultConcurrency(), env));
  }
  const serial = fastest(serialRuns);
  const parallel = fastest(parallelRuns);
  const charts = serial.ok + serial.failed;
  console.log('\n| renders at once | charts | rendered | failed | seconds | charts/s |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const t of [serial, parallel]) {
    console.log(
      `| ${t.concurrency} | ${charts} | ${t.ok} | ${t.failed} | ${(t.ms / 1000).toFixed(1)} | ${((1000 * charts) / t.ms).toFixed(1)} |`,
    );
  }
  const seconds = (runs: RenderTiming[]) => runs.map((t) => (t.ms / 1000).toFixed(1)).join('/');
  const shares = (runs: RenderTiming[]) => runs.map((t) => `${busyShare(t).toFixed(0)}%`).join('/');
  const helmSeconds = (runs: RenderTiming[]) =>
    runs.map((t) => ((t.helmCpuMs ?? 0) / 1000).toFixed(1)).join('/');
  // helm's own CPU time per round varies (a Go program, with its own threads and
  // collector): a slow serial or parallel round is often helm doing more work, not the pool.
  console.log(
    `- best of ${ROUNDS} alternated rounds: serial ${seconds(serialRuns)} s, parallel ${seconds(parallelRuns)} s` +
      (serial.helmCpuMs !== undefined
        ? `; helm's CPU time ${helmSeconds(serialRuns)} s and ${helmSeconds(parallelRuns)} s`
        : '') +
      (serial.outside
        ? `; other processes and steal took ${shares(serialRuns)} and ${shares(parallelRuns)} of a core`
        : ''),
  );
  const speedup = serial.ms / parallel.ms;
  console.log(
    `target: parallel rendering >= 1.6x serial: ${speedup >= 1.6 ? 'PASS' : 'FAIL'} (${speedup.toFixed(2)}x)`,
  );
  // Said, never used to drop a round.
  if (busyShare(serial) >= DISTURBED_PERCENT || busyShare(parallel) >= DISTURBED_PERCENT)
    console.log(
      '  note: other processes or steal took a tenth of a core or more during the best rounds',
    );
}
