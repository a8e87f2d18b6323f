// Finds what has to be rendered under a folder: Helm charts (folders with Chart.yaml)
// and Kustomize roots. Library charts render nothing, subcharts in a chart's charts/
// folder are rendered through their parent and Kustomize Components through the
// kustomizations that list them, so all three are skipped (and said so).
import type { Dirent } from 'node:fs';
import { fsPromises, readdirSync } from '../../util/fs.js';
import { join } from 'node:path';
import { loadYaml } from '../../util/vendor/yaml.js';
import { childPath, type DirectoryListing } from '../collect-files.js';
import { compareText } from '../../util/compare-text.js';

export interface DiscoveredChart {
  /** Absolute folder holding Chart.yaml. */
  dir: string;
  /** Folder relative to the discovery root, with `/` separators ('.' for the root). */
  relDir: string;
  /** `name` from Chart.yaml when readable. */
  name?: string;
}

export interface DiscoveredKustomization {
  dir: string;
  relDir: string;
  /** The kustomization file's base name (kustomization.yaml, .yml or Kustomization). */
  file: string;
}

export interface SkippedTarget {
  relDir: string;
  reason: 'library-chart' | 'subchart' | 'kustomize-component';
}

export interface Discovery {
  charts: DiscoveredChart[];
  kustomizations: DiscoveredKustomization[];
  skipped: SkippedTarget[];
}

/** Folders never worth descending into. */
const SKIP_DIRS = new Set(['.git', 'node_modules']);

/** Kustomize accepts exactly these names, in this order of preference. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

async function readChartMeta(dir: string): Promise<{ name?: string; type?: string }> {
  try {
    const doc: unknown = loadYaml().parse(
      await fsPromises().readFile(join(dir, 'Chart.yaml'), 'utf8'),
    );
    if (doc === null || typeof doc !== 'object') return {};
    const { name, type } = doc as Record<string, unknown>;
    return {
      name: typeof name === 'string' ? name : undefined,
      type: typeof type === 'string' ? type : undefined,
    };
  } catch {
    // An unreadable Chart.yaml is still a chart: helm will report the real error.
    return {};
  }
}

async function isComponent(file: string): Promise<boolean> {
  try {
    const doc: unknown = loadYaml().parse(await fsPromises().readFile(file, 'utf8'));
    return (doc as { kind?: unknown } | null)?.kind === 'Component';
  } catch {
    return false; // unreadable: render it, and kubectl reports the real error
  }
}

/** `listing`: folders' entries already read (by the file collector), read again otherwise. */
export async function discover(root: string, listing?: DirectoryListing): Promise<Discovery> {
  const result: Discovery = { charts: [], kustomizations: [], skipped: [] };

  // relDir: the folder's path from the root, with "/" ("." for the root itself).
  const walk = async (dir: string, relDir: string, inSubcharts: boolean): Promise<void> => {
    let entries: readonly Dirent[];
    try {
      // Synchronous: an await per folder made this walk take 5 to 10 times as long as the
      // file collector's over the same tree, every await a round trip through the thread
      // pool with nothing else to do meanwhile.
      entries = listing?.get(dir) ?? readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to render there
    }
    const names = new Set(entries.map((e) => e.name));
    const isChart = names.has('Chart.yaml');

    if (isChart) {
      const meta = await readChartMeta(dir);
      if (inSubcharts) result.skipped.push({ relDir, reason: 'subchart' });
      else if (meta.type === 'library') result.skipped.push({ relDir, reason: 'library-chart' });
      else result.charts.push({ dir, relDir, ...(meta.name ? { name: meta.name } : {}) });
    }
    const kfile = KUSTOMIZATION_FILES.find((f) => names.has(f));
    // A Component only means something inside the kustomization that lists it; built on
    // its own, kubectl refuses it, which would fail the gate for nothing.
    if (kfile && (await isComponent(join(dir, kfile))))
      result.skipped.push({ relDir, reason: 'kustomize-component' });
    else if (kfile) result.kustomizations.push({ dir, relDir, file: kfile });

    // Symlinked folders are not followed (Dirent.isDirectory is false for them): a
    // link could leave the workspace, which the trust model refuses.
    const subdirs = entries.filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name));
    for (const sub of subdirs) {
      // A chart's charts/ folder holds its subcharts; everything below it is rendered
      // through that chart, however deep.
      await walk(
        childPath(dir, sub.name),
        relDir === '.' ? sub.name : `${relDir}/${sub.name}`,
        inSubcharts || (isChart && sub.name === 'charts'),
      );
    }
  };

  await walk(root, '.', false);
  const byRel = (a: { relDir: string }, b: { relDir: string }) => compareText(a.relDir, b.relDir);
  result.charts.sort(byRel);
  result.kustomizations.sort(byRel);
  result.skipped.sort(byRel);
  return result;
}
