// Shared by the admission tests: a plain cel-js environment (the Kubernetes CEL libraries
// are built elsewhere; these tests keep to what cel-js supports) and the fixtures' loader.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '@marcbachmann/cel-js';
import { parseAllDocuments } from 'yaml';
import { evaluateAdmission } from '../../src/evaluate/admission/index.js';
import type {
  AdmissionInput,
  AdmissionResult,
  Manifest,
  Operation,
} from '../../src/evaluate/admission/index.js';

export function celEnvironment(): Environment {
  return new Environment({
    unlistedVariablesAreDyn: true,
    enableOptionalTypes: true,
    homogeneousAggregateLiterals: false,
  });
}

const FIXTURES = new URL('../fixtures/admission/', import.meta.url).pathname;

export function readManifests(path: string): Manifest[] {
  if (!existsSync(path)) return [];
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((d) => d.toJS() as unknown)
    .filter((d): d is Manifest => d !== null && typeof d === 'object');
}

export interface Example {
  policies: Manifest[];
  bindings: Manifest[];
  /** What the cluster holds: Namespaces, params, CRDs. */
  cluster: Manifest[];
  /** The manifests under admission. */
  objects: Manifest[];
}

/** A fixture: policy.yaml (policies and bindings), cluster.yaml (namespaces, params, CRDs),
 * objects.yaml (the objects under admission). */
export function loadExample(name: string): Example {
  const dir = join(FIXTURES, name);
  const policyDocs = readManifests(join(dir, 'policy.yaml'));
  return {
    policies: policyDocs.filter((d) => d.kind === 'ValidatingAdmissionPolicy'),
    bindings: policyDocs.filter((d) => d.kind === 'ValidatingAdmissionPolicyBinding'),
    cluster: readManifests(join(dir, 'cluster.yaml')),
    objects: readManifests(join(dir, 'objects.yaml')),
  };
}

export function nameOf(o: Manifest): string {
  return String((o.metadata as Record<string, unknown> | undefined)?.name ?? '');
}

/** The engine's input for an example: every object created (or as `operation` says), its
 * ref the object's name; Namespaces, params and CRDs from cluster.yaml. */
export function inputFor(
  example: Example,
  options: Partial<AdmissionInput> & { operation?: Operation } = {},
): AdmissionInput {
  const { operation = 'CREATE', ...rest } = options;
  const namespaces = new Map<string, Manifest>();
  for (const o of example.cluster) if (o.kind === 'Namespace') namespaces.set(nameOf(o), o);
  return {
    objects: example.objects.map((object) => ({ object, operation, ref: nameOf(object) })),
    policies: example.policies,
    bindings: example.bindings,
    namespaces,
    paramObjects: example.cluster.filter(
      (o) => o.kind !== 'Namespace' && o.kind !== 'CustomResourceDefinition',
    ),
    customResourceDefinitions: example.cluster.filter((o) => o.kind === 'CustomResourceDefinition'),
    celEnvironment: celEnvironment(),
    ...rest,
  };
}

export function runExample(
  name: string,
  options: Partial<AdmissionInput> & { operation?: Operation } = {},
): AdmissionResult {
  return evaluateAdmission(inputFor(loadExample(name), options));
}

/** The verdicts about one object, by its name. */
export function about(result: AdmissionResult, objectName: string) {
  return result.verdicts.filter((v) => v.ref === objectName);
}

/** A ValidatingAdmissionPolicy matching CREATE and UPDATE of `resources` in `apiGroup`. */
export function policy(
  name: string,
  spec: Record<string, unknown>,
  match: { apiGroup?: string; resources?: string[] } = {},
): Manifest {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name },
    spec: {
      matchConstraints: {
        resourceRules: [
          {
            apiGroups: [match.apiGroup ?? 'apps'],
            apiVersions: ['*'],
            operations: ['CREATE', 'UPDATE'],
            resources: match.resources ?? ['deployments'],
          },
        ],
      },
      ...spec,
    },
  };
}

export function binding(
  name: string,
  policyName: string,
  spec: Record<string, unknown> = {},
): Manifest {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name },
    spec: { policyName, validationActions: ['Deny'], ...spec },
  };
}

export function deployment(name: string, spec: Record<string, unknown> = {}, namespace = 'shop') {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace }, spec };
}

/** Evaluates one policy with one binding (Deny) on objects created. */
export function evaluateOne(
  policyManifest: Manifest,
  objects: Manifest[],
  extra: Partial<AdmissionInput> = {},
): AdmissionResult {
  return evaluateAdmission({
    objects: objects.map((object) => ({ object, operation: 'CREATE', ref: nameOf(object) })),
    policies: [policyManifest],
    bindings: [binding('b', nameOf(policyManifest))],
    namespaces: new Map(),
    paramObjects: [],
    celEnvironment: celEnvironment(),
    ...extra,
  });
}
