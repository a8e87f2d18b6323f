import type { ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError, errorMessage } from './errors.js';
import type { FailOn, FieldPath, Severity } from './types.js';
import { parseFieldPath } from './parse/field-path.js';
import { WORKLOAD_POD_SPEC_PATHS } from './evaluate/workload-view.js';
import schema from './config-schema.json' with { type: 'json' };
import validateConfig from './generated/validate-config.js';

export interface ConfigWaiver {
  rule: string;
  resource?: string;
  path?: string;
  container?: string;
  reason: string;
  expires: string;
  ticket?: string;
}

/** The validated `.kubegate.yaml`, with every default filled in. */
export interface Config {
  paths: string[];
  exclude: string[];
  failOn: FailOn;
  rules: { custom: string[]; disabled: string[]; severity: Record<string, Severity> };
  ingress: { internalClasses: string[]; internalAnnotations: Record<string, string> };
  podSpecPaths: Record<string, FieldPath>;
  waivers: { annotations: boolean; maxDays: number; list: ConfigWaiver[] };
  limits: { maxFileBytes: number };
  render: RenderConfig;
}

export interface RenderConfig {
  helm: boolean;
  kustomize: boolean;
  timeoutSeconds: number;
  /** Explicit binary paths; else KUBEGATE_HELM / KUBEGATE_KUBECTL, then PATH. */
  helmBinary?: string;
  kubectlBinary?: string;
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
  rules?: { custom?: string[]; disabled?: string[]; severity?: Record<string, Severity> };
  ingress?: { internalClasses?: string[]; internalAnnotations?: Record<string, string> };
  workloads?: { customKinds?: { kind: string; podSpecPath: string }[] };
  waivers?: { annotations?: boolean; maxDays?: number; list?: ConfigWaiver[] };
  limits?: { maxFileBytes?: number };
  render?: Partial<RenderConfig>;
}

// Compiled from config-schema.json at build time (scripts/gen-validators.ts).
const validate = validateConfig as ValidateFunction<RawConfig>;

export const CONFIG_SCHEMA = schema;

/** Parses and validates a config file's text; errors name the file and the key. */
export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
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
      return `${key}${extra}${allowed}`;
    });
    throw new ConfigurationError(`${file}: ${[...new Set(problems)].join('; ')}`);
  }
  return resolveConfig(raw);
}

export function resolveConfig(raw: RawConfig = {}): Config {
  const podSpecPaths: Record<string, FieldPath> = { ...WORKLOAD_POD_SPEC_PATHS };
  for (const custom of raw.workloads?.customKinds ?? [])
    podSpecPaths[custom.kind] = parseFieldPath(custom.podSpecPath).path;
  return {
    paths: raw.paths ?? [],
    exclude: raw.exclude ?? [],
    failOn: raw.failOn ?? 'high',
    rules: {
      custom: raw.rules?.custom ?? [],
      disabled: raw.rules?.disabled ?? [],
      severity: raw.rules?.severity ?? {},
    },
    ingress: {
      internalClasses: raw.ingress?.internalClasses ?? DEFAULT_INTERNAL_INGRESS_CLASSES,
      internalAnnotations: raw.ingress?.internalAnnotations ?? DEFAULT_INTERNAL_INGRESS_ANNOTATIONS,
    },
    podSpecPaths,
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
    },
  };
}
