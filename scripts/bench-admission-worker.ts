// The warm half of the admission bench (scripts/bench-admission.ts), in a fresh process,
// bundled as dist/ is: the corpus's files parsed as the scan parses them, the policies read
// from the config's admissionPolicies folders and prepared as the scan prepares them, then
// every resource put through the engine as the evaluate stage does (one evaluate() call per
// resource), timed over several passes after a warm-up: the engine alone, and with the
// findings made of its verdicts (admissionFindings). A last, untimed pass counts the work:
// the shared CEL environment's parse is wrapped before the policies are compiled again, so
// each compiled expression counts its runs, and the distinct activations the expressions
// see are the evaluations (each (object, binding, param) invocation has its own activation,
// and runs at least one expression). Prints one JSON line.
//   node bench-admission-worker.mjs --root DIR [--runs N]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { collectFiles } from '../src/collect/collect-files.js';
import { loadConfig } from '../src/config/load-config.js';
import { kubernetesCelEnvironment } from '../src/evaluate/admission/cel/index.js';
import type { CelProgram } from '../src/evaluate/admission/index.js';
import {
  admissionFindings,
  prepareAdmission,
  type PreparedAdmission,
} from '../src/evaluate/admission-findings.js';
import type { Resource } from '../src/model/types.js';
import { parseSource } from '../src/parse/parse-source.js';
import {
  admissionSources,
  readPolicyPaths,
  sourcesAmong,
} from '../src/pipeline/admission-sources.js';

export interface AdmissionWarmResult {
  resources: number;
  /** Milliseconds of each timed pass over every resource: the engine alone, and with findings. */
  engineMs: number[];
  findingsMs: number[];
  /** Verdicts and findings of one pass. */
  verdicts: number;
  findings: number;
  /** Matched (object, binding, param) invocations, and the CEL expressions they ran. */
  evaluations: number;
  expressionRuns: number;
  /** Resources that at least one binding evaluated. */
  resourcesEvaluated: number;
  /** Invocations by the kind of the object evaluated. */
  perKind: Record<string, number>;
}

function prepare(root: string): PreparedAdmission {
  const config = loadConfig(root, undefined);
  const sources = admissionSources(config, sourcesAmong(readPolicyPaths(root, config)));
  const prepared = prepareAdmission(sources, config);
  if (!prepared) throw new Error(`no admission policies under ${root}`);
  return prepared;
}

const evaluateOne = (p: PreparedAdmission, r: Resource) =>
  p.engine.evaluate([
    { object: r.object, operation: 'CREATE', ...(r.namespace ? { namespace: r.namespace } : {}) },
  ]);

function main(): void {
  const { values } = parseArgs({
    options: { root: { type: 'string' }, runs: { type: 'string', default: '5' } },
  });
  const root = values.root ?? '.';
  const runs = Number(values.runs) || 5;
  const config = loadConfig(root, undefined);
  const files = collectFiles({ root, paths: config.paths, exclude: config.exclude }).files;
  const resources: Resource[] = [];
  for (const f of files)
    resources.push(
      ...parseSource({ path: f.path, text: readFileSync(f.absolute, 'utf8') }).resources,
    );
  const prepared = prepare(root);

  const pass = (withFindings: boolean) => {
    let n = 0;
    const t0 = performance.now();
    for (const r of resources)
      n += withFindings
        ? admissionFindings(r, prepared, undefined).length
        : evaluateOne(prepared, r).verdicts.length;
    return { ms: performance.now() - t0, n };
  };
  pass(false); // warm-up: the optimizing compiler, the lazy parts of the engine
  pass(true);
  const engineMs: number[] = [];
  const findingsMs: number[] = [];
  let verdicts = 0;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const e = pass(false);
    engineMs.push(e.ms);
    verdicts = e.n;
    const f = pass(true);
    findingsMs.push(f.ms);
    findings = f.n;
  }

  // Counting, untimed: the policies compiled again through a counting parse.
  // The environment is not extensible: its class's parse is wrapped while they compile.
  const env = kubernetesCelEnvironment();
  const proto = Object.getPrototypeOf(env) as { parse: (e: string) => CelProgram };
  const parse = Object.getOwnPropertyDescriptor(proto, 'parse');
  if (!parse || typeof parse.value !== 'function') throw new Error('no Environment.parse');
  const original = parse.value as (this: unknown, e: string) => CelProgram;
  let expressionRuns = 0;
  let evaluations = 0;
  const activations = new WeakSet<object>();
  proto.parse = function (this: unknown, expression: string): CelProgram {
    const program = original.call(this, expression);
    const counted = (ctx: Record<string, unknown>): unknown => {
      expressionRuns++;
      if (!activations.has(ctx)) {
        activations.add(ctx);
        evaluations++;
      }
      return program(ctx);
    };
    return Object.assign(counted, { ast: program.ast });
  };
  let counting: PreparedAdmission;
  try {
    counting = prepare(root);
  } finally {
    Object.defineProperty(proto, 'parse', parse);
  }
  let resourcesEvaluated = 0;
  const perKind: Record<string, number> = {};
  for (const r of resources) {
    const before = evaluations;
    evaluateOne(counting, r);
    if (evaluations === before) continue;
    resourcesEvaluated++;
    perKind[r.kind] = (perKind[r.kind] ?? 0) + evaluations - before;
  }
  console.log(
    JSON.stringify({
      resources: resources.length,
      engineMs,
      findingsMs,
      verdicts,
      findings,
      evaluations,
      expressionRuns,
      resourcesEvaluated,
      perKind,
    } satisfies AdmissionWarmResult),
  );
}

main();
