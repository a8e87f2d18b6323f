// What to render: one job per Kustomize root, and per chart one job per configured value
// set (or one with the chart's values.yaml when the config does not list the chart). A
// value set whose values file is missing becomes a job that explains that instead of
// rendering, so the gate fails closed for it with a clear message.
import { existsSync } from '../../util/fs.js';
import { basename, posix, resolve } from 'node:path';
import type { ChartRenderConfig } from '../../config/config.js';
import { RELEASE_NAMESPACE } from '../../model/namespaces.js';
import type { DiscoveredChart, DiscoveredKustomization, Discovery } from './discover.js';
import { repoPath } from './repo-path.js';
import type { HelmTarget, KustomizeTarget, RenderTarget } from './types.js';

export interface HelmJob {
  kind: 'helm';
  chart: DiscoveredChart;
  target: HelmTarget;
  /** The value set's name; absent when the chart renders once with its defaults. */
  valueSet?: string;
  /** The value set's files relative to the chart folder (for pointing at their lines). */
  valuesFiles: string[];
  /** Why this value set cannot be rendered; set instead of rendering. */
  problem?: string;
}

export interface KustomizeJob {
  kind: 'kustomize';
  overlay: DiscoveredKustomization;
  target: KustomizeTarget;
}

export type RenderJob = HelmJob | KustomizeJob;

export interface RenderPlan {
  jobs: RenderJob[];
  /** Config entries that name no chart found under the scanned paths. */
  warnings: string[];
}

/** Helm release names must be DNS-1123 labels of at most 53 characters. */
export function releaseNameFor(chartName: string): string {
  const cleaned = chartName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(cleaned) ? cleaned : 'release';
}

function missingFile(root: string, chart: DiscoveredChart, files: readonly string[]) {
  for (const file of files) {
    const abs = resolve(chart.dir, file);
    const shown = posix.normalize(posix.join(chart.relDir, file));
    // The config is the repository's, but a pull request can change it: values files
    // stay inside the repository like everything else the tools read.
    if (repoPath(root, abs) === undefined) return `values file ${file} is outside the repository`;
    if (!existsSync(abs)) return `values file ${file} not found (looked for ${shown})`;
  }
  return undefined;
}

function helmJobs(root: string, chart: DiscoveredChart, config?: ChartRenderConfig): HelmJob[] {
  const base: HelmTarget = {
    kind: 'helm',
    chartDir: chart.dir,
    release: config?.releaseName ?? releaseNameFor(chart.name ?? basename(chart.dir)),
    // Unknown until installed, unless the config names it (see RELEASE_NAMESPACE).
    namespace: config?.namespace ?? RELEASE_NAMESPACE,
    valuesFiles: [],
    set: [],
    ...(config?.kubeVersion ? { kubeVersion: config.kubeVersion } : {}),
  };
  if (!config?.valueSets.length) return [{ kind: 'helm', chart, target: base, valuesFiles: [] }];
  return config.valueSets.map((set): HelmJob => {
    const problem = missingFile(root, chart, set.valuesFiles);
    return {
      kind: 'helm',
      chart,
      valueSet: set.name,
      valuesFiles: set.valuesFiles,
      target: {
        ...base,
        valuesFiles: set.valuesFiles.map((f) => resolve(chart.dir, f)),
        // As JSON, so that a value keeps its type and a comma or a backslash in it stays
        // part of the value (plain --set splits on commas).
        set: Object.entries(set.set).map(([k, v]) => `${k}=${JSON.stringify(v)}`),
      },
      ...(problem ? { problem } : {}),
    };
  });
}

export function planRenders(
  rootDir: string,
  discovery: Discovery,
  charts: readonly ChartRenderConfig[],
): RenderPlan {
  const root = resolve(rootDir);
  const byPath = new Map(charts.map((c) => [c.path, c]));
  const jobs: RenderJob[] = discovery.charts.flatMap((chart) =>
    helmJobs(root, chart, byPath.get(chart.relDir)),
  );
  for (const overlay of discovery.kustomizations)
    jobs.push({ kind: 'kustomize', overlay, target: { kind: 'kustomize', dir: overlay.dir } });
  const found = new Set(discovery.charts.map((c) => c.relDir));
  const warnings = charts
    .filter((c) => !found.has(c.path))
    .map(
      (c) =>
        `render.charts: no chart at ${c.path} among the scanned paths; its settings are unused`,
    );
  return { jobs, warnings };
}

/** The render targets of a discovery with the defaults (no config): one per chart and overlay. */
export function defaultTargets(rootDir: string, discovery: Discovery): RenderTarget[] {
  return planRenders(rootDir, discovery, []).jobs.map((j) => j.target);
}
