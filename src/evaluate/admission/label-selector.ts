// Kubernetes label selectors (metav1.LabelSelector): matchLabels and matchExpressions are
// ANDed; an empty selector matches everything.
import { isRecord, list, str, stringMap, strList } from './fields.js';
import type { LabelSelector, LabelSelectorRequirement } from './types.js';

export const EMPTY_SELECTOR: LabelSelector = { matchLabels: {}, matchExpressions: [] };

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** Reads a selector; `problems` receives what the API server's validation would reject
 * (an unknown operator, values where none are allowed or none where some are needed). */
export function readLabelSelector(v: unknown, field: string, problems: string[]): LabelSelector {
  if (v === undefined || v === null) return EMPTY_SELECTOR;
  if (!isRecord(v)) {
    problems.push(`${field}: a label selector must be an object`);
    return EMPTY_SELECTOR;
  }
  const matchExpressions: LabelSelectorRequirement[] = [];
  list(v.matchExpressions).forEach((e, i) => {
    const at = `${field}.matchExpressions[${i}]`;
    const key = isRecord(e) ? str(e.key) : undefined;
    const operator = isRecord(e) ? str(e.operator) : undefined;
    const values = isRecord(e) ? strList(e.values) : [];
    if (!key || !operator || !OPERATORS.has(operator)) {
      problems.push(`${at}: needs a key and an operator among In, NotIn, Exists, DoesNotExist`);
      return;
    }
    const needsValues = operator === 'In' || operator === 'NotIn';
    if (needsValues && values.length === 0)
      problems.push(`${at}: ${operator} needs at least one value`);
    if (!needsValues && values.length > 0) problems.push(`${at}: ${operator} takes no values`);
    matchExpressions.push({ key, operator, values });
  });
  return { matchLabels: stringMap(v.matchLabels), matchExpressions };
}

export function isEmptySelector(s: LabelSelector): boolean {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}

export function selectorMatches(s: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const r of s.matchExpressions) {
    const has = Object.hasOwn(labels, r.key);
    switch (r.operator) {
      case 'In':
        if (!has || !r.values.includes(labels[r.key])) return false;
        break;
      case 'NotIn':
        // An absent key satisfies NotIn, as in Kubernetes.
        if (has && r.values.includes(labels[r.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
