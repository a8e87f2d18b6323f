// Pull-request scoping: of the planned renders, the ones a changed file can affect. A
// chart is affected by any file in its folder (templates, values files, vendored
// subcharts), by the files its value sets list and by `file://` dependencies; a Kustomize
// root by the files its kustomizations read, followed through bases and components.
import { readFileSync } from '../../util/fs.js';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { loadYaml } from '../../util/vendor/yaml.js';
import { kustomizeInputs } from './kustomize-inputs.js';
import { repoPath } from './repo-path.js';
import type { RenderJob } from './plan.js';

/** `./a//b` and `a/b` are the same changed file; absolute paths are made repository-relative. */
function normalise(root: string, file: string): string {
  const rel = isAbsolute(file) ? relative(root, file).split(sep).join('/') : file;
  return posix.normalize(rel.replace(/\\/g, '/')).replace(/^\.\//, '');
}

const within = (dir: string, file: string) =>
  dir === '.' || dir === '' || file === dir || file.startsWith(`${dir}/`);

/** Folders of the chart's `file://` dependencies, repository-relative. */
function fileDependencies(root: string, chartDir: string): string[] {
  let meta: unknown;
  try {
    meta = loadYaml().parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8'));
  } catch {
    return [];
  }
  const deps = (meta as { dependencies?: unknown } | null)?.dependencies;
  if (!Array.isArray(deps)) return [];
  return deps.flatMap((d: unknown) => {
    const repo = (d as { repository?: unknown } | null)?.repository;
    if (typeof repo !== 'string' || !repo.startsWith('file://')) return [];
    const dir = repoPath(root, resolve(chartDir, repo.slice('file://'.length)));
    return dir ? [dir] : [];
  });
}

function inputsOf(root: string, job: RenderJob): (file: string) => boolean {
  if (job.kind === 'kustomize') {
    const inputs = kustomizeInputs(root, job.overlay.dir);
    const dirs = [...inputs].filter((i) => i.endsWith('/'));
    return (file) => inputs.has(file) || dirs.some((d) => file.startsWith(d));
  }
  const dirs = [job.chart.relDir, ...fileDependencies(root, job.chart.dir)];
  const files = new Set(
    job.valuesFiles.flatMap((f) => repoPath(root, resolve(job.chart.dir, f)) ?? []),
  );
  return (file) => files.has(file) || dirs.some((d) => within(d, file));
}

export function affectedJobs(
  rootDir: string,
  jobs: readonly RenderJob[],
  changedFiles: readonly string[],
): RenderJob[] {
  const root = resolve(rootDir);
  const changed = changedFiles.map((f) => normalise(root, f));
  return jobs.filter((job) => {
    const reads = inputsOf(root, job);
    return changed.some(reads);
  });
}
