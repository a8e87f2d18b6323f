import { tuneJit } from './util/jit-tuning.js';
import { tuneYoungGeneration } from './util/young-generation.js';
import { resolve } from 'node:path';
import { nothingFoundNotice, unmatchedPathsError } from './collect/nothing-to-scan.js';
import { ConfigurationError, errorMessage } from './model/errors.js';
import { loadConfig } from './config/load-config.js';
import { toJsonReport } from './report/json.js';
import { sarifTextParts, sarifTextPieces } from './report/sarif-text.js';
import { writeTextFile } from './report/write-text.js';
import { toText } from './report/text.js';
import { loadActiveRules } from './pipeline/scan.js';
import { scanWithRenders } from './pipeline/scan-with-renders.js';
import { resolveCommit } from './collect/base-tree.js';
import { evaluatePullRequest } from './pipeline/pull-evaluation.js';
import { policiesReport } from './pipeline/describe-policies.js';
import { policiesText } from './report/policies-text.js';
import { changeReport, changeText } from './report/change.js';
import { decideGate } from './gate/gate.js';
import { SEVERITIES, type FailOn } from './model/types.js';
import { kubegateVersion } from './model/version.js';
import { lazyBuiltin } from './util/lazy-builtin.js';

tuneJit();
tuneYoungGeneration();

const util = lazyBuiltin<typeof import('node:util')>('node:util');

const USAGE = `kubegate: a policy gate for Kubernetes configuration

Usage:
  kubegate scan [paths...] [options]   scan manifests (default: the current folder)
  kubegate rules [--format text|json]  list the rules
  kubegate policies [paths...] [--format text|json] [--config FILE] [--root DIR] [--no-render]
                                       list the admission policies, bindings and params found,
                                       and what each binding matches
  kubegate --help | --version

Scan options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --config FILE              config file (default: .kubegate.yaml when present)
  --fail-on LEVEL            critical|high|medium|low|none (default: the config's failOn, else high)
  --root DIR                 repository root; paths in reports are relative to it (default: .)
  --category NAME            SARIF run category (runs[].automationDetails.id)
  --base REF                 also scan commit REF (a branch, tag or commit of the git repository
                             at --root) and fail only on findings that are new since REF
  --no-render                do not render Helm charts and Kustomize roots (rendered by default
                             when found; needs helm / kubectl on PATH or KUBEGATE_HELM / KUBEGATE_KUBECTL)

Exit codes: 0 nothing fails, 1 findings at or above the threshold, 2 usage or config error.
`;

function usageError(message: string): never {
  throw new ConfigurationError(`${message}\n\n${USAGE}`);
}

function isFailOn(v: string): v is FailOn {
  return v === 'none' || (SEVERITIES as readonly string[]).includes(v);
}

async function runScan(args: string[]): Promise<number> {
  const { values, positionals } = util().parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      root: { type: 'string', default: '.' },
      category: { type: 'string' },
      'no-render': { type: 'boolean', default: false },
      base: { type: 'string' },
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    usageError(`unknown --format "${format}"`);
  const failOnArg = values['fail-on'];
  if (failOnArg !== undefined && !isFailOn(failOnArg))
    usageError(`unknown --fail-on "${failOnArg}"`);
  const root = values.root;
  const baseSha = values.base === undefined ? undefined : await resolveCommit(root, values.base);
  const today = new Date().toISOString().slice(0, 10);
  // With --base, the base commit's policy judges the change, as in the Action.
  const pull = baseSha
    ? await evaluatePullRequest({
        workspace: root,
        baseSha,
        configFile: values.config ?? '',
        paths: positionals,
        today,
        render: !values['no-render'],
      })
    : undefined;
  const config = pull?.config ?? loadConfig(root, values.config);
  const failOn: FailOn = failOnArg ?? config.failOn;

  const started = Date.now();
  const showProgress = Boolean(process.stderr.isTTY);
  const result =
    pull?.head ??
    (await scanWithRenders({
      root,
      paths: positionals,
      config,
      render: !values['no-render'],
      today,
      // The threads that scan the files write their SARIF results too (sarif-prerender.ts).
      sarifResults: format === 'sarif',
      onProgress: (done, total) => {
        if (showProgress && Date.now() - started > 1000)
          process.stderr.write(`\rkubegate: scanned ${done}/${total} files`);
      },
    }));
  if (showProgress && Date.now() - started > 1000) process.stderr.write('\n');
  for (const w of result.warnings) process.stderr.write(`kubegate: warning: ${w}\n`);
  const unmatched = unmatchedPathsError(result.unmatchedPaths);
  if (unmatched) throw unmatched;
  const nothing =
    positionals.length === 0 && config.paths.length === 0
      ? nothingFoundNotice(
          { files: result.files, resources: result.resources, findings: result.findings.length },
          resolve(root),
        )
      : undefined;
  if (nothing) process.stderr.write(`kubegate: notice: ${nothing}\n`);
  const comparison = pull?.comparison;
  if (pull && values.base) {
    process.stderr.write(
      `kubegate: compared with ${values.base} (${baseSha?.slice(0, 7)}): ${pull.comparison.newFindings.length} new, ${pull.comparison.fixed.length} fixed\n`,
    );
    if (pull.policyFiles.length)
      process.stderr.write(
        `kubegate: the policy differs from ${values.base}'s (${pull.policyFiles.join(', ')}); ${values.base}'s applies, as on a pull request\n`,
      );
  }

  const gate = decideGate(result.findings, failOn, comparison?.newFindings);
  const failCount = gate.failing.length;
  const version = kubegateVersion();
  // A report in pieces: a large SARIF log is never one string (see write-text.ts).
  let report: Iterable<string>;
  if (format === 'sarif') {
    // Into a file: the text's parts, copied into one buffer as they come (write-text.ts).
    report = (values.output ? sarifTextParts : sarifTextPieces)(
      result.findings,
      result.rules,
      { version, category: values.category },
      config.rules.severity,
      result.sarifResults,
    );
  } else if (format === 'json') {
    report = [
      toJsonReport({
        tool: { name: 'kubegate', version },
        result: failCount > 0 ? 'fail' : 'pass',
        summary: {
          files: result.files,
          resources: result.resources,
          findings: result.findings.length,
          failing: failCount,
          waived: result.findings.filter((f) => f.waiver).length,
        },
        findings: result.findings,
        warnings: result.warnings,
        ...(pull ? { change: changeReport(pull) } : {}),
      }),
    ];
  } else {
    const color = !values.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const body = toText(result.findings, result.rules, { color });
    const counts = SEVERITIES.map(
      (s) => `${result.findings.filter((f) => f.severity === s && !f.waiver).length} ${s}`,
    ).join(', ');
    const change = pull ? changeText(pull) : '';
    report = [
      `${body}${change}\n\nkubegate: ${result.files} files, ${result.resources} resources, ${result.findings.length} findings (${counts}; ${result.findings.filter((f) => f.waiver).length} waived)\n${gate.reason ? `FAIL: ${gate.reason}` : failOn === 'none' ? 'PASS: --fail-on none, findings are reported but never fail' : `PASS: nothing at or above "${failOn}"`}\n`,
    ];
  }
  const pieces = withFinalNewline(report);
  if (values.output) writeTextFile(values.output, pieces);
  else for (const piece of pieces) process.stdout.write(piece);
  return failCount > 0 ? 1 : 0;
}

function listRules(args: string[]): number {
  const { values } = util().parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' } },
  });
  const config = loadConfig('.', values.config);
  const rules = loadActiveRules('.', config);
  if (values.format === 'json') {
    process.stdout.write(
      `${JSON.stringify(
        rules.map(({ evaluate: _e, ...r }) => r),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const r of rules)
      process.stdout.write(
        `${r.id.padEnd(34)} ${(config.rules.severity[r.id] ?? r.severity).padEnd(9)} ${r.title}\n`,
      );
  }
  return 0;
}

async function listPolicies(args: string[]): Promise<number> {
  const { values, positionals } = util().parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      root: { type: 'string', default: '.' },
      'no-render': { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'text' && values.format !== 'json')
    return usageError(`unknown --format "${values.format}"`);
  const config = loadConfig(values.root, values.config);
  const report = await policiesReport({
    root: values.root,
    paths: positionals,
    config,
    today: new Date().toISOString().slice(0, 10),
    render: !values['no-render'],
  });
  if (values.format === 'json') {
    const { description, objects } = report;
    // Object indexes become the objects' ids and locations, which say something alone.
    const bindings = description.bindings.map((b) => ({
      ...b,
      matches: b.matches.map(({ objectIndex, ...m }) => ({
        object: objects[objectIndex].id,
        location: objects[objectIndex].location,
        ...m,
      })),
    }));
    process.stdout.write(`${JSON.stringify({ ...description, bindings }, null, 2)}\n`);
  } else process.stdout.write(policiesText(report));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${kubegateVersion()}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command === 'scan') return await runScan(rest);
    if (command === 'rules') return listRules(rest);
    if (command === 'policies') return await listPolicies(rest);
    return usageError(`unknown command "${command}"`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof ConfigurationError || code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`kubegate: ${errorMessage(e)}\n`);
      return 2;
    }
    process.stderr.write(
      `kubegate: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return 3;
  }
}

process.exitCode = await main(process.argv.slice(2));

/** The pieces, then a newline unless the last one ends with one. */
function* withFinalNewline(pieces: Iterable<string>): Generator<string> {
  let last = '';
  for (const piece of pieces) {
    if (piece) last = piece;
    yield piece;
  }
  if (!last.endsWith('\n')) yield '\n';
}
