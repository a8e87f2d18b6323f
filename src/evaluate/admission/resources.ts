// Kind → resource (the lower-case plural the API server routes by) and scope. Admission
// rules name resources, manifests name kinds, so every match goes through this mapping:
// 1. CustomResourceDefinitions given in the input (spec.names.plural, spec.scope);
// 2. the table of built-in kinds below (irregular plurals such as Endpoints, and scopes);
// 3. otherwise a guess for custom kinds (guessResource): lower-case, then "es", "ies" or "s";
//    the scope is then Namespaced when the manifest names a namespace, else Cluster.
import { metadata, record, splitApiVersion, str } from './fields.js';
import type { Manifest } from './types.js';

export interface ResourceInfo {
  group: string;
  version: string;
  kind: string;
  resource: string;
  namespaced: boolean;
  /** Where the mapping came from: a CRD of the input, the built-in table, or the guess. */
  origin: 'crd' | 'builtin' | 'guess';
}

type Entry = [kind: string, resource: string, namespaced: boolean];

const N = true;
const C = false;
const BUILTIN: Record<string, Entry[]> = {
  '': [
    ['Binding', 'bindings', N],
    ['ComponentStatus', 'componentstatuses', C],
    ['ConfigMap', 'configmaps', N],
    ['Endpoints', 'endpoints', N],
    ['Event', 'events', N],
    ['LimitRange', 'limitranges', N],
    ['Namespace', 'namespaces', C],
    ['Node', 'nodes', C],
    ['PersistentVolume', 'persistentvolumes', C],
    ['PersistentVolumeClaim', 'persistentvolumeclaims', N],
    ['Pod', 'pods', N],
    ['PodTemplate', 'podtemplates', N],
    ['ReplicationController', 'replicationcontrollers', N],
    ['ResourceQuota', 'resourcequotas', N],
    ['Secret', 'secrets', N],
    ['Service', 'services', N],
    ['ServiceAccount', 'serviceaccounts', N],
  ],
  apps: [
    ['ControllerRevision', 'controllerrevisions', N],
    ['DaemonSet', 'daemonsets', N],
    ['Deployment', 'deployments', N],
    ['ReplicaSet', 'replicasets', N],
    ['StatefulSet', 'statefulsets', N],
  ],
  extensions: [
    ['DaemonSet', 'daemonsets', N],
    ['Deployment', 'deployments', N],
    ['Ingress', 'ingresses', N],
    ['NetworkPolicy', 'networkpolicies', N],
    ['PodSecurityPolicy', 'podsecuritypolicies', C],
    ['ReplicaSet', 'replicasets', N],
  ],
  batch: [
    ['CronJob', 'cronjobs', N],
    ['Job', 'jobs', N],
  ],
  autoscaling: [['HorizontalPodAutoscaler', 'horizontalpodautoscalers', N]],
  policy: [
    ['PodDisruptionBudget', 'poddisruptionbudgets', N],
    ['PodSecurityPolicy', 'podsecuritypolicies', C],
  ],
  'networking.k8s.io': [
    ['IPAddress', 'ipaddresses', C],
    ['Ingress', 'ingresses', N],
    ['IngressClass', 'ingressclasses', C],
    ['NetworkPolicy', 'networkpolicies', N],
    ['ServiceCIDR', 'servicecidrs', C],
  ],
  'rbac.authorization.k8s.io': [
    ['ClusterRole', 'clusterroles', C],
    ['ClusterRoleBinding', 'clusterrolebindings', C],
    ['Role', 'roles', N],
    ['RoleBinding', 'rolebindings', N],
  ],
  'storage.k8s.io': [
    ['CSIDriver', 'csidrivers', C],
    ['CSINode', 'csinodes', C],
    ['CSIStorageCapacity', 'csistoragecapacities', N],
    ['StorageClass', 'storageclasses', C],
    ['VolumeAttachment', 'volumeattachments', C],
  ],
  'admissionregistration.k8s.io': [
    ['MutatingAdmissionPolicy', 'mutatingadmissionpolicies', C],
    ['MutatingAdmissionPolicyBinding', 'mutatingadmissionpolicybindings', C],
    ['MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', C],
    ['ValidatingAdmissionPolicy', 'validatingadmissionpolicies', C],
    ['ValidatingAdmissionPolicyBinding', 'validatingadmissionpolicybindings', C],
    ['ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', C],
  ],
  'apiextensions.k8s.io': [['CustomResourceDefinition', 'customresourcedefinitions', C]],
  'apiregistration.k8s.io': [['APIService', 'apiservices', C]],
  'certificates.k8s.io': [['CertificateSigningRequest', 'certificatesigningrequests', C]],
  'coordination.k8s.io': [['Lease', 'leases', N]],
  'discovery.k8s.io': [['EndpointSlice', 'endpointslices', N]],
  'events.k8s.io': [['Event', 'events', N]],
  'flowcontrol.apiserver.k8s.io': [
    ['FlowSchema', 'flowschemas', C],
    ['PriorityLevelConfiguration', 'prioritylevelconfigurations', C],
  ],
  'node.k8s.io': [['RuntimeClass', 'runtimeclasses', C]],
  'scheduling.k8s.io': [['PriorityClass', 'priorityclasses', C]],
  // Gateway API kinds are CRDs, but common enough that their scope should not be guessed.
  'gateway.networking.k8s.io': [
    ['GRPCRoute', 'grpcroutes', N],
    ['Gateway', 'gateways', N],
    ['GatewayClass', 'gatewayclasses', C],
    ['HTTPRoute', 'httproutes', N],
    ['ReferenceGrant', 'referencegrants', N],
  ],
};

/** Groups the API server serves the same stored resource under (its equivalent resource
 * mapper registers resources sharing storage). Only these historical aliases are modelled;
 * besides them, every version of a group's resource is taken as equivalent to the others,
 * which holds for built-in kinds and for the served versions of a CRD. */
const EQUIVALENT_GROUPS: Record<string, string[][]> = {
  deployments: [['apps', 'extensions']],
  daemonsets: [['apps', 'extensions']],
  replicasets: [['apps', 'extensions']],
  ingresses: [['networking.k8s.io', 'extensions']],
  networkpolicies: [['networking.k8s.io', 'extensions']],
  podsecuritypolicies: [['policy', 'extensions']],
  events: [['', 'events.k8s.io']],
};

/** The groups (the resource's own first) that serve the same resource. */
export function equivalentGroups(group: string, resource: string): string[] {
  const sets = EQUIVALENT_GROUPS[resource] ?? [];
  const set = sets.find((s) => s.includes(group));
  return set ? [group, ...set.filter((g) => g !== group)] : [group];
}

/** The plural of a kind nothing maps: the API machinery's guess (a kind ending in
 * "endpoints" stays as it is, "s" takes "es", "y" takes "ies", any other "s"), except that a
 * vowel before the "y" takes "s" (Gateway → gateways): a CRD's plural is written by a
 * person, who writes English, where the machinery's guess would say "gatewaies". */
export function guessResource(kind: string): string {
  const lower = kind.toLowerCase();
  if (lower.endsWith('endpoints')) return lower;
  if (lower.endsWith('s')) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

export class ResourceMapper {
  private readonly crds = new Map<string, { resource: string; namespaced: boolean }>();

  constructor(customResourceDefinitions: Manifest[] = []) {
    for (const crd of customResourceDefinitions) {
      const spec = record(crd.spec);
      const names = record(spec?.names);
      const group = str(spec?.group);
      const kind = str(names?.kind);
      const plural = str(names?.plural);
      if (group === undefined || !kind || !plural) continue;
      this.crds.set(`${group}/${kind}`, {
        resource: plural,
        namespaced: spec?.scope !== 'Cluster',
      });
    }
  }

  /** Resource and scope of a kind; `hasNamespace` decides the scope of an unknown kind. */
  lookup(apiVersion: string, kind: string, hasNamespace: boolean): ResourceInfo {
    const { group, version } = splitApiVersion(apiVersion);
    const crd = this.crds.get(`${group}/${kind}`);
    if (crd) return { group, version, kind, ...crd, origin: 'crd' };
    const entry = BUILTIN[group]?.find(([k]) => k === kind);
    if (entry)
      return { group, version, kind, resource: entry[1], namespaced: entry[2], origin: 'builtin' };
    return {
      group,
      version,
      kind,
      resource: guessResource(kind),
      namespaced: hasNamespace,
      origin: 'guess',
    };
  }

  /** Whether a kind's scope is known (from a CRD or the table) rather than guessed. */
  knowsScope(apiVersion: string, kind: string): boolean {
    return this.lookup(apiVersion, kind, false).origin !== 'guess';
  }

  /** The resource of a manifest. */
  of(o: Manifest): ResourceInfo {
    return this.lookup(str(o.apiVersion) ?? '', str(o.kind) ?? '', !!str(metadata(o).namespace));
  }
}
