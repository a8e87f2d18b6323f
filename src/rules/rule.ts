import type { Severity } from '../types.js';

export type AnalyserName = 'exposure' | 'identity' | 'isolation';

export type ForEach = 'container' | 'containerPort' | 'envVar' | 'volume' | 'policyRule' | 'subject';

/** A rule file as written. */
export interface RuleSpec {
  id: string;
  title: string;
  severity: Severity;
  category: string;
  match: { kinds: string[]; commands?: string[] };
  forEach?: ForEach;
  /** The CEL check; absent for the cross-resource analysers' rules. */
  check?: string;
  /** A built-in cross-resource analyser (src/analysers/) that produces this rule's findings. */
  analyser?: AnalyserName;
  /** The rule runs only when one of these params is set (a non-empty list or map). */
  enabledByParams?: string[];
  field?: string[];
  message?: string;
  why: string;
  fix: string;
  references?: string[];
  tags?: string[];
  /** A mechanical fix: when the reported line sets `key`, its value becomes `value`
   * (offered as a GitHub suggestion block in review comments). */
  suggest?: { key: string; value: string | number | boolean };
}

/** A rule ready to run: its spec, where it came from, and its compiled check. */
export interface Rule extends RuleSpec {
  /** Path of the rule file (for messages), relative when built in. */
  file: string;
  builtin: boolean;
  evaluate: (context: Record<string, unknown>) => unknown;
}
