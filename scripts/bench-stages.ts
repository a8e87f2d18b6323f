// Where the whole scan's time goes: scan()'s pipeline rebuilt from its exported steps with
// a timer around each (rules, collect, read, parse, evaluate, locate, waivers, analyser
// facts, analysers, sort, SARIF text, write). Parse is split into js-yaml's load (the
// documents the fast reader leaves to it) and the rest; evaluate into the CEL checks and the rest (workload view, elements, findings,
// fingerprints). Timers cost ~0.1 us a call, so the stages add up to a little more than an
// untimed scan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import yaml from 'js-yaml';
import { collectFiles } from '../src/collect/collect-files.js';
import { resolveConfig } from '../src/config/config.js';
import type { AnalysisInput } from '../src/evaluate/analysis-facts.js';
import { analyse } from '../src/analyse/run-analysers.js';
import { evaluateResource } from '../src/evaluate/evaluate-rules.js';
import { consolidate } from '../src/evaluate/consolidate.js';
import { applyWaivers } from '../src/evaluate/waivers.js';
import { DEFAULT_PARSE_LIMITS, parseSource } from '../src/parse/parse-source.js';
import { toSarifText } from '../src/report/sarif-text.js';
import { writeTextFile } from '../src/report/write-text.js';
import { collectFacts } from '../src/evaluate/evaluate-file.js';
import {
  analysisSettings,
  evaluationContext,
  loadActiveRules,
  problemFinding,
  sortFindings,
} from '../src/pipeline/scan.js';
import type { Finding, JsonObject } from '../src/model/types.js';
import { kubegateVersion } from '../src/model/version.js';

export type StageTimes = Record<string, number>;

export interface StagesResult {
  stages: StageTimes;
  resources: number;
  findings: number;
  locateCalls: number;
  celCalls: number;
}

function once(root: string, paths: string[], outDir: string, today: string): StagesResult {
  const t: StageTimes = {};
  const add = (k: string, ms: number) => (t[k] = (t[k] ?? 0) + ms);
  const timed = <T>(k: string, fn: () => T): T => {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      add(k, performance.now() - t0);
    }
  };
  let locateCalls = 0;
  let celCalls = 0;
  const config = resolveConfig();
  const rules = timed('rules (load, compile)', () => {
    const loaded = loadActiveRules(root, config);
    for (const rule of loaded) {
      const check = rule.evaluate;
      rule.evaluate = (ctx) => (celCalls++, timed('  evaluate: CEL checks', () => check(ctx)));
    }
    return loaded;
  });
  // The scan's own context: its rule index leaves out the rules waiting for params.
  const ctx = evaluationContext(rules, config, today);
  const analysis: AnalysisInput = { workloads: [], objects: [] };
  const policy = { ...config.waivers, today };
  const collected = timed('collect', () => collectFiles({ root, paths, exclude: config.exclude }));
  const limits = { ...DEFAULT_PARSE_LIMITS, maxFileBytes: config.limits.maxFileBytes };
  const findings: Finding[] = [];
  let resources = 0;
  // js-yaml is one shared CommonJS module object: wrapping its `load` times the calls
  // that parseSource makes (for the documents src/parse/simple-yaml.ts leaves to it).
  const jsYaml = yaml as { load: typeof yaml.load };
  const load = jsYaml.load;
  jsYaml.load = (text, options) =>
    timed('  parse: js-yaml (outside the fast subset)', () => load(text, options));
  try {
    for (const file of collected.files) {
      const text = timed('read', () => readFileSync(file.absolute, 'utf8'));
      const parsed = timed('parse (split, read YAML, line trees)', () =>
        parseSource({ path: file.path, text }, limits),
      );
      for (const p of parsed.problems) if (!p.warningOnly) findings.push(problemFinding(p));
      for (const resource of parsed.resources) {
        resources++;
        const locator = resource.locator;
        resource.locator = {
          locate: (path) => (
            locateCalls++,
            timed('  evaluate: locate lines', () => locator.locate(path))
          ),
        };
        const own = timed('evaluate (all)', () =>
          evaluateResource(resource, ctx.rulesByKind, ctx.settings),
        );
        timed('analyser facts', () => collectFacts(resource, ctx, analysis, undefined));
        const metadata = resource.object.metadata as JsonObject | undefined;
        timed('waivers', () =>
          applyWaivers(own, metadata?.annotations as JsonObject | undefined, policy),
        );
        for (const f of own) findings.push(f);
      }
    }
  } finally {
    jsYaml.load = load;
  }
  // The cross-resource step as the scan runs it: findings that assumed an unneeded token
  // are settled, and the analysers' findings added.
  const analysed = timed('analysers', () =>
    analyse(analysis, rules, analysisSettings(config, today), findings),
  );
  const sorted = timed('sort findings', () =>
    sortFindings([...analysed.findings, ...analysed.added]),
  );
  const reported = timed('consolidate', () => consolidate(sorted).findings);
  const text = timed('sarif text', () =>
    toSarifText(reported, rules, { version: kubegateVersion() }),
  );
  timed('write', () => writeTextFile(join(outDir, 'kubegate-stages.sarif'), text));
  return { stages: t, resources, findings: reported.length, locateCalls, celCalls };
}

/** Best (lowest total) of `runs` timed passes after one warm-up. */
export function profileStages(
  root: string,
  paths: string[],
  runs: number,
  outDir: string,
  today: string,
): StagesResult {
  once(root, paths, outDir, today);
  let best: StagesResult | undefined;
  const total = (r: StagesResult) =>
    Object.entries(r.stages).reduce((s, [k, v]) => (k.startsWith(' ') ? s : s + v), 0);
  for (let i = 0; i < runs; i++) {
    const r = once(root, paths, outDir, today);
    if (!best || total(r) < total(best)) best = r;
  }
  return best ?? once(root, paths, outDir, today);
}
