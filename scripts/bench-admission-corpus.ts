// The admission policies of the admission bench (scripts/bench-admission.ts), written next to
// a monorepo corpus (scripts/bench-monorepo.ts): 50 ValidatingAdmissionPolicies with their
// bindings, as a platform team writes them, in `policies/`, with the Namespaces (labelled
// by tier) and the params they read, and three configs:
//   .kubegate.yaml          paths teams/ and vendor/, admissionPolicies: [policies]
//   .kubegate-none.yaml     the same paths, no admissionPolicies (the scan without policies)
//   .kubegate-scanned.yaml  policies/ among the scanned paths, no admissionPolicies (the
//                           scan finds them, and reads the files a second time)
// The mix: replica limits with params from a custom resource (one default, one per prod
// team namespace) and from a ConfigMap, label requirements, a registry allow-list with
// variables, resource requests and limits through quantity(), hostPath and host network
// bans, namespaceSelector-scoped bindings, Warn- and Audit-only bindings, matchConditions,
// messageExpressions and an audit annotation. 30 match Deployments (the most common kind;
// 16 of them StatefulSets and DaemonSets too), 11 Services, ConfigMaps or ServiceAccounts,
// 9 kinds the corpus rarely or never holds (7 match nothing, 2 a few vendored Istio and
// Gateway API objects). Deterministic: the only input is the corpus's team folders.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

type Obj = Record<string, unknown>;

export const POLICY_COUNT = 50;
const GROUP = 'admissionregistration.k8s.io';
const API = `${GROUP}/v1`;
const PARAM_API = 'policy.example.com/v1';
const POLICY_NS = 'kube-policy';

/** A team namespace's tier: prod, staging or dev, in turn. */
export const tierOf = (index: number): string => ['prod', 'staging', 'dev'][index % 3];

type Rules = { apiGroups: string[]; apiVersions: string[]; resources: string[] }[];
const rule = (apiGroups: string[], resources: string[], apiVersions = ['*']) => ({
  apiGroups,
  apiVersions,
  resources,
});
const DEPLOYMENTS: Rules = [rule(['apps'], ['deployments'])];
const WORKLOADS: Rules = [rule(['apps'], ['deployments', 'statefulsets', 'daemonsets'])];
const SERVICES: Rules = [rule([''], ['services'])];
const CONFIGMAPS: Rules = [rule([''], ['configmaps'])];

interface Validation {
  expression: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
}

interface Binding {
  /** Suffix of the binding's name (the policy's name when absent). */
  suffix?: string;
  actions?: ('Deny' | 'Warn' | 'Audit')[];
  paramRef?: Obj;
  namespaceSelector?: Obj;
  objectSelector?: Obj;
}

interface PolicySpec {
  name: string;
  rules: Rules;
  validations: Validation[];
  variables?: [string, string][];
  matchConditions?: [string, string][];
  paramKind?: { apiVersion: string; kind: string };
  failurePolicy?: 'Fail' | 'Ignore';
  auditAnnotations?: [string, string][];
  namespaceSelector?: Obj;
  bindings?: Binding[];
}

const PROD = { matchLabels: { tier: 'prod' } };
const NOT_DEV = {
  matchExpressions: [{ key: 'tier', operator: 'In', values: ['prod', 'staging'] }],
};
/** The pod template's containers and init containers. */
const CONTAINERS: [string, string] = [
  'containers',
  'object.spec.template.spec.containers + object.spec.template.spec.?initContainers.orValue([])',
];

function specs(): PolicySpec[] {
  const all = (cond: string) => `variables.containers.all(c, ${cond})`;
  const out: PolicySpec[] = [
    // Replica limits: params from a custom resource (a default, and per prod namespace) and
    // from a ConfigMap.
    {
      name: 'replica-limit',
      rules: DEPLOYMENTS,
      paramKind: { apiVersion: PARAM_API, kind: 'ReplicaLimit' },
      validations: [
        {
          expression:
            '!has(object.spec.replicas) || object.spec.replicas <= params.spec.maxReplicas',
          messageExpression:
            "'replicas ' + string(object.spec.replicas) + ' exceed the limit of ' + string(params.spec.maxReplicas)",
          reason: 'Forbidden',
        },
      ],
      bindings: [
        {
          suffix: 'default',
          paramRef: { name: 'default', namespace: POLICY_NS, parameterNotFoundAction: 'Deny' },
        },
        {
          suffix: 'per-team',
          paramRef: { name: 'team-limits', parameterNotFoundAction: 'Allow' },
          namespaceSelector: PROD,
        },
      ],
    },
    {
      name: 'replica-limit-configmap',
      rules: WORKLOADS,
      paramKind: { apiVersion: 'v1', kind: 'ConfigMap' },
      variables: [['max', 'int(params.data.maxReplicas)']],
      validations: [
        {
          expression: '!has(object.spec.replicas) || object.spec.replicas <= variables.max',
          messageExpression: "'at most ' + string(variables.max) + ' replicas'",
        },
      ],
      bindings: [
        {
          paramRef: {
            name: 'replica-limits',
            namespace: POLICY_NS,
            parameterNotFoundAction: 'Deny',
          },
        },
      ],
    },
    {
      name: 'min-replicas-prod',
      rules: DEPLOYMENTS,
      validations: [
        { expression: 'object.spec.?replicas.orValue(1) >= 2', message: 'prod runs 2 replicas' },
      ],
      bindings: [{ actions: ['Warn'], namespaceSelector: PROD }],
    },
    // Labels and annotations.
    {
      name: 'require-team-label',
      rules: WORKLOADS,
      validations: [
        {
          expression: "'team' in object.metadata.?labels.orValue({})",
          message: 'workloads carry a team label',
        },
      ],
    },
    {
      name: 'require-owner-annotation',
      rules: DEPLOYMENTS,
      validations: [
        {
          expression: "'owner.example.com/contact' in object.metadata.?annotations.orValue({})",
          message: 'name an owner contact',
        },
      ],
      bindings: [{ actions: ['Warn', 'Audit'], namespaceSelector: PROD }],
    },
    {
      name: 'template-labels-match',
      rules: WORKLOADS,
      validations: [
        {
          expression:
            "object.spec.template.metadata.?labels.orValue({}).?app.orValue('') == object.metadata.?labels.orValue({}).?app.orValue('')",
          message: "the pod template's app label is the workload's",
        },
      ],
    },
    {
      name: 'team-label-is-namespace',
      rules: DEPLOYMENTS,
      validations: [
        {
          expression: "object.metadata.?labels.?team.orValue('') == request.namespace",
          messageExpression:
            "'team label ' + object.metadata.?labels.?team.orValue('(none)') + ' in namespace ' + request.namespace",
        },
      ],
      bindings: [{ namespaceSelector: NOT_DEV }],
    },
    // Images: a registry allow-list from a ConfigMap, with variables; tags and digests.
    {
      name: 'allowed-registries',
      rules: WORKLOADS,
      paramKind: { apiVersion: 'v1', kind: 'ConfigMap' },
      variables: [
        CONTAINERS,
        ['registries', "params.data.registries.split(',')"],
        [
          'unapproved',
          "variables.containers.filter(c, !variables.registries.exists(r, c.image.startsWith(r + '/'))).map(c, c.image)",
        ],
      ],
      validations: [
        {
          expression: 'variables.unapproved.size() == 0',
          messageExpression:
            "'images from unapproved registries: ' + variables.unapproved.join(', ')",
        },
      ],
      bindings: [
        {
          paramRef: {
            name: 'allowed-registries',
            namespace: POLICY_NS,
            parameterNotFoundAction: 'Deny',
          },
        },
      ],
    },
    {
      name: 'no-latest-tag',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all(
            "c.image.contains('@') || (c.image.contains(':') && !c.image.endsWith(':latest'))",
          ),
          message: 'pin image tags',
        },
      ],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'image-digest-prod',
      rules: DEPLOYMENTS,
      variables: [CONTAINERS],
      validations: [
        { expression: all("c.image.contains('@sha256:')"), message: 'prod images by digest' },
      ],
      bindings: [{ actions: ['Warn'], namespaceSelector: PROD }],
    },
    // Resources through quantity().
    {
      name: 'memory-requests',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all(
            "quantity(c.?resources.?requests.?memory.orValue('0')).compareTo(quantity('64Mi')) >= 0",
          ),
          message: 'request at least 64Mi of memory',
        },
      ],
    },
    {
      name: 'memory-limit-max',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all(
            "!has(c.resources) || !has(c.resources.limits) || !('memory' in c.resources.limits) || quantity(c.resources.limits.memory).isLessThan(quantity('4Gi'))",
          ),
          message: 'memory limits stay under 4Gi',
        },
      ],
    },
    {
      name: 'cpu-requests',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all('c.?resources.?requests.?cpu.hasValue()'),
          messageExpression:
            "'containers without a CPU request: ' + variables.containers.filter(c, !c.?resources.?requests.?cpu.hasValue()).map(c, c.name).join(', ')",
        },
      ],
    },
    {
      name: 'memory-limits-set',
      rules: DEPLOYMENTS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all('c.?resources.?limits.?memory.hasValue()'),
          message: 'set a memory limit',
        },
      ],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'cpu-limit-ratio',
      rules: DEPLOYMENTS,
      variables: [
        CONTAINERS,
        [
          'bounded',
          'variables.containers.filter(c, c.?resources.?limits.?cpu.hasValue() && c.?resources.?requests.?cpu.hasValue())',
        ],
      ],
      validations: [
        {
          expression:
            'variables.bounded.all(c, quantity(c.resources.limits.cpu).asApproximateFloat() <= 20.0 * quantity(c.resources.requests.cpu).asApproximateFloat())',
          message: 'CPU limits at most 20 times the request',
        },
      ],
    },
    // Host access and security context.
    {
      name: 'no-hostpath',
      rules: WORKLOADS,
      validations: [
        {
          expression: 'object.spec.template.spec.?volumes.orValue([]).all(v, !has(v.hostPath))',
          messageExpression:
            "'hostPath volumes: ' + object.spec.template.spec.volumes.filter(v, has(v.hostPath)).map(v, v.name).join(', ')",
        },
      ],
      failurePolicy: 'Fail',
    },
    {
      name: 'no-host-network',
      rules: WORKLOADS,
      validations: [
        {
          expression:
            '!object.spec.template.spec.?hostNetwork.orValue(false) && !object.spec.template.spec.?hostPID.orValue(false)',
          message: 'no host network or PID namespace',
        },
      ],
    },
    {
      name: 'no-privileged',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all('!c.?securityContext.?privileged.orValue(false)'),
          message: 'no privileged containers',
        },
      ],
    },
    {
      name: 'run-as-non-root',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression:
            'object.spec.template.spec.?securityContext.?runAsNonRoot.orValue(false) || ' +
            all('c.?securityContext.?runAsNonRoot.orValue(false)'),
          message: 'run as non-root',
        },
      ],
    },
    {
      name: 'drop-all-capabilities',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all("'ALL' in c.?securityContext.?capabilities.?drop.orValue([])"),
          message: 'drop all capabilities',
        },
      ],
    },
    {
      name: 'readonly-root-filesystem',
      rules: DEPLOYMENTS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all('c.?securityContext.?readOnlyRootFilesystem.orValue(false)'),
          message: 'read-only root filesystem',
        },
      ],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'seccomp-runtime-default',
      rules: DEPLOYMENTS,
      validations: [
        {
          expression:
            "object.spec.template.spec.?securityContext.?seccompProfile.?type.orValue('') in ['RuntimeDefault', 'Localhost']",
          message: 'seccomp RuntimeDefault',
        },
      ],
      bindings: [{ actions: ['Audit'] }],
    },
    {
      name: 'no-privilege-escalation',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all('c.?securityContext.?allowPrivilegeEscalation.orValue(true) == false'),
          message: 'allowPrivilegeEscalation: false',
        },
      ],
      bindings: [{ namespaceSelector: NOT_DEV }],
    },
    // Pod conventions.
    {
      name: 'readiness-probe',
      rules: DEPLOYMENTS,
      variables: [['containers', 'object.spec.template.spec.containers']],
      validations: [{ expression: all('has(c.readinessProbe)'), message: 'a readiness probe' }],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'service-account-not-default',
      rules: DEPLOYMENTS,
      validations: [
        {
          expression:
            "object.spec.template.spec.?serviceAccountName.orValue('default') != 'default'",
          message: 'a service account of its own',
        },
      ],
    },
    {
      name: 'no-automount-token',
      rules: DEPLOYMENTS,
      validations: [
        {
          expression:
            'object.spec.template.spec.?automountServiceAccountToken.orValue(true) == false',
          message: 'do not mount the service account token',
        },
      ],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'max-containers',
      rules: WORKLOADS,
      matchConditions: [
        ['not-system', "!(request.namespace in ['kube-system', 'kube-public'])"],
        ['not-exempt', "!('policy.example.com/exempt' in object.metadata.?labels.orValue({}))"],
      ],
      variables: [CONTAINERS],
      validations: [
        {
          expression: 'variables.containers.size() <= 6',
          messageExpression: "string(variables.containers.size()) + ' containers: at most 6'",
        },
      ],
    },
    {
      name: 'recreate-single-replica',
      rules: DEPLOYMENTS,
      validations: [
        {
          expression:
            "object.spec.?strategy.?type.orValue('RollingUpdate') != 'Recreate' || object.spec.?replicas.orValue(1) <= 1",
          message: 'Recreate only for single-replica deployments',
        },
      ],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'container-ports-named',
      rules: DEPLOYMENTS,
      variables: [['containers', 'object.spec.template.spec.containers']],
      validations: [
        {
          expression: all('c.?ports.orValue([]).all(p, has(p.name))'),
          message: 'name container ports',
        },
      ],
    },
    {
      name: 'no-literal-credentials',
      rules: WORKLOADS,
      variables: [CONTAINERS],
      validations: [
        {
          expression: all(
            "c.?env.orValue([]).all(e, !e.name.upperAscii().matches('PASSWORD|SECRET|TOKEN') || has(e.valueFrom))",
          ),
          message: 'credentials come from secrets',
        },
      ],
      auditAnnotations: [['replicas', 'string(object.spec.?replicas.orValue(1))']],
    },
    // Services.
    {
      name: 'no-loadbalancer',
      rules: SERVICES,
      validations: [
        {
          expression: "object.spec.?type.orValue('ClusterIP') != 'LoadBalancer'",
          message: 'load balancers only through the platform ingress',
        },
      ],
      bindings: [
        {
          namespaceSelector: {
            matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['prod'] }],
          },
        },
      ],
    },
    {
      name: 'no-nodeport',
      rules: SERVICES,
      validations: [
        {
          expression: "object.spec.?type.orValue('ClusterIP') != 'NodePort'",
          message: 'no NodePort services',
        },
      ],
    },
    {
      name: 'service-ports-named',
      rules: SERVICES,
      validations: [
        {
          expression: 'object.spec.?ports.orValue([]).all(p, has(p.name))',
          message: 'name service ports',
        },
      ],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'service-selector',
      rules: SERVICES,
      validations: [
        {
          expression:
            "has(object.spec.selector) || object.spec.?type.orValue('') == 'ExternalName'",
          message: 'a selector',
        },
      ],
    },
    {
      name: 'service-team-label',
      rules: SERVICES,
      validations: [
        { expression: "'team' in object.metadata.?labels.orValue({})", message: 'a team label' },
      ],
      bindings: [{ actions: ['Warn'] }],
    },
    {
      name: 'no-external-ips',
      rules: SERVICES,
      validations: [{ expression: '!has(object.spec.externalIPs)', message: 'no external IPs' }],
    },
    // ConfigMaps and ServiceAccounts.
    {
      name: 'configmap-size',
      rules: CONFIGMAPS,
      validations: [
        {
          expression: 'object.?data.orValue({}).all(k, size(object.data[k]) < 262144)',
          message: 'values under 256 KiB',
        },
      ],
    },
    {
      name: 'configmap-no-credentials',
      rules: CONFIGMAPS,
      validations: [
        {
          expression:
            "!object.?data.orValue({}).exists(k, k.lowerAscii().matches('password|secret|token'))",
          messageExpression:
            "'credential-like keys: ' + object.data.filter(k, k.lowerAscii().matches('password|secret|token')).join(', ')",
        },
      ],
    },
    {
      name: 'configmap-labels',
      rules: CONFIGMAPS,
      validations: [
        { expression: "'app' in object.metadata.?labels.orValue({})", message: 'an app label' },
      ],
      bindings: [
        {
          actions: ['Warn'],
          objectSelector: { matchExpressions: [{ key: 'team', operator: 'Exists' }] },
        },
      ],
    },
    {
      name: 'configmap-immutable-prod',
      rules: CONFIGMAPS,
      validations: [
        {
          expression: 'object.?immutable.orValue(false)',
          message: 'prod ConfigMaps are immutable',
        },
      ],
      bindings: [{ actions: ['Audit'], namespaceSelector: PROD }],
    },
    {
      name: 'serviceaccount-no-automount',
      rules: [rule([''], ['serviceaccounts'])],
      validations: [
        {
          expression: 'object.?automountServiceAccountToken.orValue(true) == false',
          message: 'no automounted token',
        },
      ],
    },
  ];
  // Kinds the corpus rarely or never holds: routes, databases, certificates... (matched
  // against every object, seldom evaluated).
  const absent: [string, string, string][] = [
    ['httproute-hostnames', 'gateway.networking.k8s.io', 'httproutes'],
    ['database-backups', 'databases.example.com', 'postgresclusters'],
    ['certificate-duration', 'cert-manager.io', 'certificates'],
    ['kafka-topic-replicas', 'kafka.strimzi.io', 'kafkatopics'],
    ['virtualservice-timeout', 'networking.istio.io', 'virtualservices'],
    ['bucket-encryption', 's3.services.k8s.aws', 'buckets'],
    ['cluster-issuer-acme', 'cert-manager.io', 'clusterissuers'],
    ['rollout-steps', 'argoproj.io', 'rollouts'],
    ['scaledobject-max', 'keda.sh', 'scaledobjects'],
  ];
  for (const [name, group, resource] of absent)
    out.push({
      name,
      rules: [rule([group], [resource])],
      validations: [
        {
          expression: "has(object.spec) && object.metadata.?labels.?team.orValue('') != ''",
          messageExpression:
            "'" + resource + " ' + object.metadata.name + ' needs a spec and a team'",
        },
      ],
    });
  return out;
}

function policyObjects(s: PolicySpec): Obj[] {
  const spec: Obj = {
    failurePolicy: s.failurePolicy ?? 'Fail',
    matchConstraints: {
      ...(s.namespaceSelector ? { namespaceSelector: s.namespaceSelector } : {}),
      resourceRules: s.rules.map((r) => ({ ...r, operations: ['CREATE', 'UPDATE'] })),
    },
  };
  if (s.paramKind) spec.paramKind = s.paramKind;
  if (s.matchConditions)
    spec.matchConditions = s.matchConditions.map(([name, expression]) => ({ name, expression }));
  if (s.variables) spec.variables = s.variables.map(([name, expression]) => ({ name, expression }));
  spec.validations = s.validations;
  if (s.auditAnnotations)
    spec.auditAnnotations = s.auditAnnotations.map(([key, valueExpression]) => ({
      key,
      valueExpression,
    }));
  const policy = {
    apiVersion: API,
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name: s.name, labels: { 'app.kubernetes.io/part-of': 'platform-policies' } },
    spec,
  };
  const bindings = (s.bindings ?? [{}]).map((b) => {
    const matchResources: Obj = {};
    if (b.namespaceSelector) matchResources.namespaceSelector = b.namespaceSelector;
    if (b.objectSelector) matchResources.objectSelector = b.objectSelector;
    return {
      apiVersion: API,
      kind: 'ValidatingAdmissionPolicyBinding',
      metadata: { name: b.suffix ? `${s.name}-${b.suffix}` : s.name },
      spec: {
        policyName: s.name,
        validationActions: b.actions ?? ['Deny'],
        ...(b.paramRef ? { paramRef: b.paramRef } : {}),
        ...(Object.keys(matchResources).length ? { matchResources } : {}),
      },
    };
  });
  return [policy, ...bindings];
}

const dump = (objects: Obj[]): string =>
  objects.map((o) => yaml.dump(o, { lineWidth: -1, noRefs: true })).join('---\n');

export interface AdmissionCorpus {
  policies: number;
  bindings: number;
  /** Namespaces and params written with them. */
  namespaces: number;
  params: number;
}

/**
 * Writes `policies/` and the three configs into a monorepo corpus (its `teams/<team>`
 * folders name the team namespaces).
 */
export function generateAdmissionPolicies(dir: string): AdmissionCorpus {
  let teams: string[] = [];
  try {
    teams = readdirSync(join(dir, 'teams')).sort();
  } catch {
    // no team folders: policies and their params alone
  }
  const out = join(dir, 'policies');
  mkdirSync(out, { recursive: true });
  const all = specs();
  if (all.length !== POLICY_COUNT) throw new Error(`${all.length} policies, not ${POLICY_COUNT}`);
  let bindings = 0;
  for (const s of all) {
    const objects = policyObjects(s);
    bindings += objects.length - 1;
    writeFileSync(join(out, `${s.name}.yaml`), dump(objects));
  }
  const namespaces: Obj[] = [POLICY_NS, ...teams].map((name, i) => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      labels: name === POLICY_NS ? { tier: 'platform' } : { tier: tierOf(i - 1), team: name },
    },
  }));
  writeFileSync(join(out, 'namespaces.yaml'), dump(namespaces));
  const params: Obj[] = [
    {
      apiVersion: PARAM_API,
      kind: 'ReplicaLimit',
      metadata: { name: 'default', namespace: POLICY_NS },
      spec: { maxReplicas: 10 },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'replica-limits', namespace: POLICY_NS },
      data: { maxReplicas: '20' },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'allowed-registries', namespace: POLICY_NS },
      data: { registries: 'registry.example.com,ghcr.io/example,quay.io/example' },
    },
  ];
  // Prod teams' own limits; every fifth holds its deployments to one replica.
  teams.forEach((team, i) => {
    if (tierOf(i) === 'prod')
      params.push({
        apiVersion: PARAM_API,
        kind: 'ReplicaLimit',
        metadata: { name: 'team-limits', namespace: team },
        spec: { maxReplicas: i % 5 === 0 ? 1 : 8 },
      });
  });
  writeFileSync(join(out, 'params.yaml'), dump(params));
  const config = (extra: string) =>
    `# generated by scripts/bench-admission-corpus.ts\nfailOn: none\n${extra}`;
  const paths = 'paths: [teams, vendor]\n';
  writeFileSync(join(dir, '.kubegate.yaml'), config(`${paths}admissionPolicies: [policies]\n`));
  writeFileSync(join(dir, '.kubegate-none.yaml'), config(paths));
  writeFileSync(join(dir, '.kubegate-scanned.yaml'), config('paths: [teams, vendor, policies]\n'));
  return { policies: all.length, bindings, namespaces: namespaces.length, params: params.length };
}
