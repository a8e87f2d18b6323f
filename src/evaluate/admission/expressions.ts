// Compiles a policy's expressions once, with what can be known of them before evaluating:
// the parse error, the variables they reference, the fields of `object` they read and what
// they need that only a cluster knows.
import { identifier, isNode, pathFrom, selection, walk } from './ast.js';
import { listChecks, type ListCheck } from './element-blame.js';
import { objectReads } from './field-reads.js';
import type { CelEnvironment, CelProgram, ValidatingAdmissionPolicy } from './types.js';

/** What an expression reads that cannot be known offline. */
export type ClusterNeed = 'authorizer' | 'request.userInfo';

export interface CompiledExpression {
  expression: string;
  program?: CelProgram;
  compileError?: string;
  /** Needs of this expression and of the variables it references. */
  needs: ClusterNeed[];
  /** Paths read off `object`, directly or through variables. */
  reads: string[][];
  /** Its `all()` macros over lists of `object`, to tell which item fails (validations). */
  listChecks?: ListCheck[];
  /** The path of `object` it is, when it is nothing else (a variable such as
   * `object.spec.template.spec.containers`). */
  objectPath?: string[];
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

interface Analysis {
  needs: Set<ClusterNeed>;
  variables: string[];
}

function analyse(ast: unknown): Analysis {
  const needs = new Set<ClusterNeed>();
  const variables: string[] = [];
  walk(ast, (n) => {
    // Any use of the identifier: `authorizer.group(...)`, `authorizer.requestResource`...
    if (identifier(n) === 'authorizer') needs.add('authorizer');
    const s = selection(n);
    if (!s) return;
    const path = pathFrom('request', n);
    if (path?.[0] === 'userInfo') needs.add('request.userInfo');
    if (identifier(s[0]) === 'variables') variables.push(s[1]);
  });
  return { needs, variables };
}

/** The compiled expressions of a policy: variables (composited, in order), match
 * conditions, validations, message expressions and audit annotations. */
export interface CompiledPolicy {
  variables: Map<string, CompiledExpression>;
  matchConditions: CompiledExpression[];
  validations: CompiledExpression[];
  /** Per validation, its messageExpression if it has one. */
  messages: (CompiledExpression | undefined)[];
  auditAnnotations: CompiledExpression[];
}

/** Compiles a policy. `userInfoKnown`: the caller gave the requesting identity, so
 * `request.userInfo` is evaluated rather than reported as needing a cluster. */
export function compilePolicy(
  env: CelEnvironment,
  policy: ValidatingAdmissionPolicy,
  userInfoKnown: boolean,
): CompiledPolicy {
  const variables = new Map<string, CompiledExpression>();
  const compile = (expression: string): CompiledExpression => {
    let program: CelProgram;
    try {
      program = env.parse(expression);
    } catch (e) {
      return { expression, compileError: errorMessage(e), needs: [], reads: [] };
    }
    const a = analyse(program.ast);
    const needs = new Set([...a.needs].filter((n) => n !== 'request.userInfo' || !userInfoKnown));
    const reads = objectReads(program.ast);
    for (const name of a.variables) {
      const v = variables.get(name);
      if (!v) {
        // Composition is ordered: a variable sees only those declared before it, which
        // rules out cycles; the API server reports any other reference at compile time.
        return {
          expression,
          compileError: `undeclared reference to 'variables.${name}'`,
          needs: [],
          reads: [],
        };
      }
      for (const n of v.needs) needs.add(n);
      reads.push(...v.reads);
    }
    const objectPath = isNode(program.ast) ? pathFrom('object', program.ast) : undefined;
    const variablePaths = new Map<string, string[]>();
    for (const [name, v] of variables) if (v.objectPath) variablePaths.set(name, v.objectPath);
    const checks = listChecks(env, expression, program.ast, variablePaths);
    return {
      expression,
      program,
      needs: [...needs],
      reads,
      ...(checks.length ? { listChecks: checks } : {}),
      ...(objectPath ? { objectPath } : {}),
    };
  };
  for (const v of policy.variables) variables.set(v.name, compile(v.expression));
  return {
    variables,
    matchConditions: policy.matchConditions.map((m) => compile(m.expression)),
    validations: policy.validations.map((v) => compile(v.expression)),
    messages: policy.validations.map((v) =>
      v.messageExpression === undefined ? undefined : compile(v.messageExpression),
    ),
    auditAnnotations: policy.auditAnnotations.map((a) => compile(a.valueExpression)),
  };
}

/** Why an expression needing a cluster is not evaluated, in words. */
export function needsMessage(needs: ClusterNeed[]): string {
  const what = needs
    .map((n) =>
      n === 'authorizer'
        ? 'the authorizer (the permissions of the requesting user)'
        : 'request.userInfo (the requesting user, unknown offline unless given)',
    )
    .join(' and ');
  return `cannot be evaluated without a cluster: the expression reads ${what}`;
}
