// Pull-request scoping: which charts and Kustomize roots a changed file can affect.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { affectedJobs } from '../src/collect/render/affected.js';
import { discoverUnder } from '../src/collect/render/discover-paths.js';
import { planRenders, type RenderJob } from '../src/collect/render/plan.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import type { Finding } from '../src/model/types.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pr-scope');
const config = parseConfig(readFileSync(join(root, '.kubegate.yaml'), 'utf8'), '.kubegate.yaml');
let jobs: RenderJob[] = [];

const name = (j: RenderJob) =>
  j.kind === 'helm' ? `${j.chart.relDir}${j.valueSet ? `@${j.valueSet}` : ''}` : j.overlay.relDir;
const affected = (...changed: string[]) => affectedJobs(root, jobs, changed).map(name);

beforeAll(async () => {
  jobs = planRenders(root, await discoverUnder(root, [], []), config.render.charts).jobs;
});

describe('affectedJobs', () => {
  it('plans every chart, value set and Kustomize root of the fixture', () => {
    expect(jobs.map(name)).toEqual([
      'charts/api',
      'charts/web@default',
      'charts/web@prod',
      'base',
      'overlays/dev',
      'overlays/prod',
    ]);
  });

  it('leaves a Kustomize Component to the kustomizations that list it', async () => {
    expect((await discoverUnder(root, [], [])).skipped).toContainEqual({
      relDir: 'components/probes',
      reason: 'kustomize-component',
    });
  });

  it('renders nothing for no change or a change nothing reads', () => {
    expect(affected()).toEqual([]);
    expect(affected('docs/notes.md')).toEqual([]);
  });

  it('renders a chart for its own files, vendored subcharts and file:// dependencies', () => {
    expect(affected('charts/web/values.yaml')).toEqual(['charts/web@default', 'charts/web@prod']);
    expect(affected('./charts/web/charts/sub/templates/cm.yaml')).toEqual([
      'charts/web@default',
      'charts/web@prod',
    ]);
    expect(affected('lib/templates/_name.tpl')).toEqual(['charts/api']);
    expect(affected(join(root, 'charts/api/Chart.yaml'))).toEqual(['charts/api']);
  });

  it('renders the value set that lists a values file outside the chart', () => {
    expect(affected('shared/values-web-prod.yaml')).toEqual(['charts/web@prod']);
  });

  it('follows kustomizations through bases, components, patches and generators', () => {
    expect(affected('base/deployment.yaml')).toEqual(['base', 'overlays/dev', 'overlays/prod']);
    expect(affected('components/probes/patch.yaml')).toEqual(['overlays/prod']);
    expect(affected('overlays/prod/replicas.yaml')).toEqual(['overlays/prod']);
    expect(affected('overlays/prod/config/app.properties')).toEqual(['overlays/prod']);
    expect(affected('overlays/dev/kustomization.yaml')).toEqual(['overlays/dev']);
  });
});

describe('scanWithRenders on the Kustomize roots', () => {
  let env: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    const tools = (await setupTools()) as { helm: string; kubectl: string };
    env = { ...process.env, KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl };
  });
  const scanFixture = (changedFiles?: string[]) =>
    scanWithRenders({ root, config, today: '2026-06-01', env, changedFiles });
  // Overlays rename the base's Deployment: their findings name dev-api and prod-api.
  const resources = (findings: Finding[]) => new Set(findings.map((f) => f.resource));

  it('renders only what the change affects, and everything when undefined', async () => {
    const onlyDev = resources((await scanFixture(['overlays/dev/kustomization.yaml'])).findings);
    expect(onlyDev.has('Deployment//dev-api')).toBe(true);
    expect(onlyDev.has('Deployment//prod-api')).toBe(false);
    const all = resources((await scanFixture()).findings);
    expect(all.has('Deployment//dev-api')).toBe(true);
    expect(all.has('Deployment//prod-api')).toBe(true);
  });

  it('points overlay findings at the base or patch file that holds the field', async () => {
    const prod = (await scanFixture()).findings.filter(
      (f) => f.resource === 'Deployment//prod-api',
    );
    const where = (rule: string) =>
      prod.filter((f) => f.ruleId === rule).map((f) => `${f.location.file}:${f.location.line}`);
    // Set by the overlay's patch.
    expect(where('host-namespaces')).toEqual(['overlays/prod/replicas.yaml:9']);
    // Spelled in the base only.
    expect(where('image-digest')).toEqual(['base/deployment.yaml:16']);
    // Missing altogether: the deepest parent the base has, the container, by its first line
    // (as in a plain manifest).
    expect(where('allow-privilege-escalation')).toEqual(['base/deployment.yaml:15']);
  });

  it('does not read a patch file as a manifest of its own', async () => {
    const result = await scanFixture();
    // The patch names Deployment "api" but holds only what changes: alone it would have
    // no containers (a parse-error before); through the overlay it is prod-api.
    const inPatch = result.findings.filter(
      (f) => f.location.file === 'overlays/prod/replicas.yaml',
    );
    expect(inPatch.length).toBeGreaterThan(0);
    expect(new Set(inPatch.map((f) => f.resource))).toEqual(new Set(['Deployment//prod-api']));
  });
});
