// Pull-request scoping: which charts and Kustomize roots a changed file can affect.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { affectedJobs } from '../src/render/affected.js';
import { discoverUnder } from '../src/render/discover-paths.js';
import { planRenders, type RenderJob } from '../src/render/plan.js';
import { scanWithRenders } from '../src/scan-renders.js';
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
      'components/probes',
      'overlays/dev',
      'overlays/prod',
    ]);
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
    expect(affected('components/probes/patch.yaml')).toEqual([
      'components/probes',
      'overlays/prod',
    ]);
    expect(affected('overlays/prod/replicas.yaml')).toEqual(['overlays/prod']);
    expect(affected('overlays/prod/config/app.properties')).toEqual(['overlays/prod']);
    expect(affected('overlays/dev/kustomization.yaml')).toEqual(['overlays/dev']);
  });
});

describe('scanWithRenders with changedFiles', () => {
  it('renders only what the change affects, and everything when undefined', async () => {
    const tools = (await setupTools()) as { helm: string; kubectl: string };
    const env = { ...process.env, KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl };
    const files = async (changedFiles?: string[]) => {
      const result = await scanWithRenders({
        root,
        config,
        today: '2026-06-01',
        env,
        changedFiles,
      });
      // An overlay's findings are on its kustomization file (plain files are scanned anyway).
      return new Set(
        result.findings
          .map((f) => f.location.file)
          .filter((f) => f.endsWith('/kustomization.yaml'))
          .map((f) => f.split('/').slice(0, 2).join('/')),
      );
    };
    const onlyDev = await files(['overlays/dev/kustomization.yaml']);
    expect(onlyDev.has('overlays/dev')).toBe(true);
    expect(onlyDev.has('overlays/prod')).toBe(false);
    const all = await files();
    expect(all.has('overlays/dev')).toBe(true);
    expect(all.has('overlays/prod')).toBe(true);
  });
});
