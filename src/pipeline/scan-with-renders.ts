// The scan plus what Helm charts and Kustomize roots render to. Plain files go through
// scan() as before; each chart and overlay found under the scanned paths is rendered with
// the real tool, its output parsed and evaluated like any manifest, and each finding moved
// to the template or values line that people edit. A render that fails is a finding, so
// the gate fails closed for that chart while the rest of the scan carries on.
import { join } from 'node:path';
import { canonicalRoot } from '../collect/collect-files.js';
import { timed } from '../util/timing.js';
import type { Config } from '../config/config.js';
import { applyWaivers } from '../evaluate/waivers.js';
import { isNamespacedWorkload, workloadKinds } from '../evaluate/pod-kinds.js';
import { parseFieldPath, valueAt } from '../model/field-path.js';
import { parseSource } from '../parse/parse-source.js';
import type { DiscoveredKustomization, Discovery } from '../collect/render/discover.js';
import { discoverUnder } from '../collect/render/discover-paths.js';
import { findBinary, type ToolName } from '../collect/render/find-binary.js';
import { chartFiles, readText, type ChartFiles } from '../collect/render/chart-files.js';
import { kustomizeInputs, kustomizePatchFiles } from '../collect/render/kustomize-inputs.js';
import { readKustomizePatches } from '../collect/render/kustomize-patches.js';
import { locateInSources, readSourceDocuments } from '../collect/render/kustomize-location.js';
import { mapHelmLocation } from '../collect/render/map-location.js';
import { defaultConcurrency, mapPool } from '../collect/render/pool.js';
import {
  committedValueRules,
  generatedValueFindings,
  needsSecondRender,
  type RenderedFinding,
} from '../evaluate/generated-values.js';
import {
  firstLines,
  renderOne,
  type Binaries,
  type RenderOptions,
} from '../collect/render/render.js';
import type { RenderResult } from '../collect/render/types.js';
import { splitHelmOutput, templatePath } from '../collect/render/split-helm.js';
import { affectedJobs } from '../collect/render/affected.js';
import { planRenders, type RenderJob } from '../collect/render/plan.js';
import { mergeValueSets, type ValueSetFindings } from '../evaluate/value-sets.js';
import { isRoleFinding } from '../analyse/bindings.js';
import { SYSTEM_RULES, systemFinding } from '../evaluate/rules/system-rules.js';
import type { AnalysisInput, WorkloadFacts } from '../evaluate/analysis-facts.js';
import { isHelmTestHook, TEST_HOOK_REASON } from '../collect/render/helm-hooks.js';
import { asInstalled } from '../collect/render/release-namespace.js';
import {
  analysisSettings,
  evaluateParsed,
  evaluationContext,
  finishFindings,
  parseLimits,
  scan,
  sortFindings,
  type EvaluationContext,
  type ScanOptions,
  type ScanResult,
} from './scan.js';
import type { ResourceRecord } from '../evaluate/records.js';
import {
  capFinding,
  resourceId,
  type FieldPath,
  type Finding,
  type Resource,
} from '../model/types.js';

import {
  admissionSources,
  hasPolicies,
  readParams,
  readPolicyPaths,
  sourcesAmong,
  sourcesOf,
} from './admission-sources.js';
import {
  admissionProblems,
  prepareAdmission,
  type AdmissionSources,
} from '../evaluate/admission-findings.js';
import { ADMISSION_POLICY_KIND } from '../evaluate/records.js';
import { isAdmissionRule } from '../model/admission-rules.js';
import { collectFiles } from '../collect/collect-files.js';

export interface RenderScanOptions extends ScanOptions {
  /** false renders nothing (the CLI's --no-render); otherwise the config's `render` decides. */
  render?: boolean;
  /** Environment for finding helm/kubectl and for running them (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Renders in flight (default: the number of cores). */
  concurrency?: number;
  /**
   * Called with every finding on a rendered document (Helm or Kustomize) and the resource it is about
   * (undefined for file-level problems), after it was moved to the line people edit. The
   * evaluation uses it to check a location against the rendered object.
   */
  onRenderedFinding?: (finding: Finding, resource: Resource | undefined) => void;
  /**
   * Repository-relative paths a pull request changes: only the charts and Kustomize roots
   * that one of them can affect are rendered. Undefined renders everything.
   */
  changedFiles?: readonly string[];
  /**
   * The opposite of changedFiles: render only the charts and roots that none of these files
   * affects (for a complete SARIF report on a pull request whose gate rendered the others).
   */
  unaffectedBy?: readonly string[];
}

interface Sink {
  findings: Finding[];
  warnings: string[];
  records?: ResourceRecord[];
  analysis?: AnalysisInput;
}

/** One render job's evaluation, kept until generated values are dropped from it. */
interface EvaluatedJob {
  job: RenderJob;
  own: Sink;
  /** A chart that rendered: its files (for a second render's parse). */
  chart?: ChartFiles;
  /** The chart's findings with their resources. */
  found: RenderedFinding[];
}

const inDir = (relDir: string, file: string) => (relDir === '.' ? file : `${relDir}/${file}`);

function jobFile(job: RenderJob): string {
  return job.kind === 'helm'
    ? inDir(job.chart.relDir, 'Chart.yaml')
    : inDir(job.overlay.relDir, job.overlay.file);
}

export function renderErrorFinding(file: string, message: string): Finding {
  const text = message.trim() || 'the render failed without a message';
  return systemFinding('render-error', { message: text, location: { file, line: 1 } }, [
    file,
    text,
  ]);
}

function fieldPathOf(finding: Finding): FieldPath {
  try {
    return parseFieldPath(finding.fieldPath).path;
  } catch {
    return []; // an unparsable path just means "no key to look for"
  }
}

/**
 * How many segments of a finding's path the rendered object has: a missing field (no
 * `allowPrivilegeEscalation` at all) is pointed at its deepest existing parent, the line
 * where it should be added.
 */
function presentLength(resource: Resource, path: FieldPath): number {
  // The path starts with the resource's own place in its document (non-empty in a List).
  const base = resource.basePath.length;
  let k = path.length;
  while (k > base && valueAt(resource.object, path.slice(base, k)) === undefined) k--;
  return k;
}

/**
 * Where a finding in a rendered document goes. A template that is not on disk (a subchart
 * packed as a .tgz) cannot be shown in a pull request, so such findings go to the values
 * line or, failing that, to the chart's Chart.yaml. A finding that a value is committed
 * (`committedValue`) goes to the values line that holds the value, when one does: that is
 * the line to remove it from; the template line that uses it is related. A values line
 * that leaves the value empty holds nothing, and is not named.
 */
function locateRendered(
  f: Finding,
  resource: Resource | undefined,
  chart: ChartFiles,
  path: string,
  template: string | undefined,
  committedValue: boolean,
): void {
  const fallback = template === undefined ? inDir(chart.relDir, 'Chart.yaml') : path;
  if (!resource) {
    f.location = { file: fallback, line: 1 };
    return;
  }
  const full = fieldPathOf(f);
  const fieldPath = full.slice(0, presentLength(resource, full));
  const mapped = mapHelmLocation({
    fieldPath,
    kind: resource.kind,
    object: resource.object,
    objectAt: resource.basePath.length,
    template: { path: template === undefined ? fallback : path, text: template ?? '' },
    values: chart.valuesFor(path),
    helpers: chart.helpers(),
  });
  if (committedValue && mapped.setBy) {
    // A values line that leaves the value empty holds no secret: the template's literal
    // `default` does, on the template line.
    if (mapped.setByEmpty) {
      f.location = mapped.location;
      return;
    }
    f.location = mapped.setBy;
    f.related = [{ ...mapped.location, message: `Rendered by ${mapped.location.file}` }];
    return;
  }
  f.location = mapped.location;
  if (mapped.setBy)
    f.related = [{ ...mapped.setBy, message: `The value is set in ${mapped.setBy.file}` }];
}

/**
 * Each document of a chart's output, parsed under its template's path, its objects in the
 * namespace `helm install` would give them (release-namespace.ts): both renders of a chart
 * go through here, so that their objects compare.
 */
function* parseHelm(chart: ChartFiles, output: string, config: Config, release: string) {
  const kinds = workloadKinds(config.workloads);
  const isWorkload = (r: Resource) => isNamespacedWorkload(r.object, r.kind, r.apiVersion, kinds);
  for (const doc of splitHelmOutput(output)) {
    const path = doc.source
      ? templatePath(chart.relDir, doc.source)
      : inDir(chart.relDir, 'Chart.yaml');
    const inChart = doc.source?.split('/').slice(1).join('/');
    const parsed = parseSource({ path, text: doc.text }, parseLimits(config));
    for (const r of parsed.resources) asInstalled(r, release, isWorkload);
    yield { path, inChart, parsed };
  }
}

/**
 * Parses one chart's output document by document, each under its template's path; each
 * finding, moved to its line, goes into `found` with its resource too.
 */
function evaluateHelm(
  chart: ChartFiles,
  output: string,
  ctx: EvaluationContext,
  config: Config,
  out: Sink,
  found: RenderedFinding[],
  valueRules: ReadonlySet<string>,
  release: string,
): number {
  const templates = new Map<string, string | undefined>();
  let resources = 0;
  for (const { path, inChart, parsed } of parseHelm(chart, output, config, release)) {
    if (inChart !== undefined && !templates.has(path))
      templates.set(path, readText(join(chart.dir, inChart)));
    const template = templates.get(path);
    const workloadsBefore = out.analysis?.workloads.length ?? 0;
    resources += evaluateParsed(parsed, ctx, out, (f, resource) => {
      locateRendered(f, resource, chart, path, template, valueRules.has(f.ruleId));
      if (resource && isHelmTestHook(resource.object) && !isSystemFinding(f))
        capFinding(f, 'low', TEST_HOOK_REASON);
      found.push({ finding: f, resource });
    });
    markTestHooks(parsed.resources, out.analysis?.workloads.slice(workloadsBefore) ?? []);
  }
  return resources;
}

/** The facts of the test hooks among `resources` say so, for the analysers (helm-hooks.ts). */
function markTestHooks(resources: readonly Resource[], workloads: readonly WorkloadFacts[]): void {
  for (const w of workloads) {
    const resource = resources.find((r) => resourceId(r) === w.id);
    if (resource && isHelmTestHook(resource.object)) w.notDeployed = TEST_HOOK_REASON;
  }
}

/** The engine's own findings (a rule that failed, input it could not read) keep their severity. */
const isSystemFinding = (f: Finding): boolean => SYSTEM_RULES.some((r) => r.id === f.ruleId);

/**
 * Renders again each chart whose findings could be about a value Helm generates at install
 * time, and drops the findings whose value the second render does not repeat (see
 * generated-values.ts). Only charts with such findings pay for the second render; one that
 * fails keeps its findings, so the gate stays closed.
 */
async function dropGenerated(
  done: readonly EvaluatedJob[],
  render: (job: RenderJob) => Promise<RenderResult | undefined>,
  concurrency: number,
  config: Config,
  valueRules: ReadonlySet<string>,
  warnings: string[],
): Promise<void> {
  const again = done.filter((d) => d.chart && needsSecondRender(d.found, valueRules));
  const second = await mapPool(again, concurrency, (d) => render(d.job));
  again.forEach((d, i) => {
    const result = second[i];
    if (!d.chart) return;
    if (!result?.ok) {
      warnings.push(
        `${jobFile(d.job)}: the second render, which tells values helm generates from committed ones, failed (${result ? firstLines(result.message, 1) : 'not rendered'}); its secret findings are kept`,
      );
      return;
    }
    const release = d.job.kind === 'helm' ? d.job.target.namespace : '';
    const resources = [...parseHelm(d.chart, result.text, config, release)].flatMap(
      (x) => x.parsed.resources,
    );
    const generated = generatedValueFindings(d.found, resources, valueRules);
    if (generated.size === 0) return;
    d.own.findings = d.own.findings.filter((f) => !generated.has(f));
    d.found = d.found.filter((x) => !generated.has(x.finding));
  });
}

/**
 * Kustomize output carries no source markers: findings go to the base or patch file that
 * holds the field (see kustomize-location.ts), else to the kustomization file.
 */
function evaluateKustomize(
  rootDir: string,
  overlay: DiscoveredKustomization,
  output: string,
  ctx: EvaluationContext,
  config: Config,
  out: Sink,
  plainFingerprints: ReadonlySet<string>,
  onFinding?: RenderScanOptions['onRenderedFinding'],
): number {
  const file = inDir(overlay.relDir, overlay.file);
  // Patches are traced as patches (by their targets, inline ones too), not as documents.
  const patches = readKustomizePatches(rootDir, overlay.dir);
  const patchFiles = new Set(patches.map((p) => p.file));
  const inputs = [...kustomizeInputs(rootDir, overlay.dir)].filter((f) => !patchFiles.has(f));
  const sources = readSourceDocuments(rootDir, inputs);
  const parsed = parseSource({ path: file, text: output }, parseLimits(config));
  const own: Sink = {
    findings: [],
    warnings: out.warnings,
    ...(out.records ? { records: out.records } : {}),
    ...(out.analysis ? { analysis: out.analysis } : {}),
  };
  const resources = evaluateParsed(parsed, ctx, own, (f, resource) => {
    // Paths from the object itself (non-empty basePath only for items of a `kind: List`).
    const base = resource?.basePath.length ?? 0;
    const full = fieldPathOf(f);
    const traced =
      resource &&
      locateInSources(
        sources,
        patches,
        resource,
        full.slice(base),
        presentLength(resource, full) - base,
      );
    f.location = traced ?? { file, line: 1 };
    // On a base's line, say which overlay's output it is about.
    if (traced && !traced.file.startsWith(overlay.relDir === '.' ? '' : `${overlay.relDir}/`))
      f.related = [{ file, line: 1, message: `Rendered through ${file}` }];
    onFinding?.(f, resource);
  });
  // A resource that the overlay passes through unchanged was already reported on the line
  // of its own file; only what the overlay changes (or adds) is reported here.
  for (const f of own.findings) if (!plainFingerprints.has(f.fingerprint)) out.findings.push(f);
  return resources;
}

/** Looks each needed tool up once, so that a missing one is one warning, not one per chart. */
async function lookUpTools(
  jobs: readonly RenderJob[],
  config: Config,
  env: NodeJS.ProcessEnv | undefined,
  out: Sink,
): Promise<Binaries> {
  const needed: [ToolName, boolean, string | undefined][] = [
    ['helm', jobs.some((j) => j.kind === 'helm' && !j.problem), config.render.helmBinary],
    ['kubectl', jobs.some((j) => j.kind === 'kustomize'), config.render.kubectlBinary],
  ];
  const binaries: Binaries = {};
  for (const [tool, need, explicit] of needed) {
    if (!need) continue;
    const lookup = await findBinary(tool, { explicit, env });
    if (!lookup.ok)
      out.warnings.push(`${lookup.message} Until then, nothing needing it is scanned.`);
    binaries[tool] = lookup;
  }
  return binaries;
}

export async function scanWithRenders(given: RenderScanOptions): Promise<ScanResult> {
  const root = canonicalRoot(given.root);
  const { plain, admission } = scanPlainFiles({ ...given, root });
  const options = { ...given, root, ...(admission ? { admission } : {}) };
  for (const w of admissionProblems(prepareAdmission(admission, given.config)))
    plain.warnings.push(w);
  const result = await timed('renders', () => addRenders(plain, options));
  const { findings, subsumed } = finishFindings(
    result.findings,
    result.analysis,
    result.rules,
    analysisSettings(options.config, options.today),
  );
  const scanned: ScanResult = { ...result, findings, subsumed: [...result.subsumed, ...subsumed] };
  // The folders' entries served the discovery: nothing after the scan needs them.
  delete scanned.listing;
  return scanned;
}

/**
 * The plain files' scan, with the admission policies that judge them. Given ones (a pull
 * request's, from its base) are used as they are. Otherwise they are the config's
 * `admissionPolicies` folders' and the scan's own: policies among the scanned files are
 * known only once the files are read, so the files are read a second time, for the policies
 * alone, when the scan found some (a repository without policies pays nothing). Policies
 * that only a chart or an overlay renders judge the rendered objects only (they are known
 * after the files); on a pull request they come from the base, and judge everything.
 */
function scanPlainFiles(options: RenderScanOptions): {
  plain: ScanResult;
  admission?: AdmissionSources;
} {
  if (options.admission)
    return { plain: scan({ ...options, analyse: false }), admission: options.admission };
  const { config } = options;
  const folders = readPolicyPaths(options.policyRoot ?? options.root, config);
  const known = admissionSources(config, sourcesAmong(folders));
  const given = hasPolicies(known) ? known : undefined;
  // The scan's own policies, bindings and Namespaces are kept as records to be found.
  const plain = scan({
    ...options,
    analyse: false,
    records: options.records === 'all' ? 'all' : 'policy',
    ...(given ? { admission: given } : {}),
  });
  const own = sourcesAmong(plain.records, folders);
  if (!own.some((r) => r.kind === ADMISSION_POLICY_KIND))
    return { plain, ...(given ? { admission: given } : {}) };
  // Params are ConfigMaps or custom resources, which a plain scan keeps no record of.
  const params =
    options.records === 'all'
      ? []
      : readParams(
          collectFiles({
            root: options.root,
            paths: options.paths?.length ? options.paths : config.paths,
            exclude: config.exclude,
          }).files,
          [...folders, ...own],
        );
  const admission = admissionSources(config, sourcesOf(folders, [...own, ...params]));
  const second = scan({
    ...options,
    analyse: false,
    admission,
    admissionOnly: true,
    records: 'none',
  });
  return {
    plain: {
      ...plain,
      // The first pass's admission findings (the folders' policies) are the second's too.
      findings: sortFindings([
        ...plain.findings.filter((f) => !isAdmissionRule(f.ruleId)),
        ...second.findings.filter((f) => isAdmissionRule(f.ruleId)),
      ]),
      rules: [
        ...plain.rules.filter((r) => !isAdmissionRule(r.id)),
        ...second.rules.filter((r) => isAdmissionRule(r.id)),
      ],
      // Written with the first pass's rules, whose SARIF indexes differ now.
      sarifResults: undefined,
    },
    admission,
  };
}

/**
 * The plain scan read the overlays' patch files as manifests; a patch is a fragment (no pod
 * spec, no labels), so what it said there is dropped: the overlay's rendered output checks
 * the patched objects and points findings back into the patch.
 */
function withoutPatchFiles(result: ScanResult, patches: ReadonlySet<string>): ScanResult {
  const kept = <T extends { location: { file: string } }>(items: T[]) =>
    items.filter((x) => !patches.has(x.location.file));
  return {
    ...result,
    findings: kept(result.findings),
    records: kept(result.records),
    analysis: {
      workloads: kept(result.analysis.workloads),
      objects: kept(result.analysis.objects),
    },
  };
}

async function addRenders(plain: ScanResult, options: RenderScanOptions): Promise<ScanResult> {
  let base = plain;
  const { config } = options;
  if (options.render === false || (!config.render.helm && !config.render.kustomize)) return base;

  const found = await discoverUnder(
    options.root,
    options.paths?.length ? options.paths : config.paths,
    config.exclude,
    plain.listing,
  );
  const discovery: Discovery = {
    charts: config.render.helm ? found.charts : [],
    kustomizations: config.render.kustomize ? found.kustomizations : [],
    skipped: found.skipped,
  };
  // Components (kind: Component) carry patches too; they render through the roots that
  // list them.
  const kustomizeDirs = config.render.kustomize
    ? [
        ...found.kustomizations.map((k) => k.dir),
        ...found.skipped
          .filter((s) => s.reason === 'kustomize-component')
          .map((s) => join(options.root, s.relDir)),
      ]
    : [];
  const patches = new Set(kustomizeDirs.flatMap((dir) => kustomizePatchFiles(options.root, dir)));
  if (patches.size > 0) base = withoutPatchFiles(base, patches);
  const plan = planRenders(options.root, discovery, config.render.helm ? config.render.charts : []);
  const out: Sink = {
    findings: base.findings,
    warnings: [...base.warnings, ...plan.warnings],
    records: base.records,
    analysis: base.analysis,
  };
  const { analysis } = base;
  const jobs = options.changedFiles
    ? affectedJobs(options.root, plan.jobs, options.changedFiles)
    : options.unaffectedBy
      ? withoutJobs(plan.jobs, affectedJobs(options.root, plan.jobs, options.unaffectedBy))
      : plan.jobs;
  if (jobs.length === 0) return { ...base, warnings: out.warnings };

  const plainFingerprints = new Set(base.findings.map((f) => f.fingerprint));
  const ctx = evaluationContext(base.rules, config, options.today, {
    ...(options.records ? { records: options.records } : {}),
    ...(options.oldObjects ? { oldObjects: options.oldObjects } : {}),
    ...(options.admission ? { admission: options.admission } : {}),
  });
  const binaries = await lookUpTools(jobs, config, options.env, out);
  const renderOptions: RenderOptions = {
    env: options.env,
    timeoutMs: config.render.timeoutSeconds * 1000,
  };
  const render = (job: RenderJob) =>
    job.kind === 'helm' && job.problem
      ? Promise.resolve(undefined)
      : renderOne(job.target, binaries, renderOptions);
  const concurrency = options.concurrency ?? defaultConcurrency();
  const results = await mapPool(jobs, concurrency, render);
  const valueRules = committedValueRules(base.rules);

  let resources = base.resources;
  const done: EvaluatedJob[] = [];
  results.forEach((result, i) => {
    const job = jobs[i];
    const own: Sink = {
      findings: [],
      warnings: out.warnings,
      records: out.records,
      analysis: out.analysis,
    };
    const evaluated: EvaluatedJob = { job, own, found: [] };
    done.push(evaluated);
    const tool: ToolName = job.kind === 'helm' ? 'helm' : 'kubectl';
    const before = { workloads: analysis.workloads.length, objects: analysis.objects.length };
    if (!result || !result.ok) {
      const lookup = binaries[tool];
      // The install hint is in the one warning; each finding just says why it is there.
      const message = !result
        ? (job.kind === 'helm' && job.problem) || 'not rendered'
        : lookup && !lookup.ok
          ? `${tool} is not available, so this was not rendered`
          : result.message;
      const finding = renderErrorFinding(jobFile(job), message);
      applyWaivers([finding], undefined, ctx.policy);
      own.findings.push(finding);
    } else {
      if (result.warnings)
        out.warnings.push(`${jobFile(job)}: ${tool} warned: ${firstLines(result.warnings, 3)}`);
      if (job.kind === 'helm') {
        const chart = chartFiles(job.chart, job.valuesFiles);
        evaluated.chart = chart;
        resources += evaluateHelm(
          chart,
          result.text,
          ctx,
          config,
          own,
          evaluated.found,
          valueRules,
          job.target.namespace,
        );
      } else
        resources += evaluateKustomize(
          options.root,
          job.overlay,
          result.text,
          ctx,
          config,
          own,
          plainFingerprints,
          options.onRenderedFinding,
        );
    }
    // What one chart or overlay renders belongs together (see analyse/graph.ts).
    const unit = jobFile(job);
    for (const w of analysis.workloads.slice(before.workloads)) w.unit = unit;
    for (const o of analysis.objects.slice(before.objects)) o.unit = unit;
    for (const f of own.findings) {
      if (f.assumesToken) f.assumesToken.unit = unit;
      if (isRoleFinding(f)) f.unit = unit;
    }
  });
  await dropGenerated(done, render, concurrency, config, valueRules, out.warnings);

  // Findings of charts rendered with value sets, merged per chart once all sets are in.
  const bySet = new Map<string, ValueSetFindings[]>();
  for (const { job, own, found } of done) {
    for (const x of found) options.onRenderedFinding?.(x.finding, x.resource);
    if (job.kind === 'helm' && job.valueSet !== undefined) {
      const sets = bySet.get(job.chart.relDir) ?? [];
      bySet.set(job.chart.relDir, sets);
      sets.push({ valueSet: job.valueSet, findings: own.findings });
    } else out.findings.push(...own.findings);
  }
  for (const sets of bySet.values()) out.findings.push(...mergeValueSets(sets));
  return {
    ...base,
    findings: sortFindings(out.findings),
    warnings: out.warnings,
    resources,
    records: uniqueRecords(out.records ?? []),
    analysis: {
      workloads: uniqueBy(base.analysis.workloads, (w) => `${w.id}\u0000${JSON.stringify(w)}`),
      objects: uniqueRecords(base.analysis.objects),
    },
  };
}

function withoutJobs(all: readonly RenderJob[], drop: readonly RenderJob[]): RenderJob[] {
  const dropped = new Set(drop);
  return all.filter((j) => !dropped.has(j));
}

/** Value sets render the same objects again: keep one of each. */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    return !seen.has(k) && seen.add(k);
  });
}

const uniqueRecords = (records: ResourceRecord[]): ResourceRecord[] =>
  uniqueBy(records, (r) => `${r.id}\u0000${JSON.stringify(r.object)}`);
