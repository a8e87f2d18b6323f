// Charts rendered per second, one at a time and through the bounded pool, on the corpus
// charts with the real helm (issue 3's target: parallel at least 1.6x faster on 2 cores).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConcurrency, discover, renderAll, defaultTargets } from '../src/render/index.js';

interface RenderTiming {
  concurrency: number;
  ms: number;
  ok: number;
  failed: number;
}

async function timeRenders(
  chartsRoot: string,
  concurrency: number,
  env: NodeJS.ProcessEnv,
): Promise<RenderTiming> {
  const targets = defaultTargets(chartsRoot, await discover(chartsRoot)).filter(
    (t) => t.kind === 'helm',
  );
  const t0 = performance.now();
  const results = await renderAll(targets, { concurrency, env });
  const ms = performance.now() - t0;
  const ok = results.filter((r) => r.ok).length;
  return { concurrency, ms, ok, failed: results.length - ok };
}

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
  const serial = await timeRenders(chartsRoot, 1, env);
  const parallel = await timeRenders(chartsRoot, defaultConcurrency(), env);
  const charts = serial.ok + serial.failed;
  console.log('\n| renders at once | charts | rendered | failed | seconds | charts/s |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const t of [serial, parallel]) {
    console.log(
      `| ${t.concurrency} | ${charts} | ${t.ok} | ${t.failed} | ${(t.ms / 1000).toFixed(1)} | ${((1000 * charts) / t.ms).toFixed(1)} |`,
    );
  }
  const speedup = serial.ms / parallel.ms;
  console.log(
    `target: parallel rendering >= 1.6x serial: ${speedup >= 1.6 ? 'PASS' : 'FAIL'} (${speedup.toFixed(2)}x)`,
  );
}
