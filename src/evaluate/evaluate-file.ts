// What scanning one plain file takes, shared by scan() on the main thread and by the scan
// workers (src/pipeline/parallel/): rules, the evaluation context, and read -> parse -> evaluate ->
// waive for one file. It must not import the worker pool, which imports it.
import { readFileSync } from '../util/fs.js';
import picomatch from 'picomatch';
import type { CollectedFile } from '../collect/collect-files.js';
import { collectFiles } from '../collect/collect-files.js';
import { ruleEnabled, type Config } from '../config/config.js';
import { ConfigurationError } from '../model/errors.js';
import { isAdmissionRule } from '../model/admission-rules.js';
import { evaluateResource, indexRulesByKind, type EvaluationSettings } from './evaluate-rules.js';
import { applyWaivers, type WaiverPolicy } from './waivers.js';
import { podsOf, workloadKinds } from './pod-kinds.js';
import {
  DEFAULT_PARSE_LIMITS,
  parseSource,
  type ParsedSource,
  type ParseLimits,
  type ParseProblem,
} from '../parse/parse-source.js';
import { builtinRuleTexts } from './rules/builtin-rules.js';
import { loadRules } from './rules/load-rules.js';
import type { Rule } from './rules/rule.js';
import { SYSTEM_RULES, systemFinding } from './rules/system-rules.js';
import {
  CONNECTING_KINDS,
  readsBindings,
  workloadFacts,
  type AnalysisInput,
} from './analysis-facts.js';
import { formatFieldPath } from '../model/field-path.js';
import {
  admissionFindings,
  admissionRules,
  prepareAdmission,
  type AdmissionSources,
  type PreparedAdmission,
} from './admission-findings.js';
import { sortFindings } from '../model/finding-order.js';
import {
  keepsRecord,
  partPaths,
  recordOf,
  type RecordMode,
  type ResourceRecord,
} from './records.js';
import {
  resourceId,
  type FieldPath,
  type Finding,
  type JsonObject,
  type Location,
  type Resource,
} from '../model/types.js';

/**
 * Loads the built-in and custom rules, leaving out those the config disables by id or by
 * category (`rules.categories`).
 */
export function loadActiveRules(root: string, config: Config): Rule[] {
  const builtin = loadRules(builtinRuleTexts(), true);
  const collected = config.rules.custom.length
    ? collectFiles({ root, paths: config.rules.custom, exclude: [] })
    : undefined;
  // A custom rule path that gives nothing is a typo that would switch the rules off unseen.
  const missing = collected?.unmatched ?? [];
  if (missing.length)
    throw new ConfigurationError(
      `config rules.custom: ${missing.map((u) => `"${u.path}" gives no rule file (${u.reason})`).join('; ')}`,
    );
  const customFiles = collected?.files ?? [];
  const custom = loadRules(
    customFiles.map((f) => ({ file: f.path, text: readFileSync(f.absolute, 'utf8') })),
    false,
  );
  const all = [...builtin, ...custom];
  // The engine's configurable rules (rbac-permission-gain) are policy choices like any rule.
  const ids = new Set([
    ...all.map((r) => r.id),
    ...SYSTEM_RULES.filter((r) => r.configurable).map((r) => r.id),
  ]);
  for (const r of custom) {
    if (builtin.some((b) => b.id === r.id))
      throw new ConfigurationError(`rule file ${r.file}: id "${r.id}" is a built-in rule id`);
  }
  for (const id of [...config.rules.disabled, ...Object.keys(config.rules.severity)]) {
    // An admission policy's rule exists when its policy does, which depends on the commit.
    if (!ids.has(id) && !isAdmissionRule(id))
      throw new ConfigurationError(`config rules: unknown rule id "${id}"`);
  }
  return all.filter((r) => ruleEnabled(config.rules, r));
}

export function evaluationSettings(config: Config): EvaluationSettings {
  return {
    workloads: workloadKinds(config.workloads),
    params: {
      internalIngressClasses: config.ingress.internalClasses,
      internalIngressAnnotations: config.ingress.internalAnnotations,
      allowedRegistries: config.images.allowedRegistries,
      digestNamespaces: config.images.requireDigest.namespaces,
      // CEL has regular expressions, not globs: the globs are compiled here.
      digestPathPatterns: config.images.requireDigest.paths.map(
        (glob) => picomatch.makeRe(glob, { dot: true }).source,
      ),
    },
    severities: config.rules.severity,
  };
}

export function problemFinding(p: ParseProblem): Finding {
  return systemFinding(
    'parse-error',
    { message: p.message, location: { file: p.file, line: p.line } },
    [p.file, p.message],
  );
}

/** What a scan keeps besides findings, and what it knows of the base (plain data). */
export interface ContextOptions {
  /** Which resources to keep as records (default none). */
  records?: RecordMode;
  /**
   * The base version of each resource by id, for rules that read `oldObject` and for the
   * admission policies (an object with a base version is an UPDATE).
   */
  oldObjects?: ReadonlyMap<string, JsonObject>;
  /** The admission policies that judge the objects, and what they read. */
  admission?: AdmissionSources;
}

/**
 * A scan's rules: the built-in and custom ones the config leaves on, then one per admission
 * policy (for the reports). `admissionOnly`: the policies' alone.
 */
export function scanRules(
  policyRoot: string,
  config: Config,
  admission: AdmissionSources | undefined,
  admissionOnly = false,
): Rule[] {
  const own = admissionOnly ? [] : loadActiveRules(policyRoot, config);
  return [...own, ...admissionRules(admission, config)];
}

/** What evaluating a parsed source needs, prepared once per scan. */
export interface EvaluationContext {
  rulesByKind: ReturnType<typeof indexRulesByKind>;
  settings: EvaluationSettings;
  policy: WaiverPolicy;
  records: RecordMode;
  oldObjects?: ReadonlyMap<string, JsonObject>;
  /** Collect facts for the cross-resource step (an analyser rule, or ifTokenUnneeded, is active). */
  analysis: boolean;
  /** The admission policies, compiled for this thread (none: nothing to evaluate). */
  admission?: PreparedAdmission;
}

export function evaluationContext(
  rules: Rule[],
  config: Config,
  today: string,
  options: ContextOptions = {},
): EvaluationContext {
  const settings = evaluationSettings(config);
  const admission = prepareAdmission(options.admission, config);
  // An analyser's rule has no check of its own: src/analyse/ makes its findings. A rule
  // that waits for a param the config does not set would only ever answer false.
  const checked = rules.filter(
    (r) =>
      !r.analyser &&
      (!r.enabledByParams || r.enabledByParams.some((p) => isSet(settings.params[p]))),
  );
  return {
    rulesByKind: indexRulesByKind(checked),
    settings,
    policy: { ...config.waivers, today },
    // The analysers read the facts, and so do the steps that settle the findings of rules
    // that assume a mounted token (analysers/token-mount.ts) and name who holds a role
    // (analysers/bindings.ts).
    analysis: rules.some((r) => r.analyser || r.ifTokenUnneeded) || readsBindings(rules),
    records: options.records ?? 'none',
    ...(options.oldObjects ? { oldObjects: options.oldObjects } : {}),
    ...(admission ? { admission } : {}),
  };
}

/**
 * Moves a finding to where people can fix it. Rendered sources use it: their lines exist in
 * no file. It runs before waivers, so that a config waiver's `path` sees the real file.
 */
export type Relocate = (finding: Finding, resource: Resource | undefined) => void;

/** Evaluates every resource of one parsed source into `findings`; returns the resource count. */
export function evaluateParsed(
  parsed: ParsedSource,
  ctx: EvaluationContext,
  out: {
    findings: Finding[];
    warnings: string[];
    records?: ResourceRecord[];
    analysis?: AnalysisInput;
  },
  relocate?: Relocate,
): number {
  for (const p of parsed.problems) {
    if (p.warningOnly) {
      out.warnings.push(`${p.file}: ${p.message}`);
    } else {
      const f = problemFinding(p);
      relocate?.(f, undefined);
      out.findings.push(f);
    }
  }
  for (const resource of parsed.resources) {
    const old = ctx.oldObjects?.get(resourceId(resource));
    const own = evaluateResource(resource, ctx.rulesByKind, ctx.settings, old ?? null);
    if (ctx.admission) for (const f of admissionFindings(resource, ctx.admission, old)) own.push(f);
    if (relocate) for (const f of own) relocate(f, resource);
    if (out.records && keepsRecord(ctx.records, resource))
      out.records.push(relocatedRecord(resource, relocate));
    if (out.analysis) collectFacts(resource, ctx, out.analysis, relocate);
    const metadata = resource.object.metadata as JsonObject | undefined;
    applyWaivers(own, metadata?.annotations as JsonObject | undefined, ctx.policy);
    for (const f of own) out.findings.push(f);
  }
  return parsed.resources.length;
}

/** A param counts as set when it is a non-empty list or map. */
function isSet(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

/** Where a field of `resource` is in the file people edit (a rendered one: its template). */
function relocated(
  resource: Resource,
  path: FieldPath,
  location: Location,
  relocate: Relocate | undefined,
): Location {
  if (!relocate) return location;
  // The relocation works on findings: a stand-in for the field takes the same way.
  const probe: Finding = {
    ruleId: 'record',
    severity: 'low',
    title: '',
    message: '',
    location,
    resource: resourceId(resource),
    fieldPath: formatFieldPath(path),
    fingerprint: '',
  };
  relocate(probe, resource);
  return probe.location;
}

function relocatedRecord(resource: Resource, relocate: Relocate | undefined): ResourceRecord {
  const record = recordOf(resource);
  // A plain file's record stays where it is: no copy (a spread of it) for every object the
  // analysers keep.
  if (!relocate) return record;
  const path = [...resource.basePath, 'metadata', 'name'];
  const moved = { ...record, location: relocated(resource, path, record.location, relocate) };
  if (record.parts) {
    const parts: Record<string, Location> = {};
    for (const [key, part] of partPaths(resource))
      parts[key] = relocated(
        resource,
        [...resource.basePath, ...part],
        record.parts[key],
        relocate,
      );
    moved.parts = parts;
  }
  return moved;
}

/** The analysers' facts of one resource: connecting objects whole, workloads reduced. */
export function collectFacts(
  resource: Resource,
  ctx: EvaluationContext,
  into: AnalysisInput,
  relocate: Relocate | undefined,
): void {
  const { object, kind, apiVersion } = resource;
  // A Knative Service is a workload, not the core Service its kind is named after.
  if (CONNECTING_KINDS.has(kind) && !podsOf(object, kind, apiVersion, ctx.settings.workloads)) {
    into.objects.push(relocatedRecord(resource, relocate));
    return;
  }
  for (const facts of workloadFacts(resource, ctx.settings.workloads)) {
    facts.location = relocated(resource, facts.podSpecPath, facts.location, relocate);
    into.workloads.push(facts);
  }
}

export function parseLimits(config: Config): ParseLimits {
  return { ...DEFAULT_PARSE_LIMITS, maxFileBytes: config.limits.maxFileBytes };
}

/** What one file contributes to a scan. */
export interface FileResult {
  findings: Finding[];
  warnings: string[];
  resources: number;
  /** Present when the context keeps records. */
  records?: ResourceRecord[];
  /** Present when some analyser rule is active. */
  analysis?: AnalysisInput;
}

/** Reads, parses and evaluates one collected file. */
export function scanFile(
  file: CollectedFile,
  ctx: EvaluationContext,
  limits: ParseLimits,
): FileResult {
  const out: FileResult = {
    findings: [],
    warnings: [],
    resources: 0,
    ...(ctx.records !== 'none' ? { records: [] } : {}),
    ...(ctx.analysis ? { analysis: { workloads: [], objects: [] } } : {}),
  };
  let text: string;
  try {
    text = readFileSync(file.absolute, 'utf8');
  } catch (e) {
    out.warnings.push(
      `${file.path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
    return out;
  }
  out.resources = evaluateParsed(parseSource({ path: file.path, text }, limits), ctx, out);
  // In report order already, so that the scan's final sort, on the main thread, is cheap.
  sortFindings(out.findings);
  return out;
}
