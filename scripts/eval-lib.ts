// Evaluation against the peers' labelled corpus (../shared/corpus, see its README): for
// each label, run every built-in rule on the labelled resource with the default config and
// decide whether kubegate "fires" for the label's concept. Labels are each peer's policy,
// not ground truth: where kubegate differs by its documented design, the label is an
// "intended difference", reported with its reason and left out of recall and precision.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../src/config/config.js';
import { evaluateResource, indexRulesByKind } from '../src/evaluate/evaluate-rules.js';
import { BUILTIN_WORKLOAD_KINDS, podsOf } from '../src/evaluate/pod-kinds.js';
import { parseSource } from '../src/parse/parse-source.js';
import { builtinRuleTexts } from '../src/evaluate/rules/builtin-rules.js';
import { loadRules } from '../src/evaluate/rules/load-rules.js';
import type { Rule } from '../src/evaluate/rules/rule.js';
import type { AnalysisInput } from '../src/evaluate/analysis-facts.js';
import { analyse } from '../src/analyse/run-analysers.js';
import { collectFacts } from '../src/evaluate/evaluate-file.js';
import { analysisSettings, evaluationContext, evaluationSettings } from '../src/pipeline/scan.js';
import type { Finding, JsonObject, JsonValue, Resource } from '../src/model/types.js';
import { resourceId } from '../src/model/types.js';

/** One line of `labelled/*.jsonl` (the fields the evaluation uses). */
export interface Label {
  source: string;
  check_id: string;
  concept: string;
  /** Relative to the corpus folder. */
  file: string;
  doc_index: number;
  /** `Kind/namespace/name`. */
  resource: string;
  expected: 'violation' | 'ok';
  /** Index in `items` when the resource is an item of a `kind: List`. */
  list_item?: number;
}

export interface ConceptMapping {
  /** Rule ids that cover the concept; any finding of one of them counts. */
  rules: readonly string[];
  /** When one rule covers several concepts: keeps only the findings at these field paths. */
  field?: (fieldPath: string) => boolean;
  /**
   * For labels on a RoleBinding or ClusterRoleBinding: kubegate reports permissions on the
   * Role itself, so findings on the role that `roleRef` names (in the same file) count too.
   */
  viaRoleRef?: boolean;
}

const contains = (part: string) => (path: string) => path.includes(part);
/** resource-limits names the limit a container lacks, or `resources.limits` for both. */
const limitMissing = (limit: string) => (path: string) =>
  path.endsWith(`limits.${limit}`) || path.endsWith('resources.limits');
/** resource-requests names the request a container lacks, or `resources.requests` for both. */
const requestMissing = (resource: string) => (path: string) =>
  path.endsWith(`requests.${resource}`) || path.endsWith('resources.requests');
/** Either of the two, for the peers' concepts that want a request and a limit. */
const requestOrLimitMissing = (resource: string) => (path: string) =>
  limitMissing(resource)(path) || requestMissing(resource)(path);

/**
 * Concept -> the kubegate rule(s) that genuinely cover it. A stricter rule whose why names
 * the concept covers it too (host-path-volume names the Docker socket and /etc); the peer's
 * ok labels that it still flags are intended differences. A concept whose rules are not
 * (yet) among the built-in rules is "not covered" and left out of the totals, as are the
 * concepts not listed here (psp-*, other/*, the reliability checks beyond probes and requests).
 */
export const CONCEPT_RULES: Record<string, ConceptMapping> = {
  'privileged-container': { rules: ['privileged-container'] },
  'host-process': { rules: ['host-process'] },
  'allow-privilege-escalation': { rules: ['allow-privilege-escalation'] },
  'run-as-non-root': { rules: ['run-as-non-root'] },
  'readonly-root-fs': { rules: ['read-only-root-filesystem'] },
  'capabilities-drop-all': { rules: ['drop-all-capabilities'] },
  'drop-net-raw': { rules: ['drop-all-capabilities'] },
  'host-ipc': { rules: ['host-namespaces'], field: contains('hostIPC') },
  'host-pid': { rules: ['host-namespaces'], field: contains('hostPID') },
  'host-network': { rules: ['host-namespaces'], field: contains('hostNetwork') },
  'host-path': { rules: ['host-path-volume'] },
  'docker-socket': { rules: ['host-path-volume'] },
  'sensitive-host-mount': { rules: ['host-path-volume'] },
  'writable-host-path': { rules: ['host-path-volume'] },
  'host-port': { rules: ['host-port'] },
  'seccomp-profile': { rules: ['seccomp-profile'] },
  // One finding per container: `resources.limits` when both limits are missing.
  'cpu-limits': { rules: ['resource-limits'], field: limitMissing('cpu') },
  'memory-limits': { rules: ['resource-limits'], field: limitMissing('memory') },
  'cpu-requests-limits': {
    rules: ['resource-limits', 'resource-requests'],
    field: requestOrLimitMissing('cpu'),
  },
  'memory-requests-limits': {
    rules: ['resource-limits', 'resource-requests'],
    field: requestOrLimitMissing('memory'),
  },
  'cpu-requests': { rules: ['resource-requests'], field: requestMissing('cpu') },
  'memory-requests': { rules: ['resource-requests'], field: requestMissing('memory') },
  // The Pod Security Standards' capability controls: Baseline's allowed list, Restricted's
  // NET_BIND_SERVICE. Polaris's insecure capabilities are the ones a container should drop.
  'dangerous-capabilities': { rules: ['dangerous-capabilities'] },
  'added-capabilities': { rules: ['dangerous-capabilities'] },
  'cap-sys-admin': { rules: ['dangerous-capabilities'] },
  'insecure-capabilities': { rules: ['drop-all-capabilities', 'dangerous-capabilities'] },
  'proc-mount': { rules: ['proc-mount'] },
  'unsafe-sysctls': { rules: ['unsafe-sysctls'] },
  'nginx-ingress-snippet': { rules: ['ingress-nginx-snippet'] },
  'ingress-tls': { rules: ['ingress-tls'] },
  // Reliability (the rules of the `reliability` category).
  'liveness-probe': { rules: ['liveness-probe'] },
  'readiness-probe': { rules: ['readiness-probe'] },
  'image-digest': { rules: ['image-digest'] },
  'latest-tag': { rules: ['image-latest-tag'] },
  'automount-sa-token': { rules: ['automount-service-account-token'] },
  // Workloads that run as "default", and the default ServiceAccount object that mounts its token.
  'default-service-account': {
    rules: ['default-service-account', 'default-service-account-token'],
  },
  'secrets-in-env': { rules: ['secret-in-env'] },
  'sensitive-configmap': { rules: ['secret-in-configmap'] },
  'service-exposed': { rules: ['service-type-loadbalancer', 'service-type-nodeport'] },
  'rbac-wildcard': { rules: ['rbac-wildcard'], viaRoleRef: true },
  'rbac-escalate-roles': { rules: ['rbac-escalation-verbs'], viaRoleRef: true },
  'rbac-bind-rolebindings': { rules: ['rbac-escalation-verbs'], viaRoleRef: true },
  'rbac-cluster-admin-binding': { rules: ['cluster-admin-binding'] },
  'rbac-pod-exec-attach': { rules: ['rbac-pod-exec'], viaRoleRef: true },
  'rbac-secrets-access': { rules: ['rbac-secret-read'], viaRoleRef: true },
  'rbac-create-pods': { rules: ['rbac-create-workloads'], viaRoleRef: true },
  'rbac-admission-webhooks': { rules: ['rbac-admission-config'], viaRoleRef: true },
  'rbac-approve-csr': { rules: ['rbac-csr-approve'], viaRoleRef: true },
  // The cluster's own configuration (checkov's control-plane checks, on static pod manifests).
  'other/api-server-anonymous-auth': { rules: ['apiserver-anonymous-auth'] },
  'other/api-server-audit-log': { rules: ['apiserver-audit-logging'] },
  'other/api-server-authorization-mode-node': { rules: ['apiserver-authorization-node-rbac'] },
  'other/api-server-authorization-mode-rbac': { rules: ['apiserver-authorization-node-rbac'] },
  'other/api-server-authorization-mode-not-always-allow': {
    rules: ['apiserver-authorization-always-allow'],
  },
  'other/api-server-encryption-providers': { rules: ['apiserver-encryption-provider-config'] },
  'other/api-server-etcd-ca-file': { rules: ['apiserver-etcd-tls'] },
  'other/api-server-etcd-cert-and-key': { rules: ['apiserver-etcd-tls'] },
  'other/api-server-insecure-port': { rules: ['apiserver-insecure-port'] },
  'other/api-server-node-restriction-plugin': { rules: ['apiserver-node-restriction'] },
  'other/api-server-profiling': { rules: ['control-plane-profiling'] },
  'other/api-server-service-account-key-file': { rules: ['service-account-signing-keys'] },
  'other/api-server-service-account-lookup': { rules: ['apiserver-service-account-lookup'] },
  'other/api-server-token-auth-file': { rules: ['apiserver-token-auth-file'] },
  'other/api-serverkubelet-certificate-authority': {
    rules: ['apiserver-kubelet-certificate-authority'],
  },
  'other/controller-manager-bind-address': { rules: ['control-plane-bind-address'] },
  'other/scheduler-bind-address': { rules: ['control-plane-bind-address'] },
  'other/kube-controller-manager-block-profiles': { rules: ['control-plane-profiling'] },
  'other/scheduler-profiling': { rules: ['control-plane-profiling'] },
  'other/kube-controller-manager-service-account-credentials': {
    rules: ['controller-manager-service-account-credentials'],
  },
  'other/kube-controller-manager-service-account-private-key-file': {
    rules: ['service-account-signing-keys'],
  },
  'other/etcd-cert-and-key': { rules: ['etcd-client-tls'] },
  'other/etcd-client-cert-auth': { rules: ['etcd-client-tls'] },
  'other/etcd-auto-tls': { rules: ['etcd-client-tls'] },
  'other/etcd-peer-files': { rules: ['etcd-peer-tls'] },
  'other/peer-client-cert-auth-true': { rules: ['etcd-peer-tls'] },
  'other/kubelet-anonymous-auth': { rules: ['kubelet-anonymous-auth'] },
  'other/kubelet-authorization-mode-not-always-allow': { rules: ['kubelet-authorization-mode'] },
  'other/kubelet-read-only-port': { rules: ['kubelet-read-only-port'] },
  'other/api-server-secure-port': { rules: ['apiserver-secure-port'] },
  'other/api-server-insecure-bind-address': { rules: ['apiserver-insecure-bind-address'] },
  'other/api-server-admission-control-always-admit': { rules: ['apiserver-always-admit'] },
  'other/api-server-always-pull-images-plugin': { rules: ['apiserver-always-pull-images'] },
  'other/api-server-admission-control-event-rate-limit': { rules: ['apiserver-event-rate-limit'] },
  'other/api-server-service-account-plugin': { rules: ['apiserver-service-account-plugin'] },
  'other/api-server-namespace-lifecycle-plugin': {
    rules: ['apiserver-namespace-lifecycle-plugin'],
  },
  'other/api-server-audit-log-max-age': { rules: ['apiserver-audit-log-maxage'] },
  'other/api-server-audit-log-max-backup': { rules: ['apiserver-audit-log-maxbackup'] },
  'other/api-server-audit-log-max-size': { rules: ['apiserver-audit-log-maxsize'] },
  'other/api-server-request-timeout': { rules: ['apiserver-request-timeout'] },
  'other/api-server-tls-cert-and-key': { rules: ['apiserver-tls-cert'] },
  'other/api-server-strong-cryptographic-ciphers': { rules: ['apiserver-tls-cipher-suites'] },
  'other/kube-controller-manager-root-cafile': { rules: ['controller-manager-root-ca-file'] },
  'other/rotate-kubelet-server-certificate': {
    rules: [
      'controller-manager-rotate-kubelet-server-certificate',
      'kubelet-rotate-server-certificate',
    ],
  },
  'other/kubelet-client-ca': { rules: ['kubelet-client-ca-file'] },
  'other/kubelet-streaming-connection-idle-timeout': {
    rules: ['kubelet-streaming-connection-idle-timeout'],
  },
  'other/kubelet-protect-kernel-defaults': { rules: ['kubelet-protect-kernel-defaults'] },
  'other/kubelet-make-iptables-util-chains': { rules: ['kubelet-make-iptables-util-chains'] },
  'other/kubelet-hostname-override': { rules: ['kubelet-hostname-override'] },
  'other/kublet-event-capture': { rules: ['kubelet-event-qps'] },
  'other/kubelet-key-files-set-appropriate': { rules: ['kubelet-tls-cert'] },
  'other/kublet-rotate-certificates': { rules: ['kubelet-rotate-certificates'] },
  'other/kubelet-cryptographic-ciphers': { rules: ['kubelet-tls-cipher-suites'] },
  'other/api-server-basic-auth-file': { rules: ['apiserver-basic-auth-file'] },
  'other/api-server-kubelet-https': { rules: ['apiserver-kubelet-https'] },
  'other/api-server-kubelet-client-cert-and-key': { rules: ['apiserver-kubelet-client-cert'] },
  'other/kube-controller-manager-terminated-pods': {
    rules: ['controller-manager-terminated-pod-gc'],
  },
};

/** Uncovered concept families, printed as one line each with the reason. */
export const NOT_COVERED_GROUPS: Record<string, string> = {
  'psp-': 'PodSecurityPolicy, an API removed in Kubernetes 1.25',
  'other/':
    'peer-specific checks with no shared concept (control-plane flags kubegate has no rule for, reliability checks)',
};

/** What an intended-difference predicate sees. */
export interface LabelContext {
  label: Label;
  object: JsonObject;
  /** The pod spec when the resource is a workload under the default config. */
  podSpec: JsonObject | undefined;
  /** Whether kubegate fired for the concept. */
  fired: boolean;
  /** Every finding (all rules) on the resource and, for a binding, on the role it names. */
  findings: Finding[];
}

export interface IntendedDifference {
  /** The concepts it applies to, or `*` for every concept. */
  concepts: readonly string[] | '*';
  /** One line, from the rule's documented semantics (its why/fix) or the engine's docs. */
  reason: string;
  /** Checked only where kubegate and the peer disagree. */
  applies: (ctx: LabelContext) => boolean;
}

const DEFAULT_WORKLOAD_KINDS = new Set(BUILTIN_WORKLOAD_KINDS.keys());
const nameOf = (o: JsonObject | undefined): string =>
  o && isObject(o.metadata) && typeof o.metadata.name === 'string' ? o.metadata.name : '';
const missed = ({ label, fired }: LabelContext) => label.expected === 'violation' && !fired;
const extra = ({ label, fired }: LabelContext) => label.expected === 'ok' && fired;
const hasFinding = (ctx: LabelContext, ruleId: string, pathEnd = '') =>
  ctx.findings.some((f) => f.ruleId === ruleId && f.fieldPath.endsWith(pathEnd));

/** Where kubegate disagrees with a peer by design. */
export const INTENDED_DIFFERENCES: readonly IntendedDifference[] = [
  {
    concepts: '*',
    reason:
      'DeploymentConfig (OpenShift) is a workload only when the config names it in workloads.customKinds (docs/rule-format.md); the evaluation uses the default config',
    applies: ({ label }) =>
      label.resource.startsWith('DeploymentConfig/') &&
      !DEFAULT_WORKLOAD_KINDS.has('DeploymentConfig'),
  },
  {
    concepts: [
      'rbac-pod-exec-attach',
      'rbac-secrets-access',
      'rbac-create-pods',
      'rbac-admission-webhooks',
      'rbac-approve-csr',
    ],
    reason:
      'a rule with a "*" is reported once by rbac-wildcard (its why: resources ["*"] includes Secrets and pods/exec), not again by the specific rule',
    applies: (ctx) => missed(ctx) && hasFinding(ctx, 'rbac-wildcard'),
  },
  {
    concepts: ['rbac-cluster-admin-binding'],
    reason:
      'polaris exempts bindings by a system: name; cluster-admin-binding looks at the subjects, not the name, because anyone can name a binding system:... (its why)',
    applies: (ctx) => extra(ctx) && nameOf(ctx.object).startsWith('system:'),
  },
  {
    concepts: ['rbac-cluster-admin-binding'],
    reason:
      'polaris exempts the binding named gce:podsecuritypolicy:calico-sa by its name; cluster-admin-binding judges the subjects (here an ordinary user), whatever the binding is called (its why)',
    applies: (ctx) => extra(ctx) && nameOf(ctx.object) === 'gce:podsecuritypolicy:calico-sa',
  },
  {
    concepts: ['rbac-escalate-roles', 'rbac-bind-rolebindings'],
    reason:
      'rbac-escalation-verbs also counts impersonate and "*" verbs on bindings, users, groups and service accounts (its why); the peer looks only at bind/escalate on roles',
    applies: (ctx) => extra(ctx) && !grantsOnRoles(ctx.object, ['bind', 'escalate', '*']),
  },
  {
    concepts: ['docker-socket', 'sensitive-host-mount', 'writable-host-path'],
    reason:
      "host-path-volume reports every hostPath volume, read-only and harmless-looking ones included (its why), not only the peer's subset",
    applies: extra,
  },
  {
    concepts: ['drop-net-raw'],
    reason:
      'drop-all-capabilities asks for drop: [ALL] (its why and fix); dropping only NET_RAW leaves the rest of the default set',
    applies: extra,
  },
  {
    concepts: ['insecure-capabilities'],
    reason:
      'drop-all-capabilities asks for drop: [ALL] (its why and fix); dropping a named subset of the default set leaves the rest, while polaris accepts the subset it lists',
    applies: (ctx) =>
      extra(ctx) && ctx.findings.every((f) => f.ruleId !== 'dangerous-capabilities'),
  },
  {
    concepts: ['nginx-ingress-snippet'],
    reason:
      "ingress-nginx-snippet reports every *-snippet annotation (CVE-2021-25742: a snippet is raw nginx configuration, whatever it contains); checkov's CKV_K8S_152 and CKV_K8S_154 fail only snippets with Lua or an alias directive",
    applies: (ctx) => extra(ctx) && ['CKV_K8S_152', 'CKV_K8S_154'].includes(ctx.label.check_id),
  },
  {
    concepts: ['readiness-probe'],
    reason:
      'readiness-probe reports a container without ports only when no container of the pod has a readiness probe: a pod is ready only when all its containers are, so a probed one already decides (its why); the peer wants a probe in every container',
    applies: (ctx) =>
      missed(ctx) &&
      containersOf(ctx.podSpec).some((c) => isObject(c.readinessProbe)) &&
      containersOf(ctx.podSpec).every((c) => isObject(c.readinessProbe) || !Array.isArray(c.ports)),
  },
  {
    concepts: ['run-as-non-root'],
    reason:
      "a non-zero runAsUser without runAsNonRoot: true is reported as low: the Restricted standard requires runAsNonRoot: true all the same (run-as-non-root's why); checkov accepts the UID alone",
    applies: (ctx) =>
      extra(ctx) &&
      ctx.findings.filter((f) => f.ruleId === 'run-as-non-root').every((f) => f.severity === 'low'),
  },
  {
    concepts: ['automount-sa-token'],
    reason:
      'automount-service-account-token asks for the pod-level field, which takes precedence (its fix); false on the ServiceAccount also counts, where the pod does not say (ifTokenUnneeded)',
    applies: extra,
  },
  {
    concepts: ['secrets-in-env'],
    reason:
      'secret-in-env is about literal values; a reference to a Secret (secretKeyRef, envFrom) is its fix, while checkov flags every Secret passed as env',
    applies: (ctx) =>
      missed(ctx) &&
      containersOf(ctx.podSpec).some(
        (c) =>
          JSON.stringify(c.env ?? []).includes('secretKeyRef') ||
          JSON.stringify(c.envFrom ?? []).includes('secretRef'),
      ),
  },
  {
    concepts: ['sensitive-configmap'],
    reason:
      'secret-in-configmap judges the value as well as the key: a run of x ("xxxxx") is a placeholder, not a credential (its check comment), while polaris flags the key name alone',
    applies: (ctx) =>
      missed(ctx) &&
      Object.values(isObject(ctx.object.data) ? ctx.object.data : {}).some(
        (v) => typeof v === 'string' && /^x{3,}$/i.test(v.trim()),
      ),
  },
  {
    concepts: ['cpu-requests-limits', 'memory-requests-limits'],
    reason:
      'Kubernetes takes a missing request from the limit, so resource-requests does not report a container whose limit is set (its why); kube-linter wants the request written as well',
    applies: (ctx) =>
      missed(ctx) &&
      containersOf(ctx.podSpec).length > 0 &&
      containersOf(ctx.podSpec).every((c) => {
        const limits = isObject(c.resources) ? c.resources.limits : undefined;
        return isObject(limits) && limits[ctx.label.concept.split('-')[0]] != null;
      }),
  },
  {
    concepts: ['run-as-non-root'],
    reason:
      "run-as-non-root is about the user, not the group: runAsGroup: 0 is the Restricted standard's optional non-root groups control, which no kubegate rule checks; kube-linter fails it",
    applies: (ctx) =>
      missed(ctx) &&
      containersOf(ctx.podSpec).some((c) => securityValue(ctx.podSpec, c, 'runAsGroup') === 0),
  },
  {
    concepts: ['image-digest'],
    reason:
      'a digest is sha256 plus 64 hex digits (image-digest\'s fix); checkov accepts any "@sha256:" suffix such as "@sha256:123456", which pins nothing',
    applies: (ctx) =>
      extra(ctx) && containersOf(ctx.podSpec).every((c) => String(c.image).includes('@sha256:')),
  },
  // The control-plane rules: checkov tests one flag per fixture, while kubegate's rules
  // group the CIS items of one concern and follow the binaries' own defaults.
  {
    concepts: ['other/api-server-audit-log'],
    reason:
      'apiserver-audit-logging also needs --audit-policy-file (CIS 3.2.1: without a policy nothing is logged); checkov checks only the log path',
    applies: (ctx) =>
      extra(ctx) &&
      flagOf(ctx, 'audit-log-path') !== undefined &&
      !flagOf(ctx, 'audit-policy-file'),
  },
  {
    concepts: ['other/api-server-authorization-mode-not-always-allow'],
    reason:
      'without --authorization-mode the API server authorizes with AlwaysAllow (its default), which apiserver-authorization-always-allow reports; checkov passes the missing flag',
    applies: (ctx) => extra(ctx) && flagOf(ctx, 'authorization-mode') === undefined,
  },
  {
    concepts: [
      'other/api-server-authorization-mode-node',
      'other/api-server-authorization-mode-rbac',
    ],
    reason:
      'a missing --authorization-mode means AlwaysAllow and is reported once, by apiserver-authorization-always-allow, not again as a missing Node or RBAC',
    applies: (ctx) =>
      missed(ctx) &&
      flagOf(ctx, 'authorization-mode') === undefined &&
      ctx.findings.some((f) => f.ruleId === 'apiserver-authorization-always-allow'),
  },
  {
    concepts: ['other/api-server-authorization-mode-rbac'],
    reason:
      "apiserver-authorization-node-rbac asks for Node and RBAC together (CIS 1.2.7 and 1.2.8); checkov's RBAC check passes a mode list without Node",
    applies: (ctx) =>
      extra(ctx) && !(flagOf(ctx, 'authorization-mode') ?? '').split(',').includes('Node'),
  },
  {
    concepts: ['other/api-server-etcd-ca-file', 'other/api-server-etcd-cert-and-key'],
    reason:
      'apiserver-etcd-tls asks for the etcd CA and the client certificate and key together (CIS 1.2.23 and 1.2.26); checkov checks one of them per fixture',
    applies: (ctx) =>
      extra(ctx) && ['etcd-cafile', 'etcd-certfile', 'etcd-keyfile'].some((f) => !flagOf(ctx, f)),
  },
  {
    concepts: ['other/api-server-service-account-key-file'],
    reason:
      'service-account-signing-keys asks for --service-account-issuer with the key file (CIS 1.2.22); checkov checks the key file alone',
    applies: (ctx) => extra(ctx) && !flagOf(ctx, 'service-account-issuer'),
  },
  {
    concepts: ['other/api-server-service-account-lookup'],
    reason:
      'a missing --service-account-lookup means true (the default since 1.7); apiserver-service-account-lookup reports only an explicit false',
    applies: (ctx) => missed(ctx) && flagOf(ctx, 'service-account-lookup') === undefined,
  },
  {
    concepts: ['other/etcd-cert-and-key', 'other/etcd-client-cert-auth', 'other/etcd-auto-tls'],
    reason:
      'etcd-client-tls asks for the certificate, key and client-cert-auth together (CIS 2.1 to 2.3); checkov checks one of them per fixture',
    applies: (ctx) =>
      extra(ctx) &&
      (['cert-file', 'key-file'].some((f) => !flagOf(ctx, f)) ||
        flagOf(ctx, 'client-cert-auth') !== 'true'),
  },
  {
    concepts: ['other/etcd-peer-files'],
    reason:
      'etcd-peer-tls asks for the peer certificate, key and peer-client-cert-auth together (CIS 2.4 to 2.6); checkov checks the files alone',
    applies: (ctx) => extra(ctx) && flagOf(ctx, 'peer-client-cert-auth') !== 'true',
  },
  {
    concepts: ['other/peer-client-cert-auth-true'],
    reason:
      'etcd-peer-tls also asks for TLS on the peer URLs and for the peer certificate and key (CIS 2.4); checkov checks --peer-client-cert-auth alone',
    applies: (ctx) =>
      extra(ctx) &&
      ((flagOf(ctx, 'listen-peer-urls') ?? '').includes('http://') ||
        ['peer-cert-file', 'peer-key-file'].some((f) => !flagOf(ctx, f))),
  },
  {
    concepts: ['other/kube-controller-manager-service-account-private-key-file'],
    reason:
      'service-account-signing-keys asks for the controller manager\'s --service-account-private-key-file (CIS 1.3.4) whatever the file is called; checkov passes a missing flag and fails a name without ".pem"',
    applies: (ctx) =>
      (extra(ctx) && !flagOf(ctx, 'service-account-private-key-file')) ||
      (missed(ctx) && !(flagOf(ctx, 'service-account-private-key-file') ?? '').endsWith('.pem')),
  },
  {
    concepts: ['other/kubelet-authorization-mode-not-always-allow'],
    reason:
      'the kubelet accepts only AlwaysAllow or Webhook as --authorization-mode; kubelet-authorization-mode reports any other value (checkov\'s "RBAC,node" fixture is not a kubelet mode)',
    applies: (ctx) =>
      extra(ctx) && !['AlwaysAllow', 'Webhook'].includes(flagOf(ctx, 'authorization-mode') ?? ''),
  },
  {
    concepts: [
      'other/api-server-audit-log-max-age',
      'other/api-server-audit-log-max-backup',
      'other/api-server-audit-log-max-size',
    ],
    reason:
      'the audit retention rules judge an API server that writes its audit log to a file (--audit-log-path); without one, apiserver-audit-logging reports the missing log instead',
    applies: (ctx) =>
      missed(ctx) &&
      flagOf(ctx, 'audit-log-path') === undefined &&
      hasFinding(ctx, 'apiserver-audit-logging'),
  },
  {
    concepts: [
      'other/api-server-service-account-plugin',
      'other/api-server-namespace-lifecycle-plugin',
    ],
    reason:
      'ServiceAccount and NamespaceLifecycle are on by default (CIS 1.2.12 and 1.2.13 ask that they are not disabled); checkov wants them named in --enable-admission-plugins',
    applies: (ctx) =>
      missed(ctx) &&
      flagOf(ctx, 'admission-control') === undefined &&
      !(flagOf(ctx, 'disable-admission-plugins') ?? '')
        .split(',')
        .some((p) => ['ServiceAccount', 'NamespaceLifecycle'].includes(p.trim())),
  },
  {
    concepts: ['other/kube-controller-manager-root-cafile'],
    reason:
      'controller-manager-root-ca-file asks for --root-ca-file (CIS 1.3.5) whatever the file is called; checkov passes a missing flag and fails a name without ".pem"',
    applies: (ctx) =>
      (extra(ctx) && !flagOf(ctx, 'root-ca-file')) ||
      (missed(ctx) && !(flagOf(ctx, 'root-ca-file') ?? '').endsWith('.pem')),
  },
  {
    concepts: ['other/kube-controller-manager-terminated-pods'],
    reason:
      'without --terminated-pod-gc-threshold the controller manager collects terminated pods beyond its default of 12,500; controller-manager-terminated-pod-gc reports a threshold that turns the collection off (0 or less), while checkov also fails a missing flag',
    applies: (ctx) => missed(ctx) && flagOf(ctx, 'terminated-pod-gc-threshold') === undefined,
  },
  {
    concepts: ['other/kublet-event-capture'],
    reason:
      'kubelet-event-qps reports a rate below 5 events a second, at which events are dropped (CIS 4.2.8: a level that ensures capture); checkov fails rates above 5 and passes lower ones',
    applies: (ctx) => {
      const qps = Number(flagOf(ctx, 'event-qps'));
      return (missed(ctx) && qps >= 5) || (extra(ctx) && qps > 0 && qps < 5);
    },
  },
];

/** The last `--name=value` of a workload's first container command and args (`true` for a bare flag). */
function flagOf(ctx: LabelContext, name: string): string | undefined {
  let value: string | undefined;
  for (const c of containersOf(ctx.podSpec).slice(0, 1)) {
    const items = [
      ...(Array.isArray(c.command) ? c.command : []),
      ...(Array.isArray(c.args) ? c.args : []),
    ];
    for (const item of items) {
      if (typeof item !== 'string') continue;
      if (item === `--${name}`) value = 'true';
      else if (item.startsWith(`--${name}=`)) value = item.slice(name.length + 3);
    }
  }
  return value;
}

/** True when a policy rule grants one of the verbs on roles or clusterroles. */
function grantsOnRoles(role: JsonObject, verbs: readonly string[]): boolean {
  const rules = Array.isArray(role.rules) ? role.rules.filter(isObject) : [];
  const strings = (v: JsonValue | undefined) => (Array.isArray(v) ? v.map(String) : []);
  return rules.some(
    (r) =>
      strings(r.verbs).some((v) => verbs.includes(v)) &&
      strings(r.resources).some((x) => ['roles', 'clusterroles', '*'].includes(x)),
  );
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
}

/** Every container (init and ephemeral too) of a pod spec. */
export function containersOf(podSpec: JsonObject | undefined): JsonObject[] {
  if (!podSpec) return [];
  return ['containers', 'initContainers', 'ephemeralContainers'].flatMap((key) => {
    const list = podSpec[key];
    return Array.isArray(list) ? list.filter(isObject) : [];
  });
}

/** A securityContext field as a container gets it: its own value, else the pod's. */
export function securityValue(
  podSpec: JsonObject | undefined,
  container: JsonObject,
  field: string,
): JsonValue | undefined {
  const own = isObject(container.securityContext) ? container.securityContext[field] : undefined;
  if (own !== undefined && own !== null) return own;
  const pod = podSpec && isObject(podSpec.securityContext) ? podSpec.securityContext : undefined;
  return pod?.[field] ?? undefined;
}

export type Verdict = 'TP' | 'FP' | 'FN' | 'TN';

export interface Outcome {
  label: Label;
  verdict: Verdict;
  /** The reason, when the disagreement is an intended difference. */
  intended?: string;
  /** The matching findings, `ruleId@fieldPath`. */
  fired: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  intended: number;
}

export interface ConceptResult extends Counts {
  concept: string;
  rules: readonly string[];
  /** Mapped rule ids that are not built-in rules (yet). */
  missing: string[];
}

export interface Evaluation {
  concepts: ConceptResult[];
  outcomes: Outcome[];
  /** Concept -> label count, for concepts without a kubegate rule. */
  notCovered: Map<string, number>;
  total: Counts;
  warnings: string[];
  ruleCount: number;
}

/** The corpus folder: KUBEGATE_CORPUS, else ../shared/corpus beside the repository. */
export function corpusDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.KUBEGATE_CORPUS
    ? resolve(env.KUBEGATE_CORPUS)
    : resolve(repoRoot, '..', 'shared', 'corpus');
}

export function readLabels(corpus: string): Label[] {
  const file = join(corpus, 'labelled', 'all.jsonl');
  if (!existsSync(file)) throw new Error(`labels not found: ${file} (set KUBEGATE_CORPUS)`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Label);
}

/** Loads the built-in rules one file at a time, so that one broken rule does not stop the rest. */
function loadBuiltinRules(warnings: string[]): Rule[] {
  return builtinRuleTexts().flatMap((text) => {
    try {
      return loadRules([text], true);
    } catch (e) {
      warnings.push(`rule not loaded: ${(e as Error).message}`);
      return [];
    }
  });
}

function ratio(a: number, b: number): number | undefined {
  return b === 0 ? undefined : a / b;
}

export function recall(c: Counts): number | undefined {
  return ratio(c.tp, c.tp + c.fn);
}

export function precision(c: Counts): number | undefined {
  return ratio(c.tp, c.tp + c.fp);
}

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0, intended: 0 });

function add(into: Counts, outcome: Outcome): void {
  if (outcome.intended) into.intended++;
  else into[outcome.verdict.toLowerCase() as 'tp' | 'fp' | 'fn' | 'tn']++;
}

/** The day waivers are judged on: the corpus has none, so any fixed day will do. */
const TODAY = '2026-01-01';

/** A parsed corpus file and the findings of its resources, computed once. */
interface FileScan {
  resources: Resource[];
  findings: Map<Resource, Finding[]>;
}

/** The Role or ClusterRole that a binding's roleRef names, from the same file. */
function referencedRole(binding: Resource, file: FileScan): Resource | undefined {
  const ref = binding.object.roleRef;
  if (!isObject(ref) || !binding.kind.endsWith('RoleBinding')) return undefined;
  const kind = ref.kind === 'Role' ? 'Role' : 'ClusterRole';
  return file.resources.find(
    (r) =>
      r.kind === kind &&
      r.name === ref.name &&
      (kind === 'ClusterRole' || r.namespace === binding.namespace),
  );
}

export function evaluateCorpus(corpus: string): Evaluation {
  const warnings: string[] = [];
  const rules = loadBuiltinRules(warnings);
  const ruleIds = new Set(rules.map((r) => r.id));
  const config = resolveConfig();
  const settings = evaluationSettings(config);
  const byKind = indexRulesByKind(rules);
  const files = new Map<string, FileScan>();
  const scanFile = (path: string): FileScan => {
    let file = files.get(path);
    if (file) return file;
    const { resources } = parseSource({ path, text: readFileSync(join(corpus, path), 'utf8') });
    file = { resources, findings: new Map() };
    for (const r of resources) {
      const found = evaluateResource(r, byKind, settings);
      for (const f of found) if (f.ruleId === 'rule-error') warnings.push(f.message);
      file.findings.set(r, found);
    }
    settleWithObjects(file);
    files.set(path, file);
    return file;
  };
  // As a scan does: findings that assume a mounted token are settled against the file's own
  // ServiceAccounts (analysers/token-mount.ts), and the findings on bindings that the file's
  // own roles decide are added (analysers/bindings.ts). The analysers' own rules are not
  // evaluated.
  const context = evaluationContext(rules, config, TODAY);
  const checked = rules.filter((r) => !r.analyser);
  const settleWithObjects = (file: FileScan): void => {
    const input: AnalysisInput = { workloads: [], objects: [] };
    for (const r of file.resources) collectFacts(r, context, input, undefined);
    const all = [...file.findings.values()].flat();
    const { findings, added } = analyse(input, checked, analysisSettings(config, TODAY), all);
    const kept = new Set(findings);
    for (const [r, found] of file.findings)
      file.findings.set(r, [
        ...found.filter((f) => kept.has(f)),
        ...added.filter((f) => f.resource === resourceId(r)),
      ]);
  };

  const concepts = new Map<string, ConceptResult>();
  const notCovered = new Map<string, number>();
  const outcomes: Outcome[] = [];
  const total = emptyCounts();

  for (const label of readLabels(corpus)) {
    const mapping = CONCEPT_RULES[label.concept];
    if (!mapping || !mapping.rules.some((id) => ruleIds.has(id))) {
      notCovered.set(label.concept, (notCovered.get(label.concept) ?? 0) + 1);
      continue;
    }
    const file = scanFile(label.file);
    const resource = file.resources.find(
      (r) =>
        r.docIndex === label.doc_index &&
        resourceId(r) === label.resource &&
        (label.list_item === undefined || r.basePath[1] === label.list_item),
    );
    if (!resource) {
      warnings.push(
        `${label.file}#${label.doc_index}: ${label.resource} not found (${label.concept})`,
      );
      continue;
    }
    const role = referencedRole(resource, file);
    const findings = [
      ...(file.findings.get(resource) ?? []),
      ...((role && file.findings.get(role)) ?? []),
    ];
    const matching = findings.filter(
      (f) =>
        mapping.rules.includes(f.ruleId) &&
        (!mapping.field || mapping.field(f.fieldPath)) &&
        (f.resource === label.resource || mapping.viaRoleRef),
    );
    const fired = matching.length > 0;
    const violation = label.expected === 'violation';
    const verdict: Verdict = fired ? (violation ? 'TP' : 'FP') : violation ? 'FN' : 'TN';
    const outcome: Outcome = {
      label,
      verdict,
      fired: matching.map(
        (f) => `${f.ruleId}@${f.resource === label.resource ? '' : `${f.resource}:`}${f.fieldPath}`,
      ),
    };
    if (fired !== violation) {
      const pods = podsOf(resource.object, resource.kind, resource.apiVersion, settings.workloads);
      const view = pods?.views[0];
      const ctx: LabelContext = {
        label,
        object: resource.object,
        podSpec: view?.podSpec,
        fired,
        findings,
      };
      const difference = INTENDED_DIFFERENCES.find(
        (d) => (d.concepts === '*' || d.concepts.includes(label.concept)) && d.applies(ctx),
      );
      if (difference) outcome.intended = difference.reason;
    }
    outcomes.push(outcome);
    let result = concepts.get(label.concept);
    if (!result) {
      result = {
        concept: label.concept,
        rules: mapping.rules,
        missing: mapping.rules.filter((id) => !ruleIds.has(id)),
        ...emptyCounts(),
      };
      concepts.set(label.concept, result);
    }
    add(result, outcome);
    add(total, outcome);
  }
  const sorted = [...concepts.values()].sort((a, b) => a.concept.localeCompare(b.concept));
  return { concepts: sorted, outcomes, notCovered, total, warnings, ruleCount: rules.length };
}

const pct = (v: number | undefined): string => (v === undefined ? '-' : v.toFixed(2));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function describeLabel(o: Outcome): string {
  const l = o.label;
  const fired = o.fired.length ? ` fired: ${o.fired.join(', ')}` : '';
  return `${l.source} ${l.check_id} expects ${l.expected}: ${l.file}#${l.doc_index} ${l.resource}${fired}`;
}

/** Joins items into lines of at most `width` characters, each indented. */
function wrap(items: readonly string[], indent = '  ', width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && indent.length + line.length + item.length + 2 > width) {
      lines.push(indent + line + ',');
      line = item;
    } else line = line ? `${line}, ${item}` : item;
  }
  return line ? [...lines, indent + line] : lines;
}

function formatNotCovered(notCovered: Map<string, number>): string[] {
  const entries = [...notCovered].sort(([a], [b]) => a.localeCompare(b));
  const labels = (list: [string, number][]) => list.reduce((n, [, c]) => n + c, 0);
  const out = [
    `not covered (${entries.length} concepts, ${labels(entries)} labels; excluded from the totals):`,
  ];
  const grouped = new Set<string>();
  for (const [prefix, reason] of Object.entries(NOT_COVERED_GROUPS)) {
    const group = entries.filter(([c]) => c.startsWith(prefix));
    group.forEach(([c]) => grouped.add(c));
    if (group.length)
      out.push(`  ${prefix}* (${group.length} concepts, ${labels(group)} labels): ${reason}`);
  }
  const rest = entries.filter(([c]) => !grouped.has(c));
  const awaiting = rest.filter(([c]) => CONCEPT_RULES[c]);
  if (awaiting.length) {
    out.push('  mapped, but no such built-in rule yet:');
    out.push(
      ...wrap(
        awaiting.map(([c, n]) => `${c} (${n}) -> ${CONCEPT_RULES[c].rules.join('|')}`),
        '    ',
      ),
    );
  }
  const none = rest.filter(([c]) => !CONCEPT_RULES[c]);
  if (none.length)
    out.push(
      '  no kubegate rule:',
      ...wrap(
        none.map(([c, n]) => `${c} (${n})`),
        '    ',
      ),
    );
  return out;
}

export function formatReport(e: Evaluation): string {
  const head = ['concept', 'rules', 'TP', 'FP', 'FN', 'TN', 'recall', 'precision', 'intended'];
  const rows = e.concepts.map((c) => [
    c.concept,
    c.rules.map((id) => (c.missing.includes(id) ? `(${id})` : id)).join('|'),
    ...[c.tp, c.fp, c.fn, c.tn].map(String),
    pct(recall(c)),
    pct(precision(c)),
    String(c.intended),
  ]);
  const t = e.total;
  const totals = [
    'total',
    '',
    ...[t.tp, t.fp, t.fn, t.tn].map(String),
    pct(recall(t)),
    pct(precision(t)),
    String(t.intended),
  ];
  const out = [
    `kubegate evaluation: ${e.ruleCount} built-in rules, ${e.outcomes.length} labels in ${e.concepts.length} covered concepts`,
    '',
  ];
  out.push(table([head, ...rows, totals]), '');
  const intended = e.outcomes.filter((o) => o.intended);
  out.push(`intended differences (${intended.length}), by reason:`);
  for (const reason of new Set(intended.map((o) => o.intended))) {
    out.push(`  why: ${reason}`);
    for (const o of intended.filter((x) => x.intended === reason))
      out.push(`    [${o.label.concept}] ${describeLabel(o)}`);
  }
  const wrong = e.outcomes.filter((o) => !o.intended && (o.verdict === 'FP' || o.verdict === 'FN'));
  out.push('', `disagreements (${wrong.length}):`);
  for (const o of wrong) out.push(`  ${o.verdict} [${o.label.concept}] ${describeLabel(o)}`);
  out.push('', ...formatNotCovered(e.notCovered));
  if (e.warnings.length) out.push('', 'warnings:', ...e.warnings.map((w) => `  ${w}`));
  out.push(
    '',
    `overall: recall ${pct(recall(t))} precision ${pct(precision(t))} (${e.outcomes.length} labels, ${t.intended} intended differences)`,
  );
  return out.join('\n');
}
