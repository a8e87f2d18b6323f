import type { RuleSpec } from '../evaluate/rules/rule.js';
import { suggestedLine } from '../report/suggestion.js';
import type { Finding, Waiver } from '../model/types.js';
import { findingMarker, fixedMarker } from './review-plan.js';

// The words of kubegate's comments. Each starts with a hidden marker so later runs can
// find it again; the visible part teaches: what is wrong, why it matters, how to fix it.

export const SUMMARY_MARKER = '<!-- kubegate:summary -->';

const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' } as const;

type RuleText = Pick<RuleSpec, 'title' | 'why' | 'fix' | 'suggest'>;

/** The first paragraph of a markdown text, on one line. */
function firstParagraph(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ');
}

export function inlineCommentBody(
  f: Finding,
  rule: RuleText | undefined,
  lineText: string | undefined,
): string {
  const title = rule?.title ?? f.title;
  const parts = [
    findingMarker(f.fingerprint),
    `${ICON[f.severity]} **${title}** · \`${f.ruleId}\` · ${f.severity}`,
    '',
    f.message,
  ];
  if (rule?.why) parts.push('', `**Why it matters:** ${firstParagraph(rule.why)}`);
  const replacement = lineText === undefined ? undefined : suggestedLine(f, rule, lineText);
  if (replacement !== undefined) {
    parts.push('', '**Suggested fix:**', '', '```suggestion', replacement, '```');
  }
  if (rule?.fix) {
    parts.push('', '<details><summary>How to fix</summary>', '', rule.fix.trim(), '', '</details>');
  }
  parts.push(
    '',
    `<sub>To accept this risk instead, waive it on the resource: \`waive.kubegate.io/${f.ruleId}: "<reason> expires=YYYY-MM-DD"\`.</sub>`,
  );
  return parts.join('\n');
}

export function fixedReplyBody(fingerprint: string, commit: string, waiver?: Waiver): string {
  if (waiver) {
    return `${fixedMarker(fingerprint)}\n☑️ Waived at ${commit.slice(0, 7)}: ${waiver.reason} (expires ${waiver.expires}).`;
  }
  return `${fixedMarker(fingerprint)}\n✅ Fixed: kubegate no longer reports this finding at ${commit.slice(0, 7)}.`;
}
