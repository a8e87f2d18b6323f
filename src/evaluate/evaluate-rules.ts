import { fingerprintOf } from './fingerprint.js';
import { systemFinding } from '../rules/system-rules.js';
import { formatFieldPath, parseFieldPath } from '../parse/field-path.js';
import type { Rule } from '../rules/rule.js';
import type { FieldPath, Finding, JsonObject, PathSegment, Resource, Severity } from '../types.js';
import { isJsonObject, resourceId } from '../types.js';
import { elementsFor, workloadView, type Element, type WorkloadView } from './workload-view.js';

export interface EvaluationSettings {
  /** Kind -> path of its pod spec (built-in workloads plus the config's custom kinds). */
  podSpecPaths: Record<string, FieldPath>;
  /** Values exposed to CEL as `params`. */
  params: Record<string, unknown>;
  /** Severity overrides from the config. */
  severities: Record<string, Severity>;
}

/** Rules grouped by the kinds they match; `Workload` expands to every workload kind. */
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
  return byKind;
}

/** Evaluates every matching rule on one resource. */
export function evaluateResource(
  resource: Resource,
  rulesByKind: Map<string, Rule[]>,
  settings: EvaluationSettings,
  oldObject: unknown = null,
): Finding[] {
  const rules = rulesByKind.get(resource.kind);
  if (!rules) return [];
  const view = workloadView(resource.object, resource.kind, settings.podSpecPaths);
  const facts = resourceFacts(resource, view);
  const findings: Finding[] = [];
  const podSpecPath = settings.podSpecPaths[resource.kind];
  if (podSpecPath && !view) findings.push(missingPodSpecFinding(resource, podSpecPath));
  const base = {
    object: resource.object,
    oldObject,
    podSpec: view?.podSpec ?? null,
    podMeta: view?.podMeta ?? {},
    params: settings.params,
    // The file people edit (for a rendered resource, its template), for path-scoped rules.
    file: resource.file,
  };
  // Elements and their CEL contexts are built once per resource and iteration kind, not
  // once per rule: most rules iterate over the same containers.
  const contexts = new Map<
    string | undefined,
    { element: Element; context: Record<string, unknown> }[]
  >();
  const contextsFor = (forEach: string | undefined) => {
    let list = contexts.get(forEach);
    if (!list) {
      list = elementsFor(forEach, resource.object, view).map((element) => ({
        element: detachedNames(element),
        context: { ...base, ...element.vars },
      }));
      contexts.set(forEach, list);
    }
    return list;
  };
  let binaries: string[] | undefined;
  for (const rule of rules) {
    // A rule for control-plane binaries skips workloads that start none of them, without
    // running its check (ordinary workloads are nearly all of them).
    if (rule.match.commands && view) {
      binaries ??= containerCommands(view.podSpec);
      const wanted = rule.match.commands;
      if (!binaries.some((b) => wanted.some((c) => b.endsWith(c)))) continue;
    }
    for (const { element, context } of contextsFor(rule.forEach)) {
      let result: unknown;
      try {
        result = rule.evaluate(context);
      } catch (e) {
        findings.push(ruleErrorFinding(resource, rule, element, e));
        continue;
      }
      if (result === true) {
        findings.push(makeFinding(facts, rule, settings, element, rule.field ?? [], false));
      } else if (Array.isArray(result)) {
        for (const p of result)
          findings.push(makeFinding(facts, rule, settings, element, [String(p)], true));
      } else if (result !== false && result !== null && result !== undefined) {
        findings.push(
          ruleErrorFinding(
            resource,
            rule,
            element,
            new Error(`check returned ${typeof result}, not a bool or a list of paths`),
          ),
        );
      }
    }
  }
  return findings;
}

// Rules name the same few paths over and over; parse and format each path string once.
interface ParsedCandidate {
  scope: 'element' | 'object' | 'pod';
  path: PathSegment[];
  /** Display form relative to the element (or scope): part of the fingerprint. */
  rel: string;
}
const parsedPaths = new Map<string, ParsedCandidate>();
function parsedFieldPath(text: string): ParsedCandidate {
  let parsed = parsedPaths.get(text);
  if (!parsed) {
    const { scope, path } = parseFieldPath(text);
    const prefix = scope === 'object' ? ['$object'] : scope === 'pod' ? ['$pod'] : [];
    parsed = { scope, path, rel: formatFieldPath([...prefix, ...path]) };
    if (parsedPaths.size < 10_000) parsedPaths.set(text, parsed);
  }
  return parsed;
}

function resolve(
  candidate: string,
  element: Element,
  view: WorkloadView | undefined,
): { abs: PathSegment[]; rel: string } {
  const { scope, path, rel } = parsedFieldPath(candidate);
  if (scope === 'object') return { abs: path, rel };
  if (scope === 'pod') return { abs: [...(view?.podSpecPath ?? ['spec']), ...path], rel };
  return { abs: [...element.path, ...path], rel };
}

/** What every finding on one resource repeats, computed once per resource. */
interface ResourceFacts {
  resource: Resource;
  view: WorkloadView | undefined;
  id: string;
  /** The API group (apiVersion without its version): part of the fingerprint. */
  group: string;
  /** `Kind name`, the start of every message. */
  subject: string;
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
  return { ...element, name, container };
}

function makeFinding(
  facts: ResourceFacts,
  rule: Rule,
  settings: EvaluationSettings,
  element: Element,
  candidates: readonly string[],
  /** The check named this field itself: say which, since one element may break the rule twice. */
  nameField: boolean,
): Finding {
  const { resource, view, id } = facts;
  const resolved =
    candidates.length > 0
      ? candidates.map((c) => resolve(c, element, view))
      : [{ abs: element.path.length ? element.path : ['kind'], rel: '' }];
  let chosen = resolved[0];
  let line = -1;
  let firstLine = -1;
  const base = resource.basePath;
  for (const r of resolved) {
    const hit = resource.locator.locate(base.length ? [...base, ...r.abs] : r.abs);
    if (firstLine < 0) firstLine = hit.line;
    if (hit.exact) {
      chosen = r;
      line = hit.line;
      break;
    }
  }
  // No candidate exists: the nearest existing parent of the first one.
  if (line < 0) line = firstLine;
  const subject = element.name
    ? `${facts.subject}, ${describeElement(rule)} "${element.name}"`
    : facts.subject;
  return {
    ruleId: rule.id,
    severity: settings.severities[rule.id] ?? rule.severity,
    title: rule.title,
    message: `${subject}: ${rule.message ?? rule.title}${nameField && chosen.rel ? ` (${chosen.rel})` : ''}`,
    location: { file: resource.file, line },
    resource: id,
    element: element.name,
    fieldPath: formatFieldPath(base.length ? [...base, ...chosen.abs] : chosen.abs),
    fingerprint: fingerprintOf([rule.id, facts.group, id, element.name ?? '', chosen.rel]),
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
