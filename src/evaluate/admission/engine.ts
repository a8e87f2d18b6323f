// The engine: for each object of the pull request, every policy whose matchConstraints match
// it, every binding of that policy that matches it, and every param the binding resolves to,
// evaluated as the API server would on admission. Pure: everything comes from the input.
import { toCelValue } from './cel-input.js';
import { evaluateInvocation } from './evaluate.js';
import { loadPolicies, type LoadedPolicies } from './load.js';
import { paramIdentity, resolveParams } from './params.js';
import {
  bindingMatches,
  celRequest,
  isNamespaceResource,
  knownNamespaces,
  type KnownNamespace,
} from './requests.js';
import { ResourceMapper } from './resources.js';
import type {
  AdmissionInput,
  AdmissionObject,
  PolicyProblem,
  AdmissionResult,
  AdmissionVerdict,
  AuditAnnotationRecord,
  Manifest,
} from './types.js';

/** Everything but the objects: what stays the same from one object to the next. */
export type AdmissionSetup = Omit<AdmissionInput, 'objects'>;

/** The policies read and compiled once, ready for object after object. */
export interface AdmissionEngine {
  evaluate(objects: AdmissionObject[]): AdmissionResult;
  /** What the API server would refuse to store of the policies and bindings. */
  problems: readonly PolicyProblem[];
}

export function createAdmissionEngine(setup: AdmissionSetup): AdmissionEngine {
  const loaded = loadPolicies(setup);
  const mapper = new ResourceMapper(setup.customResourceDefinitions);
  const given = knownNamespaces({ ...setup, objects: [] });
  // The CEL values of the setup's params and namespaces, converted once for the engine's
  // life; those of the objects under admission, once per evaluate() call (not once per
  // binding that matches them). Expressions never change their inputs.
  const fromSetup = new WeakSet<Manifest>(setup.paramObjects);
  for (const { object } of given.values()) fromSetup.add(object);
  const setupValues = new WeakMap<Manifest, unknown>();
  return {
    problems: loaded.problems,
    evaluate: (objects) => {
      const input: AdmissionInput = { ...setup, objects };
      // Namespace manifests among the objects add to the known ones (rarely: only then copied).
      const namespaces = objects.some((o) => o.object.kind === 'Namespace')
        ? knownNamespaces(input)
        : given;
      const callValues = new Map<Manifest, unknown>();
      const celOf = (o: Manifest): unknown => {
        const values = fromSetup.has(o) ? setupValues : callValues;
        if (values.has(o)) return values.get(o);
        const v = toCelValue(o);
        values.set(o, v);
        return v;
      };
      return evaluateLoaded(input, loaded, mapper, namespaces, celOf);
    },
  };
}

export function evaluateAdmission(input: AdmissionInput): AdmissionResult {
  return createAdmissionEngine(input).evaluate(input.objects);
}

function evaluateLoaded(
  input: AdmissionInput,
  loaded: LoadedPolicies,
  mapper: ResourceMapper,
  namespaces: Map<string, KnownNamespace>,
  celOf: (o: Manifest) => unknown,
): AdmissionResult {
  const verdicts: AdmissionVerdict[] = [];
  // Per object and policy, as the audit event has them: one value per key, distinct values
  // from several bindings or params joined with ", ".
  const annotations = new Map<string, { record: AuditAnnotationRecord; values: string[] }>();

  for (const m of bindingMatches(input, loaded, mapper, namespaces)) {
    const { attributes: a, policy, binding, objectIndex } = m;
    const ref = input.objects[objectIndex].ref;
    const who = ref === undefined ? { objectIndex } : { objectIndex, ref };
    // The Namespace object itself has no namespaceObject, as in the API server.
    const nsObject = isNamespaceResource(a.resource) ? null : namespaces.get(a.namespace)?.object;
    const context = {
      object: a.object === null ? null : celOf(a.object),
      oldObject: a.oldObject === null ? null : celOf(a.oldObject),
      namespaceObject: nsObject ? celOf(nsObject) : null,
      request: celRequest(a, m.matched, input),
    };
    const common = {
      policy: policy.name,
      binding: binding.name,
      ...who,
      namespaceLabelsUnknown: m.namespaceLabelsUnknown,
    };
    const resolved = resolveParams(
      policy.paramKind,
      binding.paramRef,
      a.namespace,
      input.paramObjects,
      mapper,
    );
    if (resolved.error !== undefined) {
      // Configuration errors deny under Fail whatever the binding's actions (the API
      // server's dispatcher reports them apart from validation decisions).
      const ignored = policy.failurePolicy === 'Ignore';
      verdicts.push({
        ...common,
        kind: 'error',
        source: { type: 'param' },
        actions: ignored ? [] : ['Deny'],
        message: `failed to configure binding: ${resolved.error}`,
        reason: 'Invalid',
        fieldPath: [],
        auditAnnotations: {},
        failure: {
          failurePolicy: policy.failurePolicy,
          outcome: ignored ? 'ignored' : 'enforced',
          why: "the binding's parameters could not be resolved",
        },
      });
      continue;
    }
    for (const param of resolved.params) {
      const result = evaluateInvocation({
        policy,
        compiled: m.compiled,
        binding,
        context: { ...context, params: param === null ? null : celOf(param) },
        object: a.object ?? a.oldObject,
      });
      const produced: Record<string, string> = {};
      for (const [k, value] of result.annotations) {
        const key = `${policy.name}/${k}`;
        produced[key] = value;
        const id = `${objectIndex}\u0000${key}`;
        const entry = annotations.get(id) ?? {
          record: { policy: policy.name, ...who, key, value },
          values: [],
        };
        if (!entry.values.includes(value)) entry.values.push(value);
        annotations.set(id, entry);
      }
      const p = param ? paramIdentity(param) : undefined;
      for (const v of result.verdicts)
        verdicts.push({ ...common, ...(p ? { param: p } : {}), ...v, auditAnnotations: produced });
    }
  }
  const auditAnnotations = [...annotations.values()].map(({ record, values }) => ({
    ...record,
    value: values.join(', '),
  }));
  return { verdicts, auditAnnotations, problems: loaded.problems };
}

/** The API server's wording for a denial, as `kubectl apply` prints it. */
export function denialMessage(v: AdmissionVerdict): string {
  return `ValidatingAdmissionPolicy '${v.policy}' with binding '${v.binding}' denied request: ${v.message}`;
}
