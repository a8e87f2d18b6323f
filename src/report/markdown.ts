import type { RbacChange } from '../analyse/rbac/delta.js';
import type { UnresolvedBinding } from '../analyse/rbac/permissions.js';
import type { RequirementOutcome } from '../gate/reviews/gate.js';
import {
  SEVERITIES,
  severityRank,
  type FailOn,
  type Finding,
  type Location,
  type Severity,
} from '../model/types.js';
import { rbacSection, requirementsSection } from './markdown-reviews.js';
import { cell } from './markdown-text.js';

// The human report of one run, in GitHub-flavoured markdown: the job summary and the pull
// request's summary comment share it. It answers, in this order: does the gate pass, what
// blocks the merge, what would unblock it, and the findings themselves.

export interface MarkdownReportInput {
  findings: readonly Finding[];
  failOn: FailOn;
  /** What fails the gate (all failing findings, or only new ones on a pull request). */
  failing: readonly Finding[];
  /** On a pull request compared with its base: what it introduces and what it fixes. */
  comparison?: { newFindings: readonly Finding[]; fixed: readonly Finding[] };
  /** With a comparison: false when every finding gates (new-findings-only: false). */
  gatesOnlyNew?: boolean;
  /** Builds a link to a file line, or undefined to print plain paths. */
  link?: (file: string, line: number) => string;
  /** Findings that could not go inline (outside the diff, refused): listed first. */
  notInline?: readonly Finding[];
  /** Extra lines (SARIF upload state, degraded features) for the end of the report. */
  notes?: readonly string[];
  /** Most rows in the findings table; the rest are counted. */
  maxRows?: number;
  /** Review requirements this pull request triggers. */
  reviews?: { unmet: readonly RequirementOutcome[]; met: readonly RequirementOutcome[] };
  /** The RBAC delta, and where each change's binding is. */
  rbac?: {
    changes: readonly RbacChange[];
    locate?: (c: RbacChange) => Location | undefined;
    unresolved?: readonly UnresolvedBinding[];
  };
  /** Policy files (config, custom rules) that the pull request changes. */
  policyFiles?: readonly string[];
  /** What was compared with its base (default: a pull request; or a merge queue's group). */
  subject?: 'pull request' | 'merge group';
}

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };

/** Most severe first, then file and line: the order a reviewer should read in. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
      a.location.line - b.location.line,
  );
}

function where(f: Finding, link: MarkdownReportInput['link']): string {
  const text = `${f.location.file}:${f.location.line}`;
  return link ? `[${cell(text)}](${link(f.location.file, f.location.line)})` : `\`${cell(text)}\``;
}

function countsTable(findings: readonly Finding[], failing: ReadonlySet<Finding>): string[] {
  const rows = ['| severity | findings | failing the gate | waived |', '|---|---:|---:|---:|'];
  for (const s of SEVERITIES) {
    const of = findings.filter((f) => f.severity === s);
    rows.push(
      `| ${ICON[s]} ${s} | ${of.length} | ${of.filter((f) => failing.has(f)).length} | ${of.filter((f) => f.waiver).length} |`,
    );
  }
  return rows;
}

function findingsTable(findings: readonly Finding[], input: MarkdownReportInput): string[] {
  const max = input.maxRows ?? 100;
  const fresh = new Set(input.comparison?.newFindings);
  const rows = ['| severity | rule | resource | where | finding |', '|---|---|---|---|---|'];
  for (const f of findings.slice(0, max)) {
    const waived = f.waiver
      ? ` (waived: ${cell(f.waiver.reason)}, until ${f.waiver.expires})`
      : f.approval
        ? ` (approved by ${f.approval.by.map((b) => `@${b}`).join(', ')} in the ${cell(f.approval.requirements.join(' and '))} review)`
        : f.waiverProblem
          ? ` (not waived: ${cell(f.waiverProblem)})`
          : '';
    const mark = fresh.has(f) ? ' 🆕' : '';
    rows.push(
      `| ${ICON[f.severity]} ${f.severity}${mark} | \`${f.ruleId}\` | ${cell(f.resource || '-')} | ${where(f, input.link)} | ${cell(f.message)}${waived} |`,
    );
  }
  if (findings.length > max) {
    rows.push(
      '',
      `…and ${findings.length - max} more, in the SARIF report and the code scanning alerts.`,
    );
  }
  return rows;
}

/** The report as markdown. */
export function markdownReport(input: MarkdownReportInput): string {
  const { findings, failOn, comparison } = input;
  const failing = bySeverity(input.failing);
  const onlyNew = comparison !== undefined && input.gatesOnlyNew !== false;
  const scope = onlyNew ? ' new' : '';
  const subject = input.subject ?? 'pull request';
  const out: string[] = [];
  const threshold = failOn === 'none' ? 'never fails on findings' : `fails on ${failOn} and above`;
  const unmet = input.reviews?.unmet ?? [];
  const missing = unmet.length
    ? `${unmet.length} required review${unmet.length === 1 ? '' : 's'} missing`
    : '';
  if (failing.length > 0) {
    out.push(
      `### kubegate: ❌ the gate fails (${failing.length}${scope} finding${failing.length === 1 ? '' : 's'} at or above \`${failOn}\`${missing ? `; ${missing}` : ''})`,
    );
  } else if (missing) {
    out.push(`### kubegate: ❌ the gate fails (${missing})`);
  } else {
    out.push(`### kubegate: ✅ the gate passes`);
  }
  const delta = comparison
    ? ` This ${subject} introduces ${comparison.newFindings.length} and fixes ${comparison.fixed.length}; ${onlyNew ? 'only findings it introduces gate it' : 'every finding gates it (new-findings-only is off)'}.`
    : '';
  const total = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  out.push('', `${total}; the gate ${threshold}.${delta}`, '');
  out.push(...countsTable(findings, new Set(failing)));
  if (failing.length > 0 || unmet.length > 0) {
    const byRule = new Map<string, number>();
    for (const f of failing) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    out.push('', '#### What blocks the merge', '');
    for (const [rule, n] of byRule) out.push(`- \`${rule}\`: ${n}`);
    for (const o of unmet) out.push(`- the **${cell(o.requirement.name)}** review`);
    out.push('', '#### What would unblock it', '');
    if (failing.length > 0)
      out.push(
        '- Fix the findings below (each inline comment and code scanning alert says how), or',
        '- waive a finding that is an accepted risk, with a reason and an expiry, on the resource: `waive.kubegate.io/<rule-id>: "<reason> expires=YYYY-MM-DD"` (or in `.kubegate.yaml` under `waivers.list`).',
      );
    if (unmet.length > 0)
      out.push(
        `- ${failing.length > 0 ? 'And a' : 'A'}n approving review from the approvers of each required review below (not the author); approved findings then stop failing the gate.`,
      );
  }
  if (input.reviews)
    out.push(...requirementsSection(input.reviews.unmet, input.reviews.met, input.link));
  if (input.policyFiles?.length) {
    out.push(
      '',
      `> This ${subject} changes the policy (${input.policyFiles.map((f) => `\`${cell(f)}\``).join(', ')}). It is judged by the base branch's policy; the change takes effect once merged.`,
    );
  }
  if (input.rbac)
    out.push(
      ...rbacSection(input.rbac.changes, input.link, input.rbac.locate, input.rbac.unresolved),
    );
  const notInline = input.notInline ?? [];
  if (notInline.length > 0) {
    out.push('', '#### Findings outside the lines this pull request changed', '');
    out.push(...findingsTable(bySeverity(notInline), input));
  }
  if (comparison && comparison.fixed.length > 0) {
    out.push('', `#### Fixed by this ${subject}`, '');
    out.push(...findingsTable(bySeverity(comparison.fixed), { ...input, link: undefined }));
  }
  if (findings.length > 0) {
    out.push('', '<details><summary>All findings</summary>', '');
    out.push(...findingsTable(bySeverity(findings), input));
    out.push('', '</details>');
  }
  if (input.notes?.length) out.push('', ...input.notes.map((n) => `> ${n}`));
  return out.join('\n') + '\n';
}
