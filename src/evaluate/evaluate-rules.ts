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
import { secretValues, type SecretValue } from './secret-view.js';
import {
  elementsFor,
  podOS,
  serviceAccountOf,
  workloadView,
  type Element,
  type WorkloadView,
} from './workload-view.js';

export interface EvaluationSettings {
  /** Kind -> path of its pod spec (built-in workloads plus the config's custom kinds). */
  podSpecPaths: Record<string, FieldPath>;
  /** Values exposed to CEL as `params`. */
  params: Record<string, unknown>;
  /** Severity overrides from the config. */
  severities: Record<string, Severity>;
}

/** The `match.kinds` entry that matches every kind (annotations are on any object). */
export const ANY_KIND = '*';

/**
 * Rules grouped by the kinds they match; `Workload` expands to every workload kind, and the
 * rules for any kind (`*`) are on every kind's list and, alone, under `*` for the others.
 */
export function indexRulesByKind(
  rules: readonly Rule[],
  podSpecPaths: Record<string, FieldPath>,
): Map<string, Rule[]> {
  const byKind = new Map<string, Rule[]>();
  const add = (kind: string, rule: Rule) => {
    const list = byKind.get(kind) ?? [];
    if (!list.includes(rule)) list.push(rule);
    byKind.set(kind, list);
  };
  for (const rule of rules) {
    for (const kind of rule.match.kinds) {
      if (kind === 'Workload') for (const k of Object.keys(podSpecPaths)) add(k, rule);
      else add(kind, rule);
    }
  }
  const any = byKind.get(ANY_KIND);
  if (any)
    for (const kind of [...byKind.keys()]) if (kind !== ANY_KIND) for (const r of any) add(kind, r);
  return byKind;
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

/** True when some container's command starts one of the `wanted` binaries. */
function startsAny(binaries: readonly string[], wanted: readonly string[]): boolean {
  for (const b of binaries) for (const c of wanted) if (b.endsWith(c)) return true;
  return false;
}

/** Evaluates every matching rule on one resource. */
export function evaluateResource(
  resource: Resource,
  rulesByKind: Map<string, Rule[]>,
  settings: EvaluationSettings,
  oldObject: unknown = null,
): Finding[] {
  const rules = rulesByKind.get(resource.kind) ?? rulesByKind.get(ANY_KIND);
  if (!rules) return [];
  const view = workloadView(resource.object, resource.kind, settings.podSpecPaths);
  const facts = resourceFacts(resource, view);
  const findings: Finding[] = [];
  const podSpecPath = settings.podSpecPaths[resource.kind];
  if (podSpecPath && !view) findings.push(missingPodSpecFinding(resource, podSpecPath));
  const shared: SharedVars = {
    object: resource.object,
    oldObject,
    podSpec: view?.podSpec ?? null,
    podMeta: view?.podMeta ?? {},
    podOS: view ? podOS(view.podSpec) : '',
    params: settings.params,
    file: resource.file,
    secretValues: secretValues(resource.object, resource.kind),
  };
  // Elements and their CEL contexts are built once per resource and iteration kind, not
  // once per rule: most rules iterate over the same containers.
  const contexts = new Map<string | undefined, ElementContext[]>();
  let binaries: string[] | undefined;
  for (const rule of rules) {
    // A rule for control-plane binaries skips workloads that start none of them, without
    // running its check (ordinary workloads are nearly all of them).
    if (rule.match.commands && view) {
      binaries ??= containerCommands(view.podSpec);
      if (!startsAny(binaries, rule.match.commands)) continue;
    }
    let list = contexts.get(rule.forEach);
    if (!list) {
      list = elementContexts(rule.forEach, shared, view);
      contexts.set(rule.forEach, list);
    }
    for (const entry of list) {
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
  return findings;
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
  for (const x of a) out[i++] = x;
  for (const x of b) out[i++] = x;
  for (const x of c) out[i++] = x;
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
    podMetaPath: view ? [...view.podSpecPath.slice(0, -1), 'metadata'] : ['metadata'],
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
  if (candidates.length === 0) {
    const at = element.path.length ? element.path : KIND_PATH;
    line = resource.locator.locate(concat3(base, at, NO_PATH)).line;
    fieldPath = element.path.length
      ? shownScope(facts, entry, 'element')
      : formatFieldPath(concat3(base, KIND_PATH, NO_PATH));
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
  }
  let subject = element.name
    ? `${facts.subject}, ${describeElement(rule)} "${element.name}"`
    : facts.subject;
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
    element: element.name,
    fieldPath,
    fingerprint: fingerprintOf(
      element.item === undefined
        ? [rule.id, facts.group, id, element.name ?? '', rel]
        : [rule.id, facts.group, id, element.name ?? '', element.item, rel],
    ),
    container: element.container,
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
