// What scanning one plain file takes, shared by scan() on the main thread and by the scan
// workers (src/parallel/): rules, the evaluation context, and read -> parse -> evaluate ->
// waive for one file. It must not import the worker pool, which imports it.
import { readFileSync } from 'node:fs';
import type { CollectedFile } from './collect/collect-files.js';
import { collectFiles } from './collect/collect-files.js';
import type { Config } from './config.js';
import { ConfigurationError } from './errors.js';
import {
  evaluateResource,
  indexRulesByKind,
  type EvaluationSettings,
} from './evaluate/evaluate-rules.js';
import { applyWaivers, type WaiverPolicy } from './evaluate/waivers.js';
import {
  DEFAULT_PARSE_LIMITS,
  parseSource,
  type ParsedSource,
  type ParseLimits,
  type ParseProblem,
} from './parse/parse-source.js';
import { builtinRuleTexts } from './rules/builtin-rules.js';
import { loadRules } from './rules/load-rules.js';
import type { Rule } from './rules/rule.js';
import { systemFinding } from './rules/system-rules.js';
import { formatFieldPath } from './parse/field-path.js';
import { keepsRecord, recordOf, type RecordMode, type ResourceRecord } from './records.js';
import type { Finding, JsonObject, Resource } from './types.js';

/** Loads the built-in and custom rules, applying the config's disables and severities. */
export function loadActiveRules(root: string, config: Config): Rule[] {
  const builtin = loadRules(builtinRuleTexts(), true);
  const customFiles = config.rules.custom.length
    ? collectFiles({ root, paths: config.rules.custom, exclude: [] }).files
    : [];
  const custom = loadRules(
    customFiles.map((f) => ({ file: f.path, text: readFileSync(f.absolute, 'utf8') })),
    false,
  );
  const all = [...builtin, ...custom];
  const ids = new Set(all.map((r) => r.id));
  for (const r of custom) {
    if (builtin.some((b) => b.id === r.id))
      throw new ConfigurationError(`rule file ${r.file}: id "${r.id}" is a built-in rule id`);
  }
  for (const id of [...config.rules.disabled, ...Object.keys(config.rules.severity)]) {
    if (!ids.has(id)) throw new ConfigurationError(`config rules: unknown rule id "${id}"`);
  }
  return all.filter((r) => !config.rules.disabled.includes(r.id));
}

export function evaluationSettings(config: Config): EvaluationSettings {
  return {
    podSpecPaths: config.podSpecPaths,
    params: {
      internalIngressClasses: config.ingress.internalClasses,
      internalIngressAnnotations: config.ingress.internalAnnotations,
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
  /** The base version of each resource by id, for rules that read `oldObject`. */
  oldObjects?: ReadonlyMap<string, JsonObject>;
}

/** What evaluating a parsed source needs, prepared once per scan. */
export interface EvaluationContext {
  rulesByKind: ReturnType<typeof indexRulesByKind>;
  settings: EvaluationSettings;
  policy: WaiverPolicy;
  records: RecordMode;
  oldObjects?: ReadonlyMap<string, JsonObject>;
}

export function evaluationContext(
  rules: Rule[],
  config: Config,
  today: string,
  options: ContextOptions = {},
): EvaluationContext {
  return {
    rulesByKind: indexRulesByKind(rules, config.podSpecPaths),
    settings: evaluationSettings(config),
    policy: { ...config.waivers, today },
    records: options.records ?? 'none',
    ...(options.oldObjects ? { oldObjects: options.oldObjects } : {}),
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
  out: { findings: Finding[]; warnings: string[]; records?: ResourceRecord[] },
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
    const old = ctx.oldObjects?.get(`${resource.kind}/${resource.namespace}/${resource.name}`);
    const own = evaluateResource(resource, ctx.rulesByKind, ctx.settings, old ?? null);
    if (relocate) for (const f of own) relocate(f, resource);
    if (out.records && keepsRecord(ctx.records, resource.kind))
      out.records.push(relocatedRecord(resource, relocate));
    const metadata = resource.object.metadata as JsonObject | undefined;
    applyWaivers(own, metadata?.annotations as JsonObject | undefined, ctx.policy);
    for (const f of own) out.findings.push(f);
  }
  return parsed.resources.length;
}

/** A record at the line people edit: a rendered resource's name line is in its template. */
function relocatedRecord(resource: Resource, relocate: Relocate | undefined): ResourceRecord {
  const record = recordOf(resource);
  if (!relocate) return record;
  // The relocation works on findings: a stand-in for the name field takes the same way.
  const probe: Finding = {
    ruleId: 'record',
    severity: 'low',
    title: '',
    message: '',
    location: record.location,
    resource: record.id,
    fieldPath: formatFieldPath([...resource.basePath, 'metadata', 'name']),
    fingerprint: '',
  };
  relocate(probe, resource);
  return { ...record, location: probe.location };
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
  return out;
}
