import type { Severity } from '../../model/types.js';

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
  /** A built-in cross-resource analyser (src/analyse/) that produces this rule's findings. */
  analyser?: AnalyserName;
  /** The rule runs only when one of these params is set (a non-empty list or map). */
  enabledByParams?: string[];
  field?: string[];
  message?: string;
  /**
   * CEL giving the message of a violation instead of `message` (evaluated on violations
   * only, with the check's variables), as in a ValidatingAdmissionPolicy's validations.
   */
  messageExpression?: string;
  why: string;
  fix: string;
  references?: string[];
  tags?: string[];
  /** A mechanical fix: when the reported line sets `key`, its value becomes `value`
   * (offered as a GitHub suggestion block in review comments). */
  suggest?: { key: string; value: string | number | boolean };
  /**
   * Workload rules: a finding holds only while Kubernetes mounts the pod's service-account
   * token and nothing shows the pods need it. Where the pod does not say, the ServiceAccount's
   * own `automountServiceAccountToken: false` (found as the analysers connect objects, in any
   * file) answers it; and an account that RBAC objects applied with the pods grant
   * permissions is one whose pods call the API. Either way the finding is dropped.
   */
  ifTokenUnneeded?: boolean;
  /** A narrower case of the violation that is less severe (see RuleCap). */
  cap?: RuleCap;
}

/**
 * A narrower case of a rule's violation: where `when` (CEL, with the check's variables) is
 * true on a violation, the finding is at most `severity`, and `messageExpression` (CEL
 * giving a string), when set, says what it is instead of `message`. Reading the Secrets a
 * role names is still reading Secrets, but not every Secret.
 */
export interface RuleCap {
  when: string;
  severity: Severity;
  messageExpression?: string;
}

/** A rule ready to run: its spec, where it came from, and its compiled check. */
export interface Rule extends RuleSpec {
  /** Path of the rule file (for messages), relative when built in. */
  file: string;
  builtin: boolean;
  evaluate: (context: Record<string, unknown>) => unknown;
  /** The compiled `messageExpression`, `cap.when` and `cap.messageExpression`. */
  messageOf?: (context: Record<string, unknown>) => unknown;
  capWhen?: (context: Record<string, unknown>) => unknown;
  capMessage?: (context: Record<string, unknown>) => unknown;
}
