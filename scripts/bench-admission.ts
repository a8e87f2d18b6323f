// The admission section of `npm run bench` (alone: `npm run bench -- admission`): what a
// repository's own ValidatingAdmissionPolicies cost a scan (issue 19). The monorepo corpus
// of the cold headline at 10,000 resources (scripts/bench-monorepo.ts) with 50 policies and
// their bindings, params and Namespaces in `policies/` (scripts/bench-admission-corpus.ts).
// Cold: fresh `node dist/cli.js scan` processes writing SARIF, alternated, without the
// policies (.kubegate-none.yaml), with them from the config's admissionPolicies folder
// (.kubegate.yaml), and with them among the scanned files (.kubegate-scanned.yaml: the scan
// finds them and reads the files a second time); the median of the timed runs after a
// warm-up round, in wall time and in CPU time (user + system, every thread). Warm: the
// engine alone in one process (scripts/bench-admission-worker.ts, bundled as dist/ is),
// which also counts the policy evaluations (matched (object, binding, param) invocations).
// The cost per evaluation: the cold extra CPU over the evaluations, and the warm engine time
// over them. Checks that the findings with policies are those without plus the vap/* ones.
//   KUBEGATE_ADMISSION_RUNS  timed rounds (default 5)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateAdmissionPolicies } from './bench-admission-corpus.js';
import type { AdmissionWarmResult } from './bench-admission-worker.js';
import { median, nodes, timed, type Node } from './bench-cold.js';
import { generateMonorepo } from './bench-monorepo.js';
import { bundleScript } from './bundle-options.mjs';

const RESOURCES = 10_000;
const VARIANTS = [
  { name: 'none', label: 'no policies', config: '.kubegate-none.yaml' },
  { name: 'folder', label: '50 policies (admissionPolicies folder)', config: '.kubegate.yaml' },
  {
    name: 'scanned',
    label: '50 policies among the scanned files',
    config: '.kubegate-scanned.yaml',
  },
] as const;
type Variant = (typeof VARIANTS)[number]['name'];

interface Sample {
  ms: number;
  cpuMs: number;
  rssKiB: number;
}

interface Row {
  node: Node;
  samples: Record<Variant, Sample[]>;
  results: Record<Variant, SarifResult[]>;
  warm?: AdmissionWarmResult;
}

interface SarifResult {
  ruleId: string;
  message: { text: string };
  partialFingerprints?: Record<string, string>;
  locations?: {
    physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
  }[];
}

function run(node: string, args: string[], cwd: string, tmp: string): Sample {
  const { ms, cpuMs, rssKiB } = timed(node, args, cwd, join(tmp, 'usage')).sample;
  return { ms, cpuMs, rssKiB };
}

/**
 * A finding whatever its rule index and location: an object defined in two files is
 * reported once, at the copy in the file with the fewest objects that have findings
 * (evaluate/consolidate.ts), and the policies' findings can make the other copy's file the
 * lighter one.
 */
const keyOf = (r: SarifResult): string =>
  `${r.ruleId}\u0000${JSON.stringify(r.partialFingerprints ?? {})}\u0000${r.message.text}`;
const whereOf = (r: SarifResult): string => {
  const p = r.locations?.[0]?.physicalLocation;
  return `${keyOf(r)}\u0000${p?.artifactLocation?.uri ?? ''}:${p?.region?.startLine ?? 0}`;
};
const isVap = (r: SarifResult) => r.ruleId.startsWith('vap/');

/** How many of `b` are not in `a` (as multisets of `key`); 0 when they hold the same. */
function missing(a: SarifResult[], b: SarifResult[], key = keyOf): number {
  const count = new Map<string, number>();
  for (const r of a) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
  let out = 0;
  for (const r of b) {
    const n = count.get(key(r)) ?? 0;
    if (n === 0) out++;
    else count.set(key(r), n - 1);
  }
  return out;
}
const sameKeys = (a: SarifResult[], b: SarifResult[]) =>
  a.length === b.length && missing(a, b) === 0;

function warm(node: Node, worker: string, corpus: string): AdmissionWarmResult | undefined {
  const r = spawnSync(node.path, [worker, '--root', corpus, '--runs', '5'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) {
    console.error(
      `admission bench: warm run on ${node.label} failed (exit ${r.status}):\n${r.stderr}`,
    );
    return undefined;
  }
  return JSON.parse(last) as AdmissionWarmResult;
}

export async function benchAdmission(repoRoot: string, realisticDir: string): Promise<void> {
  const cli = join(repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli) || !existsSync(realisticDir)) {
    console.log(`admission bench skipped: no dist/cli.js or no ${realisticDir}`);
    return;
  }
  const runs = Number(process.env.KUBEGATE_ADMISSION_RUNS) || 5;
  const tmp = mkdtempSync(join(tmpdir(), 'kubegate-admission-'));
  const preload = ['--import', pathToFileURL(join(repoRoot, 'scripts', 'bench-maxrss.mjs')).href];
  try {
    const corpus = join(tmp, 'monorepo-10k');
    const g = generateMonorepo(corpus, RESOURCES, realisticDir);
    const a = generateAdmissionPolicies(corpus);
    console.log(
      `monorepo 10k: ${g.resources.toLocaleString('en')} resources in ${g.files.toLocaleString('en')} files; ` +
        `policies/: ${a.policies} policies, ${a.bindings} bindings, ${a.namespaces} Namespaces, ${a.params} params`,
    );
    const worker = await bundleScript('bench-admission-worker', tmp);
    const rows: Row[] = [];
    for (const node of nodes()) {
      const row: Row = {
        node,
        samples: { none: [], folder: [], scanned: [] },
        results: { none: [], folder: [], scanned: [] },
      };
      const sarif = join(tmp, 'out.sarif');
      const args = (config: string) => [
        ...preload,
        ...[cli, 'scan', '--config', config, '--format', 'sarif', '--output', sarif],
        ...['--fail-on', 'none'],
      ];
      process.stdout.write(`admission: ${node.label}, warm-up + ${runs} alternated rounds...\n`);
      for (let i = 0; i <= runs; i++)
        for (const v of VARIANTS) {
          const s = run(node.path, args(v.config), corpus, tmp);
          if (i > 0) row.samples[v.name].push(s);
          else
            row.results[v.name] = (
              JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: SarifResult[] }[] }
            ).runs[0].results;
        }
      process.stdout.write(`admission: ${node.label}, warm engine in one process...\n`);
      const w = warm(node, worker, corpus);
      if (w) row.warm = w;
      rows.push(row);
    }
    print(rows, runs);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const s2 = (ms: number) => (ms / 1000).toFixed(2);

function print(rows: Row[], runs: number): void {
  if (!rows.length) return;
  console.log(
    `\nAdmission policies, cold process, SARIF written (median of ${runs} alternated rounds; ` +
      `load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}, ${cpus().length} cores):\n`,
  );
  console.log(
    '| node | scan | findings (vap/*) | wall s | CPU s | peak MB | extra wall s | extra CPU s | wall ratio | CPU ratio |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const med = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
  for (const r of rows) {
    const base = r.samples.none;
    for (const v of VARIANTS) {
      const xs = r.samples[v.name];
      const found = r.results[v.name];
      const extra = (k: 'ms' | 'cpuMs') =>
        v.name === 'none' ? '' : `+${s2(med(xs, k) - med(base, k))}`;
      const ratio = (k: 'ms' | 'cpuMs') =>
        v.name === 'none' ? '' : `${(med(xs, k) / med(base, k)).toFixed(2)}x`;
      console.log(
        `| ${r.node.label} | ${v.label} | ${fmt(found.length)} (${fmt(found.filter(isVap).length)}) | ` +
          `${s2(med(xs, 'ms'))} | ${s2(med(xs, 'cpuMs'))} | ${fmt(med(xs, 'rssKiB') / 1024)} | ` +
          `${extra('ms')} | ${extra('cpuMs')} | ${ratio('ms')} | ${ratio('cpuMs')} |`,
      );
    }
  }

  console.log(
    '\nPolicy evaluations and their cost (warm: engine.evaluate() per resource, best of 5 passes):\n',
  );
  console.log(
    '| node | evaluations | resources evaluated | CEL expressions run | cold µs/evaluation (extra CPU) | warm engine ms | warm µs/evaluation | warm with findings ms |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const w = r.warm;
    if (!w) {
      console.log(`| ${r.node.label} | error | | | | | | |`);
      continue;
    }
    const extraCpu = med(r.samples.folder, 'cpuMs') - med(r.samples.none, 'cpuMs');
    const engine = Math.min(...w.engineMs);
    console.log(
      `| ${r.node.label} | ${fmt(w.evaluations)} | ${fmt(w.resourcesEvaluated)} of ${fmt(w.resources)} | ` +
        `${fmt(w.expressionRuns)} | ${fmt((extraCpu * 1000) / w.evaluations, 1)} | ${fmt(engine)} | ` +
        `${fmt((engine * 1000) / w.evaluations, 1)} | ${fmt(Math.min(...w.findingsMs))} |`,
    );
  }
  const w = rows.find((r) => r.warm)?.warm;
  if (w)
    console.log(
      `\nevaluations by kind: ${Object.entries(w.perKind)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${fmt(n)}`)
        .join(
          ', ',
        )}; ${fmt(w.verdicts)} verdicts, ${fmt(w.findings)} findings before the scan's consolidation`,
    );

  // Sanity: the policies add findings and change none.
  for (const r of rows) {
    const none = r.results.none;
    const folder = r.results.folder;
    const scanned = r.results.scanned;
    const checks: [string, boolean][] = [
      ['no vap/* finding without policies', !none.some(isVap)],
      [
        'with the folder: the findings without plus vap/*',
        sameKeys(
          folder.filter((x) => !isVap(x)),
          none,
        ),
      ],
      [
        'among the scanned files: the same vap/* findings',
        sameKeys(scanned.filter(isVap), folder.filter(isVap)),
      ],
    ];
    for (const [what, ok] of checks)
      console.log(`check: ${r.node.label}: ${what}: ${ok ? 'PASS' : 'FAIL'}`);
    const moved = missing(
      none,
      folder.filter((x) => !isVap(x)),
      whereOf,
    );
    if (moved)
      console.log(
        `  note: ${fmt(moved)} built-in findings on objects defined in two files are reported at ` +
          'the other copy with the policies (the copy in the file with the fewest objects that have findings)',
      );
    // Scanned, policies/ is scanned as a whole: its Namespaces and params meet the built-in
    // rules, and namespace-wide findings move to the Namespace manifests.
    const builtIn = scanned.filter((x) => !isVap(x));
    console.log(
      `  note: among the scanned files, ${fmt(builtIn.length - none.length)} more built-in ` +
        `findings (policies/ is scanned too); ${fmt(missing(builtIn, none))} of those without ` +
        'policies are reported otherwise (at a Namespace manifest, say)',
    );
  }
}
