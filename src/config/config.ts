import { posix } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { loadYaml } from '../util/vendor/yaml.js';
import { ConfigurationError, errorMessage } from '../model/errors.js';
import type { FailOn, FieldPath, Severity } from '../model/types.js';
import { parseFieldPath } from '../model/field-path.js';
import type { CustomWorkloadKind } from '../model/workload-kinds.js';
import type { RuleCategory } from '../model/rule-categories.js';
import schema from './config-schema.json' with { type: 'json' };
import validateConfig from '../generated/validate-config.js';

export interface ConfigWaiver {
  rule: string;
  resource?: string;
  path?: string;
  container?: string;
  reason: string;
  expires: string;
  ticket?: string;
}

/** `rules:` in the config: custom rule files, and which rules run at what severity. */
export interface RuleSettings {
  custom: string[];
  disabled: string[];
  severity: Record<string, Severity>;
  /** A category set to false turns off every rule in it, built-in and custom alike. */
  categories: Partial<Record<RuleCategory, boolean>>;
}

/** Whether the config leaves a rule on: not disabled by id, its category not turned off. */
export function ruleEnabled(
  settings: Pick<RuleSettings, 'disabled' | 'categories'>,
  rule: { id: string; category: string },
): boolean {
  if (settings.disabled.includes(rule.id)) return false;
  return (settings.categories as Record<string, boolean | undefined>)[rule.category] !== false;
}

/** What makes a review requirement apply to a pull request: any one condition is enough. */
export interface ReviewTriggers {
  /** A new finding of one of these rules. */
  rules?: string[];
  /** A new finding of one of these severities. */
  severities?: Severity[];
  /** A changed file matching one of these globs. */
  paths?: string[];
  /** A resource added, changed or removed in one of these namespaces, or a permission gained there. */
  namespaces?: string[];
  /** A subject gains a dangerous permission (`dangerous`), or any permission (`any`). */
  rbac?: 'dangerous' | 'any';
  /** A waiver added or changed by the pull request. */
  waivers?: boolean;
  /** The config or the custom rules changed by the pull request. */
  policy?: boolean;
}

/** `reviews:` in the config: who must approve which changes. */
export interface ReviewRequirement {
  name: string;
  /** Logins, or teams as `@org/slug`. */
  approvers: string[];
  minApprovals: number;
  requireFreshApproval: boolean;
  when: ReviewTriggers;
}

/** The validated `.kubegate.yaml`, with every default filled in. */
export interface Config {
  paths: string[];
  exclude: string[];
  failOn: FailOn;
  rules: RuleSettings;
  /**
   * Where ValidatingAdmissionPolicies, their bindings and params are kept besides the scanned
   * manifests (files, folders or globs; read from the policy root, the base on a pull request).
   */
  admissionPolicies: string[];
  /** Namespace labels for admission policies' namespaceSelector, by namespace name. */
  namespaces: Record<string, { labels: Record<string, string> }>;
  ingress: { internalClasses: string[]; internalAnnotations: Record<string, string> };
  /**
   * The config's own pod-carrying kinds (`workloads.customKinds`), beside the built-in ones
   * (evaluate/pod-kinds.ts). Plain data: the config goes to the scan workers as it is.
   */
  workloads: CustomWorkloadKind[];
  waivers: { annotations: boolean; maxDays: number; list: ConfigWaiver[] };
  limits: { maxFileBytes: number };
  render: RenderConfig;
  reviews: ReviewRequirement[];
  images: ImagePolicy;
}

export interface ImagePolicy {
  /** Registry hosts or host/path prefixes; empty allows any. */
  allowedRegistries: string[];
  /** Where an image must be pinned by digest (a finding of image-digest-required). */
  requireDigest: { namespaces: string[]; paths: string[] };
}

export interface RenderConfig {
  helm: boolean;
  kustomize: boolean;
  timeoutSeconds: number;
  /** Explicit binary paths; else KUBEGATE_HELM / KUBEGATE_KUBECTL, then PATH. */
  helmBinary?: string;
  kubectlBinary?: string;
  /** Charts with their own release options or value sets (the rest render with defaults). */
  charts: ChartRenderConfig[];
}

export interface ChartRenderConfig {
  /** The chart's folder relative to the repository root, normalised (no `./`, no trailing `/`). */
  path: string;
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
  /** Empty: one render with the chart's values.yaml only. */
  valueSets: ValueSet[];
}

export interface ValueSet {
  name: string;
  /** Relative to the chart folder, in helm's order (later files win). */
  valuesFiles: string[];
  /** `--set` pairs, key to value, with the type the config gave them. */
  set: Record<string, string | number | boolean>;
}

export const DEFAULT_INTERNAL_INGRESS_CLASSES = ['internal', 'nginx-internal', 'private'];
export const DEFAULT_INTERNAL_INGRESS_ANNOTATIONS: Record<string, string> = {
  'alb.ingress.kubernetes.io/scheme': 'internal',
  'networking.gke.io/load-balancer-type': 'Internal',
  'service.beta.kubernetes.io/aws-load-balancer-internal': 'true',
};

interface RawConfig {
  paths?: string[];
  exclude?: string[];
  failOn?: FailOn;
  rules?: {
    custom?: string[];
    disabled?: string[];
    severity?: Record<string, Severity>;
    categories?: Partial<Record<RuleCategory, boolean>>;
  };
  admissionPolicies?: string[];
  namespaces?: Record<string, { labels: Record<string, string> }>;
  ingress?: { internalClasses?: string[]; internalAnnotations?: Record<string, string> };
  workloads?: {
    customKinds?: {
      kind: string;
      apiGroup?: string;
      podSpecPath?: string;
      podSpecPaths?: string[];
    }[];
  };
  waivers?: { annotations?: boolean; maxDays?: number; list?: ConfigWaiver[] };
  limits?: { maxFileBytes?: number };
  render?: Partial<Omit<RenderConfig, 'charts'>> & { charts?: RawChartRenderConfig[] };
  images?: {
    allowedRegistries?: string[];
    requireDigest?: { namespaces?: string[]; paths?: string[] };
  };
  reviews?: (Omit<ReviewRequirement, 'minApprovals' | 'requireFreshApproval'> & {
    minApprovals?: number;
    requireFreshApproval?: boolean;
  })[];
}

interface RawChartRenderConfig {
  path: string;
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
  valueSets?: {
    name: string;
    valuesFiles?: string[];
    set?: Record<string, string | number | boolean>;
  }[];
}

// Compiled from config-schema.json at build time (scripts/gen-validators.ts).
const validate = validateConfig as ValidateFunction<RawConfig>;

export const CONFIG_SCHEMA = schema;

/** Parses and validates a config file's text; errors name the file and the key. */
export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = loadYaml().parse(text) ?? {};
  } catch (e) {
    throw new ConfigurationError(`${file}: invalid YAML: ${errorMessage(e).split('\n')[0]}`);
  }
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map((e) => {
      const key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
      const extra =
        e.params && 'additionalProperty' in e.params
          ? `: unknown key "${String(e.params.additionalProperty)}"`
          : ` ${e.message ?? ''}`;
      const allowed =
        e.params && 'allowedValues' in e.params
          ? ` (${(e.params.allowedValues as unknown[]).join(', ')})`
          : '';
      return `${key}${extra}${allowed}${hintFor(e.keyword, key)}`;
    });
    throw new ConfigurationError(`${file}: ${[...new Set(problems)].join('; ')}`);
  }
  const duplicate =
    duplicateChartSetting(raw.render?.charts ?? []) ?? reviewProblem(raw.reviews ?? []);
  if (duplicate) throw new ConfigurationError(`${file}: ${duplicate}`);
  return resolveConfig(raw);
}

/** What a pattern or type error means for the keys whose rule is not obvious from a regex. */
function hintFor(keyword: string, key: string): string {
  if (keyword === 'type' && key.endsWith('.kubeVersion'))
    return ' (write it in quotes: kubeVersion: "1.30", else YAML reads a number and drops the 0)';
  if (keyword === 'pattern' && /\.(releaseName|namespace)$/.test(key))
    return ' (lowercase letters, digits and "-", starting and ending with a letter or digit)';
  if (keyword === 'pattern' && key.endsWith('.kubeVersion')) return ' (such as "1.31")';
  return '';
}

/** A chart listed twice, or a value set name used twice in one chart, is a config error. */
function duplicateChartSetting(charts: readonly RawChartRenderConfig[]): string | undefined {
  const paths = new Set<string>();
  for (const [i, chart] of charts.entries()) {
    const path = normaliseChartPath(chart.path);
    if (paths.has(path)) return `render.charts.${i}.path: chart "${path}" is listed twice`;
    paths.add(path);
    const names = new Set<string>();
    for (const set of chart.valueSets ?? []) {
      if (names.has(set.name))
        return `render.charts.${i}.valueSets: the name "${set.name}" is used twice`;
      names.add(set.name);
    }
  }
  return undefined;
}

/** A review name used twice, or a requirement that no one could ever meet. */
function reviewProblem(reviews: NonNullable<RawConfig['reviews']>): string | undefined {
  const names = new Set<string>();
  for (const [i, r] of reviews.entries()) {
    if (names.has(r.name)) return `reviews.${i}.name: the name "${r.name}" is used twice`;
    names.add(r.name);
    const people = new Set(r.approvers.map((a) => a.toLowerCase()));
    const teams = r.approvers.some((a) => a.startsWith('@'));
    if (!teams && (r.minApprovals ?? 1) > people.size)
      return `reviews.${i}.minApprovals: ${r.minApprovals} approvals needed but only ${people.size} approver${people.size === 1 ? '' : 's'} listed`;
  }
  return undefined;
}

/** `./charts/web/` and `charts/web` name the same chart. */
export function normaliseChartPath(path: string): string {
  const p = posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
  return p === '' ? '.' : p;
}

function resolveChart(raw: RawChartRenderConfig): ChartRenderConfig {
  return {
    path: normaliseChartPath(raw.path),
    ...(raw.releaseName ? { releaseName: raw.releaseName } : {}),
    ...(raw.namespace ? { namespace: raw.namespace } : {}),
    ...(raw.kubeVersion ? { kubeVersion: raw.kubeVersion } : {}),
    valueSets: (raw.valueSets ?? []).map((v) => ({
      name: v.name,
      valuesFiles: v.valuesFiles ?? [],
      set: { ...(v.set ?? {}) },
    })),
  };
}

export function resolveConfig(raw: RawConfig = {}): Config {
  const workloads = (raw.workloads?.customKinds ?? []).map((custom): CustomWorkloadKind => ({
    kind: custom.kind,
    ...(custom.apiGroup !== undefined ? { apiGroup: custom.apiGroup } : {}),
    podSpecPaths: [
      ...(custom.podSpecPath ? [custom.podSpecPath] : []),
      ...(custom.podSpecPaths ?? []),
    ].map((p): FieldPath => parseFieldPath(p).path),
  }));
  return {
    paths: raw.paths ?? [],
    exclude: raw.exclude ?? [],
    failOn: raw.failOn ?? 'high',
    rules: {
      custom: raw.rules?.custom ?? [],
      disabled: raw.rules?.disabled ?? [],
      severity: raw.rules?.severity ?? {},
      categories: { ...(raw.rules?.categories ?? {}) },
    },
    admissionPolicies: raw.admissionPolicies ?? [],
    namespaces: raw.namespaces ?? {},
    ingress: {
      internalClasses: raw.ingress?.internalClasses ?? DEFAULT_INTERNAL_INGRESS_CLASSES,
      internalAnnotations: raw.ingress?.internalAnnotations ?? DEFAULT_INTERNAL_INGRESS_ANNOTATIONS,
    },
    workloads,
    waivers: {
      annotations: raw.waivers?.annotations ?? true,
      maxDays: raw.waivers?.maxDays ?? 180,
      list: raw.waivers?.list ?? [],
    },
    limits: { maxFileBytes: raw.limits?.maxFileBytes ?? 10 * 1024 * 1024 },
    render: {
      helm: raw.render?.helm ?? true,
      kustomize: raw.render?.kustomize ?? true,
      timeoutSeconds: raw.render?.timeoutSeconds ?? 60,
      ...(raw.render?.helmBinary ? { helmBinary: raw.render.helmBinary } : {}),
      ...(raw.render?.kubectlBinary ? { kubectlBinary: raw.render.kubectlBinary } : {}),
      charts: (raw.render?.charts ?? []).map(resolveChart),
    },
    images: {
      // `docker.io/` and `docker.io` name the same registry.
      allowedRegistries: (raw.images?.allowedRegistries ?? []).map((r) => r.replace(/\/+$/, '')),
      requireDigest: {
        namespaces: raw.images?.requireDigest?.namespaces ?? [],
        paths: raw.images?.requireDigest?.paths ?? [],
      },
    },
    reviews: (raw.reviews ?? []).map((r) => ({
      name: r.name,
      approvers: r.approvers,
      minApprovals: r.minApprovals ?? 1,
      requireFreshApproval: r.requireFreshApproval ?? false,
      when: r.when,
    })),
  };
}
