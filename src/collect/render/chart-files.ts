// The files of one chart that a rendered finding can point at besides its template: the
// values files that fed the render (per template, since a subchart sees its own
// values.yaml and its parent's values under its name) and the helper templates.
import { readdirSync, readFileSync } from '../../util/fs.js';
import { join, posix } from 'node:path';
import type { TextFile, ValuesFile } from './text-files.js';

export interface ChartFiles {
  /** Absolute folder holding Chart.yaml. */
  dir: string;
  /** Repository-relative folder ('.' for the root). */
  relDir: string;
  /** Values files for a template (repository path), lowest precedence first. */
  valuesFor(templatePath: string): ValuesFile[];
  /** Every `.tpl` file in the chart and its unpacked subcharts. */
  helpers(): TextFile[];
}

/** A file's text, or undefined when it cannot be read. */
export function readText(abs: string): string | undefined {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

function listTpl(dir: string, rel: string, out: { abs: string; rel: string }[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) listTpl(join(dir, e.name), posix.join(rel, e.name), out);
    else if (e.isFile() && e.name.endsWith('.tpl'))
      out.push({ abs: join(dir, e.name), rel: posix.join(rel, e.name) });
  }
}

/**
 * @param extraValues value-set files as paths relative to the chart folder, in the order
 *   they are passed to helm (they win over values.yaml, later over earlier).
 */
export function chartFiles(
  chart: { dir: string; relDir: string },
  extraValues: readonly string[] = [],
): ChartFiles {
  const repoPath = (inChart: string) =>
    posix.normalize(chart.relDir === '.' ? inChart : posix.join(chart.relDir, inChart));
  const texts = new Map<string, string | undefined>();
  const load = (inChart: string): TextFile | undefined => {
    if (!texts.has(inChart)) texts.set(inChart, readText(join(chart.dir, inChart)));
    const text = texts.get(inChart);
    return text === undefined ? undefined : { path: repoPath(inChart), text };
  };
  let helpers: TextFile[] | undefined;
  return {
    dir: chart.dir,
    relDir: chart.relDir,
    valuesFor(templatePath) {
      const inChart =
        chart.relDir === '.' ? templatePath : templatePath.slice(chart.relDir.length + 1);
      // `charts/a/charts/b/templates/x.yaml` is rendered with b's values, a's under `b`,
      // and the chart's own under `a.b`.
      const parts = inChart.split('/');
      const chain: string[] = [];
      for (let i = 0; i + 1 < parts.length && parts[i] === 'charts'; i += 2)
        chain.push(parts[i + 1]);
      const files: ValuesFile[] = [];
      for (let depth = chain.length; depth >= 0; depth--) {
        const folder = chain
          .slice(0, depth)
          .map((c) => `charts/${c}/`)
          .join('');
        const own = load(`${folder}values.yaml`);
        if (own) files.push({ ...own, prefix: chain.slice(depth) });
      }
      for (const extra of extraValues) {
        const file = load(extra);
        if (file) files.push({ ...file, prefix: chain });
      }
      return files;
    },
    helpers() {
      if (!helpers) {
        const found: { abs: string; rel: string }[] = [];
        listTpl(chart.dir, '.', found);
        helpers = found.flatMap((f) => {
          const text = readText(f.abs);
          return text === undefined ? [] : [{ path: repoPath(f.rel), text }];
        });
      }
      return helpers;
    },
  };
}
