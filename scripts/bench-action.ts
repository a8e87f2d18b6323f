// The Action end to end on a pull request, as a runner runs it: `node dist/index.js` on
// Node 24 (the Action's runtime), every input from action.yml's defaults, GitHub's documented
// pull_request payload, and the loopback GitHub of the end-to-end tests. The repository is
// the shared corpus's charts and realistic manifests; the pull request touches 2 charts and
// 10 manifests (two of them add a privileged Deployment, so that the Action comments and
// fails). Each run is a fresh process; the Action's own log line gives the split (base scan,
// head scan, untouched charts, renders within them, GitHub API).
//   npx tsx scripts/bench-action.ts [runs]      (default 3)
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeGitHub } from '../test/support/fake-github.js';
import {
  LOOPBACK_API_SECOND_MS,
  makePullRequestRepo,
  NODE_24,
  pullRequestRun,
  runAction,
} from '../test/support/action-run.js';

const repoRoot = resolve(import.meta.dirname, '..');
const corpus = resolve(repoRoot, process.env.KUBEGATE_CORPUS ?? '../shared/corpus');
const PR = 7;
/** A pull request's run takes at most this many times the renders it needs (README). */
const RENDER_TARGET = 1.25;

/** The text files under `dir` (repository path -> text), to pick and edit the changed ones. */
function textsUnder(dir: string, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  (function walk(d: string) {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.(ya?ml|tpl|txt)$/.test(name))
        out[`${prefix}/${relative(dir, abs)}`] = readFileSync(abs, 'utf8');
    }
  })(dir);
  return out;
}

/** A privileged Deployment, named per file (Kustomize refuses two objects with one id). */
const privileged = (n: number) => `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: bench-debug-${n}
spec:
  selector: { matchLabels: { app: bench-debug-${n} } }
  template:
    metadata: { labels: { app: bench-debug-${n} } }
    spec:
      containers:
        - name: debug
          image: registry.example/debug:1.0
          securityContext: { privileged: true }
`;

/** The pull request: a new template in 2 charts, 10 manifests edited (2 of them risky). */
function change(base: Record<string, string>): Record<string, string> {
  const charts = [
    'charts/bitnami-subset/redis',
    'charts/prometheus-community/charts/kube-state-metrics',
  ];
  const head: Record<string, string> = {};
  for (const chart of charts) {
    if (!Object.keys(base).some((f) => f.startsWith(`${chart}/`)))
      throw new Error(`bench-action: no chart at ${chart} in the corpus`);
    head[`${chart}/templates/bench-config.yaml`] =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-bench\ndata:\n  touched: "yes"\n';
  }
  const manifests = Object.keys(base)
    .filter((f) => f.startsWith('realistic/') && /\.ya?ml$/.test(f) && base[f].includes('kind:'))
    .filter((f) => !/kustomization\.ya?ml$/.test(f))
    .slice(0, 10);
  manifests.forEach((f, i) => {
    head[f] = `${base[f].replace(/\n*$/, '\n')}${i < 2 ? privileged(i) : '# reviewed\n'}`;
  });
  return head;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) throw new Error('run npm run build');
  if (!existsSync(join(corpus, 'charts'))) {
    console.log(`bench-action skipped: no shared corpus at ${corpus}`);
    return;
  }
  const runs = Number(process.argv[2]) || 3;
  const t0 = performance.now();
  const texts = {
    ...textsUnder(join(corpus, 'charts'), 'charts'),
    ...textsUnder(join(corpus, 'realistic'), 'realistic'),
  };
  const repo = makePullRequestRepo({}, change(texts), {
    charts: join(corpus, 'charts'),
    realistic: join(corpus, 'realistic'),
  });
  console.log(
    `repository: the corpus's charts/ and realistic/; pull request: ${repo.files.length} files ` +
      `(${(performance.now() - t0).toFixed(0)} ms to build)`,
  );
  const rows: { wall: number; parts: Record<string, number>; requests: number; writes: number }[] =
    [];
  for (let i = 0; i < runs; i++) {
    // A fresh workspace per run: the checkout a runner makes.
    const workspace = mkdtempSync(join(tmpdir(), 'kubegate-bench-ws-'));
    cpSync(repo.dir, workspace, { recursive: true });
    const github = await new FakeGitHub().start();
    github.pullFiles.set(PR, repo.files);
    try {
      const started = performance.now();
      const run = await runAction({
        ...pullRequestRun(repo, PR, github.url, workspace),
        node: NODE_24,
      });
      const wall = performance.now() - started;
      const line = /kubegate: time: (.*) \(renders/.exec(run.stdout)?.[1];
      if (!line) throw new Error(`no time line in the Action's log:\n${run.stdout}\n${run.stderr}`);
      const parts: Record<string, number> = {};
      for (const m of line.matchAll(/([a-zA-Z ]+?) (\d+\.\d+) s(?:, |$)/g))
        parts[m[1].trim()] = Number(m[2]) * 1000;
      const writes = github.requests.filter((r) => r.method !== 'GET').length;
      rows.push({ wall, parts, requests: github.requests.length, writes });
      process.stdout.write(
        `run ${i + 1}: ${(wall / 1000).toFixed(2)} s, result ${run.outputs.result}: ${line}\n`,
      );
    } finally {
      await github.stop();
      rmSync(workspace, { recursive: true, force: true });
    }
  }
  rmSync(repo.dir, { recursive: true, force: true });
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.parts)))];
  console.log(
    `\nThe Action on a pull request, Node 24, median of ${runs} fresh runs (load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}):\n`,
  );
  console.log('| part | s |\n|---|---:|');
  console.log(
    `| whole run (process start to exit) | ${(median(rows.map((r) => r.wall)) / 1000).toFixed(2)} |`,
  );
  for (const n of names)
    console.log(`| ${n} | ${(median(rows.map((r) => r.parts[n] ?? 0)) / 1000).toFixed(2)} |`);
  const writes = median(rows.map((r) => r.writes));
  console.log(
    `\n${median(rows.map((r) => r.requests))} API requests, ${writes} of them writes. Against the ` +
      `loopback GitHub the client's pacing is shortened (a "second" is ${LOOPBACK_API_SECOND_MS} ms); ` +
      `on GitHub, writes are spaced a second apart (three for those that notify), so the API ` +
      `part there is at least about ${writes} s.`,
  );
  // The README's target: what kubegate adds stays small next to the renders it needs.
  const ratio = median(rows.map((r) => r.wall)) / median(rows.map((r) => r.parts.renders ?? 0));
  console.log(
    `target: whole run <= ${RENDER_TARGET}x the renders: ${ratio <= RENDER_TARGET ? 'PASS' : 'FAIL'} (${ratio.toFixed(2)}x)`,
  );
}

await main();
