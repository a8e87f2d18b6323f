import { describeChange, type RbacChange } from '../analyse/rbac/delta.js';
import type { BaseComparison } from '../gate/gate.js';
import type { TriggeredRequirement } from '../gate/reviews/triggers.js';
import { approversText } from './markdown-reviews.js';

// What a change does beyond its findings, for the command line's --base: the RBAC delta and
// the review requirements it triggers. The CLI cannot see approvals (they live on the
// pull request), so it lists the requirements and leaves checking them to the Action.

export interface ChangeReport {
  newFindings: number;
  fixed: number;
  rbac: string[];
  requiredReviews: {
    name: string;
    approvers: string[];
    triggers: { what: string; file?: string; line?: number }[];
  }[];
  policyFiles: string[];
}

/** What the report reads of a change judged against its base. */
export interface JudgedChange {
  comparison: Pick<BaseComparison, 'newFindings' | 'fixed'>;
  rbac: { changes: readonly RbacChange[] };
  triggered: readonly TriggeredRequirement[];
  policyFiles: string[];
}

export function changeReport(pull: JudgedChange): ChangeReport {
  return {
    newFindings: pull.comparison.newFindings.length,
    fixed: pull.comparison.fixed.length,
    rbac: pull.rbac.changes.map(describeChange),
    requiredReviews: pull.triggered.map((t) => ({
      name: t.requirement.name,
      approvers: t.requirement.approvers,
      triggers: t.triggers.map((x) => ({
        what: x.what,
        ...(x.location ? { file: x.location.file, line: x.location.line } : {}),
      })),
    })),
    policyFiles: pull.policyFiles,
  };
}

export function changeText(pull: JudgedChange): string {
  const lines: string[] = [];
  if (pull.rbac.changes.length) {
    lines.push('', 'Permission changes (RBAC):');
    for (const c of pull.rbac.changes)
      lines.push(`  ${c.danger ? '!' : c.direction === 'gains' ? '+' : '-'} ${describeChange(c)}`);
  }
  if (pull.triggered.length) {
    lines.push(
      '',
      'Required reviews this change triggers (approvals are checked by the GitHub Action, not here):',
    );
    for (const t of pull.triggered) {
      lines.push(`  ${t.requirement.name}: from ${approversText(t.requirement.approvers)}`);
      for (const x of t.triggers)
        lines.push(
          `    - ${x.what}${x.location ? ` (${x.location.file}:${x.location.line})` : ''}`,
        );
    }
  }
  return lines.length ? `\n${lines.join('\n')}` : '';
}
