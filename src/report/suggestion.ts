import type { RuleSpec } from '../evaluate/rules/rule.js';
import type { Finding } from '../model/types.js';
import { parseFieldPath } from '../model/field-path.js';

// A GitHub suggestion block is only offered when the fix is one line and certain: the
// reported line holds the offending key with a plain scalar value, and the rule says what
// value is safe. A missing field, a templated line or a flow mapping gets prose instead.

/** The replacement for `lineText`, or undefined when the fix is not mechanical there. */
export function suggestedLine(
  finding: Pick<Finding, 'fieldPath'>,
  rule: Pick<RuleSpec, 'suggest'> | undefined,
  lineText: string,
): string | undefined {
  if (rule?.suggest === undefined || lineText.includes('{{')) return undefined;
  const key = parseFieldPath(finding.fieldPath)
    .path.filter((s): s is string => typeof s === 'string')
    .at(-1);
  if (!key) return undefined;
  const m = /^(\s*(?:-\s+)?)(["']?)([^"':#]+)\2(\s*:\s*)([^#{}[\]]*?)(\s+#.*)?$/.exec(lineText);
  if (
    !m ||
    m[3] !== key ||
    key !== rule.suggest.key ||
    m[5].trim() === '' ||
    m[5].includes('|') ||
    m[5].includes('>')
  ) {
    return undefined;
  }
  const value = rule.suggest.value;
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}${text}${m[6] ?? ''}`;
}
