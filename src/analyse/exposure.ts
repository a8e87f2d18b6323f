import { namespaceIn, qualifiedName } from '../model/namespaces.js';
import type { ResourceRecord } from '../evaluate/records.js';
import { isJsonObject, type JsonObject, type JsonValue, type Location } from '../model/types.js';
import type { WorkloadFacts } from '../evaluate/analysis-facts.js';
import { nameOfId, type AnalyserFinding, type Graph } from './graph.js';

// Exposure: from what the internet can reach (a public Ingress, a Gateway API route, a
// LoadBalancer or NodePort Service) through Services to the workloads they select. A chain
// that ends at a workload that runs privileged, is not made to run as non-root, shares the
// node's namespaces or runs as a powerful service account is one finding naming the chain.

const list = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
const text = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : '');

export interface ExposureSettings {
  internalIngressClasses: readonly string[];
  internalIngressAnnotations: Readonly<Record<string, string>>;
}

/** How the outside gets in: the entry object and the Services it sends traffic to. */
interface Entry {
  record: ResourceRecord;
  /** "public Ingress shop/web". */
  label: string;
  services: { namespace: string; name: string }[];
}

function annotationsOf(o: JsonObject): Record<string, JsonValue> {
  const meta = isJsonObject(o.metadata) ? o.metadata : {};
  return isJsonObject(meta.annotations) ? meta.annotations : {};
}

function internalByAnnotation(o: JsonObject, s: ExposureSettings): boolean {
  const annotations = annotationsOf(o);
  return Object.entries(s.internalIngressAnnotations).some(([k, v]) => annotations[k] === v);
}

function publicIngress(o: JsonObject, s: ExposureSettings): boolean {
  const spec = isJsonObject(o.spec) ? o.spec : {};
  const cls = text(spec.ingressClassName) || text(annotationsOf(o)['kubernetes.io/ingress.class']);
  return !s.internalIngressClasses.includes(cls) && !internalByAnnotation(o, s);
}

function ingressBackends(o: JsonObject): string[] {
  const spec = isJsonObject(o.spec) ? o.spec : {};
  const names: string[] = [];
  const add = (backend: JsonValue | undefined) => {
    if (!isJsonObject(backend)) return;
    // networking.k8s.io/v1 (service.name) and the older extensions/v1beta1 (serviceName).
    const name = isJsonObject(backend.service)
      ? text(backend.service.name)
      : text(backend.serviceName);
    if (name && !names.includes(name)) names.push(name);
  };
  add(spec.defaultBackend ?? spec.backend);
  for (const rule of list(spec.rules)) {
    if (!isJsonObject(rule) || !isJsonObject(rule.http)) continue;
    for (const path of list(rule.http.paths)) if (isJsonObject(path)) add(path.backend);
  }
  return names;
}

/** A route is public unless every Gateway it attaches to is in the repository and internal. */
function publicRoute(route: ResourceRecord, graph: Graph, s: ExposureSettings): boolean {
  const spec = isJsonObject(route.object.spec) ? route.object.spec : {};
  const parents = list(spec.parentRefs).filter(isJsonObject);
  if (parents.length === 0) return false; // attached to nothing: serves no traffic
  return parents.some((p) => {
    if (text(p.kind) && text(p.kind) !== 'Gateway') return true;
    const gateway = graph.object(
      'Gateway',
      route,
      namespaceIn(text(p.namespace)) || route.namespace,
      text(p.name),
    );
    if (!gateway) return true;
    const gs = isJsonObject(gateway.object.spec) ? gateway.object.spec : {};
    return (
      !s.internalIngressClasses.includes(text(gs.gatewayClassName)) &&
      !internalByAnnotation(gateway.object, s)
    );
  });
}

function routeBackends(route: ResourceRecord): { namespace: string; name: string }[] {
  const spec = isJsonObject(route.object.spec) ? route.object.spec : {};
  const out: { namespace: string; name: string }[] = [];
  for (const rule of list(spec.rules)) {
    if (!isJsonObject(rule)) continue;
    for (const ref of list(rule.backendRefs)) {
      if (!isJsonObject(ref)) continue;
      if ((text(ref.kind) || 'Service') !== 'Service' || text(ref.group)) continue;
      const target = {
        namespace: namespaceIn(text(ref.namespace)) || route.namespace,
        name: text(ref.name),
      };
      if (
        target.name &&
        !out.some((o) => o.namespace === target.namespace && o.name === target.name)
      )
        out.push(target);
    }
  }
  return out;
}

function serviceExposure(svc: ResourceRecord, s: ExposureSettings): string | undefined {
  const spec = isJsonObject(svc.object.spec) ? svc.object.spec : {};
  if (spec.type === 'NodePort') return 'NodePort Service';
  if (spec.type === 'LoadBalancer' && !internalByAnnotation(svc.object, s))
    return 'LoadBalancer Service';
  return undefined;
}

/** `shop/web`, or `web` when the manifest sets no namespace. */
const nsName = (r: { namespace: string; id: string }) => qualifiedName(r.namespace, nameOfId(r.id));

function entries(graph: Graph, s: ExposureSettings): Entry[] {
  const out: Entry[] = [];
  for (const ing of graph.ofKind('Ingress')) {
    if (!publicIngress(ing.object, s)) continue;
    out.push({
      record: ing,
      label: `public Ingress ${nsName(ing)}`,
      services: ingressBackends(ing.object).map((name) => ({ namespace: ing.namespace, name })),
    });
  }
  for (const kind of ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute']) {
    for (const route of graph.ofKind(kind)) {
      if (!publicRoute(route, graph, s)) continue;
      out.push({
        record: route,
        label: `${kind} ${nsName(route)} on a public Gateway`,
        services: routeBackends(route),
      });
    }
  }
  for (const svc of graph.ofKind('Service')) {
    const how = serviceExposure(svc, s);
    if (how) out.push({ record: svc, label: `${how} ${nsName(svc)}`, services: [] });
  }
  return out;
}

/** Workloads whose pod labels the Service's selector matches (a selector-less Service: none). */
export function selectedWorkloads(svc: ResourceRecord, graph: Graph): WorkloadFacts[] {
  const spec = isJsonObject(svc.object.spec) ? svc.object.spec : {};
  const selector = isJsonObject(spec.selector) ? spec.selector : {};
  const pairs = Object.entries(selector).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  return graph.workloadsMatching(svc, pairs);
}

export function exposureFindings(graph: Graph, settings: ExposureSettings): AnalyserFinding[] {
  const findings: AnalyserFinding[] = [];
  for (const entry of entries(graph, settings)) {
    // A LoadBalancer or NodePort Service is its own entry and its own Service.
    const services =
      entry.record.kind === 'Service'
        ? [entry.record]
        : entry.services
            .map((ref) => graph.object('Service', entry.record, ref.namespace, ref.name))
            .filter((r): r is ResourceRecord => r !== undefined);
    for (const svc of services) {
      for (const workload of selectedWorkloads(svc, graph)) {
        // Its account's permissions reach the attacker only through a mounted token.
        const powers = graph.tokenPowerOf(workload);
        const risks = [...workload.risks, ...powers.map((p) => p.summary)];
        if (risks.length === 0) continue;
        const chain =
          svc === entry.record
            ? `${entry.label} -> ${workload.kind} ${nsName(workload)}`
            : `${entry.label} -> Service ${nsName(svc)} -> ${workload.kind} ${nsName(workload)}`;
        const related: { location: Location; message: string }[] = [
          { location: entry.record.location, message: `Entry point: ${entry.label}` },
        ];
        if (svc !== entry.record)
          related.push({
            location: svc.location,
            message: `Service ${nsName(svc)} selects the workload`,
          });
        for (const p of powers)
          if (p.location) related.push({ location: p.location, message: p.summary });
        findings.push({
          analyser: 'exposure',
          workload,
          message: `is reachable from outside the cluster (${chain}) and ${risks.join('; ')}`,
          identity: [workload.id, entry.record.id, svc.id],
          related,
        });
      }
    }
  }
  return findings;
}
