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
