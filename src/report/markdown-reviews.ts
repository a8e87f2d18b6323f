import { describeChange, type RbacChange } from '../analyse/rbac/delta.js';
import type { UnresolvedBinding } from '../analyse/rbac/permissions.js';
import type { RequirementOutcome } from '../gate/reviews/gate.js';
import type { Location } from '../model/types.js';
import { cell } from './markdown-text.js';

// The parts of the report about people: which required reviews a pull request triggers and
// whether they are met, and what it changes in who may do what (the RBAC delta). The same
// text goes into the job summary, the summary comment and kubegate's own review.

export type LinkTo = (file: string, line: number) => string;

const MAX_TRIGGERS = 20;
const MAX_RBAC_LINES = 50;

function place(location: Location | undefined, link: LinkTo | undefined): string {
  if (!location?.file) return '';
  const text = `${location.file}:${location.line}`;
  return link
    ? ` ([${cell(text)}](${link(location.file, location.line)}))`
    : ` (\`${cell(text)}\`)`;
}

/** "alice, @acme/security" */
export function approversText(approvers: readonly string[]): string {
  return approvers.map((a) => (a.startsWith('@') ? a : `@${a}`)).join(', ');
}

/** One requirement: what triggered it, who can approve, and where it stands. */
export function requirementLines(o: RequirementOutcome, link?: LinkTo): string[] {
  const { requirement: r, status } = o;
  const need = `${r.minApprovals} approval${r.minApprovals === 1 ? '' : 's'}${r.requireFreshApproval ? ' of the latest commit' : ''}`;
  const head = status.met
    ? `- ✅ **${cell(r.name)}**: met, approved by ${status.approvedBy.map((a) => `@${a}`).join(', ')}`
    : `- ⏳ **${cell(r.name)}**: needs ${need} from ${approversText(r.approvers)} (${status.approvedBy.length} so far${status.approvedBy.length ? `: ${status.approvedBy.map((a) => `@${a}`).join(', ')}` : ''})`;
  const out = [head];
  for (const p of status.problems) out.push(`  - ⚠️ ${cell(p)}`);
  for (const n of status.notCounted) out.push(`  - not counted: ${cell(n)}`);
  out.push(`  - triggered by:`);
  for (const t of o.triggers.slice(0, MAX_TRIGGERS))
    out.push(`    - ${cell(t.what)}${place(t.location, link)}`);
  if (o.triggers.length > MAX_TRIGGERS)
    out.push(`    - …and ${o.triggers.length - MAX_TRIGGERS} more`);
  return out;
}

export function requirementsSection(
  unmet: readonly RequirementOutcome[],
  met: readonly RequirementOutcome[],
  link?: LinkTo,
): string[] {
  if (unmet.length === 0 && met.length === 0) return [];
  const out = ['', '#### Required reviews', ''];
  for (const o of [...unmet, ...met]) out.push(...requirementLines(o, link));
  return out;
}

/** The body of kubegate's review while requirements are unmet. */
export function requirementsReviewBody(
  marker: string,
  unmet: readonly RequirementOutcome[],
  link?: LinkTo,
): string {
  const lines = [
    marker,
    `**kubegate: ${unmet.length === 1 ? 'a required review is' : 'required reviews are'} missing.** This pull request makes changes that the repository's policy (\`reviews\` in \`.kubegate.yaml\`, read from the base branch) lets through only with an approval:`,
    '',
  ];
  for (const o of unmet) lines.push(...requirementLines(o, link));
  lines.push(
    '',
    "An approving review from the people listed re-runs the check (the workflow also runs on `pull_request_review`); once every requirement is met kubegate dismisses this review. The pull request's author cannot approve their own change.",
  );
  return lines.join('\n');
}

/** The RBAC delta for people: dangerous gains first, then other gains, then losses. */
export function rbacSection(
  changes: readonly RbacChange[],
  link?: LinkTo,
  locate?: (c: RbacChange) => Location | undefined,
  unresolved: readonly UnresolvedBinding[] = [],
): string[] {
  if (changes.length === 0 && unresolved.length === 0) return [];
  const gains = changes.filter((c) => c.direction === 'gains');
  const losses = changes.filter((c) => c.direction === 'loses');
  const dangerous = gains.filter((c) => c.danger).length;
  const out = [
    '',
    '#### Permission changes (RBAC)',
    '',
    `${gains.length} gain${gains.length === 1 ? '' : 's'} (${dangerous} dangerous), ${losses.length} loss${losses.length === 1 ? '' : 'es'}:`,
    '',
  ];
  for (const c of [...gains, ...losses].slice(0, MAX_RBAC_LINES)) {
    const icon = c.direction === 'loses' ? '➖' : c.danger ? '⚠️' : '➕';
    out.push(`- ${icon} ${cell(describeChange(c))}${place(locate?.(c), link)}`);
  }
  if (changes.length > MAX_RBAC_LINES) out.push(`- …and ${changes.length - MAX_RBAC_LINES} more`);
  for (const u of unresolved.slice(0, MAX_RBAC_LINES))
    out.push(`- ❔ ${cell(`${u.binding} (${u.role}): ${u.reason}`)}`);
  return out;
}
