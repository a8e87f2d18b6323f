import { readFileSync } from 'node:fs';
import type { Config } from './config.js';
import { collectFiles } from './collect/collect-files.js';
import { ConfigurationError } from './errors.js';
import {
  evaluateResource,
  fingerprintOf,
  indexRulesByKind,
  type EvaluationSettings,
} from './evaluate/evaluate-rules.js';
import { applyWaivers, type WaiverPolicy } from './evaluate/waivers.js';
import { DEFAULT_PARSE_LIMITS, parseSource, type ParseProblem } from './parse/parse-source.js';
import { builtinRuleTexts } from './rules/builtin-rules.js';
import { loadRules } from './rules/load-rules.js';
import type { Rule } from './rules/rule.js';
import type { Finding, JsonObject } from './types.js';

export interface ScanOptions {
  root: string;
  /** Overrides the config's paths when non-empty. */
  paths?: readonly string[];
  config: Config;
  /** YYYY-MM-DD, for waiver expiry. */
  today: string;
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  findings: Finding[];
  rules: Rule[];
  warnings: string[];
  files: number;
  resources: number;
}

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
  return {
    ruleId: 'parse-error',
    severity: 'high',
    title: 'A file could not be read as Kubernetes manifests',
    message: p.message,
    location: { file: p.file, line: p.line },
    resource: '',
    fieldPath: '',
    fingerprint: fingerprintOf(['parse-error', p.file, p.message]),
  };
}

/** The whole pipeline for one tree: collect, parse, evaluate, waive. */
export function scan(options: ScanOptions): ScanResult {
  const { config } = options;
  const rules = loadActiveRules(options.root, config);
  const rulesByKind = indexRulesByKind(rules, config.podSpecPaths);
  const settings = evaluationSettings(config);
  const policy: WaiverPolicy = { ...config.waivers, today: options.today };
  const collected = collectFiles({
    root: options.root,
    paths: options.paths?.length ? options.paths : config.paths,
    exclude: config.exclude,
  });
  const warnings = [...collected.warnings];
  const findings: Finding[] = [];
  const limits = { ...DEFAULT_PARSE_LIMITS, maxFileBytes: config.limits.maxFileBytes };
  let resources = 0;
  collected.files.forEach((file, i) => {
    let text: string;
    try {
      text = readFileSync(file.absolute, 'utf8');
    } catch (e) {
      warnings.push(`${file.path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    const parsed = parseSource({ path: file.path, text }, limits);
    for (const p of parsed.problems) {
      if (p.warningOnly) warnings.push(`${p.file}: ${p.message}`);
      else findings.push(problemFinding(p));
    }
    for (const resource of parsed.resources) {
      resources++;
      const own = evaluateResource(resource, rulesByKind, settings);
      const metadata = resource.object.metadata as JsonObject | undefined;
      applyWaivers(own, metadata?.annotations as JsonObject | undefined, policy);
      for (const f of own) findings.push(f);
    }
    options.onProgress?.(i + 1, collected.files.length);
  });
  return {
    findings: sortFindings(findings),
    rules,
    warnings,
    files: collected.files.length,
    resources,
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Stable report order: file, line, rule, fingerprint (plain code-unit order, not locale). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compareText(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.fingerprint, b.fingerprint),
  );
}
