import { existsSync, fsPromises, readFileSync } from '../util/fs.js';
import picomatch from 'picomatch';
import { FROM_BASE, isAdmissionRule } from '../model/admission-rules.js';
import { join } from 'node:path';
import { changedPaths, extractCommit } from '../collect/base-tree.js';
import { collectFiles } from '../collect/collect-files.js';
import type { Config } from '../config/config.js';
import { ConfigurationError, errorMessage } from '../model/errors.js';
import { compareWithBase, type BaseComparison } from '../gate/gate.js';
import { DEFAULT_CONFIG_FILE, loadBaseConfig } from '../config/load-config.js';
import {
  ADMISSION_BINDING_KIND,
  ADMISSION_POLICY_KIND,
  keepsRecord,
  oldObjectsOf,
  readsOldObject,
  type RecordMode,
  type ResourceRecord,
} from '../evaluate/records.js';
import type { AdmissionSources } from '../evaluate/admission-findings.js';
import { admissionSources, hasPolicies, readPolicyPaths, sourcesOf } from './admission-sources.js';
import {
  rbacOutcome,
  resourceChanges,
  waiverChanges,
  type RbacOutcome,
} from '../gate/reviews/pull-change.js';
import { triggeredRequirements, type TriggeredRequirement } from '../gate/reviews/triggers.js';
import { SYSTEM_RULES, withRuleSettings } from '../evaluate/rules/system-rules.js';
import { scanWithRenders, type RenderScanOptions } from './scan-with-renders.js';
import { timed } from '../util/timing.js';
import type { Rule } from '../evaluate/rules/rule.js';
import { loadActiveRules, sortFindings, type ScanResult } from './scan.js';
import type { Finding } from '../model/types.js';

// A pull request judged by its base branch's policy. The base commit is checked out beside
// the workspace; the config and the custom rules are read from it, never from the pull
// request, so a change cannot weaken the gate that judges it. Both trees are scanned with
// that policy and compared: new and fixed findings, the RBAC delta, resources changed, the
// waivers the pull request writes, and the review requirements all of that triggers.

export interface PullEvaluation {
  /** The base branch's config: the policy in force. */
  config: Config;
  head: ScanResult;
  comparison: BaseComparison;
  rbac: RbacOutcome;
  triggered: TriggeredRequirement[];
  /** Config and custom rule files that differ between base and head. */
  policyFiles: string[];
  /**
   * With `complete`: the findings of the charts and overlays the pull request does not
   * affect, rendered at the head for the SARIF report only (they cannot be new).
   */
  untouched: Finding[];
}

export interface PullScope {
  workspace: string;
  baseSha: string;
  /** The `config` input (empty: .kubegate.yaml). */
  configFile: string;
  paths: string[];
  today: string;
  /**
   * The pull request's files (head and previous names); undefined: render everything, unless
   * changedFilesFromGit.
   */
  changedFiles?: string[];
  /**
   * Without changedFiles, take them from git (the base commit against the checkout's HEAD)
   * once the base is at hand: a merge queue's group comes with no file list.
   */
  changedFilesFromGit?: boolean;
  /** false: render no charts or overlays (the CLI's --no-render). */
  render?: boolean;
  /**
   * Also render, at the head, what changedFiles leaves out, for a SARIF report that covers
   * the whole repository: code scanning reads a missing alert as fixed.
   */
  complete?: boolean;
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The policy files whose text differs between the base tree and the workspace: the config,
 * the custom rules, and the admission policies' files (the config's folders, and the files
 * of the policies and bindings found among the manifests of either side).
 */
function changedPolicyFiles(
  baseDir: string,
  workspace: string,
  configFile: string,
  config: Config,
  admissionFiles: readonly string[],
): string[] {
  const changed: string[] = [];
  const configPath = configFile || DEFAULT_CONFIG_FILE;
  if (readOr(join(baseDir, configPath)) !== readOr(join(workspace, configPath)))
    changed.push(configPath);
  const list = (root: string, paths: string[]) =>
    paths.length ? collectFiles({ root, paths, exclude: [] }).files.map((f) => f.path) : [];
  const files = new Set([
    ...list(baseDir, config.rules.custom),
    ...list(workspace, config.rules.custom),
    ...list(baseDir, config.admissionPolicies),
    ...list(workspace, config.admissionPolicies),
    ...admissionFiles,
  ]);
  for (const file of [...files].sort()) {
    if (readOr(join(baseDir, file)) !== readOr(join(workspace, file))) changed.push(file);
  }
  return changed;
}

/**
 * Rule ids that `reviews[].when.rules` may name: the active rules and the engine's own. An
 * admission policy's id (`vap/<name>`) and a pattern (`vap/*`) are not checked: which
 * policies there are depends on the commit.
 */
function checkReviewRuleIds(config: Config, rules: readonly Rule[]): void {
  const known = new Set([...rules.map((r) => r.id), ...SYSTEM_RULES.map((r) => r.id)]);
  for (const [i, r] of config.reviews.entries()) {
    for (const id of r.when.rules ?? []) {
      if (!known.has(id) && !isAdmissionRule(id) && !picomatch.scan(id).isGlob)
        throw new ConfigurationError(
          `config reviews.${i}.when.rules: unknown or disabled rule id "${id}"`,
        );
    }
  }
}

/**
 * The base's admission policies, which judge the head: the config's folders in the base tree
 * and the base scan's own (rendered ones included), with their params. A pull request that
 * deletes or loosens a policy is judged by the base's. Undefined: the base has none.
 */
function baseAdmission(
  baseDir: string,
  config: Config,
  records: readonly ResourceRecord[],
): AdmissionSources | undefined {
  const folders = readPolicyPaths(baseDir, config);
  const sources = admissionSources(config, sourcesOf(folders, records));
  return hasPolicies(sources) ? { ...sources, fromBase: true } : undefined;
}

/**
 * An admission policy's finding relates to the policy's validation and binding as the base
 * has them. Where the pull request deletes that file, a link to it would lead nowhere at
 * the head: the finding says where the policy was instead.
 */
function withDeletedPolicies(findings: Finding[], workspace: string): Finding[] {
  const exists = new Map<string, boolean>();
  const present = (file: string) => {
    let known = exists.get(file);
    if (known === undefined) exists.set(file, (known = existsSync(join(workspace, file))));
    return known;
  };
  for (const f of findings) {
    if (!isAdmissionRule(f.ruleId) || !f.related) continue;
    const gone = f.related.filter((r) => !present(r.file));
    if (gone.length === 0) continue;
    f.related = f.related.filter((r) => present(r.file));
    if (f.related.length === 0) delete f.related;
    f.message += ` (judged by the base commit's ${gone.map((r) => `${withoutSuffix(r.message, FROM_BASE)} at ${r.file}:${r.line}`).join(' and ')}, which this pull request deletes)`;
  }
  return findings;
}

const withoutSuffix = (text: string, suffix: string) =>
  text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;

/** The files that hold admission policies or their bindings, as people edit them. */
function admissionObjectFiles(records: readonly ResourceRecord[]): string[] {
  const files = new Set<string>();
  for (const r of records)
    if (r.kind === ADMISSION_POLICY_KIND || r.kind === ADMISSION_BINDING_KIND)
      files.add(r.location.file);
  return [...files];
}

/** The base commit could not be checked out, so the pull request cannot be compared. */
export class BaseUnavailable extends Error {}

export async function evaluatePullRequest(scope: PullScope): Promise<PullEvaluation> {
  let baseDir: string;
  try {
    baseDir = await extractCommit(scope.workspace, scope.baseSha);
  } catch (e) {
    throw new BaseUnavailable(errorMessage(e));
  }
  try {
    const changedFiles =
      scope.changedFiles ??
      (scope.changedFilesFromGit ? await changedPaths(scope.workspace, scope.baseSha) : undefined);
    const config = loadBaseConfig(baseDir, scope.workspace, scope.configFile || undefined);
    const needsObjects = config.reviews.some((r) => r.when.namespaces?.length);
    const common: Omit<RenderScanOptions, 'root'> = {
      paths: scope.paths,
      config,
      today: scope.today,
      policyRoot: baseDir,
      ...(changedFiles ? { changedFiles } : {}),
      ...(scope.render === false ? { render: false } : {}),
    };
    // A requirement naming an unknown rule is a config error, before any scanning.
    const rules = loadActiveRules(baseDir, config);
    checkReviewRuleIds(config, rules);
    // The base is scanned first: its admission policies judge the head, and rules that read
    // `oldObject` and the policies (an object with a base version is an UPDATE) need its
    // objects, which it keeps as records.
    const oldObjectRules = rules.some((r) => readsOldObject(r.check));
    const mode: RecordMode = needsObjects || oldObjectRules ? 'all' : 'policy';
    const base = await timed('base scan', () =>
      scanWithRenders({ ...common, root: baseDir, records: 'all' }),
    );
    const admission = baseAdmission(baseDir, config, base.records);
    const head = await timed('head scan', () =>
      scanWithRenders({
        ...common,
        root: scope.workspace,
        records: mode,
        ...(oldObjectRules || admission ? { oldObjects: oldObjectsOf(base.records) } : {}),
        ...(admission ? { admission } : {}),
      }),
    );
    // Only what the analyses of the change read is kept of the base's objects.
    if (mode !== 'all') base.records = base.records.filter((r) => keepsRecord(mode, r));
    if (admission) head.findings = withDeletedPolicies(head.findings, scope.workspace);
    const comparison = compareWithBase(head, base);
    const rbac = rbacOutcome(base.records, head.records, { ...config.waivers, today: scope.today });
    rbac.findings = withRuleSettings(rbac.findings, config.rules);
    // A dangerous gain is new by nature: it exists only in the comparison.
    head.findings = sortFindings([...head.findings, ...rbac.findings]);
    comparison.newFindings = [...comparison.newFindings, ...rbac.findings];
    const policyFiles = changedPolicyFiles(
      baseDir,
      scope.workspace,
      scope.configFile,
      config,
      admissionObjectFiles([...base.records, ...head.records]),
    );
    const triggered = triggeredRequirements(
      config.reviews,
      {
        newFindings: comparison.newFindings,
        changedFiles: changedFiles ?? (await changedPaths(scope.workspace, scope.baseSha)),
        resources: mode === 'all' ? resourceChanges(base.records, head.records) : [],
        rbac: rbac.changes,
        waivers: waiverChanges(head.findings, base.findings),
        policyFiles,
      },
      { rbacLocation: rbac.locationOf, rbacFingerprint: rbac.fingerprintOf },
    );
    const untouched =
      scope.complete && changedFiles && scope.render !== false
        ? (
            await timed('untouched charts', () =>
              scanWithRenders({
                ...common,
                root: scope.workspace,
                changedFiles: undefined,
                unaffectedBy: changedFiles,
                skipPlainFiles: true,
              }),
            )
          ).findings
        : [];
    return { config, head, comparison, rbac, triggered, policyFiles, untouched };
  } finally {
    await fsPromises().rm(baseDir, { recursive: true, force: true });
  }
}
