import { qualifiedName } from '../evaluate/admission/cel/format-validators.js';
import type { RuleSpec } from '../evaluate/rules/rule.js';
import { WAIVER_PREFIX } from '../evaluate/waivers.js';
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
  parts.push('', `<sub>${waiverHint(f)}</sub>`);
  return parts.join('\n');
}

/**
 * How to waive a finding: on the resource, unless its rule's waiver key is no valid
 * annotation key (Kubernetes allows one `/` in a key; an admission policy's `vap/<name>` makes
 * two, and the API server would reject the object): then in the config.
 */
function waiverHint(f: Finding): string {
  const key = `${WAIVER_PREFIX}${f.ruleId}`;
  if (qualifiedName(key.toLowerCase()).length === 0)
    return `To accept this risk instead, waive it on the resource: \`${key}: "<reason> expires=YYYY-MM-DD"\`.`;
  return `To accept this risk instead, waive it in \`.kubegate.yaml\` under \`waivers.list\` (\`rule: ${f.ruleId}\`, \`resource: ${f.resource}\`, a \`reason\` and \`expires\`), merged before this change: a pull request is judged by its base branch's config. (\`${key}\` cannot be an annotation: Kubernetes allows one \`/\` in a key.)`;
}

export function fixedReplyBody(fingerprint: string, commit: string, waiver?: Waiver): string {
  if (waiver) {
    return `${fixedMarker(fingerprint)}\n☑️ Waived at ${commit.slice(0, 7)}: ${waiver.reason} (expires ${waiver.expires}).`;
  }
  return `${fixedMarker(fingerprint)}\n✅ Fixed: kubegate no longer reports this finding at ${commit.slice(0, 7)}.`;
}
