// Evaluates one (policy, binding, param) invocation for one request, with the API server's
// semantics (admission/plugin/policy/validating/validator.go and dispatcher.go):
// - matchConditions: any false skips the policy, whatever errors the others had; else an
//   error follows failurePolicy; else the validations run;
// - variables are composited and lazy: evaluated when first read, result or error kept;
// - a validation that is false is a violation, enforced by the binding's validationActions;
//   an error follows failurePolicy (Fail: the binding's actions; Ignore: allowed);
// - the message is the messageExpression's (a trimmed, single-line, non-empty string), else
//   the static message, else "failed expression: <expression>"; the reason defaults to
//   Invalid;
// - audit annotations: a string is published (trimmed; empty is dropped), null is dropped,
//   anything else or an error is an error that, under Fail, denies whatever the actions;
// - an expression reading what only a cluster knows is not evaluated: it gives a
//   needs-cluster verdict, never a pass.
import {
  errorMessage,
  needsMessage,
  type CompiledExpression,
  type CompiledPolicy,
} from './expressions.js';
import { deepestExistingRead } from './field-reads.js';
import { blamedItem } from './element-blame.js';
import type {
  AdmissionVerdict,
  Manifest,
  ValidatingAdmissionPolicy,
  ValidatingAdmissionPolicyBinding,
  ValidationAction,
  VerdictSource,
} from './types.js';

/** The verdict fields an invocation decides; the engine adds who and what. */
export type VerdictCore = Pick<
  AdmissionVerdict,
  'kind' | 'source' | 'actions' | 'message' | 'reason' | 'fieldPath' | 'failure'
>;

export interface InvocationInput {
  policy: ValidatingAdmissionPolicy;
  compiled: CompiledPolicy;
  binding: ValidatingAdmissionPolicyBinding;
  /** The CEL variables other than `variables`: object, oldObject, params, namespaceObject,
   * request, with CEL values (cel-input.ts). */
  context: Record<string, unknown>;
  /** The object as in the manifest, to find the fields expressions read. */
  object: Manifest | null;
}

export interface InvocationResult {
  verdicts: VerdictCore[];
  /** Audit annotation key (without the policy prefix) and value. */
  annotations: [string, string][];
}

/** The longest message expression result kept, as the API server's limit. */
const MAX_MESSAGE_BYTES = 5 * 1024;

type Outcome = { value: unknown } | { error: string };

function run(e: CompiledExpression, ctx: Record<string, unknown>): Outcome {
  if (!e.program) return { error: `compilation failed: ${e.compileError ?? 'unknown error'}` };
  try {
    const value = e.program(ctx);
    if (value !== null && typeof (value as { then?: unknown })?.then === 'function')
      return { error: 'asynchronous CEL functions are not supported' };
    return { value };
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

/** The `variables` object: a getter per variable, evaluated once when first read. */
function lazyVariables(compiled: CompiledPolicy, ctx: Record<string, unknown>) {
  const variables: Record<string, unknown> = {};
  for (const [name, e] of compiled.variables) {
    let memo: Outcome | undefined;
    Object.defineProperty(variables, name, {
      enumerable: true,
      get() {
        memo ??= run(e, ctx);
        if ('error' in memo) throw new Error(`variable '${name}' failed: ${memo.error}`);
        return memo.value;
      },
    });
  }
  return variables;
}

function celType(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'double';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'map' : typeof v;
}

export function evaluateInvocation(input: InvocationInput): InvocationResult {
  const { policy, compiled, binding, object } = input;
  const ctx: Record<string, unknown> = { ...input.context };
  ctx.variables = lazyVariables(compiled, ctx);
  const verdicts: VerdictCore[] = [];
  const pathOf = (e: CompiledExpression) => deepestExistingRead(e.reads, object);

  /** An error under failurePolicy. `bindingActions`: enforced through the binding's
   * validationActions (expression errors) or as a denial (audit annotation errors). */
  const failure = (
    source: VerdictSource,
    message: string,
    why: string,
    fieldPath: string[],
    bindingActions = true,
  ): VerdictCore => {
    const ignored = policy.failurePolicy === 'Ignore';
    const actions: ValidationAction[] = ignored
      ? []
      : bindingActions
        ? [...binding.validationActions]
        : ['Deny'];
    return {
      kind: 'error',
      source,
      actions,
      message,
      reason: 'Invalid',
      fieldPath,
      failure: {
        failurePolicy: policy.failurePolicy,
        outcome: ignored ? 'ignored' : 'enforced',
        why,
      },
    };
  };
  const needsCluster = (source: VerdictSource, e: CompiledExpression): VerdictCore => ({
    kind: 'needs-cluster',
    source,
    actions: [...binding.validationActions],
    message: needsMessage(e.needs),
    reason: 'Invalid',
    fieldPath: pathOf(e),
  });

  // matchConditions: false anywhere wins, then a condition that needs a cluster (it might
  // be false), then an error.
  let unknown: VerdictCore | undefined;
  let error: VerdictCore | undefined;
  for (const [i, m] of policy.matchConditions.entries()) {
    const e = compiled.matchConditions[i];
    const source: VerdictSource = { type: 'matchCondition', name: m.name };
    if (e.needs.length > 0) {
      unknown ??= needsCluster(source, e);
      continue;
    }
    const r = run(e, ctx);
    if ('value' in r && r.value === false) return { verdicts: [], annotations: [] };
    if ('error' in r || r.value !== true) {
      const msg = 'error' in r ? r.error : `must evaluate to bool, got ${celType(r.value)}`;
      error ??= failure(
        source,
        `matchCondition '${m.name}': ${msg}`,
        'a match condition failed to evaluate',
        [],
      );
    }
  }
  if (unknown) return { verdicts: [unknown], annotations: [] };
  if (error) return { verdicts: [error], annotations: [] };

  for (const [index, v] of policy.validations.entries()) {
    const e = compiled.validations[index];
    const source: VerdictSource = { type: 'validation', index };
    if (e.needs.length > 0) {
      verdicts.push(needsCluster(source, e));
      continue;
    }
    const r = run(e, ctx);
    if ('error' in r) {
      const why = e.program
        ? 'the expression failed at runtime'
        : 'the expression does not compile';
      verdicts.push(
        failure(
          source,
          `expression '${v.expression}' resulted in error: ${r.error}`,
          why,
          pathOf(e),
        ),
      );
      continue;
    }
    if (r.value === true) continue;
    if (r.value !== false) {
      const msg = `expression '${v.expression}' must evaluate to bool, got ${celType(r.value)}`;
      verdicts.push(failure(source, msg, 'the expression is not a boolean', pathOf(e)));
      continue;
    }
    verdicts.push({
      kind: 'violation',
      source,
      actions: [...binding.validationActions],
      message: violationMessage(v.expression, v.message, compiled.messages[index], ctx),
      reason: v.reason ?? 'Invalid',
      // The item of a list that fails an all(), where the validation has one; else the
      // deepest field it reads.
      fieldPath: (e.listChecks && blamedItem(e.listChecks, ctx, ctx.object)) ?? pathOf(e),
    });
  }

  const annotations: [string, string][] = [];
  for (const [i, a] of policy.auditAnnotations.entries()) {
    const e = compiled.auditAnnotations[i];
    const source: VerdictSource = { type: 'auditAnnotation', key: a.key };
    if (e.needs.length > 0) {
      verdicts.push(needsCluster(source, e));
      continue;
    }
    const r = run(e, ctx);
    if ('value' in r && (r.value === null || typeof r.value === 'string')) {
      const value = typeof r.value === 'string' ? r.value.trim() : '';
      if (value) annotations.push([a.key, value]);
      continue;
    }
    const msg =
      'error' in r
        ? `valueExpression '${a.valueExpression}' resulted in error: ${r.error}`
        : `valueExpression '${a.valueExpression}' resulted in unsupported return type ${celType(r.value)}; it must be a string or null`;
    verdicts.push(failure(source, msg, 'an audit annotation failed to evaluate', [], false));
  }
  return { verdicts, annotations };
}

function violationMessage(
  expression: string,
  message: string | undefined,
  messageExpression: CompiledExpression | undefined,
  ctx: Record<string, unknown>,
): string {
  // Message expressions get no authorizer in the API server; one that needs a cluster falls
  // back like one that fails.
  if (messageExpression && messageExpression.needs.length === 0) {
    const r = run(messageExpression, ctx);
    if ('value' in r && typeof r.value === 'string') {
      const m = r.value.trim();
      if (m && !m.includes('\n') && new TextEncoder().encode(m).length <= MAX_MESSAGE_BYTES)
        return m;
    }
  }
  if (message?.trim()) return message.trim();
  return `failed expression: ${expression.trim()}`;
}
