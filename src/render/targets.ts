// Turns discovered charts and overlays into render targets with default settings
// (one value set: the chart's own values.yaml). The config can later add value sets.
import { basename } from 'node:path';
import type { Discovery } from './discover.js';
import type { HelmTarget, KustomizeTarget, RenderTarget } from './types.js';

export interface TargetDefaults {
  namespace?: string;
  kubeVersion?: string;
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

export function targetsFromDiscovery(
  discovery: Discovery,
  defaults: TargetDefaults = {},
): RenderTarget[] {
  const charts = discovery.charts.map((c): HelmTarget => ({
    kind: 'helm',
    chartDir: c.dir,
    release: releaseNameFor(c.name ?? basename(c.dir)),
    namespace: defaults.namespace ?? 'default',
    valuesFiles: [],
    set: [],
    ...(defaults.kubeVersion ? { kubeVersion: defaults.kubeVersion } : {}),
  }));
  const overlays = discovery.kustomizations.map((k): KustomizeTarget => ({
    kind: 'kustomize',
    dir: k.dir,
  }));
  return [...charts, ...overlays];
}
