// Location accuracy for findings in rendered Helm charts. For each finding we look in the
// rendered object for the deepest node that exists along its field path: the field itself
// when present, else its nearest existing parent (where the fix goes, the engine's
// contract for missing fields). The offending key is that node's key (the last mapping key
// on the way, for a list item), and a finding counts when the line it points at, read from
// the real file, contains that key, or, for a named list item (a container, an env var),
// its `name:` line or the item's first line (where a plain manifest's finding goes), when
// the item is written with that name (literally, or around template actions). A finding
// that a value is committed may sit on the values line that holds the value: it counts
// when the template line beside it (its related location) has the key. The target is 90%;
// the rest must at least name the template file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig, type Config } from '../src/config/config.js';
import { parseFieldPath, valueAt } from '../src/model/field-path.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import { isJsonObject, type FieldPath, type Finding, type Resource } from '../src/model/types.js';

export interface LocationTally {
  findings: number;
  onKeyLine: number;
}

export interface LocationReport {
  /** Rendered targets (charts or Kustomize roots) with findings. */
  targets: number;
  present: LocationTally;
  missing: LocationTally;
  /** Findings not on a key line that do not even name their template file. */
  offTemplate: number;
  /**
   * Findings left on the first line of the rendered source's own file (template,
   * kustomization file): not traced any further. A patch written inside a kustomization
   * file is traced there, to its own line.
   */
  onSourceFile: number;
  /**
   * Findings on a line that also holds a finding about another object (by kind and name):
   * a sign of a finding outside its own document or list item, since the key-line measure
   * cannot see one (a sibling's line has the same key).
   */
  sharedLine: number;
  /** A few misses, `file:line key`, to look at. */
  misses: string[];
  renderErrors: string[];
}

export interface RenderLocationReport {
  charts: LocationReport;
  kustomize: LocationReport;
}

export interface OffendingKey {
  /** The key to look for on the finding's line; undefined for an object-level finding. */
  key?: string;
  /** The node is a list item with this `name`: its `- name:` line counts too. */
  item?: string;
  /** True when the finding's field itself exists in the rendered object. */
  present: boolean;
}

/** The deepest existing node along the finding's path, and its key. */
export function offendingKey(resource: Resource, fieldPath: string): OffendingKey {
  let path: FieldPath;
  try {
    path = parseFieldPath(fieldPath).path;
  } catch {
    path = [];
  }
  const base = resource.basePath.length;
  let k = path.length;
  while (k > base && valueAt(resource.object, path.slice(base, k)) === undefined) k--;
  const key = path
    .slice(base, k)
    .filter((s): s is string => typeof s === 'string')
    .at(-1);
  const node =
    k > base && typeof path[k - 1] === 'number'
      ? valueAt(resource.object, path.slice(base, k))
      : undefined;
  const name = isJsonObject(node) ? node.name : undefined;
  return {
    ...(key === undefined ? {} : { key }),
    ...(typeof name === 'string' && name ? { item: name } : {}),
    present: k === path.length,
  };
}

/** The line names the item (`- name: app`, quoted or in a flow mapping). */
function namesItem(text: string, item: string | undefined): boolean {
  if (item === undefined) return false;
  const m = /\bname\s*:\s*["']?([^"',}#\s]+)/.exec(text);
  return m?.[1] === item;
}

/** A file's lines ([] when it cannot be read), read once. */
function fileLines(root: string, file: string, cache: Map<string, string[]>): string[] {
  let lines = cache.get(file);
  if (!lines) {
    try {
      lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
    } catch {
      lines = [];
    }
    cache.set(file, lines);
  }
  return lines;
}

/** The text of a file's 1-based line, or '' when there is no such file or line. */
function lineText(root: string, file: string, line: number, cache: Map<string, string[]>): string {
  return fileLines(root, file, cache)[line - 1] ?? '';
}

/**
 * The `name:` value that the list item starting on 0-based `line` is written with: on its
 * dash line, or as a key of the item further down (`- args: ...` then `name: x`).
 */
export function itemNameAt(lines: readonly string[], line: number): string | undefined {
  const dash = /^(\s*)-\s+/.exec(lines[line] ?? '');
  if (!dash) return undefined;
  const own = /^\s*-\s+(?:\{\s*)?name\s*:\s*(.*?)\s*$/.exec(lines[line]);
  if (own) return own[1];
  const column = dash[0].length;
  for (let i = line + 1; i < lines.length; i++) {
    const text = lines[i];
    if (!text.trim() || /^\s*(#|\{\{)/.test(text)) continue;
    const indent = /^\s*/.exec(text)?.[0].length ?? 0;
    if (indent < column) return undefined;
    const name = indent === column ? /^\s*name\s*:\s*(.*?)\s*$/.exec(text) : null;
    if (name) return name[1];
  }
  return undefined;
}

/**
 * The value a template or manifest writes for a name gives the rendered name: equal, or,
 * around template actions (`{{ .Chart.Name }}-webhook`), the same literal text.
 */
export function writesName(written: string, name: string): boolean {
  const value = written.replace(/\s+#.*$/, '').replace(/^["']|["'],?\s*}?$/g, '');
  if (!value.includes('{{')) return value === name;
  const literal = value
    .split(/\{\{[\s\S]*?\}\}/)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('[\\s\\S]*')}$`).test(name);
}

/** How many findings share their line with a finding about another object (kind and name). */
function sharingLines(findings: readonly Finding[]): number {
  const objects = new Map<string, Set<string>>();
  const at = (f: Finding) => `${f.location.file}:${f.location.line}`;
  // The same object in another namespace (an overlay's copy) is the same object here.
  const object = (f: Finding) => f.resource.replace(/^([^/]*)\/[^/]*\//, '$1//');
  for (const f of findings) {
    const set = objects.get(at(f)) ?? new Set<string>();
    objects.set(at(f), set.add(object(f)));
  }
  return findings.filter((f) => (objects.get(at(f))?.size ?? 0) > 1).length;
}

/** Scans a tree with one kind of rendering and checks every rendered finding's line. */
async function measure(
  root: string,
  config: Config,
  env: NodeJS.ProcessEnv,
  targetOf: (resource: Resource) => string,
): Promise<LocationReport> {
  const resources = new Map<Finding, Resource>();
  const result = await scanWithRenders({
    root,
    config,
    today: '2026-01-01',
    env,
    onRenderedFinding: (f, resource) => {
      if (resource && f.ruleId !== 'render-error') resources.set(f, resource);
    },
  });
  const report: LocationReport = {
    targets: 0,
    present: { findings: 0, onKeyLine: 0 },
    missing: { findings: 0, onKeyLine: 0 },
    offTemplate: 0,
    onSourceFile: 0,
    sharedLine: 0,
    misses: [],
    renderErrors: [],
  };
  const cache = new Map<string, string[]>();
  const targets = new Set<string>();
  for (const f of result.findings) {
    const resource = resources.get(f);
    if (!resource) continue;
    targets.add(targetOf(resource));
    // resource.file is the template's path (Helm) or the kustomization file (Kustomize).
    if (f.location.file === resource.file && f.location.line === 1) report.onSourceFile++;
    const { key, item, present } = offendingKey(resource, f.fieldPath);
    const tally = present ? report.present : report.missing;
    tally.findings++;
    const text = lineText(root, f.location.file, f.location.line, cache);
    const beside = f.related?.find((r) => r.file === resource.file);
    const besideText = beside ? lineText(root, beside.file, beside.line, cache) : '';
    // A list item (a container without limits) may be pointed at by its first line, as a
    // plain manifest's finding is, when that item is written with the rendered name.
    const written =
      item === undefined
        ? undefined
        : itemNameAt(fileLines(root, f.location.file, cache), f.location.line - 1);
    if (
      (key !== undefined && (text.includes(key) || besideText.includes(key))) ||
      namesItem(text, item) ||
      (item !== undefined && written !== undefined && writesName(written, item))
    ) {
      tally.onKeyLine++;
      continue;
    }
    if (f.location.file !== resource.file) report.offTemplate++;
    if (report.misses.length < 5)
      report.misses.push(
        `${f.location.file}:${f.location.line} (${f.ruleId} ${f.fieldPath}; key ${key ?? '(none)'})`,
      );
  }
  report.sharedLine = sharingLines(result.findings.filter((f) => resources.has(f)));
  report.targets = targets.size;
  report.renderErrors = result.findings
    .filter((f) => f.ruleId === 'render-error')
    .map((f) => f.location.file);
  return report;
}

/** The corpus charts rendered with helm, and the realistic tree's Kustomize roots. */
export async function measureRenderLocations(
  corpus: string,
  repoRoot: string,
): Promise<RenderLocationReport> {
  // The binaries that `npm run setup` unpacks, unless the caller chose others.
  const tools = join(repoRoot, '.tools', 'bin');
  const env = {
    ...process.env,
    KUBEGATE_HELM: process.env.KUBEGATE_HELM ?? join(tools, 'helm'),
    KUBEGATE_KUBECTL: process.env.KUBEGATE_KUBECTL ?? join(tools, 'kubectl'),
  };
  return {
    charts: await measure(
      join(corpus, 'charts'),
      resolveConfig({ render: { kustomize: false } }),
      env,
      (r) => r.file.split('/templates/')[0],
    ),
    kustomize: await measure(
      join(corpus, 'realistic'),
      resolveConfig({ render: { helm: false } }),
      env,
      (r) => r.file,
    ),
  };
}

function pct(t: LocationTally): string {
  return t.findings ? ((100 * t.onKeyLine) / t.findings).toFixed(1) : '0.0';
}

function formatTallies(r: LocationReport, sourceFile: string): string[] {
  const total: LocationTally = {
    findings: r.present.findings + r.missing.findings,
    onKeyLine: r.present.onKeyLine + r.missing.onKeyLine,
  };
  const line = (label: string, t: LocationTally) =>
    `  ${label}: ${t.onKeyLine}/${t.findings} on a line containing the offending key (${pct(t)}%)`;
  return [
    line('field present', r.present),
    line('field missing (key of the deepest existing parent)', r.missing),
    line('total', total),
    `  not on a key line and not in their ${sourceFile} either: ${r.offTemplate}`,
    `  on a line shared with a finding about another object: ${r.sharedLine}`,
    ...r.misses.map((m) => `  miss: ${m}`),
    `  render errors (${r.renderErrors.length}): ${r.renderErrors.join(', ')}`,
  ];
}

export function formatRenderReport(r: RenderLocationReport): string {
  return [
    `rendered charts (${r.charts.targets} with findings):`,
    ...formatTallies(r.charts, 'template file'),
    `rendered Kustomize roots (${r.kustomize.targets} with findings; realistic/):`,
    ...formatTallies(r.kustomize, 'kustomization file'),
    `  left on the kustomization file (not traced to a base or patch): ${r.kustomize.onSourceFile}`,
  ].join('\n');
}
