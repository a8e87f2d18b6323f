import type { AnalysisInput } from '../evaluate/analysis-facts.js';
import { analyse, type AnalysisSettings } from '../analyse/run-analysers.js';
import type { Config } from '../config/config.js';
import type { Dirent } from 'node:fs';
import {
  collectFiles,
  type CollectedFile,
  type DirectoryListing,
  type UnmatchedPath,
} from '../collect/collect-files.js';
import { consolidate } from '../evaluate/consolidate.js';
import { scanInParallel, workerCount } from './parallel/scan-pool.js';
import {
  evaluationContext,
  parseLimits,
  scanFile,
  scanRules,
  type EvaluationContext,
  type FileResult,
} from '../evaluate/evaluate-file.js';
import type { AdmissionSources } from '../evaluate/admission-findings.js';
import type { Rule } from '../evaluate/rules/rule.js';
import type { RecordMode, ResourceRecord } from '../evaluate/records.js';
import type { Finding, JsonObject } from '../model/types.js';
import { mergeIntoSorted, sortFindings } from '../model/finding-order.js';
import { PrerenderedResults } from '../report/sarif-prerender.js';
import { holdYoungGeneration } from '../util/young-generation.js';

export { sortFindings } from '../model/finding-order.js';

export {
  evaluateParsed,
  evaluationContext,
  evaluationSettings,
  loadActiveRules,
  parseLimits,
  problemFinding,
  type EvaluationContext,
  type Relocate,
} from '../evaluate/evaluate-file.js';

/**
 * Below this many files per thread, starting workers costs more than it saves. A worker
 * loads the bundle and warms its own JIT before it pays off: in fresh processes on a 2-core
 * machine, alternated, a worker made the monorepo bench's 10k corpus (5,400 files) about 15%
 * slower on Node 24 and 20% on Node 20, broke even at 20k (11,000 files) and gained 20% at
 * 50k (27,000 files) on Node 24 (about nothing on Node 20).
 */
export const MIN_FILES_PER_THREAD = 6000;

export interface ScanOptions {
  root: string;
  /**
   * Where the config's custom rules are read (default: root). On a pull request this is the
   * base commit's tree, so that the change cannot rewrite the rules that judge it.
   */
  policyRoot?: string;
  /** Which resources to return as records (default: none). */
  records?: RecordMode;
  /**
   * The base version of each resource by id, for rules that read `oldObject` and for the
   * admission policies (an object with a base version is an UPDATE).
   */
  oldObjects?: ReadonlyMap<string, JsonObject>;
  /** The admission policies that judge the objects (pipeline/admission-sources.ts). */
  admission?: AdmissionSources;
  /** Evaluate the admission policies alone (a second pass over files already scanned). */
  admissionOnly?: boolean;
  /** Read no plain files (only what scanWithRenders renders). */
  skipPlainFiles?: boolean;
  /**
   * false: gather the analysers' facts but do not run them (the caller adds rendered
   * resources first). Default: run them.
   */
  analyse?: boolean;
  /** Overrides the config's paths when non-empty. */
  paths?: readonly string[];
  config: Config;
  /** YYYY-MM-DD, for waiver expiry. */
  today: string;
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Have the threads that scan the files write their SARIF results too, for a SARIF report
   * (ScanResult.sarifResults; report/sarif-prerender.ts). Default: no.
   */
  sarifResults?: boolean;
  /**
   * Worker threads for the files (besides the main thread); default: one per extra core
   * when there are at least MIN_FILES_PER_THREAD files per thread, else none.
   */
  workers?: number;
}

export interface ScanResult {
  findings: Finding[];
  /**
   * Findings that a reported one implies (see evaluate/consolidate.ts): not reported, but
   * compared with a base like any finding.
   */
  subsumed: Finding[];
  rules: Rule[];
  warnings: string[];
  /** Named paths that gave no file to scan (see collectFiles): the caller fails on them. */
  unmatchedPaths: UnmatchedPath[];
  files: number;
  resources: number;
  /** The kept resources (see ScanOptions.records), in file order. */
  records: ResourceRecord[];
  /** What the cross-resource analysers read (empty when none is active). */
  analysis: AnalysisInput;
  /**
   * The SARIF results written during the scan (ScanOptions.sarifResults; only when worker
   * threads scanned the files), for sarifTextParts and sarifTextPieces.
   */
  sarifResults?: PrerenderedResults;
  /** The folders the collector read, for the discovery of charts and overlays to reuse. */
  listing?: DirectoryListing;
}

/** The whole pipeline for one tree of plain manifests: collect, parse, evaluate, waive. */
export function scan(options: ScanOptions): ScanResult {
  const { config } = options;
  // evaluate's rules and context, from the policy root (the base on a pull request)
  const rules = scanRules(
    options.policyRoot ?? options.root,
    config,
    options.admission,
    options.admissionOnly,
  );
  const ctx = evaluationContext(rules, config, options.today, {
    ...(options.records ? { records: options.records } : {}),
    ...(options.oldObjects ? { oldObjects: options.oldObjects } : {}),
    ...(options.admission ? { admission: options.admission } : {}),
  });
  // collect
  const listing = new Map<string, Dirent[]>();
  const collected = collectFiles({
    root: options.root,
    paths: options.paths?.length ? options.paths : config.paths,
    exclude: config.exclude,
    listing,
  });
  const files = options.skipPlainFiles ? [] : collected.files;
  // parse and evaluate, file by file, on this thread or on workers too
  const workers = options.workers ?? workerCount(files.length, MIN_FILES_PER_THREAD);
  // Written during the scan only with worker threads: on one thread it is the same work.
  const sarifResults =
    options.sarifResults && workers > 0 ? new PrerenderedResults(rules) : undefined;
  const perFile = evaluateFiles(options, files, workers, ctx, rules, sarifResults);
  const gathered = gather(perFile, collected.warnings);
  const ordered = findingsInReportOrder(files, perFile);
  // analyse (with analyse: false the caller adds rendered objects first, then finishes them all)
  const reported =
    options.analyse !== false
      ? finishFindings(ordered, gathered.analysis, rules, analysisSettings(config, options.today))
      : { findings: ordered, subsumed: [] };
  return {
    findings: reported.findings,
    subsumed: reported.subsumed,
    rules,
    warnings: gathered.warnings,
    unmatchedPaths: collected.unmatched,
    files: files.length,
    resources: gathered.resources,
    records: gathered.records,
    analysis: gathered.analysis,
    ...(sarifResults ? { sarifResults } : {}),
    listing,
  };
}

/** Each file parsed and evaluated, in file order, on this thread or with worker threads. */
function evaluateFiles(
  options: ScanOptions,
  files: CollectedFile[],
  workers: number,
  ctx: EvaluationContext,
  rules: Rule[],
  sarif: PrerenderedResults | undefined,
): FileResult[] {
  const limits = parseLimits(options.config);
  if (workers > 0)
    return scanInParallel({
      ...options,
      policyRoot: options.policyRoot ?? options.root,
      limits,
      files,
      workers,
      ctx,
      rules,
      ...(sarif ? { sarif } : {}),
    });
  return files.map((file, i) => {
    holdYoungGeneration();
    const result = scanFile(file, ctx, limits);
    options.onProgress?.(i + 1, files.length);
    return result;
  });
}

/** The files' warnings, records, analysers' facts and resource count, in file order. */
function gather(perFile: readonly FileResult[], collectWarnings: readonly string[]) {
  const warnings = [...collectWarnings];
  const records: ResourceRecord[] = [];
  const analysis: AnalysisInput = { workloads: [], objects: [] };
  let resources = 0;
  for (const r of perFile) {
    for (const w of r.warnings) warnings.push(w);
    if (r.records) for (const x of r.records) records.push(x);
    if (r.analysis) {
      for (const w of r.analysis.workloads) analysis.workloads.push(w);
      for (const o of r.analysis.objects) analysis.objects.push(o);
    }
    resources += r.resources;
  }
  return { warnings, records, analysis, resources };
}

/**
 * The files' findings in report order. Each file's findings are in report order (scanFile
 * sorts them) and, in a plain scan, in that file; taken in the report's order of files (code
 * units, where the collection sorts by locale), they need no sorting. A file with a finding
 * elsewhere would break that: its first or last finding would be in another file (they are
 * sorted by file first), and then everything is sorted.
 */
function findingsInReportOrder(files: readonly CollectedFile[], perFile: FileResult[]): Finding[] {
  const findings: Finding[] = [];
  let inOrder = true;
  for (const i of reportOrder(files)) {
    const own = perFile[i].findings;
    if (
      own.length &&
      (own[0].location.file !== files[i].path ||
        own[own.length - 1].location.file !== files[i].path)
    )
      inOrder = false;
    for (const f of own) findings.push(f);
  }
  return inOrder ? findings : sortFindings(findings);
}

/**
 * The end of the whole pipeline, once every object of a scan is in: what the objects tell
 * together (analyse/run-analysers.ts), merged into report order, then one finding per
 * problem (evaluate/consolidate.ts). `findings` must be in report order.
 */
export function finishFindings(
  findings: Finding[],
  analysis: AnalysisInput,
  rules: readonly Rule[],
  settings: AnalysisSettings,
): { findings: Finding[]; subsumed: Finding[] } {
  const analysed = analyse(analysis, rules, settings, findings);
  return consolidate(mergeIntoSorted(analysed.findings, analysed.added));
}

/** The indexes of `files` in the order findings are reported by file (compareFindings). */
function reportOrder(files: readonly { path: string }[]): number[] {
  return files
    .map((_f, i) => i)
    .sort((a, b) => (files[a].path < files[b].path ? -1 : files[a].path > files[b].path ? 1 : 0));
}

export function analysisSettings(config: Config, today: string): AnalysisSettings {
  return {
    internalIngressClasses: config.ingress.internalClasses,
    internalIngressAnnotations: config.ingress.internalAnnotations,
    severities: config.rules.severity,
    policy: { ...config.waivers, today },
  };
}
