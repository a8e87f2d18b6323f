import { fingerprintOf } from './fingerprint.js';
import { systemFinding } from './rules/system-rules.js';
import { formatFieldPath, parseFieldPath, type FieldScope } from '../model/field-path.js';
import type { Rule } from './rules/rule.js';
import type {
  FieldPath,
  Finding,
  JsonObject,
  PathSegment,
  Resource,
  Severity,
} from '../model/types.js';
import { atMost, isJsonObject, resourceId } from '../model/types.js';
import { podsOf, type WorkloadKinds } from './pod-kinds.js';
import { holdingPath } from './pod-sources.js';
import { secretValues, type SecretValue } from './secret-view.js';
import {
  elementsFor,
  podOS,
  serviceAccountOf,
  type Element,
  type WorkloadView,
} from './workload-view.js';

export interface EvaluationSettings {
  /** The kinds that carry pods, and where (built-in, custom resources, the config's kinds). */
  workloads: WorkloadKinds;
  /** Values exposed to CEL as `params`. */
  params: Record<string, unknown>;
  /** Severity overrides from the config. */
  severities: Record<string, Severity>;
}

/** The `match.kinds` entry that matches every kind (annotations are on any object). */
export const ANY_KIND = '*';

/** Rules by the kinds they match. */
export interface RuleIndex {
  /**
   * Rules by the kinds they name, each kind's list with the rules for any kind (`*`), which
   * are also alone under `*` for the other kinds; under `Workload`, the rules of every
   * workload.
   */
  byKind: ReadonlyMap<string, Rule[]>;
  /** A workload kind's rules (its own and the workload rules, in rule order), built when first seen. */
  asWorkload: Map<string, Rule[]>;
  order: ReadonlyMap<Rule, number>;
}

/**
 * Rules grouped by the kinds they match. `Workload` is kept as a kind of its own: which
 * objects are workloads is known only object by object (a Knative Service is one, a core
 * Service is not; any kind with a pod template is one), see pod-kinds.ts.
 */
export function indexRulesByKind(rules: readonly Rule[]): RuleIndex {
  const byKind = new Map<string, Rule[]>();
  const add = (kind: string, rule: Rule) => {
    const list = byKind.get(kind) ?? [];
    if (!list.includes(rule)) list.push(rule);
    byKind.set(kind, list);
  };
  for (const rule of rules) for (const kind of rule.match.kinds) add(kind, rule);
  const any = byKind.get(ANY_KIND);
  if (any)
    for (const kind of [...byKind.keys()]) if (kind !== ANY_KIND) for (const r of any) add(kind, r);
  return { byKind, asWorkload: new Map(), order: new Map(rules.map((r, i) => [r, i])) };
}

/** The rules for an object of `kind`; the workload rules too when it is a workload. */
function rulesFor(index: RuleIndex, kind: string, workload: boolean): Rule[] | undefined {
  const own = index.byKind.get(kind) ?? index.byKind.get(ANY_KIND);
  if (!workload) return own;
  let rules = index.asWorkload.get(kind);
  if (!rules) {
    const set = new Set([...(index.byKind.get('Workload') ?? []), ...(own ?? [])]);
    rules = [...set].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
    index.asWorkload.set(kind, rules);
  }
  return rules.length ? rules : undefined;
}

/** The CEL variables that every element of one resource shares. */
interface SharedVars {
  object: JsonObject;
  oldObject: unknown;
  podSpec: JsonObject | null;
  podMeta: JsonObject;
  /** The pod's operating system (workload-view.ts, podOS), '' when unknown or not a workload. */
  podOS: string;
  params: Record<string, unknown>;
  /** The file people edit (for a rendered resource, its template), for path-scoped rules. */
  file: string;
  /** A Secret's values, decoded (see secret-view.ts); empty for other kinds. */
  secretValues: readonly SecretValue[];
}

/** One element a rule iterates over, with its CEL context. */
interface ElementContext {
  element: Element;
  context: Record<string, unknown>;
  /** The element's field path as findings show it (built by the first finding on it). */
  shownPath?: string;
}

/**
 * The CEL context of one element: the shared variables, then the element's own. A spread
 * of both objects (`{ ...shared, ...vars }`) copied them key by key through V8's generic
 * path, several microseconds a context; assigning onto a fresh literal takes its fast path.
 */
function celContext(shared: SharedVars, vars: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(
    {
      object: shared.object,
      oldObject: shared.oldObject,
      podSpec: shared.podSpec,
      podMeta: shared.podMeta,
      podOS: shared.podOS,
      params: shared.params,
      file: shared.file,
      secretValues: shared.secretValues,
    },
    vars,
  );
}

function elementContexts(
  forEach: string | undefined,
  shared: SharedVars,
  view: WorkloadView | undefined,
): ElementContext[] {
  const elements = elementsFor(forEach, shared.object, view);
  const out: ElementContext[] = [];
  for (const element of elements)
    out.push({ element: detachedNames(element), context: celContext(shared, element.vars) });
  return out;
}

/** The control-plane binaries that the rules of one list name (`match.commands`), by list. */
const commandsByRules = new WeakMap<readonly Rule[], readonly string[]>();

function commandsOf(rules: readonly Rule[]): readonly string[] {
  let commands = commandsByRules.get(rules);
  if (!commands) {
    commands = [...new Set(rules.flatMap((rule) => rule.match.commands ?? []))];
    commandsByRules.set(rules, commands);
  }
  return commands;
}

/**
 * Which of `commands` some container of the pod starts. Asked once per pod for all the
 * binaries its rules name (five), instead of once per control-plane rule (49 of them).
 */
function startedCommands(podSpec: JsonObject, commands: readonly string[]): ReadonlySet<string> {
  const binaries = containerCommands(podSpec);
  const started = new Set<string>();
  for (const c of commands) if (binaries.some((b) => b.endsWith(c))) started.add(c);
  return started;
}

/** Evaluates every matching rule on one resource. */
export function evaluateResource(
  resource: Resource,
  index: RuleIndex,
  settings: EvaluationSettings,
  oldObject: unknown = null,
): Finding[] {
  const pods = podsOf(resource.object, resource.kind, resource.apiVersion, settings.workloads);
  const views = pods?.views ?? [];
  // A custom resource whose pod spec is optional and absent (a Rollout that references a
  // Deployment) has no pod to check: only the rules of its own kind apply.
  const workload = pods !== undefined && (views.length > 0 || pods.missing !== undefined);
  const rules = rulesFor(index, resource.kind, workload);
  if (!rules) return [];
  const findings: Finding[] = [];
  if (pods?.missing) findings.push(missingPodSpecFinding(resource, pods.missing));
  const secrets = secretValues(resource.object, resource.kind);
  if (views.length <= 1) {
    evaluateView(resource, rules, settings, oldObject, secrets, views[0], findings);
    return findings;
  }
  // Several pods (an Argo Workflow's templates): a finding on a part they share (the
  // workflow's hostNetwork, one of its volumes) comes from each, with one fingerprint.
  for (const view of views)
    evaluateView(resource, rules, settings, oldObject, secrets, view, findings);
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    unique.push(f);
  }
  return unique;
}

/** Evaluates the rules on one pod of a resource (or on the resource, when it has none). */
function evaluateView(
  resource: Resource,
  rules: readonly Rule[],
  settings: EvaluationSettings,
  oldObject: unknown,
  secrets: readonly SecretValue[],
  view: WorkloadView | undefined,
  findings: Finding[],
): void {
  const facts = resourceFacts(resource, view);
  const shared: SharedVars = {
    object: resource.object,
    oldObject,
    podSpec: view?.podSpec ?? null,
    podMeta: view?.podMeta ?? {},
    podOS: view ? podOS(view.podSpec) : '',
    params: settings.params,
    file: resource.file,
    secretValues: secrets,
  };
  // Elements and their CEL contexts are built once per resource and iteration kind, not
  // once per rule: most rules iterate over the same containers.
  const contexts = new Map<string | undefined, ElementContext[]>();
  let started: ReadonlySet<string> | undefined;
  // Loops by index here: a for-of made an iterator result per rule and per element (about
  // 16 MB at 10k resources) where Maglev, not Turbofan, compiles this function.
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    // A rule whose findings hold only while the pod's token is unneeded has nothing to say
    // of a pod whose own machinery calls the API with it (an Argo Workflows executor).
    if (rule.ifTokenUnneeded && view?.needsToken) continue;
    // A rule for control-plane binaries skips workloads that start none of them, without
    // running its check (ordinary workloads are nearly all of them).
    if (rule.match.commands && view) {
      const hits = (started ??= startedCommands(view.podSpec, commandsOf(rules)));
      if (!hits.size || !rule.match.commands.some((c) => hits.has(c))) continue;
    }
    let list = contexts.get(rule.forEach);
    if (!list) {
      list = elementContexts(rule.forEach, shared, view);
      contexts.set(rule.forEach, list);
    }
    for (let e = 0; e < list.length; e++) {
      const entry = list[e];
      const before = findings.length;
      let result: unknown;
      try {
        result = rule.evaluate(entry.context);
      } catch (e) {
        findings.push(ruleErrorFinding(resource, rule, entry.element, e));
        continue;
      }
      // An empty list of paths is no violation: nothing to describe or report.
      if (Array.isArray(result) && result.length === 0) continue;
      if (result === true || Array.isArray(result)) {
        const described =
          rule.capWhen || rule.messageOf
            ? describeViolation(rule, entry, resource, findings)
            : undefined;
        if (result === true)
          findings.push(
            makeFinding(facts, rule, settings, entry, rule.field ?? [], false, described),
          );
        else
          for (const p of result as unknown[])
            findings.push(makeFinding(facts, rule, settings, entry, [String(p)], true, described));
        if (rule.ifTokenUnneeded && view) assumeToken(findings, before, rule, resource, view);
      } else if (result !== false && result !== null && result !== undefined) {
        findings.push(
          ruleErrorFinding(
            resource,
            rule,
            entry.element,
            new Error(`check returned ${typeof result}, not a bool or a list of paths`),
          ),
        );
      }
    }
  }
}

/**
 * Marks the findings from `from` on with the service account whose token they assume is
 * mounted and unneeded: only the cross-resource step can tell (analyse/token-mount.ts),
 * from the ServiceAccount (when the pod does not say) and the RBAC objects applied with it.
 */
function assumeToken(
  findings: Finding[],
  from: number,
  rule: Rule,
  resource: Resource,
  view: WorkloadView,
): void {
  const own = view.podSpec.automountServiceAccountToken;
  // A pod that turns the mount off mounts nothing, whatever the account says.
  if (own === false) return;
  const name = serviceAccountOf(view.podSpec);
  for (let i = from; i < findings.length; i++) {
    // Not the rule-error findings of a message that failed: those are about the rule.
    if (findings[i].ruleId !== rule.id) continue;
    findings[i].assumesToken = {
      name,
      namespace: resource.namespace,
      file: resource.file,
      ...(own === true ? { podMounts: true } : {}),
    };
  }
}

/** What a violation says beyond the rule's static fields: a cap on its severity, its words. */
interface Described {
  /** The highest severity it may have (the rule's cap applies). */
  severity?: Severity;
  message?: string;
}

/** Evaluates one of a rule's message expressions: a string, or an error. */
function messageFrom(expression: Rule['evaluate'], context: Record<string, unknown>, key: string) {
  const message = expression(context);
  if (typeof message !== 'string')
    throw new Error(`${key} returned ${typeof message}, not a string`);
  // Built from the manifest's own strings: detached so that the finding keeps no file text.
  return detach(message);
}

/**
 * What a violation of `entry` says beyond the rule's severity and message: the cap, when
 * its `when` holds (see RuleCap), and the message of the cap or of the rule's
 * `messageExpression`. An expression that cannot be evaluated is a rule-error finding, and
 * the violation keeps the rule's own severity and message.
 */
function describeViolation(
  rule: Rule,
  entry: ElementContext,
  resource: Resource,
  findings: Finding[],
): Described | undefined {
  try {
    if (rule.cap && rule.capWhen?.(entry.context) === true) {
      const own = rule.capMessage ?? rule.messageOf;
      const key = rule.capMessage ? 'cap.messageExpression' : 'messageExpression';
      return {
        severity: rule.cap.severity,
        ...(own ? { message: messageFrom(own, entry.context, key) } : {}),
      };
    }
    return rule.messageOf
      ? { message: messageFrom(rule.messageOf, entry.context, 'messageExpression') }
      : undefined;
  } catch (e) {
    findings.push(ruleErrorFinding(resource, rule, entry.element, e));
    return undefined;
  }
}

// Rules name the same few paths over and over; parse and format each path string once.
interface ParsedCandidate {
  scope: FieldScope;
  path: PathSegment[];
  /** Display form relative to the element (or scope): part of the fingerprint. */
  rel: string;
  /** formatFieldPath(path) on its own, and as it continues a non-empty display path. */
  alone: string;
  after: string;
}
const parsedPaths = new Map<string, ParsedCandidate>();
function parsedFieldPath(text: string): ParsedCandidate {
  let parsed = parsedPaths.get(text);
  if (!parsed) {
    const { scope, path } = parseFieldPath(text);
    const prefix = scope === 'element' ? [] : [`$${scope}`];
    const alone = formatFieldPath(path);
    parsed = {
      scope,
      path,
      rel: formatFieldPath([...prefix, ...path]),
      alone,
      after: continuation(alone),
    };
    if (parsedPaths.size < 10_000) parsedPaths.set(text, parsed);
  }
  return parsed;
}

/**
 * The display form of a path as it continues a non-empty one: formatFieldPath writes a
 * plain key after a dot except at the start, and everything else the same anywhere.
 */
function continuation(alone: string): string {
  return alone === '' || alone.startsWith('[') ? alone : `.${alone}`;
}

/** formatFieldPath([...head, ...tail]) from the display forms of head and tail. */
function joinShown(head: string, tail: ParsedCandidate): string {
  return head === '' ? tail.alone : head + tail.after;
}

/** [...a, ...b, ...c] in one allocation. */
function concat3(a: FieldPath, b: FieldPath, c: FieldPath): PathSegment[] {
  const out: PathSegment[] = new Array<PathSegment>(a.length + b.length + c.length);
  let i = 0;
  for (let k = 0; k < a.length; k++) out[i++] = a[k];
  for (let k = 0; k < b.length; k++) out[i++] = b[k];
  for (let k = 0; k < c.length; k++) out[i++] = c[k];
  return out;
}

const NO_PATH: FieldPath = [];
const KIND_PATH: FieldPath = ['kind'];

/** What every finding on one resource repeats, computed once per resource. */
interface ResourceFacts {
  resource: Resource;
  view: WorkloadView | undefined;
  id: string;
  /** The API group (apiVersion without its version): part of the fingerprint. */
  group: string;
  /** `Kind name`, the start of every message. */
  subject: string;
  /** Where `$pod.` paths start (the pod spec, or `spec` when there is none). */
  podPath: FieldPath;
  /** Where `$podMeta.` paths start: the pod template's metadata (the Pod's own for a Pod). */
  podMetaPath: FieldPath;
  /** Display forms of the resource's base path, and of the pod spec's (built when needed). */
  shownBase?: string;
  shownPod?: string;
  shownPodMeta?: string;
  /** The pod's parts are written in several places (see pod-sources.ts). */
  assembled: boolean;
}

function resourceFacts(resource: Resource, view: WorkloadView | undefined): ResourceFacts {
  const slash = resource.apiVersion.lastIndexOf('/');
  return {
    resource,
    view,
    id: detach(resourceId(resource)),
    // Only hashed into fingerprints, never kept: no need to detach it.
    group: slash < 0 ? '' : resource.apiVersion.slice(0, slash),
    subject: detach(`${resource.kind} ${resource.name || '(unnamed)'}`),
    podPath: view?.podSpecPath ?? ['spec'],
    podMetaPath: view
      ? (view.podMetaPath ?? [...view.podSpecPath.slice(0, -1), 'metadata'])
      : ['metadata'],
    assembled: view?.sources !== undefined,
  };
}

/**
 * What each container and init container starts: its command's first word, or, without a
 * command, the name of its image (whose entrypoint runs: `etcd` images start etcd).
 */
function containerCommands(podSpec: JsonObject): string[] {
  const out: string[] = [];
  for (const key of ['containers', 'initContainers']) {
    const list = podSpec[key];
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      if (!isJsonObject(c)) continue;
      const command = Array.isArray(c.command) ? c.command : [];
      if (typeof command[0] === 'string') out.push(command[0]);
      else if (command.length === 0 && typeof c.image === 'string') out.push(imageName(c.image));
    }
  }
  return out;
}

/** `registry.k8s.io/etcd:3.5.15-0@sha256:...` -> `etcd`. */
function imageName(image: string): string {
  const repo = image.split('@')[0];
  return repo.slice(repo.lastIndexOf('/') + 1).split(':')[0];
}

/**
 * The same text in memory of its own. Strings that js-yaml reads are slices of the file's
 * text, and strings joined from them point at their parts: a finding that kept one would
 * keep the whole file alive until the report is written. Slicing a joined string makes V8
 * copy its characters into one new string first, so what the finding keeps is that copy.
 * (Shorter strings than 13 characters are copied by any slice: they never point back.)
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The element with its name and container detached (see detach), for its findings. */
function detachedNames(element: Element): Element {
  if (element.name === undefined && element.container === undefined) return element;
  const name = element.name === undefined ? undefined : detach(element.name);
  const container =
    element.container === undefined
      ? undefined
      : element.container === element.name
        ? name
        : detach(element.container);
  const detached: Element = { vars: element.vars, path: element.path, name, container };
  if (element.item !== undefined) detached.item = detach(element.item);
  if (element.layers !== undefined) detached.layers = element.layers;
  return detached;
}

/** The display form of the path that `scope` paths of `entry` start from. */
function shownScope(facts: ResourceFacts, entry: ElementContext, scope: string): string {
  const base = facts.resource.basePath;
  if (scope === 'object') return (facts.shownBase ??= formatFieldPath(base));
  if (scope === 'pod')
    return (facts.shownPod ??= formatFieldPath(concat3(base, facts.podPath, NO_PATH)));
  if (scope === 'podMeta')
    return (facts.shownPodMeta ??= formatFieldPath(concat3(base, facts.podMetaPath, NO_PATH)));
  return (entry.shownPath ??= formatFieldPath(concat3(base, entry.element.path, NO_PATH)));
}

/** The path from the resource's root that `scope` paths of `element` start from. */
function scopePath(facts: ResourceFacts, element: Element, scope: string): FieldPath {
  if (scope === 'object') return NO_PATH;
  if (scope === 'pod') return facts.podPath;
  return scope === 'podMeta' ? facts.podMetaPath : element.path;
}

/**
 * Where a candidate field is, from the resource's root, in a pod whose parts are written in
 * several places: in the place that gives the field (its layer, see pod-sources.ts). A field
 * that none gives is looked for where its nearest existing parent will be found: under the
 * pod field that holds it (the workflow's securityContext, when the template has none),
 * else where the pod's sources say a new pod field goes, else in the pod's or the
 * element's own place.
 */
function assembledPath(facts: ResourceFacts, element: Element, parsed: ParsedCandidate): FieldPath {
  const rel = parsed.path;
  if (parsed.scope === 'object') return rel;
  if (parsed.scope === 'podMeta') {
    const layers = facts.view?.sources?.meta;
    return (layers && holdingPath(layers, rel)) ?? [...facts.podMetaPath, ...rel];
  }
  if (parsed.scope === 'pod') {
    const sources = facts.view?.sources;
    const layers = rel.length ? sources?.fields[String(rel[0])] : undefined;
    const held = layers && holdingPath(layers, rel.slice(1));
    if (held) return held;
    const written = layers?.find((l) => !l.opaque);
    if (written) return [...written.path, ...rel.slice(1)];
    return [...(layers?.length ? facts.podPath : (sources?.unset ?? facts.podPath)), ...rel];
  }
  const held = element.layers && rel.length ? holdingPath(element.layers, rel) : undefined;
  return held ?? [...element.path, ...rel];
}

/** Whether `path` starts with `prefix`. */
function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/**
 * The pod (of several of one object) that a finding is about: the named pod whose own place
 * holds the element, or, for a finding on the whole object, the field. A finding on a part
 * that the pods share (a workflow's hostNetwork or volume) names none of them.
 */
function podOf(facts: ResourceFacts, element: Element, where: FieldPath): string | undefined {
  const view = facts.view;
  if (view?.name === undefined) return undefined;
  return startsWith(element.path.length ? element.path : where, view.podSpecPath)
    ? view.name
    : undefined;
}

function makeFinding(
  facts: ResourceFacts,
  rule: Rule,
  settings: EvaluationSettings,
  entry: ElementContext,
  candidates: readonly string[],
  /** The check named this field itself: say which, since one element may break the rule twice. */
  nameField: boolean,
  described?: Described,
): Finding {
  const { resource, id } = facts;
  const { element } = entry;
  const base = resource.basePath;
  let rel = '';
  let fieldPath: string;
  let line: number;
  // Where the finding points, from the resource's root: read for a pod of several.
  let where: FieldPath = element.path;
  if (candidates.length === 0) {
    const at = element.path.length ? element.path : KIND_PATH;
    line = resource.locator.locate(concat3(base, at, NO_PATH)).line;
    fieldPath = element.path.length
      ? shownScope(facts, entry, 'element')
      : formatFieldPath(concat3(base, KIND_PATH, NO_PATH));
  } else if (facts.assembled || element.layers) {
    // As below, with each candidate looked for where its part of the pod is written.
    const tried = candidates.map((candidate) => {
      const parsed = parsedFieldPath(candidate);
      const path = assembledPath(facts, element, parsed);
      return { parsed, path, hit: resource.locator.locate(concat3(base, path, NO_PATH)) };
    });
    const chosen = tried.find((t) => t.hit.exact) ?? tried[0];
    line = chosen.hit.line;
    rel = chosen.parsed.rel;
    where = chosen.path;
    fieldPath = formatFieldPath(concat3(base, chosen.path, NO_PATH));
  } else {
    // Every candidate is parsed first, so that a malformed one fails the same way wherever
    // it stands in the list.
    for (const candidate of candidates) parsedFieldPath(candidate);
    // The first candidate that exists; if none does, the nearest existing parent of the first.
    let chosen = parsedFieldPath(candidates[0]);
    line = -1;
    let firstLine = -1;
    for (const candidate of candidates) {
      const parsed = parsedFieldPath(candidate);
      const hit = resource.locator.locate(
        concat3(base, scopePath(facts, element, parsed.scope), parsed.path),
      );
      if (firstLine < 0) firstLine = hit.line;
      if (hit.exact) {
        chosen = parsed;
        line = hit.line;
        break;
      }
    }
    if (line < 0) line = firstLine;
    rel = chosen.rel;
    fieldPath = joinShown(shownScope(facts, entry, chosen.scope), chosen);
    if (facts.view?.name !== undefined)
      where = concat3(scopePath(facts, element, chosen.scope), chosen.path, NO_PATH);
  }
  let subject = facts.subject;
  let elementName = element.name;
  let container = element.container;
  // One pod of several: named in the message, and its name qualifies the element's
  // (`build.main`), which waivers then name.
  const pod = podOf(facts, element, where);
  if (pod !== undefined) {
    subject += `, ${facts.view?.noun ?? 'pod'} "${pod}"`;
    elementName = detach(elementName === undefined ? pod : `${pod}.${elementName}`);
    if (container !== undefined) container = detach(`${pod}.${container}`);
  }
  if (element.name) subject += `, ${describeElement(rule)} "${element.name}"`;
  // An env var's name is configuration, never its value: safe to show.
  if (element.item !== undefined) subject += `, variable "${element.item}"`;
  const severity = settings.severities[rule.id] ?? rule.severity;
  return {
    ruleId: rule.id,
    severity: described?.severity ? atMost(severity, described.severity) : severity,
    title: rule.title,
    message: `${subject}: ${described?.message ?? rule.message ?? rule.title}${nameField && rel ? ` (${rel})` : ''}`,
    location: { file: resource.file, line },
    resource: id,
    element: elementName,
    fieldPath,
    fingerprint: fingerprintOf(
      element.item === undefined
        ? [rule.id, facts.group, id, elementName ?? '', rel]
        : [rule.id, facts.group, id, elementName ?? '', element.item, rel],
    ),
    container,
  };
}

function describeElement(rule: Rule): string {
  switch (rule.forEach) {
    case 'volume':
      return 'volume';
    case 'policyRule':
      return 'rule';
    case 'subject':
      return 'subject';
    default:
      return 'container';
  }
}

function ruleErrorFinding(resource: Resource, rule: Rule, element: Element, e: unknown): Finding {
  const line = resource.locator.locate([...resource.basePath, ...element.path]).line;
  const id = resourceId(resource);
  return systemFinding(
    'rule-error',
    {
      message: `rule ${rule.id} could not be evaluated on ${id}${element.name ? ` (${element.name})` : ''}: ${String((e as Error)?.message ?? e).split('\n')[0]}`,
      location: { file: resource.file, line },
      resource: id,
      element: element.name,
      fieldPath: formatFieldPath(element.path),
    },
    [rule.id, id, element.name ?? ''],
  );
}

/** A workload without a readable pod spec cannot be checked: fail closed with a finding. */
function missingPodSpecFinding(resource: Resource, podSpecPath: FieldPath): Finding {
  const where = formatFieldPath(podSpecPath);
  const id = resourceId(resource);
  return systemFinding(
    'parse-error',
    {
      message: `${resource.kind} ${resource.name || '(unnamed)'}: ${where} is missing or not a mapping, so its pod cannot be checked`,
      location: {
        file: resource.file,
        line: resource.locator.locate([...resource.basePath, ...podSpecPath]).line,
      },
      resource: id,
      fieldPath: where,
    },
    [id, where],
  );
}
