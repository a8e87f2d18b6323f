// A repository's own ValidatingAdmissionPolicies as findings: each object of the scan is
// put through the admission engine (evaluate/admission/) as the API server would on apply,
// and each violation becomes a finding of the rule `vap/<policy>`, on the field the
// validation reads, related to the policy's validation and to the binding.
import type { Config } from '../config/config.js';
import { admissionRuleId, FROM_BASE } from '../model/admission-rules.js';
import { formatFieldPath } from '../model/field-path.js';
import {
  atMost,
  resourceId,
  type FieldPath,
  type PathSegment,
  type Finding,
  type JsonObject,
  type RelatedLocation,
  type Resource,
  type Severity,
} from '../model/types.js';
import {
  createAdmissionEngine,
  nameOf as manifestName,
  type AdmissionEngine,
  type AdmissionVerdict,
  type Manifest,
} from './admission/index.js';
import { kubernetesCelEnvironment } from './admission/cel/index.js';
import { fingerprintOf } from './fingerprint.js';
import { ADMISSION_BINDING_KIND, ADMISSION_POLICY_KIND, type ResourceRecord } from './records.js';
import type { Rule } from './rules/rule.js';

/**
 * Where a scan's admission policies come from, as plain data (it goes to the scan workers):
 * the policies, their bindings, Namespaces and params as records, and the config's
 * namespace labels. See pipeline/admission-sources.ts.
 */
export interface AdmissionSources {
  records: ResourceRecord[];
  namespaces: Config['namespaces'];
  /** Read from a pull request's base commit: the lines they name may have changed since. */
  fromBase?: boolean;
}

/** The category of the policies' rules (`rules.categories: { admission-policy: false }`). */
const CATEGORY = 'admission-policy';
/** A Deny violation's severity unless the config maps the policy's rule to another. */
const DEFAULT_SEVERITY: Severity = 'high';
/**
 * What a violation the cluster only warns about, or audits, weighs in the reports: it never
 * fails the gate, and reading "high" beside the failing ones would say otherwise.
 */
const ADVISORY_SEVERITY: Record<NonNullable<Finding['advisory']>, Severity> = {
  warn: 'medium',
  audit: 'low',
};

const policyRecords = (sources: AdmissionSources) =>
  sources.records.filter((r) => r.kind === ADMISSION_POLICY_KIND);

const nameOf = (r: ResourceRecord): string => manifestName(r.object);

/** What a policy checks, in its own words: its validations' messages, else expressions. */
function validationsText(policy: ResourceRecord): string {
  const spec = policy.object.spec;
  const validations =
    spec && typeof spec === 'object' && !Array.isArray(spec) && Array.isArray(spec.validations)
      ? spec.validations
      : [];
  const shown = validations.slice(0, 3).map((v) => {
    const o = v && typeof v === 'object' && !Array.isArray(v) ? v : {};
    const said = typeof o.message === 'string' ? o.message : undefined;
    const expression = typeof o.expression === 'string' ? o.expression.trim() : '';
    return said ? `"${said}" (\`${expression}\`)` : `\`${expression}\``;
  });
  const more = validations.length > 3 ? `, and ${validations.length - 3} more` : '';
  return shown.length ? ` Its validations: ${shown.join('; ')}${more}.` : '';
}

/** One rule per policy, for the reports (SARIF's rule list, the rule reference). */
export function admissionRules(sources: AdmissionSources | undefined, config: Config): Rule[] {
  if (!sources || (config.rules.categories as Record<string, boolean>)[CATEGORY] === false)
    return [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  for (const record of policyRecords(sources)) {
    const id = admissionRuleId(nameOf(record));
    if (seen.has(id) || config.rules.disabled.includes(id)) continue;
    seen.add(id);
    const from = sources.fromBase ? FROM_BASE : '';
    rules.push({
      id,
      title: `ValidatingAdmissionPolicy ${nameOf(record)}`,
      severity: config.rules.severity[id] ?? DEFAULT_SEVERITY,
      category: CATEGORY,
      match: { kinds: [] },
      why:
        `The cluster's own admission policy ${nameOf(record)} (${record.location.file}:${record.location.line}${from}) ` +
        'rejects, warns about or audits the objects that fail its validations when they are applied, ' +
        `as its bindings say.${validationsText(record)} It is evaluated here with the API server's semantics.`,
      fix: "Change the object so that it passes the policy's validations, or have the policy's owners change the policy.",
      file: record.location.file,
      builtin: false,
      evaluate: () => false,
    });
  }
  return rules;
}

/** The engine for one thread, with the rules whose findings it may make. */
export interface PreparedAdmission {
  engine: AdmissionEngine;
  rules: ReadonlyMap<string, Rule>;
  /** Records of the policies and bindings by name, for related locations. */
  policies: ReadonlyMap<string, ResourceRecord>;
  bindings: ReadonlyMap<string, ResourceRecord>;
  /** Every policy's name, those the config turns off included. */
  allPolicies: ReadonlySet<string>;
  fromBase: boolean;
}

/**
 * The compiled policies of a source set, per config: one scan's main thread asks for them
 * several times (its files, a second pass over them, the rendered objects, the problems),
 * and compiling every policy's CEL each time would be the same work again.
 */
const preparedCache = new WeakMap<AdmissionSources, WeakMap<Config, PreparedAdmission | null>>();

export function prepareAdmission(
  sources: AdmissionSources | undefined,
  config: Config,
): PreparedAdmission | undefined {
  if (!sources) return undefined;
  let byConfig = preparedCache.get(sources);
  if (!byConfig) preparedCache.set(sources, (byConfig = new WeakMap()));
  let prepared = byConfig.get(config);
  if (prepared === undefined)
    byConfig.set(config, (prepared = compileAdmission(sources, config) ?? null));
  return prepared ?? undefined;
}

function compileAdmission(
  sources: AdmissionSources,
  config: Config,
): PreparedAdmission | undefined {
  const rules = admissionRules(sources, config);
  if (rules.length === 0) return undefined;
  const byKind = (kind: string) => sources.records.filter((r) => r.kind === kind);
  const policies = byKind(ADMISSION_POLICY_KIND).filter((r) =>
    rules.some((rule) => rule.id === admissionRuleId(nameOf(r))),
  );
  const bindings = byKind(ADMISSION_BINDING_KIND);
  const namespaces = new Map<string, Record<string, string> | Manifest>();
  for (const [name, { labels }] of Object.entries(sources.namespaces)) namespaces.set(name, labels);
  for (const r of byKind('Namespace')) namespaces.set(nameOf(r), r.object);
  const engine = createAdmissionEngine({
    policies: policies.map((r) => r.object),
    bindings: bindings.map((r) => r.object),
    namespaces,
    paramObjects: sources.records
      .filter((r) => r.kind !== ADMISSION_POLICY_KIND && r.kind !== ADMISSION_BINDING_KIND)
      .map((r) => r.object),
    celEnvironment: kubernetesCelEnvironment(),
  });
  return {
    engine,
    rules: new Map(rules.map((r) => [r.id, r])),
    policies: new Map(policies.map((r) => [nameOf(r), r])),
    bindings: new Map(bindings.map((r) => [nameOf(r), r])),
    allPolicies: new Set(byKind(ADMISSION_POLICY_KIND).map(nameOf)),
    fromBase: sources.fromBase ?? false,
  };
}

/**
 * What the API server would refuse to store of the policies and bindings (a binding with
 * both Deny and Warn, an expression that does not compile, a binding naming no policy), as
 * warnings that name where each is written: such a policy does not protect the cluster.
 */
export function admissionProblems(prepared: PreparedAdmission | undefined): string[] {
  if (!prepared) return [];
  const out: string[] = [];
  for (const p of prepared.engine.problems) {
    const record =
      p.kind === ADMISSION_POLICY_KIND
        ? prepared.policies.get(p.name)
        : prepared.bindings.get(p.name);
    const where = record ? `${record.location.file}:${record.location.line}: ` : '';
    out.push(`${where}${p.kind} ${p.name}, ${p.field}: ${p.message}`);
  }
  for (const [name, binding] of prepared.bindings) {
    const spec = binding.object.spec;
    const policyName =
      spec && typeof spec === 'object' && !Array.isArray(spec) ? spec.policyName : undefined;
    if (typeof policyName === 'string' && !prepared.allPolicies.has(policyName))
      out.push(
        `${binding.location.file}:${binding.location.line}: ValidatingAdmissionPolicyBinding ${name} names the policy "${policyName}", which the scan does not have: it validates nothing`,
      );
  }
  return out;
}

/** What the cluster would do with a verdict: fail the gate, warn, or note it. */
function advisoryOf(v: AdmissionVerdict): Finding['advisory'] {
  if (v.actions.includes('Deny')) return undefined;
  return v.actions.includes('Warn') ? 'warn' : 'audit';
}

function messageOf(v: AdmissionVerdict, resource: Resource): string {
  const subject = `${resource.kind} ${resource.name || '(unnamed)'}`;
  const parts = [v.message];
  if (v.kind === 'error' && v.failure)
    parts.push(
      `(${v.failure.why}; failurePolicy ${v.failure.failurePolicy}: ${v.failure.outcome === 'enforced' ? 'the request is denied' : 'the request is admitted'})`,
    );
  if (v.actions.length === 0) parts.push('(the cluster would admit it)');
  else if (!v.actions.includes('Deny'))
    parts.push(`(${v.actions.join(' and ')} only: the cluster would admit it)`);
  if (v.namespaceLabelsUnknown)
    parts.push(
      "(the namespace's labels are unknown, so the binding is taken to match: give them with a Namespace manifest or the config's namespaces)",
    );
  return `${subject}: ${parts.join(' ')}`;
}

function relatedOf(v: AdmissionVerdict, prepared: PreparedAdmission): RelatedLocation[] {
  const related: RelatedLocation[] = [];
  const where = prepared.fromBase ? FROM_BASE : '';
  const policy = prepared.policies.get(v.policy);
  if (policy) {
    const at =
      v.source.type === 'validation'
        ? (policy.parts?.[`spec.validations[${v.source.index}]`] ?? policy.location)
        : policy.location;
    const what =
      v.source.type === 'validation'
        ? `validation ${v.source.index + 1} of ValidatingAdmissionPolicy ${v.policy}`
        : `ValidatingAdmissionPolicy ${v.policy}`;
    related.push({ file: at.file, line: at.line, message: `${what}${where}` });
  }
  const binding = prepared.bindings.get(v.binding);
  if (binding)
    related.push({
      file: binding.location.file,
      line: binding.location.line,
      message: `ValidatingAdmissionPolicyBinding ${v.binding} (${v.actions.join(', ') || 'ignored'})${where}`,
    });
  return related;
}

/** The engine's path (all text) as a field path: list indexes are numbers. */
function fieldPathIn(object: JsonObject, segments: readonly string[]): FieldPath {
  const path: PathSegment[] = [];
  let value: unknown = object;
  for (const s of segments) {
    const index = Array.isArray(value) ? Number(s) : NaN;
    path.push(Number.isInteger(index) ? index : s);
    value = Array.isArray(value)
      ? value[index]
      : value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[s]
        : undefined;
  }
  return path;
}

/** Findings of the admission policies on one resource, applied as new or over `oldObject`. */
export function admissionFindings(
  resource: Resource,
  prepared: PreparedAdmission,
  oldObject: JsonObject | undefined,
): Finding[] {
  const result = prepared.engine.evaluate([
    {
      object: resource.object,
      ...(oldObject
        ? { oldObject, operation: 'UPDATE' as const }
        : { operation: 'CREATE' as const }),
      ...(resource.namespace ? { namespace: resource.namespace } : {}),
    },
  ]);
  const findings: Finding[] = [];
  const id = resourceId(resource);
  for (const v of result.verdicts) {
    const rule = prepared.rules.get(admissionRuleId(v.policy));
    if (!rule) continue;
    const path = [...resource.basePath, ...fieldPathIn(resource.object, v.fieldPath)];
    const advisory = advisoryOf(v);
    const source =
      v.source.type === 'validation'
        ? `validations[${v.source.index}]`
        : v.source.type === 'matchCondition'
          ? `matchConditions.${v.source.name}`
          : v.source.type;
    findings.push({
      ruleId: rule.id,
      severity: advisory ? atMost(rule.severity, ADVISORY_SEVERITY[advisory]) : rule.severity,
      title: rule.title,
      message: messageOf(v, resource),
      location: { file: resource.file, line: resource.locator.locate(path).line },
      resource: id,
      fieldPath: formatFieldPath(path),
      fingerprint: fingerprintOf([rule.id, v.binding, id, source, v.param?.name ?? '']),
      related: relatedOf(v, prepared),
      ...(advisory ? { advisory } : {}),
    });
  }
  return findings;
}
