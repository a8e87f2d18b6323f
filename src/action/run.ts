import * as core from '@actions/core';
import { readFileSync } from '../util/fs.js';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planAnnotations } from './annotations.js';
import { changeToJudge, type JudgedChange } from './change.js';
import { readRunEvent, type RunEvent } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import {
  BaseUnavailable,
  evaluatePullRequest,
  type PullEvaluation,
} from '../pipeline/pull-evaluation.js';
import {
  checkRequirements,
  settleReviews,
  uncheckable,
  type CheckedRequirements,
  type ReviewAccess,
} from './required-reviews.js';
import { nothingFoundNotice, unmatchedPathsError } from '../collect/nothing-to-scan.js';
import type { Config } from '../config/config.js';
import { errorMessage } from '../model/errors.js';
import type { BaseComparison } from '../gate/gate.js';
import { decideWithReviews, type ReviewGateDecision } from '../gate/reviews/gate.js';
import {
  createClient,
  describeApiError,
  WriteDenied,
  type GitHubClient,
} from '../github/client.js';
import { fixedReplyBody, inlineCommentBody } from '../github/comment-bodies.js';
import { diffMap, type PullFile } from '../github/diff-lines.js';
import {
  listReviewComments,
  postInlineComments,
  replyToComment,
  upsertSummaryComment,
  type PullTarget,
} from '../github/pull-request.js';
import { planReview } from '../github/review-plan.js';
import { apiSecondMs } from '../github/pacing.js';
import { uploadSarif } from '../github/sarif-upload.js';
import { loadConfig } from '../config/load-config.js';
import { markdownReport } from '../report/markdown.js';
import { toSarif } from '../report/sarif.js';
import { writeTextFile } from '../report/write-text.js';
import type { Rule } from '../evaluate/rules/rule.js';
import { scanWithRenders } from '../pipeline/scan-with-renders.js';
import { sortFindings, type ScanResult } from '../pipeline/scan.js';
import { failsGate, type FailOn, type Finding } from '../model/types.js';
import { kubegateVersion } from '../model/version.js';
import { timed, timeReport } from '../util/timing.js';

// The Action's edge: inputs and the event in; the scan in the middle; files, annotations,
// the job summary, SARIF in code scanning and pull request comments out. The gate's
// decision is the step's own result (core.setFailed), so the job can be a required check.

/** Most new inline comments in one run: beyond that a review is noise, the summary lists the rest. */
const MAX_NEW_INLINE_COMMENTS = 25;
/** GitHub's limit for a comment body is 65,536 characters. */
const MAX_COMMENT_CHARS = 60000;
/** Polling code scanning for the upload's processing: every 3 s (in API seconds), up to 2 min. */
const sarifPoll = (apiUrl: string) => ({ intervalMs: 3 * apiSecondMs(apiUrl), timeoutMs: 120000 });

interface RunState {
  notes: string[];
  /** Set once a write is refused: later writes are skipped, one warning says why. */
  writeDenied?: string;
}

function degrade(state: RunState, e: unknown): void {
  if (!(e instanceof WriteDenied)) throw e;
  if (state.writeDenied) return;
  state.writeDenied = e.message;
  core.warning(
    `kubegate: the token may not write to this repository (${e.message}). A pull request from a fork gets a read-only token: the SARIF upload and the pull request comments are skipped; the annotations, the job summary and the gate's result still apply. Grant \`pull-requests: write\` and \`security-events: write\` to the job to enable them.`,
  );
  state.notes.push(
    'The token is read-only here (a fork?): no SARIF upload and no pull request comments.',
  );
}

function lineReader(workspace: string): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(join(workspace, file), 'utf8').split(/\r?\n/));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file)?.[line - 1];
  };
}

/** What the run decided: the scan, the comparison with the base if any, the gate. */
interface Verdict {
  /** What was compared with its base, for the reports' wording. */
  subject: 'pull request' | 'merge group';
  result: ScanResult;
  failOn: FailOn;
  comparison?: BaseComparison;
  gate: ReviewGateDecision;
  /** On a pull request judged against its base. */
  pull?: PullEvaluation;
  /** Only the findings the pull request introduces gate it. */
  gatesOnlyNew: boolean;
}

function annotate(verdict: Verdict, changed: Set<string> | undefined): void {
  const plan = planAnnotations(verdict.result.findings, verdict.gate.failing, changed);
  for (const { level, finding: f } of plan.annotations) {
    const props = {
      file: f.location.file,
      startLine: f.location.line,
      title: `${f.ruleId} (${f.severity}): ${f.title}`,
    };
    if (level === 'error') core.error(f.message, props);
    else core.warning(f.message, props);
  }
  if (plan.omitted > 0) {
    core.notice(
      `kubegate: ${plan.omitted} more findings are not annotated (GitHub shows 10 errors and 10 warnings per step); the job summary and the SARIF report have them.`,
    );
  }
}

async function reviewPullRequest(
  client: GitHubClient,
  target: PullTarget,
  files: PullFile[],
  verdict: Verdict,
  workspace: string,
  state: RunState,
): Promise<Finding[]> {
  const { result, failOn, comparison } = verdict;
  const rules = new Map<string, Rule>(result.rules.map((r) => [r.id, r]));
  // Inline comments for what fails the gate (with fail-on none: high and above), and on a
  // pull request compared with its base, only for what it introduces.
  const threshold: FailOn = failOn === 'none' ? 'high' : failOn;
  const pool = (verdict.gatesOnlyNew ? comparison?.newFindings : undefined) ?? result.findings;
  const worthy = pool.filter((f) => failsGate(f, threshold));
  const existing = await listReviewComments(client, target);
  const plan = planReview(
    worthy,
    result.findings,
    diffMap(files),
    existing,
    MAX_NEW_INLINE_COMMENTS,
  );
  const readLine = lineReader(workspace);
  const posted = await postInlineComments(client, target, plan.post, (f) =>
    inlineCommentBody(f, rules.get(f.ruleId), readLine(f.location.file, f.location.line)),
  );
  for (const fixed of plan.fixed) {
    await replyToComment(
      client,
      target,
      fixed.commentId,
      fixedReplyBody(fixed.fingerprint, target.headSha, fixed.waiver),
    );
  }
  core.info(
    `kubegate: ${posted.posted.length} new inline comments, ${plan.existing.length} already there, ${plan.outsideDiff.length + posted.refused.length} outside the diff, ${plan.fixed.length} threads answered as fixed or waived`,
  );
  if (plan.overBudget.length > 0) {
    state.notes.push(
      `${plan.overBudget.length} findings on changed lines are listed here rather than commented inline (at most ${MAX_NEW_INLINE_COMMENTS} new comments per run).`,
    );
  }
  return [...plan.outsideDiff, ...posted.refused, ...plan.overBudget];
}

function fitComment(render: (maxRows: number) => string): string {
  for (const rows of [100, 50, 20, 0]) {
    const text = render(rows);
    if (text.length <= MAX_COMMENT_CHARS) return text;
  }
  return render(0).slice(0, MAX_COMMENT_CHARS) + "\n\n(cut to fit GitHub's comment size limit)\n";
}

async function publish(
  run: RunContext,
  target: PullTarget | undefined,
  verdict: Verdict,
  sarifLog: ReturnType<typeof toSarif>,
): Promise<Finding[] | undefined> {
  const { client, inputs, event, change, workspace, state } = run;
  if (!client) return undefined;
  if (inputs.uploadSarif && event.sha && event.ref) {
    try {
      const outcome = await uploadSarif(
        client,
        {
          owner: event.owner,
          repo: event.repo,
          commitSha: event.sha,
          ref: event.ref,
          checkoutUri: pathToFileURL(workspace).href,
        },
        sarifLog,
        sarifPoll(event.apiUrl),
      );
      state.notes.push(`Code scanning: ${outcome.summary}.`);
    } catch (e) {
      degrade(state, e);
    }
  }
  // Comments go only to a pull request's own run, never from a queued group's.
  const files = change?.files;
  if (!change?.posts || !target || !files) return undefined;
  if (!inputs.reviewComments || state.writeDenied) return undefined;
  try {
    const notInline = await reviewPullRequest(client, target, files, verdict, workspace, state);
    const link = (file: string, line: number) =>
      `${event.serverUrl}/${event.owner}/${event.repo}/blob/${target.headSha}/${encodeURI(file)}#L${line}`;
    const body = fitComment((maxRows) =>
      markdownReport({ ...reportOf(verdict), link, notInline, notes: state.notes, maxRows }),
    );
    const how = await upsertSummaryComment(client, target, body);
    core.info(`kubegate: summary comment ${how}`);
    return notInline;
  } catch (e) {
    degrade(state, e);
    return undefined;
  }
}

function reportOf(v: Verdict) {
  return {
    subject: v.subject,
    findings: v.result.findings,
    failOn: v.failOn,
    failing: v.gate.failing,
    ...(v.comparison ? { comparison: v.comparison, gatesOnlyNew: v.gatesOnlyNew } : {}),
    reviews: { unmet: v.gate.unmet, met: v.gate.met },
    ...(v.pull
      ? {
          rbac: {
            changes: v.pull.rbac.changes,
            locate: v.pull.rbac.locationOf,
            unresolved: v.pull.rbac.unresolved,
          },
          policyFiles: v.pull.policyFiles,
        }
      : {}),
  };
}

/** The change judged against its base; undefined (with a warning) when the base cannot be read. */
async function judgeChange(
  workspace: string,
  inputs: ActionInputs,
  change: JudgedChange,
  today: string,
  state: RunState,
): Promise<PullEvaluation | undefined> {
  const what = change.kind === 'merge_group' ? 'merge group' : 'pull request';
  try {
    const pull = await evaluatePullRequest({
      workspace,
      baseSha: change.baseSha,
      configFile: inputs.config,
      paths: inputs.paths,
      today,
      ...(change.changedFiles ? { changedFiles: change.changedFiles } : {}),
      // A queued group has no file list from the API: git tells what it changes.
      ...(change.kind === 'merge_group' ? { changedFilesFromGit: true } : {}),
      complete: inputs.uploadSarif && inputs.token !== '',
    });
    core.info(
      `kubegate: compared with the base ${change.baseSha.slice(0, 7)}: ${pull.comparison.newFindings.length} new, ${pull.comparison.fixed.length} fixed; ${pull.rbac.changes.length} permission changes; ${pull.triggered.length} review requirements triggered`,
    );
    if (pull.policyFiles.length)
      core.notice(
        `kubegate: this ${what} changes the policy (${pull.policyFiles.join(', ')}); it is judged by the base branch's policy, and the change applies once merged`,
      );
    return pull;
  } catch (e) {
    if (!(e instanceof BaseUnavailable)) throw e;
    core.warning(
      `kubegate: cannot read the base commit (${e.message}); the workspace's config is used and every finding gates this run`,
    );
    state.notes.push(
      'The base commit could not be read: the policy comes from the change itself, every finding gates this run, and required reviews cannot be checked.',
    );
    return undefined;
  }
}

/** What a run knows before it scans: its inputs, its event, its clients, the change. */
interface RunContext {
  inputs: ActionInputs;
  event: RunEvent;
  workspace: string;
  state: RunState;
  today: string;
  /** One client for the whole run (its throttling queue spaces all writes); none without a token. */
  client: GitHubClient | undefined;
  /** A pull request or a queued group, judged against its base; undefined for push and the rest. */
  change: JudgedChange | undefined;
}

/** What the scan gave: the base's judgement of the change if any, the policy, the findings. */
interface Scanned {
  pull: PullEvaluation | undefined;
  config: Config;
  failOn: FailOn;
  result: ScanResult;
}

/** Reads the inputs and the event, and finds what change (if any) is judged. */
async function startRun(): Promise<RunContext> {
  const inputs = readInputs();
  const event = readRunEvent();
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const state: RunState = { notes: [] };
  // No client without a token, so nothing leaves the runner.
  const client = inputs.token ? createClient(inputs.token, event.apiUrl) : undefined;
  const teams = inputs.approversToken
    ? createClient(inputs.approversToken, event.apiUrl)
    : undefined;
  const change = await changeToJudge(
    event,
    { ...(client ? { client } : {}), ...(teams ? { teams } : {}) },
    state,
  );
  const today = new Date().toISOString().slice(0, 10);
  return { inputs, event, workspace, state, today, client, change };
}

/**
 * The scan: on a change, the base branch's policy judges it (pipeline/pull-evaluation.ts),
 * rendering only the charts and overlays its files can affect; otherwise the workspace alone.
 * A named path that gives nothing fails the step: the gate checked nothing there.
 */
async function scanWorkspace(run: RunContext): Promise<Scanned> {
  const { inputs, change, workspace, today, state } = run;
  const pull = change ? await judgeChange(workspace, inputs, change, today, state) : undefined;
  const config: Config = pull?.config ?? loadConfig(workspace, inputs.config || undefined);
  const failOn: FailOn = inputs.failOn || config.failOn;
  const result =
    pull?.head ??
    (await timed('scan', () =>
      scanWithRenders({
        root: workspace,
        paths: inputs.paths,
        config,
        today,
        ...(change?.changedFiles ? { changedFiles: change.changedFiles } : {}),
      }),
    ));
  for (const w of result.warnings) core.warning(w);
  const unmatched = unmatchedPathsError(result.unmatchedPaths);
  if (unmatched) throw unmatched;
  const nothing =
    inputs.paths.length === 0 && config.paths.length === 0
      ? nothingFoundNotice(
          { files: result.files, resources: result.resources, findings: result.findings.length },
          'the workspace',
        )
      : undefined;
  if (nothing) {
    core.notice(`kubegate: ${nothing}`);
    state.notes.push(nothing);
  }
  return { pull, config, failOn, result };
}

/**
 * The gate's decision, required reviews included: who approved, against what the change
 * triggers. A pull request's reviews are read even when nothing is triggered (an earlier
 * review may need dismissing); a queued group, which posts nothing, reads them only when it
 * triggers a requirement.
 */
async function decide(
  run: RunContext,
  scanned: Scanned,
): Promise<{ verdict: Verdict; checked: CheckedRequirements; access?: ReviewAccess }> {
  const { inputs, change } = run;
  const { pull, config, failOn, result } = scanned;
  const needsReviews = pull && change && (change.posts || pull.triggered.length > 0);
  const reviews = needsReviews ? await change.reviews() : undefined;
  const access = reviews && 'target' in reviews ? reviews : undefined;
  const checked: CheckedRequirements =
    !pull || !reviews
      ? { outcomes: [], reviews: [] }
      : 'target' in reviews
        ? await checkRequirements(reviews, pull.triggered)
        : uncheckable(pull.triggered, reviews.unavailable);
  // On a pull request or a queued group, gate on what it introduces unless told otherwise.
  const comparison = pull?.comparison;
  const onlyNew = (inputs.newFindingsOnly ?? true) ? comparison?.newFindings : undefined;
  const gate = decideWithReviews(result.findings, failOn, onlyNew, checked.outcomes);
  if (change && !pull && config.reviews.length > 0) {
    // Fail closed: without the base, neither the trusted policy nor the triggers are known.
    gate.reason = `the base commit could not be read, so the required reviews cannot be checked${gate.reason ? `; and ${gate.reason}` : ''}`;
  }
  const verdict: Verdict = {
    subject: change?.kind === 'merge_group' ? 'merge group' : 'pull request',
    result,
    failOn,
    ...(comparison ? { comparison } : {}),
    gate,
    ...(pull ? { pull } : {}),
    gatesOnlyNew: onlyNew !== undefined,
  };
  return { verdict, checked, ...(access ? { access } : {}) };
}

/**
 * The SARIF file. On a pull request it also carries the untouched charts' findings
 * (rendered at the head only), so that code scanning does not read them as fixed.
 */
function writeSarif(run: RunContext, scanned: Scanned) {
  const { pull, config, result } = scanned;
  const reported = pull?.untouched.length
    ? sortFindings([...result.findings, ...pull.untouched])
    : result.findings;
  const sarifLog = toSarif(
    reported,
    result.rules,
    { version: kubegateVersion(), category: run.inputs.category },
    config.rules.severity,
  );
  writeTextFile(resolve(run.workspace, run.inputs.sarifFile), JSON.stringify(sarifLog));
  return sarifLog;
}

/**
 * kubegate's own review, which follows the requirements (pull request events only; a queued
 * group's run posts nothing); its notes go into both summaries. The gate has decided
 * already: a review that cannot be posted must not hide it.
 */
async function reviewRequirements(
  run: RunContext,
  checked: CheckedRequirements,
  access: ReviewAccess | undefined,
  pull: PullEvaluation | undefined,
): Promise<void> {
  const { client, change, event, inputs, state } = run;
  if (!client || !access || !change?.posts || !pull) return;
  try {
    const link = (file: string, line: number) =>
      `${event.serverUrl}/${event.owner}/${event.repo}/blob/${access.target.headSha}/${encodeURI(file)}#L${line}`;
    const notes = await settleReviews(client, access, checked, {
      blocking: inputs.blockingReview,
      link,
      reviewUrl: (id) =>
        `${event.serverUrl}/${event.owner}/${event.repo}/pull/${access.target.number}#pullrequestreview-${id}`,
    });
    state.notes.push(...notes);
  } catch (e) {
    if (e instanceof WriteDenied) degrade(state, e);
    else {
      core.warning(
        `kubegate: could not post or update its review of the required reviews (${describeApiError(e)})`,
      );
      state.notes.push(
        `kubegate could not post or update its review listing the required reviews (${describeApiError(e)}); the list is above.`,
      );
    }
  }
}

/** The files a pull request changes (annotations off them are summarised); undefined: all. */
const changedFiles = (change: JudgedChange | undefined): Set<string> | undefined =>
  change?.files ? new Set(change.files.map((f) => f.filename)) : undefined;

async function writeJobSummary(
  verdict: Verdict,
  notInline: Finding[] | undefined,
  notes: string[],
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdownReport({ ...reportOf(verdict), notInline, notes })).write();
}

/** The step's outputs and result: the gate's decision fails the step, so the job can be required. */
function conclude(verdict: Verdict, sarifFile: string): void {
  const { result, comparison, gate, failOn } = verdict;
  core.setOutput('findings', String(result.findings.length));
  if (comparison) core.setOutput('new-findings', String(comparison.newFindings.length));
  core.setOutput('missing-reviews', gate.unmet.map((o) => o.requirement.name).join(','));
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('result', gate.reason ? 'fail' : 'pass');
  core.info(`kubegate: time: ${timeReport()} (renders happen within the scans)`);
  if (gate.reason) {
    core.setFailed(
      `kubegate: ${gate.reason} (see the job summary for what would unblock the merge)`,
    );
  } else {
    core.info(
      `kubegate: the gate passes (${result.findings.length} findings, none failing at "${failOn}")`,
    );
  }
}

export async function run(): Promise<void> {
  try {
    const current = await startRun();
    const scanned = await scanWorkspace(current);
    const { verdict, checked, access } = await decide(current, scanned);
    const sarifLog = writeSarif(current, scanned);
    if (current.inputs.annotations) annotate(verdict, changedFiles(current.change));
    await reviewRequirements(current, checked, access, scanned.pull);
    const notInline = await publish(current, access?.target, verdict, sarifLog);
    await writeJobSummary(verdict, notInline, current.state.notes);
    conclude(verdict, current.inputs.sarifFile);
  } catch (e) {
    core.setFailed(`kubegate: ${errorMessage(e)}`);
    // The outputs file may be what failed: the step's failure must not turn into a crash.
    try {
      core.setOutput('result', 'fail');
    } catch {
      // the failed step says it already
    }
  }
}
