import { SEVERITIES, severityRank, type FailOn, type Finding, type Severity } from '../types.js';

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
  /** Builds a link to a file line, or undefined to print plain paths. */
  link?: (file: string, line: number) => string;
  /** Findings that could not go inline (outside the diff, refused): listed first. */
  notInline?: readonly Finding[];
  /** Extra lines (SARIF upload state, degraded features) for the end of the report. */
  notes?: readonly string[];
  /** Most rows in the findings table; the rest are counted. */
  maxRows?: number;
}

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };

/** Escapes text for a markdown table cell. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/</g, '&lt;');
}

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
    const waived = f.waiver ? ` (waived: ${cell(f.waiver.reason)}, until ${f.waiver.expires})` : '';
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
  const scope = comparison ? ' new' : '';
  const out: string[] = [];
  const threshold = failOn === 'none' ? 'never fails on findings' : `fails on ${failOn} and above`;
  if (failing.length > 0) {
    out.push(
      `### kubegate: ❌ the gate fails (${failing.length}${scope} finding${failing.length === 1 ? '' : 's'} at or above \`${failOn}\`)`,
    );
  } else {
    out.push(`### kubegate: ✅ the gate passes`);
  }
  const delta = comparison
    ? ` This pull request introduces ${comparison.newFindings.length} and fixes ${comparison.fixed.length}; only findings it introduces gate it.`
    : '';
  const total = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  out.push('', `${total}; the gate ${threshold}.${delta}`, '');
  out.push(...countsTable(findings, new Set(failing)));
  if (failing.length > 0) {
    const byRule = new Map<string, number>();
    for (const f of failing) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    out.push('', '#### What blocks the merge', '');
    for (const [rule, n] of byRule) out.push(`- \`${rule}\`: ${n}`);
    out.push(
      '',
      '#### What would unblock it',
      '',
      '- Fix the findings below (each inline comment and code scanning alert says how), or',
      '- waive a finding that is an accepted risk, with a reason and an expiry, on the resource: `waive.kubegate.io/<rule-id>: "<reason> expires=YYYY-MM-DD"` (or in `.kubegate.yaml` under `waivers.list`).',
    );
  }
  const notInline = input.notInline ?? [];
  if (notInline.length > 0) {
    out.push('', '#### Findings outside the lines this pull request changed', '');
    out.push(...findingsTable(bySeverity(notInline), input));
  }
  if (comparison && comparison.fixed.length > 0) {
    out.push('', '#### Fixed by this pull request', '');
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
