// The text of `kubegate policies`: each admission policy, its params and bindings, and per
// binding the objects it matches, with where each is written.
import type { PoliciesDescription } from '../evaluate/admission/index.js';
import type { ResourceRecord } from '../evaluate/records.js';

export interface PoliciesReport {
  description: PoliciesDescription;
  /** Where each policy and binding is written, by kind and name (whereKey). */
  where: Map<string, ResourceRecord>;
  /** The scanned objects, in the order the description's object indexes refer to. */
  objects: ResourceRecord[];
}

export const whereKey = (kind: string, name: string): string => `${kind}/${name}`;

const param = (p: { name: string; namespace?: string }) =>
  p.namespace ? `${p.namespace}/${p.name}` : p.name;

export function policiesText(report: PoliciesReport): string {
  const { description: d, where, objects } = report;
  const at = (kind: string, name: string) => {
    const r = where.get(whereKey(kind, name));
    return r ? ` (${r.location.file}:${r.location.line})` : '';
  };
  const lines: string[] = [];
  lines.push(`Admission policies: ${d.policies.length}`);
  for (const p of d.policies) {
    lines.push(
      `  ${p.name}${at('ValidatingAdmissionPolicy', p.name)}: failurePolicy ${p.failurePolicy}`,
    );
    if (p.paramKind)
      lines.push(
        `    params: ${p.paramKind.kind} (${p.paramKind.apiVersion}), ${p.paramsFound.length ? `found ${p.paramsFound.map(param).join(', ')}` : 'none found'}`,
      );
    if (p.bindings.length === 0) lines.push('    no binding: it validates nothing');
  }
  lines.push('', `Bindings: ${d.bindings.length}`);
  for (const b of d.bindings) {
    const ref = b.paramRef
      ? `, paramRef ${b.paramRef.name ?? (b.paramRef.selector ? 'by selector' : '(none)')}${b.paramRef.namespace ? ` in ${b.paramRef.namespace}` : ''} (not found: ${b.paramRef.parameterNotFoundAction})`
      : '';
    lines.push(
      `  ${b.name}${at('ValidatingAdmissionPolicyBinding', b.name)} -> ${b.policy}${b.policyFound ? '' : ' (no such policy: it does nothing)'}: ${b.validationActions.join(', ') || 'no action'}${ref}`,
    );
    lines.push(`    matches ${b.matches.length} object${b.matches.length === 1 ? '' : 's'}`);
    for (const m of b.matches) {
      const o = objects[m.objectIndex];
      const notes = [
        ...(m.params.length ? [`params ${m.params.map(param).join(', ')}`] : []),
        ...(m.paramError ? [`params: ${m.paramError}`] : []),
        ...(m.namespaceLabelsUnknown ? ["namespace's labels unknown: taken to match"] : []),
      ];
      lines.push(
        `      ${o.id} (${o.location.file}:${o.location.line})${notes.length ? `: ${notes.join('; ')}` : ''}`,
      );
    }
  }
  if (d.problems.length) {
    lines.push('', 'Problems (the API server would refuse these):');
    for (const p of d.problems) lines.push(`  ${p.kind} ${p.name}, ${p.field}: ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}
