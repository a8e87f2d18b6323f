#!/usr/bin/env node
import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:__KUBEGATE_BUILTIN_RULES__>
var define_KUBEGATE_BUILTIN_RULES_default;
var init_define_KUBEGATE_BUILTIN_RULES = __esm({
  "<define:__KUBEGATE_BUILTIN_RULES__>"() {
    define_KUBEGATE_BUILTIN_RULES_default = [{ file: "rules/exposure/exposed-risky-workload.yaml", text: "id: exposed-risky-workload\ntitle: A workload reachable from outside the cluster runs with privilege, as root, or with a powerful service account\nseverity: high\ncategory: exposure\nmatch:\n  kinds: [Ingress, HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, Gateway, Service, Workload]\nanalyser: exposure\nwhy: |\n  Each of these objects can look harmless on its own: an Ingress that routes to a Service, a\n  Service that selects some pods, a Deployment whose container is privileged. Together they\n  form a path from the internet to a process that can take over its node or the cluster.\n  An attacker who finds one bug in the exposed application (a deserialisation flaw, a\n  server-side request forgery, a path traversal) then lands as root, in a privileged\n  container, on the node's network, or holding a service account token that can read\n  secrets or create pods. kubegate follows the path through the repository's objects:\n  public Ingresses (no internal class or annotation), Gateway API routes attached to a\n  Gateway that is not internal, and LoadBalancer or NodePort Services, to the Services they\n  send traffic to and the workloads those Services select by label. It reports each path\n  that ends at a workload that runs privileged, shares the node's namespaces, is not\n  proven to run as a non-root user, or runs as a service account bound to dangerous\n  permissions, and names every object on the way.\nfix: |\n  Harden the workload at the end of the path, which is what an attacker reaches:\n\n  ```yaml\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: web\n    namespace: shop\n  spec:\n    template:\n      spec:\n        automountServiceAccountToken: false\n        securityContext:\n          runAsNonRoot: true\n          runAsUser: 10001\n          seccompProfile:\n            type: RuntimeDefault\n        containers:\n          - name: web\n            image: registry.example/web@sha256:...\n            securityContext:\n              privileged: false\n              allowPrivilegeEscalation: false\n              capabilities:\n                drop: [\"ALL\"]\n  ```\n\n  If the workload does not need to be reachable from outside, make the entry internal\n  instead: an internal ingress class (`ingressClassName: internal`), an internal load\n  balancer annotation, or a `ClusterIP` Service. Bind its service account only to what it\n  needs. If the path is intended and reviewed, waive the finding on the workload with a\n  reason and an expiry.\nreferences:\n  - https://kubernetes.io/docs/concepts/services-networking/ingress/\n  - https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types\n  - https://gateway-api.sigs.k8s.io/api-types/httproute/\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/\n" }, { file: "rules/exposure/public-ingress.yaml", text: 'id: public-ingress\ntitle: Public Ingresses need an exposure review\nseverity: medium\ncategory: exposure\nmatch:\n  kinds: [Ingress]\n# Internal when the class (field or legacy annotation) is an internal class, or when an\n# annotation carries one of the configured internal key/value pairs.\ncheck: |\n  cel.bind(classes,\n    type(params.?internalIngressClasses.orValue([])) == list ? params.?internalIngressClasses.orValue([]) : [],\n  cel.bind(internal,\n    type(params.?internalIngressAnnotations.orValue({})) == map ? params.?internalIngressAnnotations.orValue({}) : {},\n  cel.bind(annotations,\n    type(object.?metadata.?annotations.orValue({})) == map ? object.?metadata.?annotations.orValue({}) : {},\n    !(\n      object.?spec.?ingressClassName.orValue("") in classes\n      || annotations[?"kubernetes.io/ingress.class"].orValue("") in classes\n      || internal.exists(k, k in annotations && annotations[k] == internal[k])\n    )\n  )))\nfield:\n  - spec.ingressClassName\n  - \'metadata.annotations["kubernetes.io/ingress.class"]\'\nmessage: is exposed publicly (no internal ingress class or annotation)\nwhy: |\n  An Ingress publishes HTTP routes to the pods behind it, and with most controllers and\n  cloud defaults that means on an internet-facing load balancer. Every path it lists, and\n  anything behind a catch-all path, becomes reachable from the internet: forgotten admin\n  pages, debug endpoints, metrics, APIs that assumed a trusted network. One line\n  (`ingressClassName`) decides which controller serves it, so a small edit can move an\n  internal application to the public edge. kubegate counts an Ingress as internal only\n  when its class or annotations say so (see the fix for the exact settings and their\n  defaults); an Ingress without a class is public, because the cluster\'s default class\n  decides where it lands.\nfix: |\n  If the application is not meant for the internet, serve it through an internal class:\n\n  ```yaml\n  apiVersion: networking.k8s.io/v1\n  kind: Ingress\n  metadata:\n    name: admin\n    namespace: backoffice\n  spec:\n    ingressClassName: internal\n    rules:\n      - host: admin.corp.example\n        http:\n          paths:\n            - path: /\n              pathType: Prefix\n              backend:\n                service:\n                  name: admin\n                  port:\n                    number: 80\n  ```\n\n  kubegate treats an Ingress as internal when `spec.ingressClassName` (or the older\n  `kubernetes.io/ingress.class` annotation) is one of `params.internalIngressClasses`,\n  by default `internal`, `nginx-internal` and `private`; or when one of its annotations\n  matches a key and value of `params.internalIngressAnnotations`, by default\n  `alb.ingress.kubernetes.io/scheme: internal`,\n  `networking.gke.io/load-balancer-type: Internal` and\n  `service.beta.kubernetes.io/aws-load-balancer-internal: "true"`. If your internal\n  classes have other names, set these in the config. If the Ingress really is public,\n  get the exposure reviewed (TLS, authentication, which paths are published) and record\n  a waiver.\nreferences:\n  - https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class\n  - https://kubernetes.io/docs/concepts/services-networking/ingress/#tls\n  - https://kubernetes.io/docs/concepts/security/security-checklist/\n' }, { file: "rules/exposure/service-type-loadbalancer.yaml", text: 'id: service-type-loadbalancer\ntitle: Services of type LoadBalancer need an exposure review\nseverity: medium\ncategory: exposure\nmatch:\n  kinds: [Service]\ncheck: |\n  object.?spec.?type.orValue("") == "LoadBalancer"\nfield: [spec.type]\nmessage: is exposed through a cloud load balancer\nwhy: |\n  On most cloud providers `type: LoadBalancer` provisions a load balancer with a public IP\n  address, so the Service\'s pods become reachable from the whole internet as soon as the\n  manifest is applied. Traffic arrives straight at the pods, without the TLS termination,\n  authentication, rate limiting or web application firewall an Ingress or gateway may\n  provide. Internal services (databases, admin consoles, metrics endpoints) exposed this\n  way are found by internet-wide scanners within hours. The Service also opens a NodePort\n  on every node unless `allocateLoadBalancerNodePorts` is false.\nfix: |\n  Prefer a `ClusterIP` Service behind the shared Ingress or Gateway. If a load balancer is\n  really needed, make it internal with your provider\'s annotation, restrict who may\n  connect, and record the decision as a waiver:\n\n  ```yaml\n  apiVersion: v1\n  kind: Service\n  metadata:\n    name: ledger\n    namespace: payments\n    annotations:\n      service.beta.kubernetes.io/aws-load-balancer-internal: "true"   # or the GKE/Azure equivalent\n  spec:\n    type: LoadBalancer\n    loadBalancerSourceRanges:\n      - 10.20.0.0/16\n    allocateLoadBalancerNodePorts: false\n    selector:\n      app: ledger\n    ports:\n      - port: 443\n        targetPort: 8443\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer\n  - https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer\n  - https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/\n' }, { file: "rules/exposure/service-type-nodeport.yaml", text: 'id: service-type-nodeport\ntitle: Services of type NodePort need an exposure review\nseverity: medium\ncategory: exposure\nmatch:\n  kinds: [Service]\ncheck: |\n  object.?spec.?type.orValue("") == "NodePort"\nfield: [spec.type]\nmessage: opens a port on every node\nwhy: |\n  `type: NodePort` opens the same high port (30000-32767 by default) on every node and\n  forwards it to the Service\'s pods. Anyone who can route to any node (another tenant\'s\n  workload, a peered network, or the internet when nodes have public IPs or loose firewall\n  rules) reaches the application directly, bypassing the Ingress with its TLS and\n  authentication. With the default `externalTrafficPolicy: Cluster` the traffic is also\n  source-NATed, so NetworkPolicies that allow by client IP can no longer tell who is\n  connecting, and every new node opens the port too.\nfix: |\n  Use a `ClusterIP` Service and publish it through the shared Ingress or Gateway:\n\n  ```yaml\n  apiVersion: v1\n  kind: Service\n  metadata:\n    name: storefront\n  spec:\n    type: ClusterIP\n    selector:\n      app: storefront\n    ports:\n      - port: 80\n        targetPort: 8080\n  ```\n\n  If an external load balancer must target node ports, keep nodes off public networks,\n  allow the port only from the load balancer\'s addresses in the cloud firewall, and waive\n  the finding with that reason.\nreferences:\n  - https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport\n  - https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#preserving-the-client-source-ip\n' }, { file: "rules/isolation/namespace-default-deny.yaml", text: "id: namespace-default-deny\ntitle: A namespace runs workloads that no NetworkPolicy isolates\nseverity: medium\ncategory: isolation\nmatch:\n  kinds: [Namespace, NetworkPolicy, Workload]\nanalyser: isolation\nwhy: |\n  Without a NetworkPolicy that selects a pod, every pod in the cluster may connect to it:\n  Kubernetes networking is open by default. One compromised pod anywhere (a vulnerable web\n  application, a build job running untrusted code) can then reach the databases, admin\n  ports and internal APIs of every namespace. The usual remedy is a default deny per\n  namespace, a policy whose empty `podSelector` selects every pod, plus policies that allow\n  the traffic each application needs. kubegate groups the repository's workloads by\n  namespace and reports each namespace where some workload is not selected by any\n  NetworkPolicy covering incoming traffic. Workloads whose manifests set no namespace are\n  left out, because the namespace they land in is chosen when they are applied. A network\n  plugin that does not enforce NetworkPolicy (or policies managed outside the repository)\n  makes this finding a reminder to check, not a proof.\nfix: |\n  Add a default deny to the namespace, then allow what is needed:\n\n  ```yaml\n  apiVersion: networking.k8s.io/v1\n  kind: NetworkPolicy\n  metadata:\n    name: default-deny-ingress\n    namespace: shop\n  spec:\n    podSelector: {}\n    policyTypes: [\"Ingress\"]\n  ---\n  apiVersion: networking.k8s.io/v1\n  kind: NetworkPolicy\n  metadata:\n    name: web-from-ingress\n    namespace: shop\n  spec:\n    podSelector:\n      matchLabels:\n        app: web\n    ingress:\n      - from:\n          - namespaceSelector:\n              matchLabels:\n                kubernetes.io/metadata.name: ingress-nginx\n  ```\n\n  If the namespace's policies live elsewhere (a platform repository, a policy controller),\n  waive this finding on the Namespace object with a reason.\nreferences:\n  - https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies\n  - https://kubernetes.io/docs/concepts/security/security-checklist/#network-security\n" }, { file: "rules/isolation/namespace-pod-security-labels.yaml", text: 'id: namespace-pod-security-labels\ntitle: Namespaces must enforce the baseline or restricted Pod Security level\nseverity: medium\ncategory: isolation\nmatch:\n  kinds: [Namespace]\ncheck: |\n  !(object.?metadata.?labels.orValue({})[?"pod-security.kubernetes.io/enforce"].orValue("")\n    in ["baseline", "restricted"])\nfield:\n  - \'metadata.labels["pod-security.kubernetes.io/enforce"]\'\nmessage: does not enforce a Pod Security level of baseline or restricted\nwhy: |\n  Pod Security Admission blocks dangerous pods only where the\n  `pod-security.kubernetes.io/enforce` label asks for it; without the label the\n  cluster-wide default applies, which is `privileged` unless an administrator changed it,\n  and an explicit `privileged` allows everything. There, anyone who can create a pod (or a\n  Deployment, Job or CronJob) can run a privileged container, share the host\'s PID and\n  network namespaces or mount the node\'s root filesystem, and from there take over the\n  node with every workload and credential on it. `baseline` blocks those known\n  escalations, `restricted` also requires non-root, dropped capabilities and a seccomp\n  profile, and the `warn` and `audit` labels only report.\nfix: |\n  Label the namespace with an enforcing level, pinned to a version so that upgrades do\n  not tighten it by surprise:\n\n  ```yaml\n  apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: payments\n    labels:\n      pod-security.kubernetes.io/enforce: restricted\n      pod-security.kubernetes.io/enforce-version: v1.30\n      pod-security.kubernetes.io/warn: restricted\n      pod-security.kubernetes.io/audit: restricted\n  ```\n\n  Start with `baseline` if some workloads are not ready for `restricted`, and use the\n  `warn` label with `restricted` to see what still has to change. Namespaces that truly\n  need privileged pods (CNI, storage drivers) should be few, and waived by name.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/pod-security-admission/\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/\n  - https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/\n' }, { file: "rules/rbac/cluster-admin-binding.yaml", text: 'id: cluster-admin-binding\ntitle: Bindings must not grant cluster-admin\nseverity: critical\ncategory: rbac\nmatch:\n  kinds: [RoleBinding, ClusterRoleBinding]\n# Exempt only when there are subjects and every one of them is a Kubernetes system\n# identity (User or Group named "system:..."), except the groups that mean "everyone"\n# and service account identities.\ncheck: |\n  object.?roleRef.?name.orValue("") == "cluster-admin"\n  && object.?roleRef.?kind.orValue("ClusterRole") == "ClusterRole"\n  && !cel.bind(subjects,\n       type(object.?subjects.orValue([])) == list ? object.?subjects.orValue([]) : [],\n       size(subjects) > 0 && subjects.all(s,\n         s.?kind.orValue("") in ["User", "Group"]\n         && cel.bind(n, s.?name.orValue(""),\n              type(n) == string\n              && n.startsWith("system:")\n              && !n.startsWith("system:serviceaccount")\n              && !(n in ["system:authenticated", "system:unauthenticated", "system:anonymous"]))))\nfield: [roleRef.name]\nmessage: binds the cluster-admin ClusterRole\nwhy: |\n  `cluster-admin` allows every verb on every resource: through a ClusterRoleBinding the\n  subjects own the whole cluster (every Secret, every node via privileged pods, RBAC\n  itself, so a thief can also plant a quiet back door), and through a RoleBinding they\n  still read every Secret, run pods as any service account and rewrite roles in that\n  namespace. The CIS Kubernetes Benchmark asks to use it only where required (5.1.1).\n  Kubernetes\' own bootstrap bindings are exempt: like Polaris, kubegate leaves `system:`\n  identities alone, but it decides by the subjects (every one a `system:` User or Group)\n  rather than by the binding\'s name, which anyone can choose. `system:authenticated`,\n  `system:unauthenticated`, `system:anonymous` and service account identities\n  (`system:serviceaccount...`) are never exempt, since they hand the cluster to everyone\n  or to a workload.\nfix: |\n  Bind a role that lists what the subject needs, in the namespace where it needs it. The\n  built-in `admin`, `edit` and `view` ClusterRoles are often enough when used through a\n  RoleBinding:\n\n  ```yaml\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: RoleBinding\n  metadata:\n    name: team-a-edit\n    namespace: team-a\n  subjects:\n    - kind: Group\n      name: team-a-developers\n      apiGroup: rbac.authorization.k8s.io\n  roleRef:\n    kind: ClusterRole\n    name: edit\n    apiGroup: rbac.authorization.k8s.io\n  ```\n\n  Keep real cluster administration to a small break-glass group, bound outside the\n  application\'s manifests.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/rbac/cluster-role-binding.yaml", text: 'id: cluster-role-binding\ntitle: Prefer namespaced RoleBindings over ClusterRoleBindings\nseverity: low\ncategory: rbac\nmatch:\n  kinds: [ClusterRoleBinding]\n# Same system-identity exemption as cluster-admin-binding.\ncheck: |\n  !cel.bind(subjects,\n     type(object.?subjects.orValue([])) == list ? object.?subjects.orValue([]) : [],\n     size(subjects) > 0 && subjects.all(s,\n       s.?kind.orValue("") in ["User", "Group"]\n       && cel.bind(n, s.?name.orValue(""),\n            type(n) == string\n            && n.startsWith("system:")\n            && !n.startsWith("system:serviceaccount")\n            && !(n in ["system:authenticated", "system:unauthenticated", "system:anonymous"]))))\nmessage: grants its role in every namespace\nwhy: |\n  A ClusterRoleBinding grants its role in every namespace of the cluster, including\n  `kube-system` and namespaces created later. Even a modest role becomes dangerous at that\n  scope: "read ConfigMaps" across all tenants leaks other teams\' configuration, and when the\n  subject is a service account, one compromised pod reaches every namespace. Most\n  applications act only in their own namespace, and a RoleBinding that references the\n  same ClusterRole gives them exactly that. Bindings whose subjects are all Kubernetes\' own\n  `system:` users and groups are not reported.\nfix: |\n  Reference the ClusterRole from a RoleBinding in each namespace that needs it:\n\n  ```yaml\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: RoleBinding\n  metadata:\n    name: reporter-view\n    namespace: billing\n  subjects:\n    - kind: ServiceAccount\n      name: reporter\n      namespace: billing\n  roleRef:\n    kind: ClusterRole\n    name: view\n    apiGroup: rbac.authorization.k8s.io\n  ```\n\n  Keep ClusterRoleBindings for things that really are cluster-scoped (nodes,\n  CustomResourceDefinitions, cluster-wide controllers), and waive those findings with a\n  reason.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding\n' }, { file: "rules/rbac/rbac-ephemeral-containers.yaml", text: 'id: rbac-ephemeral-containers\ntitle: Roles must not allow adding ephemeral containers to pods\nseverity: high\ncategory: rbac\nmatch:\n  kinds: [Role, ClusterRole]\nforEach: policyRule\n# pods/* is not valid RBAC syntax, but "*/ephemeralcontainers" is (any resource\'s\n# ephemeralcontainers subresource). A bare "*" resource is rbac-wildcard\'s finding.\ncheck: |\n  cel.bind(verbs, type(rule.?verbs.orValue([])) == list ? rule.?verbs.orValue([]) : [],\n  cel.bind(resources, type(rule.?resources.orValue([])) == list ? rule.?resources.orValue([]) : [],\n  cel.bind(groups, type(rule.?apiGroups.orValue([])) == list ? rule.?apiGroups.orValue([]) : [],\n    ("" in groups || "*" in groups)\n    && resources.exists(r, r in ["pods/ephemeralcontainers", "*/ephemeralcontainers"])\n    && verbs.exists(v, v in ["create", "update", "patch", "*"])\n  )))\nfield: [resources]\nmessage: can add ephemeral containers to running pods\nwhy: |\n  Writing `pods/ephemeralcontainers` is how `kubectl debug` injects a new container into a\n  running pod, with an image and command of the holder\'s choosing. The injected container\n  gets the pod\'s service account token, volumes and network identity, and with\n  `targetContainerName` it shares the target\'s process namespace, so it can read that\n  container\'s files and memory through `/proc`. In effect this is `pods/exec` into every\n  pod in scope, even distroless pods with no shell. In a namespace without an enforcing\n  Pod Security level the injected container can also be privileged, which leads to the node.\nfix: |\n  Remove the write verbs on `pods/ephemeralcontainers` from roles used by workloads and\n  by everyday users. Give debugging access through a separate, time-limited role that is\n  bound only while an incident is open (and waived explicitly).\n\n  ```yaml\n  rules:\n    - apiGroups: [""]\n      resources: ["pods", "pods/log"]\n      verbs: ["get", "list", "watch"]\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/#ephemeral-container\n' }, { file: "rules/rbac/rbac-escalation-verbs.yaml", text: 'id: rbac-escalation-verbs\ntitle: Roles must not grant escalate, bind or impersonate\nseverity: critical\ncategory: rbac\nmatch:\n  kinds: [Role, ClusterRole]\nforEach: policyRule\ncheck: |\n  cel.bind(verbs, type(rule.?verbs.orValue([])) == list ? rule.?verbs.orValue([]) : [],\n  cel.bind(resources, type(rule.?resources.orValue([])) == list ? rule.?resources.orValue([]) : [],\n    verbs.exists(v, v in ["escalate", "bind", "impersonate"])\n    || ("*" in verbs && resources.exists(r, r in [\n         "roles", "clusterroles", "rolebindings", "clusterrolebindings",\n         "users", "groups", "serviceaccounts", "uids"]))\n  ))\nfield: [verbs]\nmessage: can escalate privileges (escalate, bind or impersonate)\nwhy: |\n  RBAC normally stops a subject from granting more than it already holds, and these three\n  verbs are the deliberate exceptions. `escalate` lets the holder add any permission to a\n  role it can edit, `bind` lets it bind roles it does not hold (such as `cluster-admin`)\n  to itself, and `impersonate` lets it send requests as another user, group or service\n  account, including the `system:masters` group. Any of them turns a modest token into\n  cluster admin in one API call, and a `"*"` verb on roles, bindings, users, groups or\n  service accounts includes them implicitly. The CIS Kubernetes Benchmark covers this in\n  5.1.8.\nfix: |\n  Grant the ordinary verbs the workload uses and leave escalation to the few\n  controllers that truly manage RBAC (and review those by hand, with a waiver).\n\n  ```yaml\n  rules:\n    - apiGroups: ["rbac.authorization.k8s.io"]\n      resources: ["rolebindings"]\n      verbs: ["get", "list", "watch"]\n  ```\n\n  If a controller must create RoleBindings for one specific role, restrict `bind` to\n  that role\'s name instead of all roles:\n\n  ```yaml\n  rules:\n    - apiGroups: ["rbac.authorization.k8s.io"]\n      resources: ["clusterroles"]\n      resourceNames: ["tenant-viewer"]\n      verbs: ["bind"]\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping\n  - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/rbac/rbac-nodes-proxy.yaml", text: 'id: rbac-nodes-proxy\ntitle: Roles must not grant access to nodes/proxy\nseverity: high\ncategory: rbac\nmatch:\n  kinds: [Role, ClusterRole]\nforEach: policyRule\n# "*/proxy" is a valid subresource wildcard and includes nodes/proxy; a bare "*" resource\n# is rbac-wildcard\'s finding.\ncheck: |\n  cel.bind(verbs, type(rule.?verbs.orValue([])) == list ? rule.?verbs.orValue([]) : [],\n  cel.bind(resources, type(rule.?resources.orValue([])) == list ? rule.?resources.orValue([]) : [],\n  cel.bind(groups, type(rule.?apiGroups.orValue([])) == list ? rule.?apiGroups.orValue([]) : [],\n    ("" in groups || "*" in groups)\n    && resources.exists(r, r in ["nodes/proxy", "*/proxy"])\n    && verbs.exists(v, v in ["get", "create", "*"])\n  )))\nfield: [resources]\nmessage: can reach the kubelet API through nodes/proxy\nwhy: |\n  `nodes/proxy` opens the kubelet\'s own API on every node the role covers: the holder can\n  list the node\'s pods, read their logs and run commands in any container there (the\n  kubelet\'s `/exec` and `/run` endpoints), whatever namespace the pod is in. Admission\n  checks that guard `pods/exec` never see these requests, and the API server\'s audit log\n  shows at most a `nodes/proxy` call, not which command ran where. Read-only `get` is not\n  safe either: the kubelet authorizes a WebSocket upgrade, which is an HTTP GET, with the\n  `get` verb, and that is enough to open an exec stream. Monitoring agents often ask for\n  it when `nodes/metrics` or `nodes/stats` would do (CIS Kubernetes Benchmark 5.1.10).\nfix: |\n  Grant the narrower kubelet subresources that metrics collectors actually use, and keep\n  `nodes/proxy` for none but tightly controlled node agents (with a waiver).\n\n  ```yaml\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterRole\n  metadata:\n    name: metrics-scraper\n  rules:\n    - apiGroups: [""]\n      resources: ["nodes", "nodes/metrics", "nodes/stats"]\n      verbs: ["get", "list", "watch"]\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/rbac/rbac-pod-exec.yaml", text: 'id: rbac-pod-exec\ntitle: Roles must not allow exec or attach into pods\nseverity: high\ncategory: rbac\nmatch:\n  kinds: [Role, ClusterRole]\nforEach: policyRule\n# "*/exec" and "*/attach" are valid RBAC subresource wildcards; a bare "*" resource is\n# rbac-wildcard\'s finding.\ncheck: |\n  cel.bind(verbs, type(rule.?verbs.orValue([])) == list ? rule.?verbs.orValue([]) : [],\n  cel.bind(resources, type(rule.?resources.orValue([])) == list ? rule.?resources.orValue([]) : [],\n  cel.bind(groups, type(rule.?apiGroups.orValue([])) == list ? rule.?apiGroups.orValue([]) : [],\n    ("" in groups || "*" in groups)\n    && resources.exists(r, r in ["pods/exec", "pods/attach", "*/exec", "*/attach"])\n    && verbs.exists(v, v in ["create", "get", "*"])\n  )))\nfield: [resources]\nmessage: can run commands in pods (pods/exec or pods/attach)\nwhy: |\n  `pods/exec` runs any command in any container of the namespace, and `pods/attach` takes\n  over a container\'s main process input and output. The holder sees the container\'s\n  environment, mounted Secrets and service account token, can reach everything the pod can\n  reach on the network, and leaves only an "exec" audit event, not a record of what was\n  typed. Do not count on `create` being the only dangerous verb: the WebSocket form of\n  exec and attach (used by newer kubectl) begins with an HTTP GET, and many clusters\n  authorize it with `get` alone.\nfix: |\n  Keep exec and attach out of roles bound to workloads, CI and everyday users. Read-only\n  troubleshooting rarely needs more than logs and events:\n\n  ```yaml\n  rules:\n    - apiGroups: [""]\n      resources: ["pods", "pods/log", "events"]\n      verbs: ["get", "list", "watch"]\n  ```\n\n  When people do need a shell, grant exec through a separate break-glass role that is\n  bound for the length of an incident and waived explicitly.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources\n  - https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/\n' }, { file: "rules/rbac/rbac-secret-read.yaml", text: 'id: rbac-secret-read\ntitle: Roles must not read Secrets\nseverity: high\ncategory: rbac\nmatch:\n  kinds: [Role, ClusterRole]\nforEach: policyRule\ncheck: |\n  cel.bind(verbs, type(rule.?verbs.orValue([])) == list ? rule.?verbs.orValue([]) : [],\n  cel.bind(resources, type(rule.?resources.orValue([])) == list ? rule.?resources.orValue([]) : [],\n  cel.bind(groups, type(rule.?apiGroups.orValue([])) == list ? rule.?apiGroups.orValue([]) : [],\n    ("" in groups || "*" in groups)\n    && "secrets" in resources\n    && verbs.exists(v, v in ["get", "list", "watch", "*"])\n  )))\nfield: [resources]\nmessage: can read Secrets\nwhy: |\n  Reading a Secret returns its value: database passwords, API keys, TLS private keys and,\n  in older clusters, the tokens of powerful service accounts. `list` is as bad as `get`,\n  because it returns the full contents of every Secret in scope, not just their names, and\n  `watch` keeps streaming new ones as they are created. One stolen token with this\n  permission therefore exposes every credential in the namespace (or, bound cluster-wide,\n  in the cluster), and many of those credentials open doors outside Kubernetes too. The\n  CIS Kubernetes Benchmark asks to minimise this access (5.1.2).\nfix: |\n  Mount the Secrets a workload needs as volumes or environment variables instead of\n  reading them through the API; the kubelet fetches them and the pod needs no RBAC at\n  all. If code must call the API, drop `list` and `watch` and restrict `get` to the\n  named Secrets (and record a waiver for this finding, since the permission remains):\n\n  ```yaml\n  rules:\n    - apiGroups: [""]\n      resources: ["secrets"]\n      resourceNames: ["payments-db-credentials"]\n      verbs: ["get"]\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/concepts/security/secrets-good-practices/\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/rbac/rbac-wildcard.yaml", text: 'id: rbac-wildcard\ntitle: Roles must not use wildcards in verbs, resources or apiGroups\nseverity: high\ncategory: rbac\nmatch:\n  kinds: [Role, ClusterRole]\nforEach: policyRule\n# One finding per wildcard list, each pointing at its own line.\ncheck: |\n  ["apiGroups", "resources", "verbs"].filter(f,\n    cel.bind(values, rule[?f].orValue([]), type(values) == list && "*" in values))\nmessage: uses a "*" wildcard\nwhy: |\n  A `"*"` does not describe what a workload needs; it grants everything the API server\n  serves now and later. `verbs: ["*"]` silently includes `escalate`, `bind`, `impersonate`\n  and `deletecollection`, `resources: ["*"]` includes Secrets, `pods/exec` and\n  `nodes/proxy`, and `apiGroups: ["*"]` covers every CustomResourceDefinition installed\n  later, so the role grows without anyone editing it. Whoever steals the token of a\n  subject bound to such a role usually owns the whole namespace or cluster. The CIS\n  Kubernetes Benchmark asks to minimise wildcards in Roles and ClusterRoles (5.1.3).\nfix: |\n  List the API groups, resources and verbs the workload actually calls. Running it once\n  with audit logging (or `kubectl auth can-i --list --as=system:serviceaccount:<ns>:<sa>`)\n  shows what is really used.\n\n  ```yaml\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: Role\n  metadata:\n    name: report-reader\n    namespace: billing\n  rules:\n    - apiGroups: ["apps"]\n      resources: ["deployments"]\n      verbs: ["get", "list", "watch"]\n    - apiGroups: [""]\n      resources: ["configmaps"]\n      resourceNames: ["report-settings"]\n      verbs: ["get"]\n  ```\n\n  If the goal is "everything my operator\'s CRDs offer" for the built-in `admin`/`edit`\n  roles, do not write a star: publish an aggregated ClusterRole with explicit rules and\n  let Kubernetes fold it in through a label.\n\n  ```yaml\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterRole\n  metadata:\n    name: widgets-edit\n    labels:\n      rbac.authorization.k8s.io/aggregate-to-admin: "true"\n      rbac.authorization.k8s.io/aggregate-to-edit: "true"\n  rules:\n    - apiGroups: ["widgets.example.com"]\n      resources: ["widgets", "widgets/status"]\n      verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/rbac/system-masters-group.yaml", text: 'id: system-masters-group\ntitle: Bindings must not name the system:masters group\nseverity: critical\ncategory: rbac\nmatch:\n  kinds: [RoleBinding, ClusterRoleBinding]\nforEach: subject\ncheck: |\n  subject.?kind.orValue("") == "Group" && subject.?name.orValue("") == "system:masters"\nfield: [name]\nmessage: names the system:masters group\nwhy: |\n  Members of `system:masters` skip authorization altogether: the API server allows their\n  requests before RBAC or any authorization webhook is consulted, and no binding can take\n  that away. Membership comes from the credential itself (typically the organisation field\n  of a client certificate), so a leaked certificate in that group stays a full\n  administrator until it expires or the cluster CA is rotated. A binding that names the\n  group adds nothing for real members; it shows that access leans on this unrevocable,\n  unauditable identity instead of a reviewable group. The CIS Kubernetes Benchmark asks to\n  avoid the group outside break-glass use (5.1.7).\nfix: |\n  Give administrators an ordinary group from your identity provider and bind that group\n  to the role it needs, so access can be reviewed and revoked:\n\n  ```yaml\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterRoleBinding\n  metadata:\n    name: platform-admins\n  subjects:\n    - kind: Group\n      name: platform-admins\n      apiGroup: rbac.authorization.k8s.io\n  roleRef:\n    kind: ClusterRole\n    name: admin\n    apiGroup: rbac.authorization.k8s.io\n  ```\n\n  Keep `system:masters` certificates for emergencies only, stored offline.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/secrets/secret-in-env.yaml", text: 'id: secret-in-env\ntitle: Secrets must not be written as literal environment variable values\nseverity: high\ncategory: secrets\nmatch:\n  kinds: [Workload]\nforEach: envVar\n# A literal, non-empty value (a string, or an unquoted number) under a name that looks\n# like a credential. Names that only point at a secret (..._FILE, ..._PATH, ..._NAME,\n# ..._URL ...), booleans and pure $(OTHER_VAR) references are left alone. A value that\n# holds a PEM private key is reported whatever the variable is called.\ncheck: |\n  cel.bind(name, env.?name.orValue(""),\n  cel.bind(value, env.?value.orValue(""),\n    (type(value) == string && value.matches("BEGIN [A-Z0-9 ]*PRIVATE KEY")) ||\n    (type(name) == string &&\n      (type(value) == string\n        ? value.trim() != "" &&\n          !(value.lowerAscii() in ["true", "false"]) &&\n          !value.matches("^\\\\$\\\\([A-Za-z_][A-Za-z0-9_.-]*\\\\)$")\n        : type(value) in [int, uint, double]) &&\n      cel.bind(upper, name.upperAscii(),\n        ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY",\n         "CREDENTIAL", "ACCESS_KEY"].exists(k, upper.contains(k)) &&\n        !["_FILE", "_PATH", "_DIR", "_NAME", "_URL", "_URI", "_ENDPOINT", "_TTL",\n          "_TIMEOUT"].exists(s, upper.endsWith(s))))))\nfield: [value]\nmessage: sets a credential-like variable from a literal value\nwhy: |\n  A value written into the manifest is stored in plain text in Git, in every clone and\n  fork, in CI logs and artifacts, and in the workload object itself, where anyone allowed\n  to `get` or `describe` Deployments or Pods can read it. Read access to workloads is\n  handed out far more widely than read access to Secrets, so a password placed here\n  leaks to people and tools that were never meant to see it, and removing it later does\n  not remove it from the repository history. The credential has to be treated as\n  compromised and rotated.\nfix: |\n  Store the value in a Secret (created outside the repository, or encrypted with a tool\n  such as Sealed Secrets, SOPS or External Secrets) and reference it; mounting it as a\n  file is better still:\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/app@sha256:<digest>\n      env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: app-db\n              key: password\n  ```\n\n  Then rotate the credential that was committed: it is in the Git history.\nreferences:\n  - https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables\n  - https://kubernetes.io/docs/concepts/security/secrets-good-practices/\n  - https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/secrets/secret-in-manifest.yaml", text: 'id: secret-in-manifest\ntitle: Secret values must not be committed in manifests\nseverity: high\ncategory: secrets\nmatch:\n  kinds: [Secret]\n# One finding per key that carries a value. Empty values and whole-value placeholders\n# filled in at deploy time (${VAR}, {{ ... }}) are not secrets yet; tls.crt and ca.crt\n# hold public certificates. Token Secrets are service-account-token-secret\'s finding.\n# Values are never echoed.\ncheck: |\n  object.?type.orValue("") == "kubernetes.io/service-account-token" ? [] :\n  cel.bind(d, object.?data.orValue({}),\n    type(d) == map\n      ? d.map(k, type(k) == string && !(k in ["tls.crt", "ca.crt"]) && d[k] != null && d[k] != ""\n                 && !(type(d[k]) == string && d[k].matches("^\\\\s*(\\\\$\\\\{[^}]*\\\\}|\\\\{\\\\{.*\\\\}\\\\})\\\\s*$")),\n              k.contains("\\"") || k.contains("\\\\") ? "data" : "data[\\"" + k + "\\"]")\n      : []) +\n  cel.bind(sd, object.?stringData.orValue({}),\n    type(sd) == map\n      ? sd.map(k, type(k) == string && !(k in ["tls.crt", "ca.crt"]) && sd[k] != null && sd[k] != ""\n                  && !(type(sd[k]) == string && sd[k].matches("^\\\\s*(\\\\$\\\\{[^}]*\\\\}|\\\\{\\\\{.*\\\\}\\\\})\\\\s*$")),\n               k.contains("\\"") || k.contains("\\\\") ? "stringData" : "stringData[\\"" + k + "\\"]")\n      : [])\nmessage: commits a Secret value in the repository\nwhy: |\n  Values under `data` are base64, an encoding anyone reverses with one command, and\n  `stringData` is plain text. Once committed, the value is readable by everyone with read\n  access to the repository, its forks and clones, CI logs and caches, and it stays in the\n  Git history after the line is deleted. Whoever gets any of those holds the database\n  password, API key or TLS private key directly, without touching the cluster. Treat a\n  committed value as leaked: rotate it, then remove it.\nfix: |\n  Keep the value out of Git and let the cluster fetch or decrypt it. For example with the\n  External Secrets Operator, the manifest names the secret but not its value:\n\n  ```yaml\n  apiVersion: external-secrets.io/v1\n  kind: ExternalSecret\n  metadata:\n    name: payments-db\n    namespace: payments\n  spec:\n    refreshInterval: 1h\n    secretStoreRef:\n      kind: ClusterSecretStore\n      name: vault\n    target:\n      name: payments-db\n    data:\n      - secretKey: password\n        remoteRef:\n          key: payments/db\n          property: password\n  ```\n\n  Sealed Secrets (encrypted with the cluster\'s public key), SOPS-encrypted files\n  decrypted in the deployment pipeline, or the Secrets Store CSI driver work as well.\n  Rotate any credential that was ever committed.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/secrets-good-practices/\n  - https://kubernetes.io/docs/concepts/configuration/secret/\n  - https://external-secrets.io/latest/\n' }, { file: "rules/secrets/service-account-token-secret.yaml", text: 'id: service-account-token-secret\ntitle: Do not create long-lived service account token Secrets\nseverity: medium\ncategory: secrets\nmatch:\n  kinds: [Secret]\ncheck: |\n  object.?type.orValue("") == "kubernetes.io/service-account-token"\nfield: [type]\nmessage: requests a long-lived service account token\nwhy: |\n  A Secret of type `kubernetes.io/service-account-token` makes the control plane mint a\n  token for the named service account that never expires and is not tied to any pod. It\n  works from anywhere the API server is reachable, so a copy leaked through a backup, a CI\n  log or a `get secrets` permission keeps working until someone notices and deletes the\n  Secret, which makes it a favourite for persistence after a breach. Tokens from the\n  TokenRequest API (projected volumes, `kubectl create token`) expire, name their audience\n  and die with the pod that held them.\nfix: |\n  Delete the Secret and let pods receive short-lived tokens through a projected volume\n  (this is also what the default service account mount does):\n\n  ```yaml\n  spec:\n    serviceAccountName: reporter\n    containers:\n      - name: app\n        image: registry.example/reporter@sha256:<digest>\n        volumeMounts:\n          - name: api-token\n            mountPath: /var/run/secrets/tokens\n            readOnly: true\n    volumes:\n      - name: api-token\n        projected:\n          sources:\n            - serviceAccountToken:\n                path: token\n                audience: reports.example.com\n                expirationSeconds: 3600\n  ```\n\n  For a system outside the cluster, prefer workload identity federation; if it really\n  needs a Kubernetes token, issue a short one with `kubectl create token <sa>\n  --duration=1h` and rotate it.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/service-accounts/\n  - https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/\n  - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/\n' }, { file: "rules/workload-hardening/allow-privilege-escalation.yaml", text: 'id: allow-privilege-escalation\ntitle: Containers must set allowPrivilegeEscalation to false\nseverity: high\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# Unset means allowed: the kernel lets setuid binaries raise privileges unless the\n# no_new_privs flag is set. Windows pods cannot set the field.\ncheck: |\n  podSpec.?os.?name.orValue("") != "windows" &&\n  container.?securityContext.?allowPrivilegeEscalation.orValue(true) != false\nfield: [securityContext.allowPrivilegeEscalation]\nsuggest: { key: allowPrivilegeEscalation, value: false }\nmessage: allows privilege escalation\nwhy: |\n  Unless `allowPrivilegeEscalation` is `false`, the container\'s processes are started\n  without the kernel\'s `no_new_privs` flag, so a program can gain more privileges than\n  its parent had: a setuid-root binary such as `su`, `sudo`, `mount` or `ping` in the\n  image, or one the attacker manages to create, runs as root even when the container\n  itself runs as an ordinary user. That undoes `runAsNonRoot` and dropped capabilities\n  in a single `exec`. The field is not secure by default: leaving it out means\n  escalation is allowed (Pod Security Standards, Restricted; CIS Kubernetes Benchmark\n  5.2.6).\nfix: |\n  Set the field explicitly in every container, init containers included:\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/app@sha256:<digest>\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities:\n          drop: ["ALL"]\n  ```\n\n  It is always `true` for privileged containers and for containers that add\n  `CAP_SYS_ADMIN`, so remove those first.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted\n  - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/\n  - https://docs.kernel.org/userspace-api/no_new_privs.html\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/workload-hardening/drop-all-capabilities.yaml", text: 'id: drop-all-capabilities\ntitle: Containers must drop all Linux capabilities\nseverity: medium\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# "ALL" is compared case-insensitively. Windows pods have no Linux capabilities to drop.\ncheck: |\n  podSpec.?os.?name.orValue("") != "windows" &&\n  cel.bind(drop, container.?securityContext.?capabilities.?drop.orValue([]),\n    !(type(drop) == list &&\n      drop.exists(c, type(c) == string && c.lowerAscii() == "all")))\nfield: [securityContext.capabilities.drop]\nmessage: does not drop all capabilities\nwhy: |\n  Container runtimes hand every container a default set of Linux capabilities, such as\n  `NET_RAW` (forge packets, spoof ARP and DNS on the pod network), `CHOWN`, `FOWNER`,\n  `SETUID`/`SETGID` and `MKNOD`. Almost no application needs them, but an attacker who\n  gets code execution uses them to sniff or poison traffic from neighbouring pods, to\n  change file ownership and permissions, and as building blocks for kernel exploits and\n  container escapes. Dropping `ALL` and adding back the one or two a program really\n  needs keeps the kernel attack surface as small as the workload allows (Pod Security\n  Standards, Restricted; CIS Kubernetes Benchmark 5.2.8-5.2.10).\nfix: |\n  Drop everything, then add back only what is needed (for the Restricted profile, at most\n  `NET_BIND_SERVICE`, and only to listen on a port below 1024):\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/app@sha256:<digest>\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities:\n          drop: ["ALL"]\n          add: ["NET_BIND_SERVICE"]   # only if really needed\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted\n  - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container\n  - https://man7.org/linux/man-pages/man7/capabilities.7.html\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/workload-hardening/host-namespaces.yaml", text: 'id: host-namespaces\ntitle: Pods must not share the node\'s network, PID or IPC namespace\nseverity: critical\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\n# One finding per shared namespace, each on its own line.\ncheck: |\n  ["hostNetwork", "hostPID", "hostIPC"]\n    .filter(f, podSpec[?f].orValue(false) == true)\n    .map(f, "$pod." + f)\nmessage: shares a host namespace\nwhy: |\n  Namespaces are what make a container a container; each of these flags removes one wall\n  between the pod and the node. With `hostNetwork` the pod sits on the node\'s network\n  stack: it can reach services bound to localhost (the kubelet, node exporters, cloud\n  metadata proxies), sniff node traffic and bypass NetworkPolicies. With `hostPID` it\n  sees every process on the node, can read their environment variables and\n  `/proc/<pid>/root`, and can signal or `ptrace` them. With `hostIPC` it can attach to\n  the shared memory segments and message queues of host processes. Any of them turns an\n  application bug into access to the node and its other tenants (CIS Kubernetes\n  Benchmark 5.2.3-5.2.5).\nfix: |\n  Remove the flags (they default to `false`) or set them to `false` explicitly:\n\n  ```yaml\n  spec:\n    hostNetwork: false\n    hostPID: false\n    hostIPC: false\n    containers:\n      - name: app\n        image: registry.example/app@sha256:<digest>\n        ports:\n          - containerPort: 8080\n  ```\n\n  Expose the pod through a Service instead of the node\'s network; for debugging a node,\n  use a short-lived `kubectl debug node/<name>` session rather than a permanent workload.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline\n  - https://kubernetes.io/docs/concepts/security/linux-kernel-security-constraints/\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/workload-hardening/host-path-volume.yaml", text: 'id: host-path-volume\ntitle: Pods must not mount hostPath volumes\nseverity: high\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: volume\ncheck: |\n  volume.?hostPath.orValue(null) != null\nfield: [hostPath.path, hostPath]\nmessage: mounts a directory of the node\nwhy: |\n  A `hostPath` volume hands the pod a directory or file of the node itself, outside any\n  container isolation. Mounting `/var/run/containerd/containerd.sock` or the Docker\n  socket gives full control of every container on the node; `/etc`, `/root` or `/` let\n  an attacker add an SSH key, a cron job or a systemd unit and own the node;\n  `/var/lib/kubelet` exposes other pods\' secrets and service account tokens; even a\n  read-only mount of `/var/log` or `/proc` leaks data about other tenants, and symlink\n  tricks have turned "read-only" log mounts into host file reads. Host paths are also\n  tied to one node, so the data does not follow the pod (CIS Kubernetes Benchmark\n  5.2.12).\nfix: |\n  Use a volume type that does not reach into the node: `emptyDir` for scratch space,\n  a PersistentVolumeClaim for data, a ConfigMap or Secret for configuration:\n\n  ```yaml\n  spec:\n    containers:\n      - name: app\n        image: registry.example/app@sha256:<digest>\n        volumeMounts:\n          - name: cache\n            mountPath: /var/cache/app\n    volumes:\n      - name: cache\n        emptyDir: {}\n  ```\n\n  Node agents that must read a host directory (log shippers, CSI drivers) should mount\n  the narrowest path with `readOnly: true`, run in their own namespace, and carry a\n  documented waiver.\nreferences:\n  - https://kubernetes.io/docs/concepts/storage/volumes/#hostpath\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/workload-hardening/host-port.yaml", text: "id: host-port\ntitle: Containers must not bind ports on the node\nseverity: medium\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: containerPort\ncheck: |\n  cel.bind(hp, port.?hostPort.orValue(0),\n    type(hp) in [int, uint, double] && hp != 0)\nfield: [hostPort]\nmessage: binds a port on the node (hostPort)\nwhy: |\n  A `hostPort` opens the port directly on the node's IP address, next to the kubelet and\n  other node services. That exposes the container to anyone who can reach the node,\n  outside the Service and Ingress path where exposure is normally reviewed, and\n  depending on the network plugin, NetworkPolicies may not apply to that traffic. A pod\n  that can claim arbitrary host ports can also squat on a port another node component\n  expects and intercept its traffic. It also limits scheduling to one such pod per node\n  and port (CIS Kubernetes Benchmark 5.2.13; Pod Security Standards, Baseline).\nfix: |\n  Drop `hostPort` and publish the container port through a Service:\n\n  ```yaml\n  containers:\n    - name: web\n      image: registry.example/web@sha256:<digest>\n      ports:\n        - name: http\n          containerPort: 8080\n  ---\n  apiVersion: v1\n  kind: Service\n  metadata:\n    name: web\n  spec:\n    selector:\n      app: web\n    ports:\n      - name: http\n        port: 80\n        targetPort: http\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/configuration/overview/\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline\n  - https://kubernetes.io/docs/concepts/services-networking/service/\n  - https://www.cisecurity.org/benchmark/kubernetes\n" }, { file: "rules/workload-hardening/image-digest-required.yaml", text: 'id: image-digest-required\ntitle: Images must be pinned by digest where the config requires it\nseverity: high\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\ncheck: |\n  cel.bind(namespaces,\n    type(params.?digestNamespaces.orValue([])) == list ? params.?digestNamespaces.orValue([]) : [],\n  cel.bind(paths,\n    type(params.?digestPathPatterns.orValue([])) == list ? params.?digestPathPatterns.orValue([]) : [],\n  cel.bind(img, container.?image.orValue(""),\n    type(img) == string && img.trim() != "" &&\n    !img.matches("@sha256:[0-9a-f]{64}$") &&\n    (object.?metadata.?namespace.orValue("") in namespaces ||\n     paths.exists(p, file.matches(string(p)))))))\nfield: [image]\nmessage: image must be pinned by digest here (images.requireDigest)\nwhy: |\n  The `image-digest` rule (low) asks for digests everywhere; some places cannot wait. In\n  production namespaces, or in the folders that deploy them, an image referenced by tag\n  can change under you: anyone who can push to the registry (a stolen CI token, a\n  compromised upstream account) re-points the tag, and the next restart runs their code\n  with nothing changed in the repository. `images.requireDigest` in `.kubegate.yaml` names\n  those namespaces and paths, and this rule fails the gate there until every image is\n  pinned. Off until configured.\nfix: |\n  Resolve the tag to its digest and pin it (keep the tag in front for readers):\n\n  ```yaml\n  containers:\n    - name: web\n      image: registry.acme.example/web:1.8.2@sha256:4f3c0e...\n  ```\n\n  and say where digests are required:\n\n  ```yaml\n  images:\n    requireDigest:\n      namespaces: [payments, prod]\n      paths: ["deploy/prod/**"]\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/containers/images/#image-names\n  - https://kubernetes.io/docs/concepts/security/security-checklist/#images\n' }, { file: "rules/workload-hardening/image-digest.yaml", text: 'id: image-digest\ntitle: Container images should be pinned by digest\nseverity: low\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\ncheck: |\n  cel.bind(img, container.?image.orValue(""),\n    type(img) == string && img.trim() != "" &&\n    !img.matches("@sha256:[0-9a-f]{64}$"))\nfield: [image]\nmessage: image is not pinned by digest\nwhy: |\n  Tags, version tags included, are mutable labels: the registry lets anyone with push\n  rights move `app:1.8.2` to a different image. If an attacker steals a CI token or a\n  registry credential, or an upstream project\'s account is taken over, re-pointing a\n  tag puts their code into your cluster at the next pod restart or scale-up, and nothing\n  in the manifest or the review trail changes. A `sha256` digest names the exact image\n  content; a pod pinned by digest runs precisely the bytes that were built and reviewed.\nfix: |\n  Resolve the tag to its digest (for example with `crane digest` or\n  `docker buildx imagetools inspect`) and reference it; keeping the tag in front helps\n  readers:\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/team/app:1.8.2@sha256:<64 hex digits>\n  ```\n\n  Renovate and Dependabot can keep the digests up to date for you; admission policies\n  with image signature verification (Sigstore/cosign) complete the picture.\nreferences:\n  - https://kubernetes.io/docs/concepts/containers/images/#image-names\n  - https://kubernetes.io/docs/concepts/configuration/overview/\n  - https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier\n' }, { file: "rules/workload-hardening/image-latest-tag.yaml", text: 'id: image-latest-tag\ntitle: Container images must not use the latest tag or omit the tag\nseverity: medium\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# The tag is whatever follows ":" in the last path segment, so a registry port\n# ("host:5000/app") is not mistaken for a tag. No tag and no digest means "latest".\ncheck: |\n  cel.bind(img, container.?image.orValue(""),\n    type(img) == string && img.trim() != "" &&\n    cel.bind(name, img.split("@")[0],\n    cel.bind(segments, name.split("/"),\n    cel.bind(last, segments[size(segments) - 1],\n    cel.bind(tag, last.contains(":") ? last.substring(last.indexOf(":") + 1) : "",\n      (tag == "latest" || tag == "") && !img.contains("@"))))))\nfield: [image]\nmessage: uses a mutable latest (or missing) image tag\nwhy: |\n  `latest`, and an image reference with no tag at all which means the same thing, point\n  at whatever was pushed last. The code that runs is then decided at pull time, not in\n  review: anyone who can push to that repository (or a compromised CI job, or a\n  typosquatted upstream) changes what your cluster executes without touching a manifest,\n  and two replicas started an hour apart may run different code. It also defeats\n  rollbacks and incident analysis, because the manifest no longer says which build was\n  running. A reference that also carries a digest (`app:latest@sha256:...`) is pinned by\n  the digest, so this rule accepts it.\nfix: |\n  Reference an immutable version tag, or better a digest (see `image-digest`):\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/team/app:1.8.2\n      # or, pinned exactly:\n      # image: registry.example/team/app:1.8.2@sha256:<digest>\n  ```\n\n  Let a tool such as Renovate or Dependabot propose version bumps, so updates still\n  arrive but go through review.\nreferences:\n  - https://kubernetes.io/docs/concepts/containers/images/#image-names\n  - https://kubernetes.io/docs/concepts/containers/images/#updating-images\n  - https://kubernetes.io/docs/concepts/configuration/overview/\n' }, { file: "rules/workload-hardening/image-registry.yaml", text: 'id: image-registry\ntitle: Images come only from the allowed registries\nseverity: high\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# An image without a registry host is Docker Hub\'s (`nginx` is docker.io/library/nginx,\n# `bitnami/nginx` is docker.io/bitnami/nginx); the first segment is a host when it has a\n# dot or a port, or is `localhost`.\ncheck: |\n  cel.bind(allowed,\n    type(params.?allowedRegistries.orValue([])) == list ? params.?allowedRegistries.orValue([]) : [],\n  cel.bind(img, container.?image.orValue(""),\n  cel.bind(full,\n    type(img) != string ? "" :\n    img.matches("^([^/]*[.:][^/]*|localhost)/") ? img :\n    img.contains("/") ? "docker.io/" + img : "docker.io/library/" + img,\n    size(allowed) > 0 && full != "" &&\n    !allowed.exists(r, full.startsWith(string(r) + "/")))))\nfield: [image]\nmessage: image is not from an allowed registry\nwhy: |\n  Whoever controls the registry an image comes from controls the code that runs in your\n  cluster. A public registry namespace can be taken over, typo-squatted (`ngnix`) or simply\n  deleted, and images pulled from anywhere skip the scanning, signing and provenance checks\n  an internal registry or mirror enforces. An allow-list of registries (`images.allowedRegistries`\n  in `.kubegate.yaml`) turns "we only run images we build or mirror" into a check on every\n  pull request. The rule is off until the list is set.\nfix: |\n  Pull the image through an allowed registry, for example your mirror of Docker Hub:\n\n  ```yaml\n  containers:\n    - name: web\n      image: registry.acme.example/mirror/library/nginx:1.27@sha256:...\n  ```\n\n  and list the registries (hosts, or host/path prefixes) in `.kubegate.yaml`:\n\n  ```yaml\n  images:\n    allowedRegistries: [registry.acme.example, ghcr.io/acme]\n  ```\nreferences:\n  - https://kubernetes.io/docs/concepts/containers/images/#image-names\n  - https://kubernetes.io/docs/concepts/security/security-checklist/#images\n' }, { file: "rules/workload-hardening/privileged-container.yaml", text: "id: privileged-container\ntitle: Containers must not run privileged\nseverity: critical\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\ncheck: |\n  container.?securityContext.?privileged.orValue(false) == true\nfield: [securityContext.privileged]\nsuggest: { key: privileged, value: false }\nmessage: runs privileged\nwhy: |\n  A privileged container gets every Linux capability, sees all of the node's devices\n  under `/dev` and runs without the seccomp and AppArmor/SELinux confinement that\n  normally fences it in. Anyone who gets code execution inside it (a vulnerable\n  dependency, an exposed debug endpoint) can mount the node's disk, load kernel modules\n  or write to the host's cgroups, and from there read every other pod's secrets and the\n  kubelet's credentials: one compromised container becomes a compromised node. The Pod\n  Security Standards forbid it from the Baseline level up (CIS Kubernetes Benchmark\n  5.2.2).\nfix: |\n  Remove `privileged: true`. If the workload needs one specific kernel feature, grant\n  only that capability and keep everything else dropped:\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/app@sha256:<digest>\n      securityContext:\n        privileged: false\n        allowPrivilegeEscalation: false\n        capabilities:\n          drop: [\"ALL\"]\n          add: [\"NET_BIND_SERVICE\"]   # only if really needed\n  ```\n\n  Node agents that truly need the host (CNI plugins, storage drivers) belong in a\n  dedicated namespace with a documented waiver, not in application manifests.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline\n  - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/\n  - https://www.cisecurity.org/benchmark/kubernetes\n" }, { file: "rules/workload-hardening/read-only-root-filesystem.yaml", text: 'id: read-only-root-filesystem\ntitle: Containers must use a read-only root filesystem\nseverity: medium\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# Windows pods cannot set readOnlyRootFilesystem (the API server rejects it), so they are\n# not asked to.\ncheck: |\n  podSpec.?os.?name.orValue("") != "windows" &&\n  container.?securityContext.?readOnlyRootFilesystem.orValue(false) != true\nfield: [securityContext.readOnlyRootFilesystem]\nsuggest: { key: readOnlyRootFilesystem, value: true }\nmessage: has a writable root filesystem\nwhy: |\n  With a writable root filesystem, an attacker who gets a shell or code execution in the\n  container can drop their own tools (scanners, miners, reverse shells), replace the\n  application\'s binaries or scripts so the backdoor survives a process restart, or plant\n  files that a later `exec` by an operator will run. Making the image\'s filesystem\n  read-only turns the container into an immutable copy of what was reviewed and built:\n  anything the attacker downloads has nowhere to live except the few scratch volumes you\n  mounted on purpose.\nfix: |\n  Set `readOnlyRootFilesystem: true` and mount an `emptyDir` at each path the\n  application really writes to (temporary files, caches, sockets):\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/app@sha256:<digest>\n      securityContext:\n        readOnlyRootFilesystem: true\n      volumeMounts:\n        - name: tmp\n          mountPath: /tmp\n  volumes:\n    - name: tmp\n      emptyDir:\n        sizeLimit: 64Mi\n  ```\nreferences:\n  - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/\n  - https://kubernetes.io/docs/concepts/storage/volumes/#emptydir\n  - https://kubernetes.io/docs/concepts/security/security-checklist/\n' }, { file: "rules/workload-hardening/resource-limits.yaml", text: 'id: resource-limits\ntitle: Containers must set CPU and memory limits\nseverity: medium\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# One finding per missing limit. Ephemeral containers cannot have resources.\ncheck: |\n  containerType == "ephemeralContainer" ? [] :\n    ["cpu", "memory"]\n      .filter(r, container.?resources.?limits[?r].orValue(null) in [null, ""])\n      .map(r, "resources.limits." + r)\nmessage: has no CPU or memory limit\nwhy: |\n  Without limits, one container can take all the CPU and memory of its node. A\n  compromised or simply buggy workload (a crypto miner, a memory leak, a request flood\n  that an attacker triggers on purpose) then starves every other pod on that node,\n  including ingress controllers and monitoring, and memory pressure makes the kubelet\n  evict or the kernel OOM-kill neighbours that did nothing wrong. A memory limit confines\n  the damage to the offending container, which is restarted; a CPU limit caps how much\n  compute a hijacked pod can burn. Limits are also what ResourceQuotas and capacity\n  planning rely on.\nfix: |\n  Give every container (init containers too) requests and limits sized from observed\n  usage:\n\n  ```yaml\n  containers:\n    - name: app\n      image: registry.example/app@sha256:<digest>\n      resources:\n        requests:\n          cpu: 100m\n          memory: 128Mi\n        limits:\n          cpu: 500m\n          memory: 256Mi\n  ```\n\n  A LimitRange in the namespace can supply defaults, but keeping the values in the\n  manifest makes them reviewable here.\nreferences:\n  - https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/\n  - https://kubernetes.io/docs/concepts/policy/limit-range/\n  - https://kubernetes.io/docs/concepts/policy/resource-quotas/\n' }, { file: "rules/workload-hardening/run-as-non-root.yaml", text: "id: run-as-non-root\ntitle: Containers must run as a non-root user\nseverity: high\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# The container's securityContext overrides the pod's. The container is fine when the\n# effective runAsNonRoot is true or the effective runAsUser is a non-zero UID; an explicit\n# runAsNonRoot: false or runAsUser: 0 is always a violation.\ncheck: |\n  cel.bind(cNonRoot, container.?securityContext.?runAsNonRoot.orValue(null),\n  cel.bind(pNonRoot, podSpec.?securityContext.?runAsNonRoot.orValue(null),\n  cel.bind(nonRoot, type(cNonRoot) == bool ? cNonRoot : pNonRoot,\n  cel.bind(cUser, container.?securityContext.?runAsUser.orValue(null),\n  cel.bind(pUser, podSpec.?securityContext.?runAsUser.orValue(null),\n  cel.bind(user,\n    type(cUser) in [int, uint, double] ? double(cUser)\n      : (type(pUser) in [int, uint, double] ? double(pUser) : -1.0),\n    nonRoot == false || user == 0.0 || (nonRoot != true && user <= 0.0)\n  ))))))\nfield:\n  - securityContext.runAsNonRoot\n  - securityContext.runAsUser\n  - $pod.securityContext.runAsNonRoot\n  - $pod.securityContext.runAsUser\nsuggest: { key: runAsNonRoot, value: true }\nmessage: may run as root (UID 0)\nwhy: |\n  Unless told otherwise, a container runs as whatever user its image declares, and for\n  most images that is root. Root inside a container is the same UID 0 as root on the\n  node: if an attacker breaks out through a kernel or runtime bug, or through a mounted\n  host path or socket, they land on the node with full privileges instead of as a\n  harmless unprivileged user. Root in the container also lets them overwrite the\n  application's own binaries and install tools. `runAsNonRoot: true` makes the kubelet\n  refuse to start the container as UID 0, so a changed base image cannot silently bring\n  root back (Pod Security Standards, Restricted; CIS Kubernetes Benchmark 5.2.7).\nfix: |\n  Set `runAsNonRoot: true` (and ideally a fixed non-zero UID) at pod level, so that every\n  container, including init containers, inherits it; do not override it with `false` or\n  `runAsUser: 0` in a container:\n\n  ```yaml\n  spec:\n    securityContext:\n      runAsNonRoot: true\n      runAsUser: 10001\n      runAsGroup: 10001\n    containers:\n      - name: app\n        image: registry.example/app@sha256:<digest>\n  ```\n\n  If the image only works as root, rebuild it with a `USER 10001` instruction and make\n  the files it writes owned by that user (or mount an `emptyDir` for them).\nreferences:\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted\n  - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/\n  - https://www.cisecurity.org/benchmark/kubernetes\n" }, { file: "rules/workload-hardening/seccomp-profile.yaml", text: 'id: seccomp-profile\ntitle: Containers must run with the RuntimeDefault or a Localhost seccomp profile\nseverity: medium\ncategory: workload-hardening\nmatch:\n  kinds: [Workload]\nforEach: container\n# The most specific setting wins: container field, then the container\'s legacy\n# annotation, then the pod field, then the pod\'s legacy annotation. Windows has no seccomp.\ncheck: |\n  podSpec.?os.?name.orValue("") != "windows" &&\n  cel.bind(cType, container.?securityContext.?seccompProfile.?type.orValue(null),\n  cel.bind(pType, podSpec.?securityContext.?seccompProfile.?type.orValue(null),\n  cel.bind(annotations, podMeta.?annotations.orValue({}),\n  cel.bind(cName, container.?name.orValue(""),\n  cel.bind(cLegacy,\n    type(cName) == string && cName != ""\n      ? annotations[?"container.seccomp.security.alpha.kubernetes.io/" + cName].orValue(null)\n      : null,\n  cel.bind(pLegacy, annotations[?"seccomp.security.alpha.kubernetes.io/pod"].orValue(null),\n    type(cType) == string ? !(cType in ["RuntimeDefault", "Localhost"])\n    : type(cLegacy) == string\n      ? !(cLegacy in ["runtime/default", "docker/default"] || cLegacy.startsWith("localhost/"))\n    : type(pType) == string ? !(pType in ["RuntimeDefault", "Localhost"])\n    : !(type(pLegacy) == string &&\n        (pLegacy in ["runtime/default", "docker/default"] || pLegacy.startsWith("localhost/")))\n  ))))))\nfield:\n  - securityContext.seccompProfile.type\n  - $pod.securityContext.seccompProfile.type\nmessage: runs without a seccomp profile (Unconfined)\nwhy: |\n  Seccomp limits which system calls a process may make. Kubernetes does not apply the\n  container runtime\'s default profile unless asked to (or unless the cluster turned on\n  the kubelet\'s `seccompDefault` option), so by default a container runs `Unconfined`\n  and can call all of the kernel\'s several hundred syscalls, including rarely used ones\n  (`unshare`, `keyctl`, `bpf`, `userfaultfd`, `ptrace`) that show up again and again in\n  container-escape and kernel privilege-escalation exploits. The `RuntimeDefault`\n  profile blocks those while leaving ordinary applications unaffected, so an attacker\n  with code execution has far fewer ways to attack the node\'s kernel (Pod Security\n  Standards, Restricted; CIS Kubernetes Benchmark 5.7.2).\nfix: |\n  Set the profile once at pod level, so that every container inherits it, and do not\n  override it with `Unconfined`:\n\n  ```yaml\n  spec:\n    securityContext:\n      seccompProfile:\n        type: RuntimeDefault\n    containers:\n      - name: app\n        image: registry.example/app@sha256:<digest>\n  ```\n\n  A workload that needs a tailored profile can use `type: Localhost` with\n  `localhostProfile: profiles/app.json` installed on the nodes. The old\n  `seccomp.security.alpha.kubernetes.io/pod` annotation is still accepted by this rule,\n  but it has been deprecated since Kubernetes 1.19 and newer clusters may not honour it:\n  move to the field.\nreferences:\n  - https://kubernetes.io/docs/tutorials/security/seccomp/\n  - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted\n  - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-the-seccomp-profile-for-a-container\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/workload-identity/automount-service-account-token.yaml", text: "id: automount-service-account-token\ntitle: Pods must opt out of automounting the service account token\nseverity: medium\ncategory: workload-identity\nmatch:\n  kinds: [Workload]\ncheck: |\n  type(podSpec) == map &&\n  podSpec.?automountServiceAccountToken.orValue(null) != false\nfield: [$pod.automountServiceAccountToken]\nsuggest: { key: automountServiceAccountToken, value: false }\nmessage: mounts a Kubernetes API token it may not need\nwhy: |\n  Unless told otherwise, Kubernetes mounts a token for the pod's service account at\n  `/var/run/secrets/kubernetes.io/serviceaccount/token` in every container. Most\n  applications never talk to the Kubernetes API, but an attacker who gets file read or\n  code execution in the pod (path traversal, SSRF to a file URL, a vulnerable library)\n  picks up that token and can call the API server with whatever RBAC the service account\n  has; with a shared or over-privileged account that can mean reading Secrets or\n  creating pods across the namespace. A token that is not mounted cannot be stolen (CIS\n  Kubernetes Benchmark 5.1.6).\nfix: |\n  Turn the automount off in the pod spec; it takes precedence over the service\n  account's own setting:\n\n  ```yaml\n  spec:\n    serviceAccountName: web\n    automountServiceAccountToken: false\n    containers:\n      - name: web\n        image: registry.example/web@sha256:<digest>\n  ```\n\n  Workloads that do call the API (operators, controllers) can keep the token: set\n  `automountServiceAccountToken: true` explicitly and record a waiver, or better, mount a\n  projected token with a short expiry only into the container that needs it. Setting\n  `automountServiceAccountToken: false` on the ServiceAccount as well protects pods that\n  forget it.\nreferences:\n  - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting\n  - https://kubernetes.io/docs/concepts/security/service-accounts/\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://www.cisecurity.org/benchmark/kubernetes\n" }, { file: "rules/workload-identity/default-service-account.yaml", text: 'id: default-service-account\ntitle: Workloads must run under a dedicated service account, not "default"\nseverity: medium\ncategory: workload-identity\nmatch:\n  kinds: [Workload]\n# serviceAccountName wins; the deprecated serviceAccount is used only when it is empty.\ncheck: |\n  type(podSpec) == map &&\n  cel.bind(san, podSpec.?serviceAccountName.orValue(""),\n  cel.bind(legacy, podSpec.?serviceAccount.orValue(""),\n  cel.bind(effective,\n    type(san) == string && san != "" ? san : (type(legacy) == string ? legacy : ""),\n    effective.trim() == "" || effective == "default")))\nfield: [$pod.serviceAccountName, $pod.serviceAccount]\nmessage: runs as the namespace\'s default service account\nwhy: |\n  Every namespace has a `default` service account, and every pod that names no other\n  account runs as it. It is shared by everything in the namespace, so any permission\n  someone grants it "just to make one app work" silently applies to every other pod\n  there too, and a token stolen from any one of them carries the sum of those rights.\n  Shared identity also makes audit logs useless for telling which workload did what and\n  prevents giving each workload exactly the RBAC and cloud IAM bindings it needs (CIS\n  Kubernetes Benchmark 5.1.5).\nfix: |\n  Create a service account per workload, grant it only what that workload needs, and\n  reference it:\n\n  ```yaml\n  apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n    name: billing-api\n    namespace: billing\n  automountServiceAccountToken: false\n  ---\n  # in the pod template\n  spec:\n    serviceAccountName: billing-api\n    containers:\n      - name: api\n        image: registry.example/billing-api@sha256:<digest>\n  ```\n\n  Leave the `default` account without any RoleBinding.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/service-accounts/\n  - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n  - https://www.cisecurity.org/benchmark/kubernetes\n' }, { file: "rules/workload-identity/powerful-service-account-token.yaml", text: 'id: powerful-service-account-token\ntitle: A workload mounts the token of a service account bound to dangerous permissions\nseverity: high\ncategory: workload-identity\nmatch:\n  kinds: [Workload, ServiceAccount, RoleBinding, ClusterRoleBinding, Role, ClusterRole]\nanalyser: identity\nwhy: |\n  Kubernetes mounts the token of a pod\'s service account into every container unless told\n  not to, and that token carries every permission the service account is bound to. When\n  those permissions are dangerous (reading secrets, creating pods or workloads, exec into\n  pods, escalate, bind, impersonate, wildcards, cluster-admin), any code execution in the\n  pod, through a vulnerable library or an exposed debug endpoint, becomes control over the\n  namespace or the cluster: the attacker reads the token from\n  `/var/run/secrets/kubernetes.io/serviceaccount/token` and calls the API server. kubegate\n  computes the service account\'s effective permissions from the repository\'s Roles,\n  ClusterRoles (with aggregation) and bindings, using the same model as the pull request\'s\n  RBAC delta, and reports each workload that runs as such an account (named, or `default`\n  when none is set) and mounts its token, naming the binding that grants the permission.\nfix: |\n  Either stop mounting the token where the application does not call the API server:\n\n  ```yaml\n  spec:\n    template:\n      spec:\n        serviceAccountName: web\n        automountServiceAccountToken: false\n  ```\n\n  or give the workload its own service account bound to a Role with only the verbs and\n  resources it uses (name secrets with `resourceNames` instead of granting all of them):\n\n  ```yaml\n  apiVersion: rbac.authorization.k8s.io/v1\n  kind: Role\n  metadata:\n    name: web\n    namespace: shop\n  rules:\n    - apiGroups: [""]\n      resources: ["configmaps"]\n      resourceNames: ["web-settings"]\n      verbs: ["get", "watch"]\n  ```\n\n  Operators and controllers that need broad rights should run in their own namespace, as\n  their own service account, with no other workload sharing it.\nreferences:\n  - https://kubernetes.io/docs/concepts/security/service-accounts/\n  - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting\n  - https://kubernetes.io/docs/concepts/security/rbac-good-practices/\n' }, { file: "rules/workload-identity/projected-token-audience.yaml", text: 'id: projected-token-audience\ntitle: Projected service account tokens must name an audience and expire within a day\nseverity: low\ncategory: workload-identity\nmatch:\n  kinds: [Workload]\nforEach: volume\n# One finding per offending token source: on its missing audience (the\n# serviceAccountToken line) or on its too-long expirationSeconds. CEL has no index\n# iteration, so the first 32 sources of a projected volume are examined.\ncheck: |\n  cel.bind(sources, volume.?projected.?sources.orValue([]),\n    type(sources) != list ? [] :\n    cel.bind(tokens,\n      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,\n       16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]\n        .filter(i, i < size(sources) &&\n          type(sources[i].?serviceAccountToken.orValue(null)) == map),\n      tokens\n        .filter(i, cel.bind(aud, sources[i].serviceAccountToken.?audience.orValue(""),\n          !(type(aud) == string && aud.trim() != "")))\n        .map(i, "projected.sources[" + string(i) + "].serviceAccountToken.audience")\n      + tokens\n        .filter(i, cel.bind(exp, sources[i].serviceAccountToken.?expirationSeconds.orValue(0),\n          type(exp) in [int, uint, double] && exp > 86400))\n        .map(i, "projected.sources[" + string(i) + "].serviceAccountToken.expirationSeconds")))\nmessage: projects a service account token without an audience or with a long lifetime\nwhy: |\n  A projected token without an `audience` is issued for the Kubernetes API server\n  itself. When such a token is handed to another service (a vault, a message broker, a\n  partner API), that service, its logs, and anyone who compromises it hold a credential\n  they can replay against your cluster\'s API with the pod\'s RBAC rights. Naming the\n  intended audience makes the token useless anywhere else, and a short\n  `expirationSeconds` (the kubelet renews it automatically) limits how long a stolen copy\n  keeps working; a token valid for days or a year is close to a static password.\nfix: |\n  Name the service that will validate the token and keep the lifetime short (minimum\n  600 seconds, default one hour):\n\n  ```yaml\n  volumes:\n    - name: vault-token\n      projected:\n        sources:\n          - serviceAccountToken:\n              path: token\n              audience: vault.example.com\n              expirationSeconds: 3600\n  ```\n\n  Make the receiving service check the `aud` claim. If the application only needs to\n  call the Kubernetes API, rely on the default automounted token (or a projected one\n  with `audience` set to the API server\'s audience) rather than a long-lived one.\nreferences:\n  - https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken\n  - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#launch-a-pod-using-service-account-token-projection\n  - https://kubernetes.io/docs/concepts/security/service-accounts/\n' }];
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map2 = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity2.MAP] : Symbol.iterator in Object(value) ? schema2[identity2.SEQ] : schema2[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity2.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema2);
        if (identity2.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity2.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type3) {
        const map2 = Type3 ? new Type3() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity2.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity2.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity2.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool3 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool3.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity2.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity2.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool3 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool3.trueTag,
      bool3.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool3 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool3.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map2.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual2 = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual2(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep6, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep6) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep6 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep6, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep6 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep6 + cb;
              sep6 = "";
              break;
            }
            case "newline":
              if (comment)
                sep6 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep6, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep6 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep6 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep6, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep6 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep6)
                for (const st of sep6) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep6, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep6 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep6 === " ")
            sep6 = "\n";
          else if (!prevMoreIndented && sep6 === "\n")
            sep6 = "\n\n";
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep6 === "\n")
            value += "\n";
          else
            sep6 = "\n";
        } else {
          value += sep6 + content;
          sep6 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep6 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep6 === "\n")
            res += sep6;
          else
            sep6 = "\n";
        } else {
          res += sep6 + lm;
          sep6 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep6 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity2.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep6, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep6)
        for (const st of sep6)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var LineCounter4 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter4;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type2) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep6;
          if (scalar.end) {
            sep6 = scalar.end;
            sep6.push(this.sourceToken);
            delete scalar.end;
          } else
            sep6 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep6 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep6 = it.sep;
                  sep6.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep6 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep6 = fc.end.splice(1, fc.end.length);
            sep6.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep6 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse5(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse5;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse5 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse5(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse5.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse5;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var scan2 = require_scan();
    var parse5 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject6 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch5 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch5(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject6(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix5 = opts.windows;
      const regex = isState ? picomatch5.compileRe(glob, options) : picomatch5.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch5(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch5.test(input, regex, options, { glob, posix: posix5 });
        const result = { glob, state, regex, posix: posix5, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch5.test = (input, regex, options, { glob, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch5.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch5.matchBase = (input, glob, options, posix5 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch5.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch5.isMatch = (str2, patterns, options) => picomatch5(patterns, options)(str2);
    picomatch5.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch5.parse(p, options));
      return parse5(pattern, { ...options, fastpaths: false });
    };
    picomatch5.scan = (input, options) => scan2(input, options);
    picomatch5.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch5.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch5.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse5.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse5(input, options);
      }
      return picomatch5.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch5.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch5.constants = constants2;
    module.exports = picomatch5;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    init_define_KUBEGATE_BUILTIN_RULES();
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch5(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch5, pico);
    module.exports = picomatch5;
  }
});

// src/cli.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/errors.ts
init_define_KUBEGATE_BUILTIN_RULES();
var ConfigurationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigurationError";
  }
};
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/load-config.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/config.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml = __toESM(require_dist(), 1);
import { posix } from "node:path";

// src/parse/field-path.ts
init_define_KUBEGATE_BUILTIN_RULES();
function parseFieldPath(text2) {
  let rest = text2.trim();
  let scope = "element";
  for (const [prefix, s] of [
    ["$object", "object"],
    ["$pod", "pod"]
  ]) {
    if (rest === prefix || rest.startsWith(prefix + ".") || rest.startsWith(prefix + "[")) {
      scope = s;
      rest = rest.slice(prefix.length).replace(/^\./, "");
    }
  }
  const path = [];
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i];
    if (ch === ".") {
      i++;
    } else if (ch === "[") {
      const close = findClosingBracket(rest, i);
      const inner = rest.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) path.push(Number(inner));
      else path.push(unquote(inner));
      i = close + 1;
    } else {
      let j = i;
      while (j < rest.length && rest[j] !== "." && rest[j] !== "[") j++;
      path.push(rest.slice(i, j));
      i = j;
    }
  }
  return { scope, path };
}
function findClosingBracket(text2, open) {
  let quote = "";
  for (let i = open + 1; i < text2.length; i++) {
    const ch = text2[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "]") return i;
  }
  throw new Error(`unclosed "[" in field path "${text2}"`);
}
function unquote(s) {
  if (s.startsWith('"') && s.endsWith('"') || s.startsWith("'") && s.endsWith("'")) {
    return s.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return s;
}
var SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;
function formatFieldPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (SIMPLE_KEY.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function valueAt(root, path) {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}

// src/evaluate/workload-view.ts
init_define_KUBEGATE_BUILTIN_RULES();
var TEMPLATE_SPEC = ["spec", "template", "spec"];
var WORKLOAD_POD_SPEC_PATHS = {
  Pod: ["spec"],
  Deployment: TEMPLATE_SPEC,
  StatefulSet: TEMPLATE_SPEC,
  DaemonSet: TEMPLATE_SPEC,
  ReplicaSet: TEMPLATE_SPEC,
  ReplicationController: TEMPLATE_SPEC,
  Job: TEMPLATE_SPEC,
  // OpenShift's DeploymentConfig keeps its pod template where a Deployment does.
  DeploymentConfig: TEMPLATE_SPEC,
  PodTemplate: ["template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function workloadView(object, kind, podSpecPaths) {
  const podSpecPath = podSpecPaths[kind];
  if (!podSpecPath) return void 0;
  const podSpec = valueAt(object, podSpecPath);
  if (!isObject(podSpec)) return void 0;
  const metaPath = [...podSpecPath.slice(0, -1), "metadata"];
  const podMeta = valueAt(object, metaPath);
  return { podSpec, podSpecPath, podMeta: isObject(podMeta) ? podMeta : {} };
}
var CONTAINER_LISTS = [
  ["containers", "container"],
  ["initContainers", "initContainer"],
  ["ephemeralContainers", "ephemeralContainer"]
];
function list(v) {
  return Array.isArray(v) ? v : [];
}
function nameOf(v, fallback) {
  return isObject(v) && typeof v.name === "string" && v.name ? v.name : fallback;
}
function containerElements(view) {
  const out = [];
  for (const [listName, containerType] of CONTAINER_LISTS) {
    list(view.podSpec[listName]).forEach((container, i) => {
      if (!isObject(container)) return;
      const name = nameOf(container, `${listName}[${i}]`);
      out.push({
        vars: { element: container, container, containerType },
        path: [...view.podSpecPath, listName, i],
        name,
        container: name
      });
    });
  }
  return out;
}
function nested(view, key, alias) {
  const out = [];
  for (const c of containerElements(view)) {
    const container = c.vars.container;
    list(container[key]).forEach((item, i) => {
      if (!isObject(item)) return;
      out.push({
        vars: { ...c.vars, element: item, [alias]: item },
        path: [...c.path, key, i],
        name: c.name,
        container: c.container
      });
    });
  }
  return out;
}
function elementsFor(forEach, object, view) {
  switch (forEach) {
    case void 0:
      return [{ vars: { element: object }, path: [] }];
    case "container":
      return view ? containerElements(view) : [];
    case "containerPort":
      return view ? nested(view, "ports", "port") : [];
    case "envVar":
      return view ? nested(view, "env", "env") : [];
    case "volume":
      return view ? list(view.podSpec.volumes).flatMap(
        (v, i) => isObject(v) ? [
          {
            vars: { element: v, volume: v },
            path: [...view.podSpecPath, "volumes", i],
            name: nameOf(v, `volumes[${i}]`)
          }
        ] : []
      ) : [];
    case "policyRule":
      return list(object.rules).flatMap(
        (r, i) => isObject(r) ? [{ vars: { element: r, rule: r }, path: ["rules", i], name: `rules[${i}]` }] : []
      );
    case "subject":
      return list(object.subjects).flatMap(
        (s, i) => isObject(s) ? [
          {
            vars: { element: s, subject: s },
            path: ["subjects", i],
            name: `${String(s.kind ?? "")}/${String(s.name ?? "")}`
          }
        ] : []
      );
    default:
      return [];
  }
}

// src/generated/validate-config.js
init_define_KUBEGATE_BUILTIN_RULES();
var validate_config_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://kubegate.dev/schema/config.json", "title": "kubegate configuration (.kubegate.yaml)", "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Files, folders or globs to scan, relative to the repository root." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of files to leave out." }, "failOn": { "enum": ["critical", "high", "medium", "low", "none"], "description": "Lowest severity that fails the gate." }, "rules": { "type": "object", "additionalProperties": false, "properties": { "custom": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of custom rule files." }, "disabled": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "severity": { "type": "object", "additionalProperties": { "enum": ["critical", "high", "medium", "low"] } } } }, "ingress": { "type": "object", "additionalProperties": false, "properties": { "internalClasses": { "type": "array", "items": { "type": "string" } }, "internalAnnotations": { "type": "object", "additionalProperties": { "type": "string" } } } }, "workloads": { "type": "object", "additionalProperties": false, "properties": { "customKinds": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind", "podSpecPath"], "properties": { "kind": { "type": "string", "minLength": 1 }, "podSpecPath": { "type": "string", "minLength": 1, "description": "Dotted path of the pod spec, e.g. spec.template.spec" } } } } } }, "waivers": { "type": "object", "additionalProperties": false, "properties": { "annotations": { "type": "boolean", "description": "Accept waiver annotations on resources (false: only this list)." }, "maxDays": { "type": "integer", "minimum": 1, "maximum": 3650 }, "list": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason", "expires"], "properties": { "rule": { "type": "string", "minLength": 1 }, "resource": { "type": "string", "description": "Kind/namespace/name; * matches any part" }, "path": { "type": "string", "description": "Glob of the file" }, "container": { "type": "string" }, "reason": { "type": "string" }, "expires": { "type": "string" }, "ticket": { "type": "string" } } } } } }, "render": { "type": "object", "additionalProperties": false, "description": "Rendering Helm charts and Kustomize roots found under the scanned paths.", "properties": { "helm": { "type": "boolean", "description": "Render Helm charts (default true)." }, "kustomize": { "type": "boolean", "description": "Render Kustomize roots (default true)." }, "timeoutSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Per render (default 60)." }, "helmBinary": { "type": "string", "minLength": 1, "description": "Path of helm." }, "kubectlBinary": { "type": "string", "minLength": 1, "description": "Path of kubectl." }, "charts": { "type": "array", "description": "Release options and value sets per chart. A chart not listed renders once, with its values.yaml.", "items": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The chart's folder (holding Chart.yaml), relative to the repository root." }, "releaseName": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 53, "description": "Release name (a DNS-1123 label); default: the chart's name." }, "namespace": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63, "description": "Release namespace (default: default)." }, "kubeVersion": { "type": "string", "pattern": "^v?\\d+\\.\\d+(\\.\\d+)?$", "description": "Kubernetes version to render for, e.g. 1.31 (helm --kube-version)." }, "valueSets": { "type": "array", "minItems": 1, "description": "Each value set renders the chart once, on top of its values.yaml.", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "valuesFiles": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Values files relative to the chart, in order (later ones win)." }, "set": { "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] }, "description": "Values by dotted key, as helm --set." } } } } } } } } }, "limits": { "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "type": "integer", "minimum": 1 } } }, "reviews": { "type": "array", "description": "Required reviews: changes that people must approve before the gate passes.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "approvers", "when"], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "^[^\\n]+$", "description": "Shown in the summary and the review, e.g. security." }, "approvers": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$" }, "description": "GitHub logins, or teams written @org/team-slug." }, "minApprovals": { "type": "integer", "minimum": 1, "maximum": 20 }, "requireFreshApproval": { "type": "boolean", "description": "Count only approvals of the pull request's current head commit." }, "when": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "rules": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "severities": { "type": "array", "items": { "enum": ["critical", "high", "medium", "low"] } }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "namespaces": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "rbac": { "enum": ["dangerous", "any"] }, "waivers": { "type": "boolean" }, "policy": { "type": "boolean" } } } } } }, "images": { "type": "object", "additionalProperties": false, "description": "Where images may come from, and where they must be pinned by digest.", "properties": { "allowedRegistries": { "type": "array", "items": { "type": "string", "minLength": 1, "pattern": "^[^/\\s]+(/[^\\s]+)*$" }, "description": "Registry hosts (docker.io, ghcr.io) or host/path prefixes (ghcr.io/acme). Empty: any registry." }, "requireDigest": { "type": "object", "additionalProperties": false, "properties": { "namespaces": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ((s) => {
  let n = 0;
  for (const _c of s) n++;
  return n;
});
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern2 = new RegExp("^v?\\d+\\.\\d+(\\.\\d+)?$", "u");
var pattern3 = new RegExp("^[^\\n]+$", "u");
var pattern4 = new RegExp("^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$", "u");
var pattern5 = new RegExp("^[^/\\s]+(/[^\\s]+)*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data0 = data.paths;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func3(data1) < 1) {
              const err1 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data4 = data.failOn;
      if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low" || data4 === "none")) {
        const err7 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "custom" || key1 === "disabled" || key1 === "severity")) {
            const err8 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.custom !== void 0) {
          let data6 = data5.custom;
          if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err9 = { instancePath: instancePath + "/rules/custom/" + i2, schemaPath: "#/properties/rules/properties/custom/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/rules/custom/" + i2, schemaPath: "#/properties/rules/properties/custom/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/rules/custom", schemaPath: "#/properties/rules/properties/custom/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.disabled !== void 0) {
          let data8 = data5.disabled;
          if (Array.isArray(data8)) {
            const len3 = data8.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data9 = data8[i3];
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err12 = { instancePath: instancePath + "/rules/disabled/" + i3, schemaPath: "#/properties/rules/properties/disabled/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/rules/disabled/" + i3, schemaPath: "#/properties/rules/properties/disabled/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/rules/disabled", schemaPath: "#/properties/rules/properties/disabled/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.severity !== void 0) {
          let data10 = data5.severity;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key2 in data10) {
              let data11 = data10[key2];
              if (!(data11 === "critical" || data11 === "high" || data11 === "medium" || data11 === "low")) {
                const err15 = { instancePath: instancePath + "/rules/severity/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/rules/severity", schemaPath: "#/properties/rules/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ingress !== void 0) {
      let data12 = data.ingress;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key3 in data12) {
          if (!(key3 === "internalClasses" || key3 === "internalAnnotations")) {
            const err18 = { instancePath: instancePath + "/ingress", schemaPath: "#/properties/ingress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data12.internalClasses !== void 0) {
          let data13 = data12.internalClasses;
          if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data13[i4] !== "string") {
                const err19 = { instancePath: instancePath + "/ingress/internalClasses/" + i4, schemaPath: "#/properties/ingress/properties/internalClasses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/ingress/internalClasses", schemaPath: "#/properties/ingress/properties/internalClasses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data12.internalAnnotations !== void 0) {
          let data15 = data12.internalAnnotations;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key4 in data15) {
              if (typeof data15[key4] !== "string") {
                const err21 = { instancePath: instancePath + "/ingress/internalAnnotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ingress/properties/internalAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/ingress/internalAnnotations", schemaPath: "#/properties/ingress/properties/internalAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/ingress", schemaPath: "#/properties/ingress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.workloads !== void 0) {
      let data17 = data.workloads;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key5 in data17) {
          if (!(key5 === "customKinds")) {
            const err24 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data17.customKinds !== void 0) {
          let data18 = data17.customKinds;
          if (Array.isArray(data18)) {
            const len5 = data18.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data19 = data18[i5];
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.kind === void 0) {
                  const err25 = { instancePath: instancePath + "/workloads/customKinds/" + i5, schemaPath: "#/properties/workloads/properties/customKinds/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data19.podSpecPath === void 0) {
                  const err26 = { instancePath: instancePath + "/workloads/customKinds/" + i5, schemaPath: "#/properties/workloads/properties/customKinds/items/required", keyword: "required", params: { missingProperty: "podSpecPath" }, message: "must have required property 'podSpecPath'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key6 in data19) {
                  if (!(key6 === "kind" || key6 === "podSpecPath")) {
                    const err27 = { instancePath: instancePath + "/workloads/customKinds/" + i5, schemaPath: "#/properties/workloads/properties/customKinds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data19.kind !== void 0) {
                  let data20 = data19.kind;
                  if (typeof data20 === "string") {
                    if (func3(data20) < 1) {
                      const err28 = { instancePath: instancePath + "/workloads/customKinds/" + i5 + "/kind", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/workloads/customKinds/" + i5 + "/kind", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data19.podSpecPath !== void 0) {
                  let data21 = data19.podSpecPath;
                  if (typeof data21 === "string") {
                    if (func3(data21) < 1) {
                      const err30 = { instancePath: instancePath + "/workloads/customKinds/" + i5 + "/podSpecPath", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/workloads/customKinds/" + i5 + "/podSpecPath", schemaPath: "#/properties/workloads/properties/customKinds/items/properties/podSpecPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/workloads/customKinds/" + i5, schemaPath: "#/properties/workloads/properties/customKinds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/workloads/customKinds", schemaPath: "#/properties/workloads/properties/customKinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data22 = data.waivers;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key7 in data22) {
          if (!(key7 === "annotations" || key7 === "maxDays" || key7 === "list")) {
            const err35 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data22.annotations !== void 0) {
          if (typeof data22.annotations !== "boolean") {
            const err36 = { instancePath: instancePath + "/waivers/annotations", schemaPath: "#/properties/waivers/properties/annotations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data22.maxDays !== void 0) {
          let data24 = data22.maxDays;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err37 = { instancePath: instancePath + "/waivers/maxDays", schemaPath: "#/properties/waivers/properties/maxDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 3650 || isNaN(data24)) {
              const err38 = { instancePath: instancePath + "/waivers/maxDays", schemaPath: "#/properties/waivers/properties/maxDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data24 < 1 || isNaN(data24)) {
              const err39 = { instancePath: instancePath + "/waivers/maxDays", schemaPath: "#/properties/waivers/properties/maxDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data22.list !== void 0) {
          let data25 = data22.list;
          if (Array.isArray(data25)) {
            const len6 = data25.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data26 = data25[i6];
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.rule === void 0) {
                  const err40 = { instancePath: instancePath + "/waivers/list/" + i6, schemaPath: "#/properties/waivers/properties/list/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data26.reason === void 0) {
                  const err41 = { instancePath: instancePath + "/waivers/list/" + i6, schemaPath: "#/properties/waivers/properties/list/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data26.expires === void 0) {
                  const err42 = { instancePath: instancePath + "/waivers/list/" + i6, schemaPath: "#/properties/waivers/properties/list/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                for (const key8 in data26) {
                  if (!(key8 === "rule" || key8 === "resource" || key8 === "path" || key8 === "container" || key8 === "reason" || key8 === "expires" || key8 === "ticket")) {
                    const err43 = { instancePath: instancePath + "/waivers/list/" + i6, schemaPath: "#/properties/waivers/properties/list/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data26.rule !== void 0) {
                  let data27 = data26.rule;
                  if (typeof data27 === "string") {
                    if (func3(data27) < 1) {
                      const err44 = { instancePath: instancePath + "/waivers/list/" + i6 + "/rule", schemaPath: "#/properties/waivers/properties/list/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/waivers/list/" + i6 + "/rule", schemaPath: "#/properties/waivers/properties/list/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data26.resource !== void 0) {
                  if (typeof data26.resource !== "string") {
                    const err46 = { instancePath: instancePath + "/waivers/list/" + i6 + "/resource", schemaPath: "#/properties/waivers/properties/list/items/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data26.path !== void 0) {
                  if (typeof data26.path !== "string") {
                    const err47 = { instancePath: instancePath + "/waivers/list/" + i6 + "/path", schemaPath: "#/properties/waivers/properties/list/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data26.container !== void 0) {
                  if (typeof data26.container !== "string") {
                    const err48 = { instancePath: instancePath + "/waivers/list/" + i6 + "/container", schemaPath: "#/properties/waivers/properties/list/items/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data26.reason !== void 0) {
                  if (typeof data26.reason !== "string") {
                    const err49 = { instancePath: instancePath + "/waivers/list/" + i6 + "/reason", schemaPath: "#/properties/waivers/properties/list/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data26.expires !== void 0) {
                  if (typeof data26.expires !== "string") {
                    const err50 = { instancePath: instancePath + "/waivers/list/" + i6 + "/expires", schemaPath: "#/properties/waivers/properties/list/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data26.ticket !== void 0) {
                  if (typeof data26.ticket !== "string") {
                    const err51 = { instancePath: instancePath + "/waivers/list/" + i6 + "/ticket", schemaPath: "#/properties/waivers/properties/list/items/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/waivers/list/" + i6, schemaPath: "#/properties/waivers/properties/list/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/waivers/list", schemaPath: "#/properties/waivers/properties/list/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.render !== void 0) {
      let data34 = data.render;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key9 in data34) {
          if (!(key9 === "helm" || key9 === "kustomize" || key9 === "timeoutSeconds" || key9 === "helmBinary" || key9 === "kubectlBinary" || key9 === "charts")) {
            const err55 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data34.helm !== void 0) {
          if (typeof data34.helm !== "boolean") {
            const err56 = { instancePath: instancePath + "/render/helm", schemaPath: "#/properties/render/properties/helm/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data34.kustomize !== void 0) {
          if (typeof data34.kustomize !== "boolean") {
            const err57 = { instancePath: instancePath + "/render/kustomize", schemaPath: "#/properties/render/properties/kustomize/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data34.timeoutSeconds !== void 0) {
          let data37 = data34.timeoutSeconds;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err58 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 > 3600 || isNaN(data37)) {
              const err59 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data37 < 1 || isNaN(data37)) {
              const err60 = { instancePath: instancePath + "/render/timeoutSeconds", schemaPath: "#/properties/render/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
        if (data34.helmBinary !== void 0) {
          let data38 = data34.helmBinary;
          if (typeof data38 === "string") {
            if (func3(data38) < 1) {
              const err61 = { instancePath: instancePath + "/render/helmBinary", schemaPath: "#/properties/render/properties/helmBinary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/render/helmBinary", schemaPath: "#/properties/render/properties/helmBinary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data34.kubectlBinary !== void 0) {
          let data39 = data34.kubectlBinary;
          if (typeof data39 === "string") {
            if (func3(data39) < 1) {
              const err63 = { instancePath: instancePath + "/render/kubectlBinary", schemaPath: "#/properties/render/properties/kubectlBinary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/render/kubectlBinary", schemaPath: "#/properties/render/properties/kubectlBinary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data34.charts !== void 0) {
          let data40 = data34.charts;
          if (Array.isArray(data40)) {
            const len7 = data40.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data41 = data40[i7];
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (data41.path === void 0) {
                  const err65 = { instancePath: instancePath + "/render/charts/" + i7, schemaPath: "#/properties/render/properties/charts/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key10 in data41) {
                  if (!(key10 === "path" || key10 === "releaseName" || key10 === "namespace" || key10 === "kubeVersion" || key10 === "valueSets")) {
                    const err66 = { instancePath: instancePath + "/render/charts/" + i7, schemaPath: "#/properties/render/properties/charts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data41.path !== void 0) {
                  let data42 = data41.path;
                  if (typeof data42 === "string") {
                    if (func3(data42) < 1) {
                      const err67 = { instancePath: instancePath + "/render/charts/" + i7 + "/path", schemaPath: "#/properties/render/properties/charts/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/render/charts/" + i7 + "/path", schemaPath: "#/properties/render/properties/charts/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data41.releaseName !== void 0) {
                  let data43 = data41.releaseName;
                  if (typeof data43 === "string") {
                    if (func3(data43) > 53) {
                      const err69 = { instancePath: instancePath + "/render/charts/" + i7 + "/releaseName", schemaPath: "#/properties/render/properties/charts/items/properties/releaseName/maxLength", keyword: "maxLength", params: { limit: 53 }, message: "must NOT have more than 53 characters" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data43)) {
                      const err70 = { instancePath: instancePath + "/render/charts/" + i7 + "/releaseName", schemaPath: "#/properties/render/properties/charts/items/properties/releaseName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/render/charts/" + i7 + "/releaseName", schemaPath: "#/properties/render/properties/charts/items/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data41.namespace !== void 0) {
                  let data44 = data41.namespace;
                  if (typeof data44 === "string") {
                    if (func3(data44) > 63) {
                      const err72 = { instancePath: instancePath + "/render/charts/" + i7 + "/namespace", schemaPath: "#/properties/render/properties/charts/items/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data44)) {
                      const err73 = { instancePath: instancePath + "/render/charts/" + i7 + "/namespace", schemaPath: "#/properties/render/properties/charts/items/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/render/charts/" + i7 + "/namespace", schemaPath: "#/properties/render/properties/charts/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data41.kubeVersion !== void 0) {
                  let data45 = data41.kubeVersion;
                  if (typeof data45 === "string") {
                    if (!pattern2.test(data45)) {
                      const err75 = { instancePath: instancePath + "/render/charts/" + i7 + "/kubeVersion", schemaPath: "#/properties/render/properties/charts/items/properties/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^v?\\d+\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^v?\\d+\\.\\d+(\\.\\d+)?$"' };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/render/charts/" + i7 + "/kubeVersion", schemaPath: "#/properties/render/properties/charts/items/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data41.valueSets !== void 0) {
                  let data46 = data41.valueSets;
                  if (Array.isArray(data46)) {
                    if (data46.length < 1) {
                      const err77 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    const len8 = data46.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data47 = data46[i8];
                      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                        if (data47.name === void 0) {
                          const err78 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                        for (const key11 in data47) {
                          if (!(key11 === "name" || key11 === "valuesFiles" || key11 === "set")) {
                            const err79 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (data47.name !== void 0) {
                          let data48 = data47.name;
                          if (typeof data48 === "string") {
                            if (func3(data48) < 1) {
                              const err80 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/name", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err80];
                              } else {
                                vErrors.push(err80);
                              }
                              errors++;
                            }
                          } else {
                            const err81 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/name", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                        if (data47.valuesFiles !== void 0) {
                          let data49 = data47.valuesFiles;
                          if (Array.isArray(data49)) {
                            const len9 = data49.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                              let data50 = data49[i9];
                              if (typeof data50 === "string") {
                                if (func3(data50) < 1) {
                                  const err82 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/valuesFiles/" + i9, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/valuesFiles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                  if (vErrors === null) {
                                    vErrors = [err82];
                                  } else {
                                    vErrors.push(err82);
                                  }
                                  errors++;
                                }
                              } else {
                                const err83 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/valuesFiles/" + i9, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/valuesFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err83];
                                } else {
                                  vErrors.push(err83);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err84 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/valuesFiles", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/valuesFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                        }
                        if (data47.set !== void 0) {
                          let data51 = data47.set;
                          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                            for (const key12 in data51) {
                              let data52 = data51[key12];
                              const _errs117 = errors;
                              let valid33 = false;
                              const _errs118 = errors;
                              if (typeof data52 !== "string") {
                                const err85 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/set/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err85];
                                } else {
                                  vErrors.push(err85);
                                }
                                errors++;
                              }
                              var _valid0 = _errs118 === errors;
                              valid33 = valid33 || _valid0;
                              if (!valid33) {
                                const _errs120 = errors;
                                if (!(typeof data52 == "number" && isFinite(data52))) {
                                  const err86 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/set/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                  if (vErrors === null) {
                                    vErrors = [err86];
                                  } else {
                                    vErrors.push(err86);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs120 === errors;
                                valid33 = valid33 || _valid0;
                                if (!valid33) {
                                  const _errs122 = errors;
                                  if (typeof data52 !== "boolean") {
                                    const err87 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/set/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                      vErrors = [err87];
                                    } else {
                                      vErrors.push(err87);
                                    }
                                    errors++;
                                  }
                                  var _valid0 = _errs122 === errors;
                                  valid33 = valid33 || _valid0;
                                }
                              }
                              if (!valid33) {
                                const err88 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/set/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err88];
                                } else {
                                  vErrors.push(err88);
                                }
                                errors++;
                              } else {
                                errors = _errs117;
                                if (vErrors !== null) {
                                  if (_errs117) {
                                    vErrors.length = _errs117;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                          } else {
                            const err89 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8 + "/set", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets/" + i8, schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/render/charts/" + i7 + "/valueSets", schemaPath: "#/properties/render/properties/charts/items/properties/valueSets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/render/charts/" + i7, schemaPath: "#/properties/render/properties/charts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/render/charts", schemaPath: "#/properties/render/properties/charts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data53 = data.limits;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        for (const key13 in data53) {
          if (!(key13 === "maxFileBytes")) {
            const err95 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data53.maxFileBytes !== void 0) {
          let data54 = data53.maxFileBytes;
          if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
            const err96 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
          if (typeof data54 == "number" && isFinite(data54)) {
            if (data54 < 1 || isNaN(data54)) {
              const err97 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.reviews !== void 0) {
      let data55 = data.reviews;
      if (Array.isArray(data55)) {
        const len10 = data55.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data56 = data55[i10];
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.name === void 0) {
              const err99 = { instancePath: instancePath + "/reviews/" + i10, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data56.approvers === void 0) {
              const err100 = { instancePath: instancePath + "/reviews/" + i10, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data56.when === void 0) {
              const err101 = { instancePath: instancePath + "/reviews/" + i10, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            for (const key14 in data56) {
              if (!(key14 === "name" || key14 === "approvers" || key14 === "minApprovals" || key14 === "requireFreshApproval" || key14 === "when")) {
                const err102 = { instancePath: instancePath + "/reviews/" + i10, schemaPath: "#/properties/reviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data56.name !== void 0) {
              let data57 = data56.name;
              if (typeof data57 === "string") {
                if (func3(data57) < 1) {
                  const err103 = { instancePath: instancePath + "/reviews/" + i10 + "/name", schemaPath: "#/properties/reviews/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                if (!pattern3.test(data57)) {
                  const err104 = { instancePath: instancePath + "/reviews/" + i10 + "/name", schemaPath: "#/properties/reviews/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\n]+$" }, message: 'must match pattern "^[^\\n]+$"' };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/reviews/" + i10 + "/name", schemaPath: "#/properties/reviews/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data56.approvers !== void 0) {
              let data58 = data56.approvers;
              if (Array.isArray(data58)) {
                if (data58.length < 1) {
                  const err106 = { instancePath: instancePath + "/reviews/" + i10 + "/approvers", schemaPath: "#/properties/reviews/items/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                const len11 = data58.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data59 = data58[i11];
                  if (typeof data59 === "string") {
                    if (!pattern4.test(data59)) {
                      const err107 = { instancePath: instancePath + "/reviews/" + i10 + "/approvers/" + i11, schemaPath: "#/properties/reviews/items/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$"' };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  } else {
                    const err108 = { instancePath: instancePath + "/reviews/" + i10 + "/approvers/" + i11, schemaPath: "#/properties/reviews/items/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/reviews/" + i10 + "/approvers", schemaPath: "#/properties/reviews/items/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data56.minApprovals !== void 0) {
              let data60 = data56.minApprovals;
              if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
                const err110 = { instancePath: instancePath + "/reviews/" + i10 + "/minApprovals", schemaPath: "#/properties/reviews/items/properties/minApprovals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
              if (typeof data60 == "number" && isFinite(data60)) {
                if (data60 > 20 || isNaN(data60)) {
                  const err111 = { instancePath: instancePath + "/reviews/" + i10 + "/minApprovals", schemaPath: "#/properties/reviews/items/properties/minApprovals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (data60 < 1 || isNaN(data60)) {
                  const err112 = { instancePath: instancePath + "/reviews/" + i10 + "/minApprovals", schemaPath: "#/properties/reviews/items/properties/minApprovals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
            }
            if (data56.requireFreshApproval !== void 0) {
              if (typeof data56.requireFreshApproval !== "boolean") {
                const err113 = { instancePath: instancePath + "/reviews/" + i10 + "/requireFreshApproval", schemaPath: "#/properties/reviews/items/properties/requireFreshApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data56.when !== void 0) {
              let data62 = data56.when;
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                if (Object.keys(data62).length < 1) {
                  const err114 = { instancePath: instancePath + "/reviews/" + i10 + "/when", schemaPath: "#/properties/reviews/items/properties/when/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
                for (const key15 in data62) {
                  if (!(key15 === "rules" || key15 === "severities" || key15 === "paths" || key15 === "namespaces" || key15 === "rbac" || key15 === "waivers" || key15 === "policy")) {
                    const err115 = { instancePath: instancePath + "/reviews/" + i10 + "/when", schemaPath: "#/properties/reviews/items/properties/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data62.rules !== void 0) {
                  let data63 = data62.rules;
                  if (Array.isArray(data63)) {
                    const len12 = data63.length;
                    for (let i12 = 0; i12 < len12; i12++) {
                      let data64 = data63[i12];
                      if (typeof data64 === "string") {
                        if (func3(data64) < 1) {
                          const err116 = { instancePath: instancePath + "/reviews/" + i10 + "/when/rules/" + i12, schemaPath: "#/properties/reviews/items/properties/when/properties/rules/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      } else {
                        const err117 = { instancePath: instancePath + "/reviews/" + i10 + "/when/rules/" + i12, schemaPath: "#/properties/reviews/items/properties/when/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/reviews/" + i10 + "/when/rules", schemaPath: "#/properties/reviews/items/properties/when/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data62.severities !== void 0) {
                  let data65 = data62.severities;
                  if (Array.isArray(data65)) {
                    const len13 = data65.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                      let data66 = data65[i13];
                      if (!(data66 === "critical" || data66 === "high" || data66 === "medium" || data66 === "low")) {
                        const err119 = { instancePath: instancePath + "/reviews/" + i10 + "/when/severities/" + i13, schemaPath: "#/properties/reviews/items/properties/when/properties/severities/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.reviews.items.properties.when.properties.severities.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/reviews/" + i10 + "/when/severities", schemaPath: "#/properties/reviews/items/properties/when/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data62.paths !== void 0) {
                  let data67 = data62.paths;
                  if (Array.isArray(data67)) {
                    const len14 = data67.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      let data68 = data67[i14];
                      if (typeof data68 === "string") {
                        if (func3(data68) < 1) {
                          const err121 = { instancePath: instancePath + "/reviews/" + i10 + "/when/paths/" + i14, schemaPath: "#/properties/reviews/items/properties/when/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                        }
                      } else {
                        const err122 = { instancePath: instancePath + "/reviews/" + i10 + "/when/paths/" + i14, schemaPath: "#/properties/reviews/items/properties/when/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err123 = { instancePath: instancePath + "/reviews/" + i10 + "/when/paths", schemaPath: "#/properties/reviews/items/properties/when/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data62.namespaces !== void 0) {
                  let data69 = data62.namespaces;
                  if (Array.isArray(data69)) {
                    const len15 = data69.length;
                    for (let i15 = 0; i15 < len15; i15++) {
                      let data70 = data69[i15];
                      if (typeof data70 === "string") {
                        if (func3(data70) < 1) {
                          const err124 = { instancePath: instancePath + "/reviews/" + i10 + "/when/namespaces/" + i15, schemaPath: "#/properties/reviews/items/properties/when/properties/namespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                      } else {
                        const err125 = { instancePath: instancePath + "/reviews/" + i10 + "/when/namespaces/" + i15, schemaPath: "#/properties/reviews/items/properties/when/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/reviews/" + i10 + "/when/namespaces", schemaPath: "#/properties/reviews/items/properties/when/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data62.rbac !== void 0) {
                  let data71 = data62.rbac;
                  if (!(data71 === "dangerous" || data71 === "any")) {
                    const err127 = { instancePath: instancePath + "/reviews/" + i10 + "/when/rbac", schemaPath: "#/properties/reviews/items/properties/when/properties/rbac/enum", keyword: "enum", params: { allowedValues: schema11.properties.reviews.items.properties.when.properties.rbac.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data62.waivers !== void 0) {
                  if (typeof data62.waivers !== "boolean") {
                    const err128 = { instancePath: instancePath + "/reviews/" + i10 + "/when/waivers", schemaPath: "#/properties/reviews/items/properties/when/properties/waivers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data62.policy !== void 0) {
                  if (typeof data62.policy !== "boolean") {
                    const err129 = { instancePath: instancePath + "/reviews/" + i10 + "/when/policy", schemaPath: "#/properties/reviews/items/properties/when/properties/policy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
              } else {
                const err130 = { instancePath: instancePath + "/reviews/" + i10 + "/when", schemaPath: "#/properties/reviews/items/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
          } else {
            const err131 = { instancePath: instancePath + "/reviews/" + i10, schemaPath: "#/properties/reviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
      } else {
        const err132 = { instancePath: instancePath + "/reviews", schemaPath: "#/properties/reviews/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
    }
    if (data.images !== void 0) {
      let data74 = data.images;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        for (const key16 in data74) {
          if (!(key16 === "allowedRegistries" || key16 === "requireDigest")) {
            const err133 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
        if (data74.allowedRegistries !== void 0) {
          let data75 = data74.allowedRegistries;
          if (Array.isArray(data75)) {
            const len16 = data75.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data76 = data75[i16];
              if (typeof data76 === "string") {
                if (func3(data76) < 1) {
                  const err134 = { instancePath: instancePath + "/images/allowedRegistries/" + i16, schemaPath: "#/properties/images/properties/allowedRegistries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                if (!pattern5.test(data76)) {
                  const err135 = { instancePath: instancePath + "/images/allowedRegistries/" + i16, schemaPath: "#/properties/images/properties/allowedRegistries/items/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+(/[^\\s]+)*$" }, message: 'must match pattern "^[^/\\s]+(/[^\\s]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              } else {
                const err136 = { instancePath: instancePath + "/images/allowedRegistries/" + i16, schemaPath: "#/properties/images/properties/allowedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
          } else {
            const err137 = { instancePath: instancePath + "/images/allowedRegistries", schemaPath: "#/properties/images/properties/allowedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data74.requireDigest !== void 0) {
          let data77 = data74.requireDigest;
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            for (const key17 in data77) {
              if (!(key17 === "namespaces" || key17 === "paths")) {
                const err138 = { instancePath: instancePath + "/images/requireDigest", schemaPath: "#/properties/images/properties/requireDigest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data77.namespaces !== void 0) {
              let data78 = data77.namespaces;
              if (Array.isArray(data78)) {
                const len17 = data78.length;
                for (let i17 = 0; i17 < len17; i17++) {
                  let data79 = data78[i17];
                  if (typeof data79 === "string") {
                    if (func3(data79) < 1) {
                      const err139 = { instancePath: instancePath + "/images/requireDigest/namespaces/" + i17, schemaPath: "#/properties/images/properties/requireDigest/properties/namespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/images/requireDigest/namespaces/" + i17, schemaPath: "#/properties/images/properties/requireDigest/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/images/requireDigest/namespaces", schemaPath: "#/properties/images/properties/requireDigest/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data77.paths !== void 0) {
              let data80 = data77.paths;
              if (Array.isArray(data80)) {
                const len18 = data80.length;
                for (let i18 = 0; i18 < len18; i18++) {
                  let data81 = data80[i18];
                  if (typeof data81 === "string") {
                    if (func3(data81) < 1) {
                      const err142 = { instancePath: instancePath + "/images/requireDigest/paths/" + i18, schemaPath: "#/properties/images/properties/requireDigest/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                  } else {
                    const err143 = { instancePath: instancePath + "/images/requireDigest/paths/" + i18, schemaPath: "#/properties/images/properties/requireDigest/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
              } else {
                const err144 = { instancePath: instancePath + "/images/requireDigest/paths", schemaPath: "#/properties/images/properties/requireDigest/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
          } else {
            const err145 = { instancePath: instancePath + "/images/requireDigest", schemaPath: "#/properties/images/properties/requireDigest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
      } else {
        const err146 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
    }
  } else {
    const err147 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err147];
    } else {
      vErrors.push(err147);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config.ts
var DEFAULT_INTERNAL_INGRESS_CLASSES = ["internal", "nginx-internal", "private"];
var DEFAULT_INTERNAL_INGRESS_ANNOTATIONS = {
  "alb.ingress.kubernetes.io/scheme": "internal",
  "networking.gke.io/load-balancer-type": "Internal",
  "service.beta.kubernetes.io/aws-load-balancer-internal": "true"
};
var validate = validate_config_default;
function parseConfig(text2, file) {
  let raw;
  try {
    raw = (0, import_yaml.parse)(text2) ?? {};
  } catch (e) {
    throw new ConfigurationError(`${file}: invalid YAML: ${errorMessage(e).split("\n")[0]}`);
  }
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map((e) => {
      const key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
      const extra = e.params && "additionalProperty" in e.params ? `: unknown key "${String(e.params.additionalProperty)}"` : ` ${e.message ?? ""}`;
      const allowed = e.params && "allowedValues" in e.params ? ` (${e.params.allowedValues.join(", ")})` : "";
      return `${key}${extra}${allowed}${hintFor(e.keyword, key)}`;
    });
    throw new ConfigurationError(`${file}: ${[...new Set(problems)].join("; ")}`);
  }
  const duplicate = duplicateChartSetting(raw.render?.charts ?? []) ?? reviewProblem(raw.reviews ?? []);
  if (duplicate) throw new ConfigurationError(`${file}: ${duplicate}`);
  return resolveConfig(raw);
}
function hintFor(keyword, key) {
  if (keyword === "type" && key.endsWith(".kubeVersion"))
    return ' (write it in quotes: kubeVersion: "1.30", else YAML reads a number and drops the 0)';
  if (keyword === "pattern" && /\.(releaseName|namespace)$/.test(key))
    return ' (lowercase letters, digits and "-", starting and ending with a letter or digit)';
  if (keyword === "pattern" && key.endsWith(".kubeVersion")) return ' (such as "1.31")';
  return "";
}
function duplicateChartSetting(charts) {
  const paths = /* @__PURE__ */ new Set();
  for (const [i, chart] of charts.entries()) {
    const path = normaliseChartPath(chart.path);
    if (paths.has(path)) return `render.charts.${i}.path: chart "${path}" is listed twice`;
    paths.add(path);
    const names2 = /* @__PURE__ */ new Set();
    for (const set2 of chart.valueSets ?? []) {
      if (names2.has(set2.name))
        return `render.charts.${i}.valueSets: the name "${set2.name}" is used twice`;
      names2.add(set2.name);
    }
  }
  return void 0;
}
function reviewProblem(reviews) {
  const names2 = /* @__PURE__ */ new Set();
  for (const [i, r] of reviews.entries()) {
    if (names2.has(r.name)) return `reviews.${i}.name: the name "${r.name}" is used twice`;
    names2.add(r.name);
    const people = new Set(r.approvers.map((a) => a.toLowerCase()));
    const teams = r.approvers.some((a) => a.startsWith("@"));
    if (!teams && (r.minApprovals ?? 1) > people.size)
      return `reviews.${i}.minApprovals: ${r.minApprovals} approvals needed but only ${people.size} approver${people.size === 1 ? "" : "s"} listed`;
  }
  return void 0;
}
function normaliseChartPath(path) {
  const p = posix.normalize(path.replace(/\\/g, "/")).replace(/\/+$/, "");
  return p === "" ? "." : p;
}
function resolveChart(raw) {
  return {
    path: normaliseChartPath(raw.path),
    ...raw.releaseName ? { releaseName: raw.releaseName } : {},
    ...raw.namespace ? { namespace: raw.namespace } : {},
    ...raw.kubeVersion ? { kubeVersion: raw.kubeVersion } : {},
    valueSets: (raw.valueSets ?? []).map((v) => ({
      name: v.name,
      valuesFiles: v.valuesFiles ?? [],
      set: Object.fromEntries(Object.entries(v.set ?? {}).map(([k, x]) => [k, String(x)]))
    }))
  };
}
function resolveConfig(raw = {}) {
  const podSpecPaths = { ...WORKLOAD_POD_SPEC_PATHS };
  for (const custom of raw.workloads?.customKinds ?? [])
    podSpecPaths[custom.kind] = parseFieldPath(custom.podSpecPath).path;
  return {
    paths: raw.paths ?? [],
    exclude: raw.exclude ?? [],
    failOn: raw.failOn ?? "high",
    rules: {
      custom: raw.rules?.custom ?? [],
      disabled: raw.rules?.disabled ?? [],
      severity: raw.rules?.severity ?? {}
    },
    ingress: {
      internalClasses: raw.ingress?.internalClasses ?? DEFAULT_INTERNAL_INGRESS_CLASSES,
      internalAnnotations: raw.ingress?.internalAnnotations ?? DEFAULT_INTERNAL_INGRESS_ANNOTATIONS
    },
    podSpecPaths,
    waivers: {
      annotations: raw.waivers?.annotations ?? true,
      maxDays: raw.waivers?.maxDays ?? 180,
      list: raw.waivers?.list ?? []
    },
    limits: { maxFileBytes: raw.limits?.maxFileBytes ?? 10 * 1024 * 1024 },
    render: {
      helm: raw.render?.helm ?? true,
      kustomize: raw.render?.kustomize ?? true,
      timeoutSeconds: raw.render?.timeoutSeconds ?? 60,
      ...raw.render?.helmBinary ? { helmBinary: raw.render.helmBinary } : {},
      ...raw.render?.kubectlBinary ? { kubectlBinary: raw.render.kubectlBinary } : {},
      charts: (raw.render?.charts ?? []).map(resolveChart)
    },
    images: {
      // `docker.io/` and `docker.io` name the same registry.
      allowedRegistries: (raw.images?.allowedRegistries ?? []).map((r) => r.replace(/\/+$/, "")),
      requireDigest: {
        namespaces: raw.images?.requireDigest?.namespaces ?? [],
        paths: raw.images?.requireDigest?.paths ?? []
      }
    },
    reviews: (raw.reviews ?? []).map((r) => ({
      name: r.name,
      approvers: r.approvers,
      minApprovals: r.minApprovals ?? 1,
      requireFreshApproval: r.requireFreshApproval ?? false,
      when: r.when
    }))
  };
}

// src/load-config.ts
var DEFAULT_CONFIG_FILE = ".kubegate.yaml";
function loadConfig(root, file) {
  const path = resolve(root, file ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (file) throw new ConfigurationError(`config file ${file} not found`);
    return resolveConfig();
  }
  return parseConfig(readFileSync(path, "utf8"), file ?? DEFAULT_CONFIG_FILE);
}

// src/report/json.ts
init_define_KUBEGATE_BUILTIN_RULES();
function toJsonReport(report) {
  return JSON.stringify(
    report,
    (key, value) => key === "container" ? void 0 : value,
    2
  );
}

// src/report/sarif.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/rules/system-rules.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/evaluate/fingerprint.ts
init_define_KUBEGATE_BUILTIN_RULES();
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
function fingerprintOf(parts) {
  const data = parts.join("\0");
  const hex = oneShot ? oneShot("sha256", data) : crypto.createHash("sha256").update(data).digest("hex");
  return hex.slice(0, 32);
}

// src/rules/system-rules.ts
var SYSTEM_RULES = [
  {
    id: "parse-error",
    title: "A file could not be read as Kubernetes manifests",
    severity: "high",
    category: "isolation",
    why: "kubegate cannot check what it cannot parse, so it fails closed: a manifest that does not parse here will usually be rejected by `kubectl apply` too, and a file that is skipped silently could hide any risk.",
    fix: 'Fix the YAML or JSON at the reported line (indentation, an unclosed quote, a duplicate key), or exclude the file in `.kubegate.yaml` when it is not a manifest:\n\n```yaml\nexclude:\n  - "docs/**"\n```'
  },
  {
    id: "rule-error",
    title: "A rule could not be evaluated",
    severity: "high",
    category: "isolation",
    why: "A rule whose check raised an error gives no verdict; kubegate reports it instead of treating the resource as compliant.",
    fix: "For a custom rule, guard optional fields in its CEL check (`a.?b.orValue(default)`, `has(a.b)`). For a built-in rule, please report the resource that triggers it."
  },
  {
    id: "render-error",
    title: "A Helm chart or Kustomize overlay could not be rendered",
    severity: "high",
    category: "isolation",
    why: "kubegate checks what a chart or overlay renders to; when `helm template` or `kubectl kustomize` fails (a template error, a dependency missing from `charts/`, a timeout, or no helm/kubectl binary) there is nothing to check, so the gate fails closed for that chart instead of passing it unseen. The message is the tool's own.",
    fix: "Run the same command locally (`helm template <chart>` or `kubectl kustomize <dir>`) and fix the error it reports. Vendor chart dependencies into `charts/` (`helm dependency build`), since kubegate renders offline. When helm or kubectl is missing, install it or point `render.helmBinary` / `KUBEGATE_HELM` at it; to not render at all, set `render: { helm: false }` in `.kubegate.yaml` or pass `--no-render`."
  },
  {
    id: "rbac-permission-gain",
    title: "A subject gains a dangerous permission",
    severity: "high",
    category: "rbac",
    why: "On a pull request, kubegate computes every subject's effective RBAC permissions at the base and at the head (roles, aggregated cluster roles and bindings together) and reports each dangerous permission a user, group or service account gains: wildcards, escalate, bind and impersonate, reading secrets, exec into pods, ephemeral containers, nodes/proxy, minting tokens, and creating workloads (which run as any service account of the namespace). One binding can grant all of that, and it is easy to miss in a diff that only adds a subject to a list.",
    fix: 'Grant the narrowest role that does the job: name the resources and verbs, bind a Role in one namespace rather than a ClusterRole across the cluster, and use `resourceNames` for secrets. If the gain is intended, have it reviewed (a `reviews` requirement with `when: { rbac: dangerous }` asks for that) or waive it on the binding:\n\n```yaml\nkind: RoleBinding\nmetadata:\n  name: deployer\n  annotations:\n    waive.kubegate.io/rbac-permission-gain: "CI deploys releases here; ticket SEC-42 expires=2027-03-01"\n```'
  }
];
function systemFinding(ruleId, fields, identity2) {
  const rule = SYSTEM_RULES.find((r) => r.id === ruleId);
  return {
    ruleId,
    severity: rule?.severity ?? "high",
    title: rule?.title ?? ruleId,
    resource: "",
    fieldPath: "",
    ...fields,
    fingerprint: fingerprintOf([ruleId, ...identity2])
  };
}

// src/report/sarif-related.ts
init_define_KUBEGATE_BUILTIN_RULES();
function relatedLocations(f) {
  if (!f.related?.length) return void 0;
  return f.related.map((r, id) => ({
    id,
    physicalLocation: {
      artifactLocation: { uri: encodeURI(r.file), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: Math.max(1, r.line),
        ...r.column !== void 0 ? { startColumn: Math.max(1, r.column) } : {}
      }
    },
    message: { text: r.message }
  }));
}

// src/report/sarif.ts
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "7.5",
  medium: "5.0",
  low: "2.5"
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
function ruleHelpMarkdown(rule) {
  const refs = rule.references?.length ? `

**References**

${rule.references.map((r) => `- ${r}`).join("\n")}` : "";
  return `**${rule.title}**

**Why it matters**

${rule.why.trim()}

**How to fix**

${rule.fix.trim()}${refs}`;
}
function descriptor(rule, severities) {
  const severity = severities[rule.id] ?? rule.severity;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why.trim().split("\n\n")[0].replace(/\s+/g, " ") },
    help: {
      text: `${rule.why.trim()}

How to fix:
${rule.fix.trim()}`,
      markdown: ruleHelpMarkdown(rule)
    },
    ...rule.references?.[0] ? { helpUri: rule.references[0] } : {},
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      "security-severity": SECURITY_SEVERITY[severity],
      tags: ["security", "kubernetes", rule.category, ...rule.tags ?? []],
      precision: "high",
      "problem.severity": LEVEL[severity] === "note" ? "recommendation" : LEVEL[severity]
    }
  };
}
function toSarif(findings, rules, options, severities = {}) {
  const all = [...rules, ...SYSTEM_RULES];
  const index = new Map(all.map((r, i) => [r.id, i]));
  const results = findings.map((f) => {
    const result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: LEVEL[f.severity],
      message: {
        text: f.waiverProblem ? `${f.message} (waiver not applied: ${f.waiverProblem})` : f.message
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.location.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: Math.max(1, f.location.line) }
          }
        }
      ],
      partialFingerprints: { "kubegateFindingHash/v1": f.fingerprint },
      properties: {
        severity: f.severity,
        resource: f.resource,
        ...f.fieldPath ? { field: f.fieldPath } : {}
      }
    };
    const related = relatedLocations(f);
    if (related) result.relatedLocations = related;
    if (f.waiver) {
      result.suppressions = [
        {
          kind: f.waiver.origin === "annotation" ? "inSource" : "external",
          status: "accepted",
          justification: `${f.waiver.reason} (expires ${f.waiver.expires}${f.waiver.ticket ? `, ${f.waiver.ticket}` : ""})`
        }
      ];
    }
    return result;
  });
  return {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: {
          driver: {
            name: "kubegate",
            semanticVersion: options.version,
            version: options.version,
            informationUri: options.informationUri ?? "https://github.com/kubegate/kubegate",
            rules: all.map((r) => descriptor(r, severities))
          }
        },
        ...options.category ? {
          automationDetails: {
            id: options.category.endsWith("/") ? options.category : `${options.category}/`
          }
        } : {},
        originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
        results
      }
    ]
  };
}

// src/report/text.ts
init_define_KUBEGATE_BUILTIN_RULES();
var COLORS = {
  critical: "\x1B[1;31m",
  high: "\x1B[31m",
  medium: "\x1B[33m",
  low: "\x1B[36m"
};
var DIM = "\x1B[2m";
var RESET = "\x1B[0m";
function firstLine(markdown) {
  const prose = markdown.split("```")[0].replace(/\s+/g, " ").trim();
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(prose)?.[0] ?? prose).replace(/:$/, ".");
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence;
}
function toText(findings, rules, options) {
  const paint = (code, s) => options.color ? `${code}${s}${RESET}` : s;
  const fixes = new Map(rules.map((r) => [r.id, firstLine(r.fix)]));
  const out = [];
  let current = "";
  let hinted = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.location.file !== current) {
      current = f.location.file;
      hinted = /* @__PURE__ */ new Set();
      out.push("", paint("\x1B[1m", current));
    }
    const sev = paint(COLORS[f.severity], f.severity.toUpperCase().padEnd(8));
    const waived = f.waiver ? paint(DIM, ` [waived until ${f.waiver.expires}: ${f.waiver.reason}]`) : "";
    const bad = f.waiverProblem ? ` [waiver not applied: ${f.waiverProblem}]` : "";
    out.push(
      `  ${String(f.location.line).padStart(5)}  ${sev} ${f.ruleId}  ${f.message}${waived}${bad}`
    );
    const hint = fixes.get(f.ruleId);
    if (hint && !f.waiver && !hinted.has(f.ruleId)) {
      hinted.add(f.ruleId);
      out.push(paint(DIM, `${" ".repeat(17)}fix: ${hint}`));
    }
  }
  return out.join("\n");
}

// src/scan.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/analysers/run-analysers.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/evaluate/waivers.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_picomatch = __toESM(require_picomatch2(), 1);
var WAIVER_PREFIX = "waive.kubegate.io/";
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function addDays(day, days) {
  const d = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function checkWaiver(w, policy) {
  const where = w.origin === "annotation" ? "the waiver annotation" : "the config waiver";
  if (!w.reason.trim()) return { problem: `${where} has no reason` };
  if (!w.expires) return { problem: `${where} has no expiry (expires=YYYY-MM-DD)` };
  if (!DATE.test(w.expires) || Number.isNaN(Date.parse(`${w.expires}T00:00:00Z`))) {
    return { problem: `${where} has an invalid expiry "${w.expires}" (expected YYYY-MM-DD)` };
  }
  if (w.expires < policy.today) return { problem: `${where} expired on ${w.expires}` };
  const latest = addDays(policy.today, policy.maxDays);
  if (w.expires > latest) {
    return {
      problem: `${where} expires ${w.expires}, later than the allowed ${policy.maxDays} days (${latest})`
    };
  }
  return { waiver: { ...w, expires: w.expires } };
}
function parseWaiverAnnotation(value) {
  const m = /\bexpires=(\S*)/.exec(value);
  const reason = (m ? value.slice(0, m.index) + value.slice(m.index + m[0].length) : value).trim();
  return { reason, expires: m?.[1] };
}
function resourceMatches(pattern, id) {
  if (!pattern) return true;
  const want = pattern.split("/");
  const have = id.split("/");
  if (want.length !== 3) return false;
  return want.every(
    (part, i) => part === "*" || part === have[i] || have[i] !== "" && import_picomatch.default.isMatch(have[i] ?? "", part)
  );
}
function applyWaivers(findings, annotations, policy) {
  for (const f of findings) {
    const candidates = [];
    const keys = [
      `${WAIVER_PREFIX}${f.ruleId}`,
      ...f.container ? [`${WAIVER_PREFIX}${f.ruleId}.${f.container}`] : []
    ];
    for (const key of keys) {
      const value = annotations?.[key];
      if (value === void 0) continue;
      if (!policy.annotations) {
        candidates.push({
          problem: `waiver annotation ${key} is ignored: the config accepts only its own waivers list (waivers.annotations: false)`
        });
        continue;
      }
      const parsed = parseWaiverAnnotation(typeof value === "string" ? value : "");
      candidates.push(checkWaiver({ origin: "annotation", ...parsed }, policy));
    }
    for (const w of policy.list) {
      if (w.rule !== f.ruleId) continue;
      if (!resourceMatches(w.resource, f.resource)) continue;
      if (w.path && !import_picomatch.default.isMatch(f.location.file, w.path, { dot: true })) continue;
      if (w.container && w.container !== f.container) continue;
      candidates.push(
        checkWaiver(
          { origin: "config", reason: w.reason, expires: w.expires, ticket: w.ticket },
          policy
        )
      );
    }
    const valid = candidates.find((c) => "waiver" in c);
    if (valid) f.waiver = valid.waiver;
    else if (candidates.length > 0)
      f.waiverProblem = candidates.map((c) => "problem" in c ? c.problem : "").join("; ");
  }
}

// src/analysers/exposure.ts
init_define_KUBEGATE_BUILTIN_RULES();
var isObject2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var list2 = (v) => Array.isArray(v) ? v : [];
var text = (v) => typeof v === "string" ? v : "";
function annotationsOf(o) {
  const meta = isObject2(o.metadata) ? o.metadata : {};
  return isObject2(meta.annotations) ? meta.annotations : {};
}
function internalByAnnotation(o, s) {
  const annotations = annotationsOf(o);
  return Object.entries(s.internalIngressAnnotations).some(([k, v]) => annotations[k] === v);
}
function publicIngress(o, s) {
  const spec = isObject2(o.spec) ? o.spec : {};
  const cls = text(spec.ingressClassName) || text(annotationsOf(o)["kubernetes.io/ingress.class"]);
  return !s.internalIngressClasses.includes(cls) && !internalByAnnotation(o, s);
}
function ingressBackends(o) {
  const spec = isObject2(o.spec) ? o.spec : {};
  const names2 = [];
  const add = (backend) => {
    if (!isObject2(backend)) return;
    const name = isObject2(backend.service) ? text(backend.service.name) : text(backend.serviceName);
    if (name && !names2.includes(name)) names2.push(name);
  };
  add(spec.defaultBackend ?? spec.backend);
  for (const rule of list2(spec.rules)) {
    if (!isObject2(rule) || !isObject2(rule.http)) continue;
    for (const path of list2(rule.http.paths)) if (isObject2(path)) add(path.backend);
  }
  return names2;
}
function publicRoute(route, graph, s) {
  const spec = isObject2(route.object.spec) ? route.object.spec : {};
  const parents = list2(spec.parentRefs).filter(isObject2);
  if (parents.length === 0) return false;
  return parents.some((p) => {
    if (text(p.kind) && text(p.kind) !== "Gateway") return true;
    const gateway = graph.object(
      "Gateway",
      route,
      text(p.namespace) || route.namespace,
      text(p.name)
    );
    if (!gateway) return true;
    const gs = isObject2(gateway.object.spec) ? gateway.object.spec : {};
    return !s.internalIngressClasses.includes(text(gs.gatewayClassName)) && !internalByAnnotation(gateway.object, s);
  });
}
function routeBackends(route) {
  const spec = isObject2(route.object.spec) ? route.object.spec : {};
  const out = [];
  for (const rule of list2(spec.rules)) {
    if (!isObject2(rule)) continue;
    for (const ref of list2(rule.backendRefs)) {
      if (!isObject2(ref)) continue;
      if ((text(ref.kind) || "Service") !== "Service" || text(ref.group)) continue;
      const target = { namespace: text(ref.namespace) || route.namespace, name: text(ref.name) };
      if (target.name && !out.some((o) => o.namespace === target.namespace && o.name === target.name))
        out.push(target);
    }
  }
  return out;
}
function serviceExposure(svc, s) {
  const spec = isObject2(svc.object.spec) ? svc.object.spec : {};
  if (spec.type === "NodePort") return "NodePort Service";
  if (spec.type === "LoadBalancer" && !internalByAnnotation(svc.object, s))
    return "LoadBalancer Service";
  return void 0;
}
var nsName = (r) => `${r.namespace || "(unset)"}/${r.id.split("/").slice(2).join("/")}`;
function entries(graph, s) {
  const out = [];
  for (const ing of graph.ofKind("Ingress")) {
    if (!publicIngress(ing.object, s)) continue;
    out.push({
      record: ing,
      label: `public Ingress ${nsName(ing)}`,
      services: ingressBackends(ing.object).map((name) => ({ namespace: ing.namespace, name }))
    });
  }
  for (const kind of ["HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"]) {
    for (const route of graph.ofKind(kind)) {
      if (!publicRoute(route, graph, s)) continue;
      out.push({
        record: route,
        label: `${kind} ${nsName(route)} on a public Gateway`,
        services: routeBackends(route)
      });
    }
  }
  for (const svc of graph.ofKind("Service")) {
    const how = serviceExposure(svc, s);
    if (how) out.push({ record: svc, label: `${how} ${nsName(svc)}`, services: [] });
  }
  return out;
}
function selectedWorkloads(svc, graph) {
  const spec = isObject2(svc.object.spec) ? svc.object.spec : {};
  const selector = isObject2(spec.selector) ? spec.selector : {};
  const pairs2 = Object.entries(selector).filter(
    (e) => typeof e[1] === "string"
  );
  if (pairs2.length === 0) return [];
  return graph.workloadsBeside(svc).filter((w) => pairs2.every(([k, v]) => w.podLabels[k] === v));
}
function exposureFindings(graph, settings) {
  const findings = [];
  for (const entry of entries(graph, settings)) {
    const services = entry.record.kind === "Service" ? [entry.record] : entry.services.map((ref) => graph.object("Service", entry.record, ref.namespace, ref.name)).filter((r) => r !== void 0);
    for (const svc of services) {
      for (const workload of selectedWorkloads(svc, graph)) {
        const risks = [...workload.risks, ...graph.powerOf(workload).map((p) => p.summary)];
        if (risks.length === 0) continue;
        const chain = svc === entry.record ? `${entry.label} -> ${workload.kind} ${nsName(workload)}` : `${entry.label} -> Service ${nsName(svc)} -> ${workload.kind} ${nsName(workload)}`;
        const related = [
          { location: entry.record.location, message: `Entry point: ${entry.label}` }
        ];
        if (svc !== entry.record)
          related.push({
            location: svc.location,
            message: `Service ${nsName(svc)} selects the workload`
          });
        for (const p of graph.powerOf(workload))
          if (p.location) related.push({ location: p.location, message: p.summary });
        findings.push({
          analyser: "exposure",
          workload,
          message: `is reachable from outside the cluster (${chain}) and ${risks.join("; ")}`,
          identity: [workload.id, entry.record.id, svc.id],
          related
        });
      }
    }
  }
  return findings;
}

// src/analysers/graph.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/rbac/delta.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/rbac/permissions.ts
init_define_KUBEGATE_BUILTIN_RULES();
var BUILT_IN_CLUSTER_ROLES = {
  "cluster-admin": [
    { apiGroups: ["*"], resources: ["*"], verbs: ["*"], resourceNames: [], nonResourceURLs: [] },
    { apiGroups: [], resources: [], verbs: ["*"], resourceNames: [], nonResourceURLs: ["*"] }
  ]
};
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var asObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function rulesOf(object) {
  const rules = Array.isArray(object.rules) ? object.rules : [];
  return rules.flatMap((r) => {
    const o = asObject(r);
    if (!o) return [];
    return [
      {
        apiGroups: strings(o.apiGroups),
        resources: strings(o.resources),
        verbs: strings(o.verbs),
        resourceNames: strings(o.resourceNames),
        nonResourceURLs: strings(o.nonResourceURLs)
      }
    ];
  });
}
function metadata(object) {
  const m = asObject(object.metadata) ?? {};
  const labels = {};
  for (const [k, v] of Object.entries(asObject(m.labels) ?? {})) {
    if (typeof v === "string") labels[k] = v;
  }
  return {
    name: typeof m.name === "string" ? m.name : "",
    namespace: typeof m.namespace === "string" ? m.namespace : "",
    labels
  };
}
function selects(selector, labels) {
  const matchLabels = asObject(selector.matchLabels) ?? {};
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const e of expressions) {
    const x = asObject(e);
    if (!x || typeof x.key !== "string") return false;
    const values = strings(x.values);
    const has = Object.hasOwn(labels, x.key);
    const ok = x.operator === "In" ? has && values.includes(labels[x.key]) : x.operator === "NotIn" ? !has || !values.includes(labels[x.key]) : x.operator === "Exists" ? has : x.operator === "DoesNotExist" ? !has : false;
    if (!ok) return false;
  }
  return true;
}
var ruleKey = (r) => JSON.stringify(r);
function clusterRoleRules(objects2) {
  const clusterRoles = objects2.filter((o) => o.object.kind === "ClusterRole");
  const out = new Map(Object.entries(BUILT_IN_CLUSTER_ROLES));
  const aggregated = [];
  for (const { object } of clusterRoles) {
    const name = metadata(object).name;
    const aggregation = asObject(object.aggregationRule);
    if (!aggregation) {
      out.set(name, rulesOf(object));
      continue;
    }
    const selectors = (Array.isArray(aggregation.clusterRoleSelectors) ? aggregation.clusterRoleSelectors : []).map(asObject).filter((s) => s !== void 0);
    aggregated.push({ name, selectors });
    out.set(name, []);
  }
  for (let round = 0, changed = true; changed && round <= aggregated.length; round++) {
    changed = false;
    for (const { name, selectors } of aggregated) {
      const rules = /* @__PURE__ */ new Map();
      for (const c of clusterRoles) {
        const m = metadata(c.object);
        if (m.name === name || !selectors.some((s) => selects(s, m.labels))) continue;
        for (const r of out.get(m.name) ?? []) rules.set(ruleKey(r), r);
      }
      const before = (out.get(name) ?? []).map(ruleKey).join("\n");
      if ([...rules.keys()].join("\n") !== before) {
        out.set(name, [...rules.values()]);
        changed = true;
      }
    }
  }
  return out;
}
var grantKey = (g) => [g.scope, g.apiGroup, g.resource, g.verb, g.resourceName].join("\0");
var UNSET_NAMESPACE = "(unset)";
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "nodes",
  "persistentvolumes",
  "componentstatuses",
  "clusterroles",
  "clusterrolebindings",
  "customresourcedefinitions",
  "apiservices",
  "mutatingwebhookconfigurations",
  "validatingwebhookconfigurations",
  "validatingadmissionpolicies",
  "validatingadmissionpolicybindings",
  "certificatesigningrequests",
  "storageclasses",
  "csidrivers",
  "csinodes",
  "volumeattachments",
  "priorityclasses",
  "runtimeclasses",
  "ingressclasses",
  "tokenreviews",
  "selfsubjectaccessreviews",
  "selfsubjectrulesreviews",
  "subjectaccessreviews",
  "flowschemas",
  "prioritylevelconfigurations"
]);
function subjectsOf(binding, bindingNamespace) {
  const subjects = Array.isArray(binding.subjects) ? binding.subjects : [];
  return subjects.flatMap((s) => {
    const o = asObject(s);
    if (!o || typeof o.name !== "string") return [];
    if (o.kind === "ServiceAccount") {
      const ns = typeof o.namespace === "string" && o.namespace ? o.namespace : bindingNamespace;
      return ns === void 0 ? [] : [`ServiceAccount ${ns}/${o.name}`];
    }
    const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(o.name);
    if (o.kind === "User" && sa) return [`ServiceAccount ${sa[1]}/${sa[2]}`];
    if (o.kind === "User" || o.kind === "Group") return [`${o.kind} ${o.name}`];
    return [];
  });
}
var BUILT_IN_AGGREGATED_LABELS = ["view", "edit", "admin"].map((to) => ({
  "kubernetes.io/bootstrapping": "rbac-defaults",
  [`rbac.authorization.k8s.io/aggregate-to-${to}`]: "true"
}));
var isRbac = ({ object }) => object.apiVersion === void 0 || typeof object.apiVersion === "string" && object.apiVersion.startsWith("rbac.authorization.k8s.io/");
function bindingsOf(all) {
  const objects2 = all.filter(isRbac);
  const clusterRules = clusterRoleRules(objects2);
  const roleRules = /* @__PURE__ */ new Map();
  for (const { object } of objects2) {
    if (object.kind !== "Role") continue;
    const m = metadata(object);
    roleRules.set(`${m.namespace || UNSET_NAMESPACE}/${m.name}`, rulesOf(object));
  }
  const out = [];
  for (const { object, id } of objects2) {
    if (object.kind !== "RoleBinding" && object.kind !== "ClusterRoleBinding") continue;
    const ref = asObject(object.roleRef);
    if (!ref || typeof ref.name !== "string") continue;
    const clusterWide = object.kind === "ClusterRoleBinding";
    const namespace = metadata(object).namespace || UNSET_NAMESPACE;
    out.push({
      id,
      clusterWide,
      namespace,
      role: `${String(ref.kind)}/${ref.name}`,
      rules: ref.kind === "ClusterRole" ? clusterRules.get(ref.name) : ref.kind === "Role" && !clusterWide ? roleRules.get(`${namespace}/${ref.name}`) : void 0,
      subjects: subjectsOf(object, clusterWide ? void 0 : namespace)
    });
  }
  return out;
}
function effectivePermissions(objects2) {
  const map2 = /* @__PURE__ */ new Map();
  for (const b of bindingsOf(objects2)) {
    if (!b.rules) continue;
    const scope = b.clusterWide ? "cluster" : `namespace ${b.namespace}`;
    const source = { binding: b.id, role: b.role };
    for (const subject of b.subjects) {
      let grants = map2.get(subject);
      if (!grants) map2.set(subject, grants = /* @__PURE__ */ new Map());
      for (const rule of b.rules) {
        for (const grant of expand(rule, scope)) {
          const key = grantKey(grant);
          const entry = grants.get(key);
          if (entry) entry.sources.push(source);
          else grants.set(key, { grant, sources: [source] });
        }
      }
    }
  }
  return map2;
}
function expand(rule, scope) {
  const out = [];
  const names2 = rule.resourceNames.length ? rule.resourceNames : [""];
  const namespaced = scope !== "cluster";
  for (const verb of rule.verbs) {
    for (const apiGroup of rule.apiGroups) {
      for (const resource of rule.resources) {
        if (namespaced && CLUSTER_SCOPED.has(resource.split("/")[0])) continue;
        for (const resourceName of names2)
          out.push({ scope, apiGroup, resource, verb, resourceName });
      }
    }
    if (!namespaced) {
      for (const url of rule.nonResourceURLs) {
        out.push({ scope, apiGroup: "", resource: `url:${url}`, verb, resourceName: "" });
      }
    }
  }
  return out;
}

// src/rbac/delta.ts
var WORKLOADS = {
  "": ["pods", "replicationcontrollers"],
  apps: ["deployments", "statefulsets", "daemonsets", "replicasets"],
  extensions: ["deployments", "daemonsets", "replicasets"],
  batch: ["jobs", "cronjobs"]
};
var RBAC = "rbac.authorization.k8s.io";
var READ = /* @__PURE__ */ new Set(["get", "list", "watch", "*"]);
function names(g, groups, resource, sub = "") {
  if (g.apiGroup !== "*" && !groups.includes(g.apiGroup)) return false;
  if (g.resource === "*") return true;
  const [base, ...rest] = g.resource.split("/");
  return (base === resource || base === "*" && sub !== "") && rest.join("/") === sub;
}
function dangerOf(g) {
  const verb = (...verbs) => g.verb === "*" || verbs.includes(g.verb);
  if (g.resource === "url:*") return "a wildcard: every non-resource URL";
  if (g.resource.startsWith("url:")) return void 0;
  if (g.resource === "*") return "a wildcard: every current and future resource";
  if (g.verb === "*" && g.apiGroup === "*") return "a wildcard: every verb in every API group";
  const rbacObject = ["roles", "clusterroles", "rolebindings", "clusterrolebindings"].some(
    (r) => names(g, [RBAC], r)
  );
  if (g.verb === "*" && rbacObject) return "full control of RBAC objects";
  if ((g.verb === "escalate" || g.verb === "bind") && rbacObject) {
    return `${g.verb}: a way around RBAC itself`;
  }
  const impersonable = ["users", "groups", "serviceaccounts"].some((r) => names(g, [""], r)) || ["uids", "userextras"].some((r) => names(g, ["authentication.k8s.io"], r));
  if (g.verb === "impersonate" || g.verb === "*" && impersonable) {
    return "impersonate: a way around RBAC itself";
  }
  if (names(g, [""], "secrets") && READ.has(g.verb)) return "reads secrets";
  for (const sub of ["exec", "attach"]) {
    if (names(g, [""], "pods", sub) && verb("create", "get")) {
      return `runs commands in pods (pods/${sub})`;
    }
  }
  if (names(g, [""], "pods", "ephemeralcontainers") && verb("update", "patch")) {
    return "adds ephemeral containers to running pods";
  }
  if (names(g, [""], "nodes", "proxy")) return "talks to kubelets' API through nodes/proxy";
  if (names(g, [""], "serviceaccounts", "token") && verb("create")) {
    return "mints tokens for service accounts";
  }
  const workload = Object.entries(WORKLOADS).some(
    ([group, kinds]) => kinds.some((k) => names(g, [group], k))
  );
  if (workload && verb("create")) {
    return "creates workloads, which can run as any service account in the namespace";
  }
  return void 0;
}

// src/records.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/types.ts
init_define_KUBEGATE_BUILTIN_RULES();
var SEVERITIES = ["critical", "high", "medium", "low"];
function resourceId(r) {
  return `${r.kind}/${r.namespace}/${r.name}`;
}
function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
function meetsThreshold(s, failOn) {
  return failOn !== "none" && severityRank(s) >= severityRank(failOn);
}
function failsGate(f, failOn) {
  return !f.waiver && !f.approval && meetsThreshold(f.severity, failOn);
}

// src/records.ts
var RBAC_KINDS = /* @__PURE__ */ new Set([
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding"
]);
function keepsRecord(mode, kind) {
  return mode === "all" || mode === "rbac" && RBAC_KINDS.has(kind);
}
function recordOf(resource) {
  const { line } = resource.locator.locate([...resource.basePath, "metadata", "name"]);
  return {
    id: resourceId(resource),
    kind: resource.kind,
    namespace: resource.namespace,
    location: { file: resource.file, line },
    object: resource.object
  };
}

// src/analysers/graph.ts
var folder = (file) => file.slice(0, Math.max(0, file.lastIndexOf("/")));
function scopeFor(from, namespace) {
  if (from.unit !== void 0) return `render:${from.unit}|${namespace}`;
  return namespace ? `ns:${namespace}` : `dir:${folder(from.location.file)}`;
}
var scopeOf = (p) => scopeFor(p, p.namespace);
var CLUSTER_SCOPED2 = /* @__PURE__ */ new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding"
]);
function keyOf(kind, from, namespace, name) {
  const scope = CLUSTER_SCOPED2.has(kind) ? `cluster:${from.unit ?? ""}` : scopeFor(from, namespace);
  return `${kind}|${scope}|${name}`;
}
var Graph = class {
  constructor(input) {
    this.input = input;
    for (const r of input.objects) {
      const key = keyOf(r.kind, r, r.namespace, r.id.split("/").slice(2).join("/"));
      if (!this.byKey.has(key)) this.byKey.set(key, r);
      const list3 = this.byKind.get(r.kind) ?? [];
      list3.push(r);
      this.byKind.set(r.kind, list3);
    }
    for (const w of input.workloads) {
      const scope = scopeOf(w);
      const list3 = this.workloadsByScope.get(scope) ?? [];
      list3.push(w);
      this.workloadsByScope.set(scope, list3);
    }
  }
  input;
  byKey = /* @__PURE__ */ new Map();
  byKind = /* @__PURE__ */ new Map();
  workloadsByScope = /* @__PURE__ */ new Map();
  permissions = /* @__PURE__ */ new Map();
  powers = /* @__PURE__ */ new Map();
  /** The object `kind` named `name` in `namespace`, as seen from `from`. */
  object(kind, from, namespace, name) {
    return this.byKey.get(keyOf(kind, from, namespace, name));
  }
  ofKind(kind) {
    return this.byKind.get(kind) ?? [];
  }
  /** The workloads in the same scope as `p`. */
  workloadsBeside(p) {
    return this.workloadsByScope.get(scopeOf(p)) ?? [];
  }
  /** Each scope that runs workloads, with them. */
  scopes() {
    return [...this.workloadsByScope.entries()].sort((a, b) => a[0] < b[0] ? -1 : 1);
  }
  /** Effective permissions among the objects applied together with `unit` (plain or one render). */
  permissionsFor(unit) {
    const key = unit ?? "";
    let map2 = this.permissions.get(key);
    if (!map2) {
      map2 = effectivePermissions(
        this.input.objects.filter((r) => RBAC_KINDS.has(r.kind) && r.unit === unit).map((r) => ({ object: r.object, id: r.id }))
      );
      this.permissions.set(key, map2);
    }
    return map2;
  }
  /** The dangerous permissions of the service account a workload runs as. */
  powerOf(workload) {
    const subject = `ServiceAccount ${workload.namespace || UNSET_NAMESPACE}/${workload.serviceAccount}`;
    const cacheKey = `${workload.unit ?? ""}\0${subject}`;
    const cached = this.powers.get(cacheKey);
    if (cached) return cached;
    const grants = this.permissionsFor(workload.unit).get(subject);
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { grant, sources } of grants?.values() ?? []) {
      const danger = dangerOf(grant);
      if (!danger) continue;
      const binding = sources[0]?.binding ?? "";
      const role = sources[0]?.role ?? "";
      if (seen.has(binding)) continue;
      seen.add(binding);
      const where = grant.scope === "cluster" ? "cluster-wide" : `in ${grant.scope}`;
      const verb = grant.verb === "*" ? "do anything" : grant.verb;
      const what = grant.resource === "*" ? "every resource" : grant.resource.startsWith("url:") ? `the URL ${grant.resource.slice(4)}` : grant.resource;
      const summary = `its service account "${workload.serviceAccount}" may ${verb} on ${what} ${where} through ${binding} (${role}): ${danger}`;
      const record = this.input.objects.find((r) => r.id === binding && r.unit === workload.unit);
      out.push({ summary, ...record ? { location: record.location } : {} });
    }
    this.powers.set(cacheKey, out);
    return out;
  }
};

// src/analysers/identity.ts
init_define_KUBEGATE_BUILTIN_RULES();
function mountsToken(automount, account) {
  if (automount !== void 0) return automount;
  return account?.automountServiceAccountToken !== false;
}
function identityFindings(graph) {
  const findings = [];
  for (const [, workloads] of graph.scopes()) {
    for (const workload of workloads) {
      const powers = graph.powerOf(workload);
      if (powers.length === 0) continue;
      const account = graph.object(
        "ServiceAccount",
        workload,
        workload.namespace,
        workload.serviceAccount
      );
      if (!mountsToken(workload.automountToken, account?.object)) continue;
      findings.push({
        analyser: "identity",
        workload,
        message: `mounts the token of a powerful service account: ${powers.map((p) => p.summary.replace(/^its service account "[^"]*" /, "")).join("; ")}`,
        identity: [workload.id, workload.serviceAccount],
        related: powers.flatMap(
          (p) => p.location ? [{ location: p.location, message: `The binding: ${p.summary}` }] : []
        )
      });
    }
  }
  return findings;
}

// src/analysers/isolation.ts
init_define_KUBEGATE_BUILTIN_RULES();
var isObject3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function isolatesIngress(policy, workload) {
  const spec = isObject3(policy.object.spec) ? policy.object.spec : {};
  const types2 = Array.isArray(spec.policyTypes) ? spec.policyTypes : void 0;
  if (types2 && !types2.includes("Ingress")) return false;
  const selector = isObject3(spec.podSelector) ? spec.podSelector : {};
  return selects(selector, workload.podLabels);
}
var MAX_LISTED = 10;
function isolationFindings(graph) {
  const findings = [];
  for (const [scope, workloads] of graph.scopes()) {
    const namespace = workloads[0]?.namespace ?? "";
    if (!namespace) continue;
    const policies = graph.ofKind("NetworkPolicy").filter((p) => scopeOf(p) === scope);
    const open = workloads.filter(
      (w) => !w.hostNetwork && !policies.some((p) => isolatesIngress(p, w))
    );
    if (open.length === 0) continue;
    const ns = graph.object("Namespace", open[0], "", namespace);
    const first = [...open].sort(
      (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.line - b.location.line
    )[0];
    const names2 = open.slice(0, MAX_LISTED).map((w) => `${w.kind} ${w.name}`);
    const more = open.length > MAX_LISTED ? ` and ${open.length - MAX_LISTED} more` : "";
    const metadata2 = ns && isObject3(ns.object.metadata) ? ns.object.metadata : {};
    const annotations = isObject3(metadata2.annotations) ? metadata2.annotations : {};
    findings.push({
      analyser: "isolation",
      ...ns ? { anchor: { id: ns.id, location: ns.location, waivers: annotations } } : { workload: first },
      message: `namespace ${namespace} runs workloads that no NetworkPolicy selects for incoming traffic: ${names2.join(", ")}${more}`,
      identity: [scope],
      related: open.filter((w) => w !== first || ns).slice(0, MAX_LISTED).map((w) => ({ location: w.location, message: `${w.kind} ${w.name} is not isolated` }))
    });
  }
  return findings;
}

// src/analysers/run-analysers.ts
var RUNNERS = {
  exposure: exposureFindings,
  identity: identityFindings,
  isolation: isolationFindings
};
function toFinding(rule, f, s) {
  const anchor = f.workload ? { id: f.workload.id, location: f.workload.location, waivers: f.workload.waivers } : f.anchor;
  const finding = {
    ruleId: rule.id,
    severity: s.severities[rule.id] ?? rule.severity,
    title: rule.title,
    message: `${anchor?.id.split("/")[0] ?? "Resource"} ${anchor?.id.split("/").slice(2).join("/") ?? ""}: ${f.message}`,
    location: anchor?.location ?? { file: "", line: 1 },
    resource: anchor?.id ?? "",
    fieldPath: f.workload ? formatFieldPath(f.workload.podSpecPath) : "metadata",
    fingerprint: fingerprintOf([rule.id, ...f.identity]),
    ...f.related.length ? {
      related: f.related.map((r) => ({
        file: r.location.file,
        line: r.location.line,
        message: r.message
      }))
    } : {}
  };
  applyWaivers([finding], anchor?.waivers, s.policy);
  return finding;
}
function runAnalysers(input, rules, settings) {
  const active = rules.filter((r) => r.analyser);
  if (active.length === 0) return [];
  const graph = new Graph(input);
  const findings = /* @__PURE__ */ new Map();
  for (const rule of active) {
    const analyser = rule.analyser;
    if (!analyser) continue;
    for (const f of RUNNERS[analyser](graph, settings)) {
      const finding = toFinding(rule, f, settings);
      if (!findings.has(finding.fingerprint)) findings.set(finding.fingerprint, finding);
    }
  }
  return [...findings.values()];
}

// src/collect/collect-files.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";
var MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  "node_modules",
  ".hg",
  ".svn",
  ".terraform",
  ".venv",
  "__pycache__",
  ".idea",
  ".vscode"
]);
var GLOB_CHARS = /[*?[\]{}]/;
function toPosix(p) {
  return p.split(sep).join("/");
}
function isInside(root, target) {
  const rel = relative(root, target);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function collectFiles(options) {
  const root = realpathSync(resolve2(options.root));
  const excluded = options.exclude.length ? (0, import_picomatch2.default)(options.exclude, { dot: true }) : () => false;
  const files = /* @__PURE__ */ new Map();
  const warnings = [];
  const visitedDirs = /* @__PURE__ */ new Set();
  const chartRoots = /* @__PURE__ */ new Set();
  const inHelmTemplates = (relPath) => {
    const parts = relPath.split("/");
    const t = parts.lastIndexOf("templates");
    return t > 0 ? chartRoots.has(parts.slice(0, t).join("/")) : t === 0 && chartRoots.has("");
  };
  const addFile = (abs, relPath) => {
    if (excluded(relPath) || inHelmTemplates(relPath)) return;
    files.set(relPath, { path: relPath, absolute: abs });
  };
  const safeTarget = (abs, relPath) => {
    let real;
    try {
      real = realpathSync(abs);
    } catch {
      warnings.push(`${relPath}: broken symbolic link; skipped`);
      return void 0;
    }
    if (!isInside(root, real)) {
      warnings.push(`${relPath}: symbolic link points outside the scanned root; refused`);
      return void 0;
    }
    return real;
  };
  const walk = (dirAbs, dirRel, filter) => {
    const real = safeTarget(dirAbs, dirRel || ".");
    if (!real || visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries2;
    try {
      entries2 = readdirSync(dirAbs, { withFileTypes: true });
    } catch (e) {
      warnings.push(
        `${dirRel || "."}: cannot read folder (${e.code ?? "error"}); skipped`
      );
      return;
    }
    if (entries2.some((e) => e.name === "Chart.yaml")) chartRoots.add(dirRel);
    entries2.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries2) {
      const abs = join(dirAbs, entry.name);
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = safeTarget(abs, rel);
        if (!target) continue;
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded(rel + "/")) walk(abs, rel, filter);
      } else if (isFile && MANIFEST_EXTENSIONS.test(entry.name) && (!filter || filter(rel))) {
        addFile(abs, rel);
      }
    }
  };
  const targets = options.paths.length ? options.paths : ["."];
  for (const target of targets) {
    if (GLOB_CHARS.test(target)) {
      const match = (0, import_picomatch2.default)(toPosix(target), { dot: true });
      walk(root, "", match);
      continue;
    }
    const abs = resolve2(root, target);
    if (!isInside(root, abs)) {
      warnings.push(`${target}: outside the repository root; skipped`);
      continue;
    }
    const rel = toPosix(relative(root, abs));
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      warnings.push(`${target}: no such file or folder`);
      continue;
    }
    if (st.isSymbolicLink() && !safeTarget(abs, rel)) continue;
    if (statSync(abs).isDirectory()) walk(abs, rel);
    else addFile(abs, rel);
  }
  return { files: [...files.values()].sort((a, b) => a.path.localeCompare(b.path)), warnings };
}

// src/parallel/scan-pool.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath as fileURLToPath2, pathToFileURL } from "node:url";
import {
  isMainThread,
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData
} from "node:worker_threads";

// src/scan-file.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { readFileSync as readFileSync3 } from "node:fs";

// src/evaluate/evaluate-rules.ts
init_define_KUBEGATE_BUILTIN_RULES();
function indexRulesByKind(rules, podSpecPaths) {
  const byKind = /* @__PURE__ */ new Map();
  const add = (kind, rule) => {
    const list3 = byKind.get(kind) ?? [];
    if (!list3.includes(rule)) list3.push(rule);
    byKind.set(kind, list3);
  };
  for (const rule of rules) {
    for (const kind of rule.match.kinds) {
      if (kind === "Workload") for (const k of Object.keys(podSpecPaths)) add(k, rule);
      else add(kind, rule);
    }
  }
  return byKind;
}
function evaluateResource(resource, rulesByKind, settings, oldObject = null) {
  const rules = rulesByKind.get(resource.kind);
  if (!rules) return [];
  const view = workloadView(resource.object, resource.kind, settings.podSpecPaths);
  const facts = resourceFacts(resource, view);
  const findings = [];
  const podSpecPath = settings.podSpecPaths[resource.kind];
  if (podSpecPath && !view) findings.push(missingPodSpecFinding(resource, podSpecPath));
  const base = {
    object: resource.object,
    oldObject,
    podSpec: view?.podSpec ?? null,
    podMeta: view?.podMeta ?? {},
    params: settings.params,
    // The file people edit (for a rendered resource, its template), for path-scoped rules.
    file: resource.file
  };
  const contexts = /* @__PURE__ */ new Map();
  const contextsFor = (forEach) => {
    let list3 = contexts.get(forEach);
    if (!list3) {
      list3 = elementsFor(forEach, resource.object, view).map((element) => ({
        element,
        context: { ...base, ...element.vars }
      }));
      contexts.set(forEach, list3);
    }
    return list3;
  };
  for (const rule of rules) {
    for (const { element, context } of contextsFor(rule.forEach)) {
      let result;
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
      } else if (result !== false && result !== null && result !== void 0) {
        findings.push(
          ruleErrorFinding(
            resource,
            rule,
            element,
            new Error(`check returned ${typeof result}, not a bool or a list of paths`)
          )
        );
      }
    }
  }
  return findings;
}
var parsedPaths = /* @__PURE__ */ new Map();
function parsedFieldPath(text2) {
  let parsed = parsedPaths.get(text2);
  if (!parsed) {
    const { scope, path } = parseFieldPath(text2);
    const prefix = scope === "object" ? ["$object"] : scope === "pod" ? ["$pod"] : [];
    parsed = { scope, path, rel: formatFieldPath([...prefix, ...path]) };
    if (parsedPaths.size < 1e4) parsedPaths.set(text2, parsed);
  }
  return parsed;
}
function resolve3(candidate, element, view) {
  const { scope, path, rel } = parsedFieldPath(candidate);
  if (scope === "object") return { abs: path, rel };
  if (scope === "pod") return { abs: [...view?.podSpecPath ?? ["spec"], ...path], rel };
  return { abs: [...element.path, ...path], rel };
}
function resourceFacts(resource, view) {
  const slash = resource.apiVersion.lastIndexOf("/");
  return {
    resource,
    view,
    id: resourceId(resource),
    group: slash < 0 ? "" : resource.apiVersion.slice(0, slash),
    subject: `${resource.kind} ${resource.name || "(unnamed)"}`
  };
}
function makeFinding(facts, rule, settings, element, candidates, nameField) {
  const { resource, view, id } = facts;
  const resolved = candidates.length > 0 ? candidates.map((c) => resolve3(c, element, view)) : [{ abs: element.path.length ? element.path : ["kind"], rel: "" }];
  let chosen = resolved[0];
  let line = -1;
  let firstLine2 = -1;
  const base = resource.basePath;
  for (const r of resolved) {
    const hit = resource.locator.locate(base.length ? [...base, ...r.abs] : r.abs);
    if (firstLine2 < 0) firstLine2 = hit.line;
    if (hit.exact) {
      chosen = r;
      line = hit.line;
      break;
    }
  }
  if (line < 0) line = firstLine2;
  const subject = element.name ? `${facts.subject}, ${describeElement(rule)} "${element.name}"` : facts.subject;
  return {
    ruleId: rule.id,
    severity: settings.severities[rule.id] ?? rule.severity,
    title: rule.title,
    message: `${subject}: ${rule.message ?? rule.title}${nameField && chosen.rel ? ` (${chosen.rel})` : ""}`,
    location: { file: resource.file, line },
    resource: id,
    element: element.name,
    fieldPath: formatFieldPath(base.length ? [...base, ...chosen.abs] : chosen.abs),
    fingerprint: fingerprintOf([rule.id, facts.group, id, element.name ?? "", chosen.rel]),
    container: element.container
  };
}
function describeElement(rule) {
  switch (rule.forEach) {
    case "volume":
      return "volume";
    case "policyRule":
      return "rule";
    case "subject":
      return "subject";
    default:
      return "container";
  }
}
function ruleErrorFinding(resource, rule, element, e) {
  const line = resource.locator.locate([...resource.basePath, ...element.path]).line;
  const id = resourceId(resource);
  return systemFinding(
    "rule-error",
    {
      message: `rule ${rule.id} could not be evaluated on ${id}${element.name ? ` (${element.name})` : ""}: ${String(e?.message ?? e).split("\n")[0]}`,
      location: { file: resource.file, line },
      resource: id,
      element: element.name,
      fieldPath: formatFieldPath(element.path)
    },
    [rule.id, id, element.name ?? ""]
  );
}
function missingPodSpecFinding(resource, podSpecPath) {
  const where = formatFieldPath(podSpecPath);
  const id = resourceId(resource);
  return systemFinding(
    "parse-error",
    {
      message: `${resource.kind} ${resource.name || "(unnamed)"}: ${where} is missing or not a mapping, so its pod cannot be checked`,
      location: {
        file: resource.file,
        line: resource.locator.locate([...resource.basePath, ...podSpecPath]).line
      },
      resource: id,
      fieldPath: where
    },
    [id, where]
  );
}

// src/parse/parse-source.ts
init_define_KUBEGATE_BUILTIN_RULES();

// node_modules/js-yaml/dist/js-yaml.mjs
init_define_KUBEGATE_BUILTIN_RULES();
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject6(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject6;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type22(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type22;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type22 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type22) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type22 = requireType();
  str = new Type22("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type22 = requireType();
  seq = new Type22("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type22 = requireType();
  map = new Type22("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null2() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type22 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type22("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type22 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type22("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type22("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type22("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null2(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type22 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type22("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type22 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type22("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type22 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type22("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type22("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type22 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type22("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type22("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names2 = Object.keys(transaction);
    for (let index = 0, length = names2.length; index < length; index += 1) {
      const name = names2[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names2 = Object.keys(transaction);
    for (let index = names2.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names2[index]];
      if (entry.existed) {
        state.anchorMap[names2[index]] = entry.value;
      } else {
        delete state.anchorMap[names2[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects2 = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects2, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects2[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects2, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects2.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects2.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects2, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects2, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null2(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/parse/json-lines.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/parse/line-index.ts
init_define_KUBEGATE_BUILTIN_RULES();
var KEY_SEPARATOR = "\0";
function pathKey(path) {
  return path.join(KEY_SEPARATOR);
}
function indexedLocator(build, rootLine) {
  let index;
  return {
    locate(path) {
      index ??= build();
      let key = pathKey(path);
      let exact = true;
      while (key !== "") {
        const line = index.get(key);
        if (line !== void 0) return { line, exact };
        const cut = key.lastIndexOf(KEY_SEPARATOR);
        key = cut < 0 ? "" : key.slice(0, cut);
        exact = false;
      }
      return { line: rootLine, exact: path.length === 0 };
    }
  };
}
function childKey(parent, segment) {
  return parent === "" ? String(segment) : parent + KEY_SEPARATOR + String(segment);
}
function indexDocumentLines(lines, start, end) {
  const index = /* @__PURE__ */ new Map();
  const record = (key, line) => {
    if (!index.has(key)) index.set(key, line);
  };
  const stack = [{ col: -1, key: "", seq: false, index: 0, child: "" }];
  let skipDeeperThan = -1;
  const handle = (col, text2, line) => {
    while (stack.length > 1 && stack[stack.length - 1].col > col) stack.pop();
    let top = stack[stack.length - 1];
    if (text2 === "-" || text2.startsWith("- ")) {
      let seq2;
      if (top.seq && top.col === col) {
        seq2 = top;
        seq2.index++;
      } else {
        seq2 = { col, key: top.child ?? top.key, seq: true, index: 0 };
        stack.push(seq2);
      }
      const itemKey = childKey(seq2.key, seq2.index);
      seq2.child = itemKey;
      record(itemKey, line);
      const rest = text2.slice(1);
      const content = rest.trimStart();
      if (content && !content.startsWith("#"))
        handle(col + 1 + (rest.length - content.length), content, line);
      return;
    }
    const parsed = splitKey(text2);
    if (!parsed) return;
    while (stack.length > 1 && top.seq && top.col === col) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    let frame;
    if (!top.seq && top.col === col) frame = top;
    else {
      frame = { col, key: top.child ?? top.key, seq: false, index: 0 };
      stack.push(frame);
    }
    const keyPath = childKey(frame.key, parsed.key);
    frame.child = keyPath;
    record(keyPath, line);
    if (spansLines(text2, parsed.after)) skipDeeperThan = col;
  };
  for (let i = start; i < end; i++) {
    const raw = lines[i];
    const content = raw.trimStart();
    const col = raw.length - content.length;
    if (skipDeeperThan >= 0) {
      if (content === "" || col > skipDeeperThan) continue;
      skipDeeperThan = -1;
    }
    if (content === "" || content.startsWith("#")) continue;
    if (col === 0 && (content.startsWith("---") || content.startsWith("...") || content.startsWith("%")))
      continue;
    handle(col, content.includes("	") ? content.replace(/\t/g, " ") : content, i + 1);
  }
  return index;
}
function opensMultiline(value) {
  const v = value.startsWith("&") || value.startsWith("!") ? value.replace(/^[&!]\S+\s*/, "") : value;
  if (v.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(v);
  if (v.startsWith("'")) return !/^'(?:[^']|'')*'/.test(v);
  if (v.startsWith("{") || v.startsWith("[")) return !balanced(v);
  return false;
}
function balanced(v) {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < v.length; i++) {
    const ch = v[i];
    if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
    else if (ch === "#" && depth === 0) break;
  }
  return depth <= 0;
}
function splitKey(text2) {
  let key;
  let after;
  if (text2.startsWith('"') || text2.startsWith("'")) {
    const q = text2[0];
    let i = 1;
    while (i < text2.length && text2[i] !== q) i += text2[i] === "\\" && q === '"' ? 2 : 1;
    if (i >= text2.length) return void 0;
    key = text2.slice(1, i);
    after = i + 1;
    while (text2[after] === " ") after++;
    if (text2[after] !== ":") return void 0;
  } else {
    if (text2.startsWith("{") || text2.startsWith("[") || text2.startsWith("? ")) return void 0;
    let i = text2.indexOf(":");
    while (i >= 0 && !(i === text2.length - 1 || text2[i + 1] === " ")) i = text2.indexOf(":", i + 1);
    if (i <= 0) return void 0;
    key = text2.slice(0, i).trimEnd();
    if (key.includes(" #")) return void 0;
    after = i;
  }
  return { key, after: after + 1 };
}
function spansLines(text2, from) {
  let i = from;
  while (text2.charCodeAt(i) === 32) i++;
  switch (text2[i]) {
    case "|":
    case ">":
      return true;
    case '"':
    case "'":
    case "{":
    case "[":
    case "&":
    case "!":
      return opensMultiline(stripComment(text2.slice(i).trim()));
    default: {
      if (!/^\s/.test(text2.slice(i, i + 1))) return false;
      const value = stripComment(text2.slice(from).trim());
      return /^[|>]/.test(value) || opensMultiline(value);
    }
  }
}
function stripComment(v) {
  if (v.startsWith("#")) return "";
  const hash2 = v.indexOf(" #");
  return hash2 >= 0 && !v.startsWith('"') && !v.startsWith("'") ? v.slice(0, hash2).trimEnd() : v;
}

// src/parse/json-lines.ts
function childKey2(parent, segment) {
  return parent === "" ? String(segment) : parent + KEY_SEPARATOR + String(segment);
}
var QUOTE = 34;
var BACKSLASH = 92;
var NEWLINE = 10;
function indexJsonLines(text2) {
  const index = /* @__PURE__ */ new Map();
  const record = (key, line2) => {
    if (!index.has(key)) index.set(key, line2);
  };
  const stack = [];
  let line = 1;
  let pending = "";
  let expectingValue = true;
  let shadowed = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 65279) continue;
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text2, i);
      if (top && !top.array && !expectingValue) {
        const raw = text2.slice(i + 1, end);
        const key = raw.includes("\\") ? JSON.parse(text2.slice(i, end + 1)) : raw;
        pending = childKey2(top.key, key);
        if (index.has(pending)) pending = `${shadowed++}`;
        else record(pending, line);
        expectingValue = true;
      } else {
        if (top?.array) record(pending, line);
        expectingValue = false;
      }
      i = end;
      continue;
    }
    if (c === 123 || c === 91) {
      if (top?.array) record(pending, line);
      const array = c === 91;
      stack.push({ array, key: pending, index: 0 });
      if (array) pending = childKey2(pending, 0);
      expectingValue = array;
      continue;
    }
    if (c === 125 || c === 93) {
      stack.pop();
      expectingValue = false;
      continue;
    }
    if (c === 44) {
      if (top?.array) {
        top.index++;
        pending = childKey2(top.key, top.index);
        expectingValue = true;
      } else expectingValue = false;
      continue;
    }
    if (c === 58) continue;
    if (expectingValue) {
      if (top?.array) record(pending, line);
      expectingValue = false;
    }
    while (i + 1 < text2.length && !endsScalar(text2.charCodeAt(i + 1))) i++;
  }
  return index;
}
function endsScalar(c) {
  return c === 32 || c === NEWLINE || c === 13 || c === 9 || c === 44 || c === 93 || c === 125;
}
function stringEnd(text2, start) {
  let i = start + 1;
  for (; ; ) {
    const q = text2.indexOf('"', i);
    if (q < 0) return text2.length - 1;
    let backslashes = 0;
    for (let j = q - 1; text2.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}
function jsonLocator(text2) {
  const rootLine = text2.slice(0, Math.max(0, text2.search(/\S/))).split("\n").length;
  return indexedLocator(() => indexJsonLines(text2), rootLine);
}

// src/parse/locator.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml2 = __toESM(require_dist(), 1);
function yamlLocator(lines, start, end, firstLine2) {
  return indexedLocator(() => indexDocumentLines(lines, start, end), firstLine2);
}
function treeLocator(text2, firstLine2 = 1) {
  let root;
  let counter;
  return {
    locate(path) {
      if (!counter) {
        counter = new import_yaml2.LineCounter();
        root = (0, import_yaml2.parseDocument)(text2, { lineCounter: counter, uniqueKeys: false }).contents;
      }
      let node = root ?? null;
      let best = node?.range ? node.range[0] : 0;
      let exact = true;
      for (const seg of path) {
        let next = null;
        let keyOffset;
        if ((0, import_yaml2.isMap)(node)) {
          const pair = node.items.find(
            (p) => ((0, import_yaml2.isScalar)(p.key) ? String(p.key.value) : void 0) === String(seg)
          );
          if (pair) {
            next = pair.value ?? null;
            keyOffset = (0, import_yaml2.isScalar)(pair.key) && pair.key.range ? pair.key.range[0] : void 0;
          }
        } else if ((0, import_yaml2.isSeq)(node) && typeof seg === "number") {
          next = node.items[seg] ?? null;
          keyOffset = next?.range?.[0];
        }
        if (keyOffset === void 0) {
          exact = false;
          break;
        }
        best = keyOffset;
        node = next;
      }
      return { line: counter.linePos(best).line + firstLine2 - 1, exact };
    }
  };
}

// src/parse/parse-source.ts
var DEFAULT_PARSE_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxNodesPerDocument: 1e6
};
var LOAD_OPTIONS = { schema: yaml.CORE_SCHEMA };
function parseSource(source, limits = DEFAULT_PARSE_LIMITS) {
  const { path, text: text2 } = source;
  if (Buffer.byteLength(text2) > limits.maxFileBytes) {
    return problem(
      path,
      1,
      `file is larger than the limit of ${limits.maxFileBytes} bytes; not scanned`
    );
  }
  if (text2.slice(0, 8192).includes("\0")) {
    return {
      resources: [],
      problems: [{ file: path, line: 1, message: "binary file; not scanned", warningOnly: true }]
    };
  }
  if (path.endsWith(".json")) return parseJson(path, text2);
  return parseYaml2(path, text2, limits);
}
function problem(file, line, message) {
  return { resources: [], problems: [{ file, line, message }] };
}
function parseJson(path, text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? text2.slice(0, Number(pos)).split("\n").length : 1;
    return problem(path, line, `invalid JSON: ${String(e.message).split("\n")[0]}`);
  }
  const out = { resources: [], problems: [] };
  collectResources(value, path, 0, jsonLocator(text2), out);
  return out;
}
var DOC_START = /^---(?:\s|$)/;
var DOC_END = /^\.\.\.\s*$/;
function parseYaml2(path, text2, limits) {
  const lines = text2.split(/\r?\n/);
  const sliceable = !text2.includes("\r");
  const out = { resources: [], problems: [] };
  let docIndex = 0;
  let start = 0;
  let startOffset = 0;
  let offset = 0;
  let explicit = false;
  const flush = (end) => {
    const firstContent = firstContentLine(lines, start, end);
    if (firstContent < 0) {
      if (explicit) docIndex++;
      return;
    }
    const chunk = sliceable ? text2.slice(startOffset, end < lines.length ? offset - 1 : text2.length) : lines.slice(start, end).join("\n");
    parseDocumentChunk(chunk, lines, start, end, firstContent, path, docIndex++, out, limits);
  };
  for (let i = 0; i < lines.length; i++, offset += lines[i - 1].length + 1) {
    const first = lines[i].charCodeAt(0);
    if (first !== 45 && first !== 46) continue;
    if (DOC_START.test(lines[i])) {
      flush(i);
      start = i + 1;
      startOffset = offset + lines[i].length + 1;
      explicit = true;
    } else if (DOC_END.test(lines[i])) {
      flush(i);
      start = i + 1;
      startOffset = offset + lines[i].length + 1;
      explicit = false;
    }
  }
  flush(lines.length);
  return out;
}
function firstContentLine(lines, start, end) {
  for (let i = start; i < end; i++) {
    const t = lines[i].trimStart();
    if (t !== "" && !t.startsWith("#") && !t.startsWith("%")) return i;
  }
  return -1;
}
function parseDocumentChunk(chunk, lines, start, end, firstContent, path, docIndex, out, limits) {
  let value;
  try {
    value = yaml.load(chunk, LOAD_OPTIONS);
  } catch (e) {
    const err = e;
    const line = start + (err.mark?.line ?? 0) + 1;
    out.problems.push({
      file: path,
      line,
      message: `invalid YAML: ${err.reason ?? "cannot parse"}`
    });
    return;
  }
  if (chunk.includes("*") && exceedsNodeBudget(value, limits.maxNodesPerDocument)) {
    out.problems.push({
      file: path,
      line: firstContent + 1,
      message: `document expands to more than ${limits.maxNodesPerDocument} nodes through aliases (a YAML alias bomb?); not scanned`
    });
    return;
  }
  const flow = /^\s*[{[]/.test(lines[firstContent]);
  const locator = flow ? treeLocator(chunk, start + 1) : yamlLocator(lines, start, end, firstContent + 1);
  collectResources(value, path, docIndex, locator, out);
}
function exceedsNodeBudget(value, budget) {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > budget) return true;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === "object")
      for (const item of Object.values(v)) stack.push(item);
  }
  return false;
}
function isObject4(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function collectResources(value, file, docIndex, locator, out, basePath = []) {
  if (!isObject4(value)) return;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !apiVersion || !kind) return;
  if (kind.endsWith("List") && Array.isArray(value.items)) {
    value.items.forEach(
      (item, i) => collectResources(item, file, docIndex, locator, out, [...basePath, "items", i])
    );
    return;
  }
  const metadata2 = isObject4(value.metadata) ? value.metadata : {};
  const name = typeof metadata2.name === "string" ? metadata2.name : typeof metadata2.generateName === "string" ? metadata2.generateName : "";
  const namespace = typeof metadata2.namespace === "string" ? metadata2.namespace : "";
  out.resources.push({
    apiVersion,
    kind,
    name,
    namespace,
    object: value,
    file,
    docIndex,
    basePath,
    locator
  });
}

// src/rules/builtin-rules.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname, join as join2, relative as relative2 } from "node:path";
import { fileURLToPath } from "node:url";
function builtinRuleTexts() {
  if (typeof define_KUBEGATE_BUILTIN_RULES_default !== "undefined") return define_KUBEGATE_BUILTIN_RULES_default;
  return readRuleTexts(builtinRulesDir());
}
function builtinRulesDir() {
  return join2(dirname(fileURLToPath(import.meta.url)), "..", "..", "rules");
}
function readRuleTexts(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync2(d, { withFileTypes: true })) {
      const p = join2(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".yaml") && !entry.name.endsWith(".test.yaml")) {
        out.push({ file: relative2(join2(dir, ".."), p).split("\\").join("/"), text: readFileSync2(p, "utf8") });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

// src/rules/load-rules.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml3 = __toESM(require_dist(), 1);
import { basename } from "node:path";

// src/rules/cel.ts
init_define_KUBEGATE_BUILTIN_RULES();

// node_modules/@marcbachmann/cel-js/lib/index.js
init_define_KUBEGATE_BUILTIN_RULES();

// node_modules/@marcbachmann/cel-js/lib/errors.js
init_define_KUBEGATE_BUILTIN_RULES();
var CelError = class extends Error {
  #node;
  #code;
  #range;
  #summary;
  constructor({ name, code, message, node, cause, range }) {
    super(message, cause ? { cause } : void 0);
    this.name = name;
    this.#code = code;
    this.#summary = message;
    this.#node = node;
    this.#range = range && normalizeRange(range) || normalizeRange(node);
    if (!node?.input) return;
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
  }
  get node() {
    return this.#node;
  }
  get code() {
    return this.#code;
  }
  get range() {
    return this.#range;
  }
  get summary() {
    return this.#summary;
  }
  withAst(node) {
    if (this.#node || !node?.input) return this;
    this.#node = node;
    this.#range ??= normalizeRange(node);
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range);
    return this;
  }
};
function normalizeArgs(name, defaultCode, message, node, cause) {
  if (typeof message === "string") return { name, code: defaultCode, message, node, cause };
  const opts = message;
  if (typeof opts !== "object") throw new Error("First param to error must be a string or object");
  return {
    name,
    code: opts.code || defaultCode,
    message: opts.message,
    node: opts.node,
    cause: opts.cause,
    range: opts.range
  };
}
var ParseError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("ParseError", "parse_error", message, node, cause));
  }
};
var EvaluationError = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("EvaluationError", "evaluation_error", message, node, cause));
  }
};
var TypeError2 = class extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs("TypeError", "type_error", message, node, cause));
  }
};
function parseError(code, message, node) {
  if (typeof code === "object") return new ParseError(code);
  return new ParseError({ code, message, node });
}
function evaluationError(code, message, node) {
  if (typeof code === "object") return new EvaluationError(code);
  return new EvaluationError({ code, message, node });
}
function typeError(code, message, node) {
  if (typeof code === "object") return new TypeError2(code);
  return new TypeError2({ code, message, node });
}
function normalizeRange(node) {
  const start = node?.pos ?? node?.start;
  if (typeof start !== "number") return;
  const end = typeof node.end === "number" ? node.end : start;
  return { start, end };
}
function formatErrorWithHighlight(message, node, range) {
  const pos = node.pos ?? range?.start;
  if (typeof pos !== "number") return message;
  const input = node.input;
  let lineNum = 1;
  let currentPos = 0;
  let columnNum = 0;
  while (currentPos < pos) {
    if (input[currentPos] === "\n") {
      lineNum++;
      columnNum = 0;
    } else {
      columnNum++;
    }
    currentPos++;
  }
  let contextStart = pos;
  let contextEnd = pos;
  while (contextStart > 0 && input[contextStart - 1] !== "\n") contextStart--;
  while (contextEnd < input.length && input[contextEnd] !== "\n") contextEnd++;
  const line = input.slice(contextStart, contextEnd);
  const highlight = `> ${`${lineNum}`.padStart(4, " ")} | ${line}
${" ".repeat(9 + columnNum)}^`;
  return `${message}

${highlight}`;
}
function attachErrorAst(error, node) {
  if (error instanceof CelError) return error.withAst(node);
  return error;
}

// node_modules/@marcbachmann/cel-js/lib/evaluator.js
init_define_KUBEGATE_BUILTIN_RULES();

// node_modules/@marcbachmann/cel-js/lib/registry.js
init_define_KUBEGATE_BUILTIN_RULES();

// node_modules/@marcbachmann/cel-js/lib/functions.js
init_define_KUBEGATE_BUILTIN_RULES();

// node_modules/@marcbachmann/cel-js/lib/optional.js
init_define_KUBEGATE_BUILTIN_RULES();
var Optional = class _Optional {
  #value;
  constructor(value) {
    this.#value = value;
  }
  static of(value) {
    if (value === void 0) return OPTIONAL_NONE;
    return new _Optional(value);
  }
  static none() {
    return OPTIONAL_NONE;
  }
  hasValue() {
    return this.#value !== void 0;
  }
  value() {
    if (this.#value === void 0) {
      throw evaluationError("optional_value_missing", "Optional value is not present");
    }
    return this.#value;
  }
  or(optional) {
    if (this.#value !== void 0) return this;
    if (optional instanceof _Optional) return optional;
    throw evaluationError(
      "invalid_optional_argument",
      "Optional.or must be called with an Optional argument"
    );
  }
  orValue(defaultValue) {
    return this.#value === void 0 ? defaultValue : this.#value;
  }
  get [Symbol.toStringTag]() {
    return "optional";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return this.#value === void 0 ? `Optional { none }` : `Optional { value: ${JSON.stringify(this.#value)} }`;
  }
};
var OPTIONAL_NONE = Object.freeze(new Optional());
var OptionalNamespace = class {
};
var optionalNamespace = new OptionalNamespace();
function toggleOptionalTypes(registry, enable) {
  const optionalConstant = enable ? optionalNamespace : void 0;
  registry.deleteVariable("optional");
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
}
function register(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const optionalConstant = registry.enableOptionalTypes ? optionalNamespace : void 0;
  registry.registerType("OptionalNamespace", OptionalNamespace);
  registry.registerConstant("optional", "OptionalNamespace", optionalConstant);
  functionOverload("optional.hasValue(): bool", (v) => v.hasValue());
  functionOverload("optional<A>.value(): A", (v) => v.value());
  registry.registerFunctionOverload("OptionalNamespace.none(): optional<T>", () => Optional.none());
  functionOverload("OptionalNamespace.of(A): optional<A>", (_, value) => Optional.of(value));
  function ensureOptional(value, ast, description) {
    if (value instanceof Optional) return value;
    throw evaluationError("optional_expected", `${description} must be optional`, ast);
  }
  function evaluateOptional(ev, macro, ctx) {
    const v = ev.run(macro.receiver, ctx);
    if (v instanceof Promise) return v.then((_v) => handleOptionalResolved(_v, ev, macro, ctx));
    return handleOptionalResolved(v, ev, macro, ctx);
  }
  function handleOptionalResolved(value, ev, macro, ctx) {
    const optional = ensureOptional(value, macro.receiver, `${macro.functionDesc} receiver`);
    if (optional.hasValue()) return macro.onHasValue(optional);
    return macro.onEmpty(ev, macro, ctx);
  }
  function ensureOptionalType(checker, node, ctx, description) {
    const type2 = checker.check(node, ctx);
    if (type2.kind === "optional") return type2;
    if (type2.kind === "dyn") return checker.getType("optional");
    throw checker.createError("optional_expected", `${description} must be optional, got '${type2}'`, node);
  }
  function createOptionalMacro({ functionDesc, evaluate: evaluate2, typeCheck, onHasValue, onEmpty }) {
    return ({ ast, args, receiver }) => ({
      ast,
      functionDesc,
      receiver,
      arg: args[0],
      evaluate: evaluate2,
      typeCheck,
      onHasValue,
      onEmpty
    });
  }
  const invalidOrValueReceiver = "optional.orValue() receiver";
  const invalidOrReceiver = "optional.or(optional) receiver";
  const invalidOrArg = "optional.or(optional) argument";
  registry.registerFunctionOverload(
    "optional.or(ast): optional<dyn>",
    createOptionalMacro({
      functionDesc: "optional.or(optional)",
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrReceiver);
        const r = ensureOptionalType(check2, macro.arg, ctx, invalidOrArg);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      },
      onHasValue: (optional) => optional,
      onEmpty(ev, macro, ctx) {
        const ast = macro.arg;
        const v = ev.run(ast, ctx);
        if (v instanceof Promise) return v.then((_v) => ensureOptional(_v, ast, invalidOrArg));
        return ensureOptional(v, ast, invalidOrArg);
      }
    })
  );
  registry.registerFunctionOverload(
    "optional.orValue(ast): dyn",
    createOptionalMacro({
      functionDesc: "optional.orValue(value)",
      onHasValue: (optionalValue) => optionalValue.value(),
      onEmpty(ev, macro, ctx) {
        return ev.run(macro.arg, ctx);
      },
      evaluate: evaluateOptional,
      typeCheck(check2, macro, ctx) {
        const l = ensureOptionalType(check2, macro.receiver, ctx, invalidOrValueReceiver).valueType;
        const r = check2.check(macro.arg, ctx);
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta("async", false);
        const unified = l.unify(check2.registry, r);
        if (unified) return unified;
        throw check2.createError(
          "incompatible_argument_type",
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        );
      }
    })
  );
}

// node_modules/@marcbachmann/cel-js/lib/globals.js
init_define_KUBEGATE_BUILTIN_RULES();
var hasOwn = Object.hasOwn;
var objKeys = Object.keys;
var objFreeze = Object.freeze;
var objEntries = Object.entries;
var isArray = Array.isArray;
var arrayFrom = Array.from;
var MIN_UINT = 0n;
var MAX_UINT = 18446744073709551615n;
var MAX_INT = 9223372036854775807n;
var MIN_INT = -9223372036854775808n;
function isAsync(fn, fallback) {
  if (fn?.[Symbol.toStringTag] === "AsyncFunction") return true;
  return typeof fallback === "boolean" ? fallback : true;
}
var RESERVED = /* @__PURE__ */ new Set([
  "as",
  "break",
  "const",
  "continue",
  "else",
  "for",
  "function",
  "if",
  "import",
  "let",
  "loop",
  "package",
  "namespace",
  "return",
  "var",
  "void",
  "while",
  "__proto__",
  "prototype"
]);

// node_modules/@marcbachmann/cel-js/lib/functions.js
var UnsignedInt = class {
  #value;
  constructor(value) {
    this.verify(typeof value === "bigint" ? value : BigInt(value));
  }
  get value() {
    return this.#value;
  }
  valueOf() {
    return this.#value;
  }
  toString() {
    return `${this.#value}`;
  }
  verify(v) {
    if (v < MIN_UINT || v > MAX_UINT) {
      throw evaluationError("numeric_overflow", "Unsigned integer overflow");
    }
    this.#value = v;
  }
  get [Symbol.toStringTag]() {
    return `value = ${this.#value}`;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `UnsignedInteger { value: ${this.#value} }`;
  }
};
var billion = 1e9;
var billionBigInt = 1000000000n;
var UNIT_NANOSECONDS = {
  h: 3600000000000n,
  m: 60000000000n,
  s: billionBigInt,
  ms: 1000000n,
  us: 1000n,
  µs: 1000n,
  ns: 1n
};
var Duration = class _Duration {
  #seconds;
  #nanos;
  constructor(seconds, nanos = 0) {
    this.#seconds = BigInt(seconds);
    this.#nanos = nanos;
  }
  get seconds() {
    return this.#seconds;
  }
  get nanos() {
    return this.#nanos;
  }
  valueOf() {
    return Number(this.#seconds) * 1e3 + this.#nanos / 1e6;
  }
  static fromMilliseconds(ms) {
    const totalNanos = BigInt(Math.trunc(ms * 1e6));
    const seconds = totalNanos / billionBigInt;
    const nanos = Number(totalNanos % billionBigInt);
    return new _Duration(seconds, nanos);
  }
  addDuration(other) {
    const nanos = this.#nanos + other.nanos;
    return new _Duration(
      this.#seconds + other.seconds + BigInt(Math.floor(nanos / billion)),
      nanos % billion
    );
  }
  subtractDuration(other) {
    const nanos = this.#nanos - other.nanos;
    return new _Duration(
      this.#seconds - other.seconds + BigInt(Math.floor(nanos / billion)),
      (nanos + billion) % billion
    );
  }
  extendTimestamp(ts) {
    return new Date(
      ts.getTime() + Number(this.#seconds) * 1e3 + Math.floor(this.#nanos / 1e6)
    );
  }
  subtractTimestamp(ts) {
    return new Date(
      ts.getTime() - Number(this.#seconds) * 1e3 - Math.floor(this.#nanos / 1e6)
    );
  }
  toString() {
    const nanos = this.#nanos ? (this.#nanos / billion).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 9 }).slice(1) : "";
    return `${this.#seconds}${nanos}s`;
  }
  getHours() {
    return this.#seconds / 3600n;
  }
  getMinutes() {
    return this.#seconds / 60n;
  }
  getSeconds() {
    return this.#seconds;
  }
  getMilliseconds() {
    return this.#seconds * 1000n + BigInt(Math.floor(this.#nanos / 1e6));
  }
  get [Symbol.toStringTag]() {
    return "google.protobuf.Duration";
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return `google.protobuf.Duration { seconds: ${this.#seconds}, nanos: ${this.#nanos} }`;
  }
};
function registerFunctions(registry) {
  const sync = { async: false };
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync);
  const identity2 = (v) => v;
  functionOverload("dyn(dyn): dyn", identity2);
  for (const _t in TYPES) {
    const type2 = TYPES[_t];
    if (!(type2 instanceof Type2)) continue;
    functionOverload(`type(${type2.name}): type`, () => type2);
  }
  functionOverload("bool(bool): bool", identity2);
  functionOverload("bool(string): bool", (v) => {
    switch (v) {
      case "1":
      case "t":
      case "true":
      case "TRUE":
      case "True":
        return true;
      case "0":
      case "f":
      case "false":
      case "FALSE":
      case "False":
        return false;
      default:
        throw evaluationError(
          "bool_conversion_error",
          `bool() conversion error: invalid string value "${v}"`
        );
    }
  });
  functionOverload("size(string): int", (v) => BigInt(stringSize(v)));
  functionOverload("size(bytes): int", (v) => BigInt(v.length));
  functionOverload("size(list): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("size(map): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("string.size(): int", (v) => BigInt(stringSize(v)));
  functionOverload("bytes.size(): int", (v) => BigInt(v.length));
  functionOverload("list.size(): int", (v) => BigInt(v.length ?? v.size));
  functionOverload("map.size(): int", (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length));
  functionOverload("bytes(string): bytes", (v) => ByteOpts.fromString(v));
  functionOverload("bytes(bytes): bytes", identity2);
  functionOverload("double(double): double", identity2);
  functionOverload("double(int): double", (v) => Number(v));
  functionOverload("double(uint): double", (v) => Number(v));
  functionOverload("double(string): double", (v) => {
    if (!v || v !== v.trim())
      throw evaluationError(
        "double_conversion_error",
        "double() type error: cannot convert to double"
      );
    const s = v.toLowerCase();
    switch (s) {
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Number.POSITIVE_INFINITY;
      case "-inf":
      case "-infinity":
        return Number.NEGATIVE_INFINITY;
      case "nan":
        return Number.NaN;
      default: {
        const parsed = Number(v);
        if (!Number.isNaN(parsed)) return parsed;
        throw evaluationError(
          "double_conversion_error",
          "double() type error: cannot convert to double"
        );
      }
    }
  });
  functionOverload("int(int): int", identity2);
  functionOverload("int(double): int", (v) => {
    if (Number.isFinite(v)) return BigInt(Math.trunc(v));
    throw evaluationError("numeric_overflow", "int() type error: integer overflow");
  });
  functionOverload("int(string): int", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
    }
    try {
      const num = BigInt(v);
      if (num <= MAX_INT && num >= MIN_INT) return num;
    } catch (_e) {
    }
    throw evaluationError("int_conversion_error", "int() type error: cannot convert to int");
  });
  functionOverload("uint(uint): uint", identity2);
  functionOverload("uint(int): uint", (v) => {
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("uint(double): uint", (v) => {
    try {
      return new UnsignedInt(Math.trunc(v));
    } catch (e) {
      throw evaluationError("numeric_overflow", "uint() type error: unsigned integer overflow");
    }
  });
  functionOverload("uint(string): uint", (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes("0x")) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
    try {
      return new UnsignedInt(v);
    } catch (e) {
      throw evaluationError("uint_conversion_error", "uint() type error: cannot convert to uint");
    }
  });
  functionOverload("string(string): string", identity2);
  functionOverload("string(bool): string", (v) => `${v}`);
  functionOverload("string(int): string", (v) => `${v}`);
  functionOverload("string(uint): string", (v) => `${v}`);
  functionOverload("string(bytes): string", (v) => ByteOpts.toUtf8(v));
  functionOverload("string(double): string", (v) => {
    if (v === Infinity) return "+Inf";
    if (v === -Infinity) return "-Inf";
    return `${v}`;
  });
  functionOverload("string.startsWith(string): bool", (a, b) => a.startsWith(b));
  functionOverload("string.endsWith(string): bool", (a, b) => a.endsWith(b));
  functionOverload("string.contains(string): bool", (a, b) => a.includes(b));
  functionOverload("string.lowerAscii(): string", (a) => a.toLowerCase());
  functionOverload("string.upperAscii(): string", (a) => a.toUpperCase());
  functionOverload("string.trim(): string", (a) => a.trim());
  functionOverload(
    "string.indexOf(string): int",
    (string, search) => BigInt(string.indexOf(search))
  );
  functionOverload("string.indexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.indexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.indexOf(search, fromIndex));
  });
  functionOverload(
    "string.lastIndexOf(string): int",
    (string, search) => BigInt(string.lastIndexOf(search))
  );
  functionOverload("string.lastIndexOf(string, int): int", (string, search, fromIndex) => {
    if (search === "") return fromIndex;
    fromIndex = Number(fromIndex);
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.lastIndexOf(search, fromIndex): fromIndex out of range"
      );
    }
    return BigInt(string.lastIndexOf(search, fromIndex));
  });
  functionOverload("string.substring(int): string", (string, start) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    return string.substring(start);
  });
  functionOverload("string.substring(int, int): string", (string, start, end) => {
    start = Number(start);
    if (start < 0 || start > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): start index out of range"
      );
    }
    end = Number(end);
    if (end < start || end > string.length) {
      throw evaluationError(
        "index_out_of_range",
        "string.substring(start, end): end index out of range"
      );
    }
    return string.substring(start, end);
  });
  functionOverload("string.matches(string): bool", (a, b) => {
    try {
      return new RegExp(b).test(a);
    } catch (_err) {
      throw evaluationError("invalid_regular_expression", `Invalid regular expression: ${b}`);
    }
  });
  functionOverload("string.split(string): list<string>", (s, sep6) => s.split(sep6));
  functionOverload("string.split(string, int): list<string>", (s, sep6, l) => {
    l = Number(l);
    if (l === 0) return [];
    const parts = s.split(sep6);
    if (l < 0 || parts.length <= l) return parts;
    const limited = parts.slice(0, l - 1);
    limited.push(parts.slice(l - 1).join(sep6));
    return limited;
  });
  functionOverload("list<string>.join(): string", (v) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(): list must contain only strings"
        );
      }
    }
    return v.join("");
  });
  functionOverload("list<string>.join(string): string", (v, sep6) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") {
        throw evaluationError(
          "invalid_list_element_type",
          "string.join(separator): list must contain only strings"
        );
      }
    }
    return v.join(sep6);
  });
  const textEncoder = new TextEncoder("utf8");
  const textDecoder = new TextDecoder("utf8");
  const ByteOpts = typeof Buffer !== "undefined" ? {
    byteLength: (v) => Buffer.byteLength(v),
    fromString: (str2) => Buffer.from(str2, "utf8"),
    toHex: (b) => Buffer.prototype.hexSlice.call(b, 0, b.length),
    toBase64: (b) => Buffer.prototype.base64Slice.call(b, 0, b.length),
    toUtf8: (b) => Buffer.prototype.utf8Slice.call(b, 0, b.length),
    jsonParse: (b) => JSON.parse(b)
  } : {
    textEncoder: new TextEncoder("utf8"),
    byteLength: (v) => textEncoder.encode(v).length,
    fromString: (str2) => textEncoder.encode(str2),
    toHex: Uint8Array.prototype.toHex ? (b) => b.toHex() : (b) => arrayFrom(b, (i) => i.toString(16).padStart(2, "0")).join(""),
    toBase64: Uint8Array.prototype.toBase64 ? (b) => b.toBase64() : (b) => btoa(arrayFrom(b, (i) => String.fromCodePoint(i)).join("")),
    toUtf8: (b) => textDecoder.decode(b),
    jsonParse: (b) => JSON.parse(textEncoder.decode(b))
  };
  functionOverload("bytes.json(): map", ByteOpts.jsonParse);
  functionOverload("bytes.hex(): string", ByteOpts.toHex);
  functionOverload("bytes.string(): string", ByteOpts.toUtf8);
  functionOverload("bytes.base64(): string", ByteOpts.toBase64);
  functionOverload("bytes.at(int): int", (b, index) => {
    if (index < 0 || index >= b.length) {
      throw evaluationError("index_out_of_range", "Bytes index out of range");
    }
    return BigInt(b[index]);
  });
  const TS = "google.protobuf.Timestamp";
  const GPD = "google.protobuf.Duration";
  const TimestampType = registry.registerType(TS, Date).typeType;
  const DurationType = registry.registerType(GPD, Duration).typeType;
  registry.registerConstant("google", "map<string, map<string, type>>", {
    protobuf: { Duration: DurationType, Timestamp: TimestampType }
  });
  function tzDate(d, timeZone) {
    return new Date(d.toLocaleString("en-US", { timeZone }));
  }
  function getDayOfYear(d, tz) {
    const workingDate = tz ? tzDate(d, tz) : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const start = new Date(workingDate.getFullYear(), 0, 0);
    return BigInt(Math.floor((workingDate - start) / 864e5) - 1);
  }
  functionOverload(`timestamp(string): ${TS}`, (v) => {
    if (v.length < 20 || v.length > 30) {
      throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
    }
    const d = new Date(v);
    if (d <= 253402300799999 && d >= -621355968e5) return d;
    throw evaluationError("invalid_timestamp", "timestamp() requires a string in ISO 8601 format");
  });
  functionOverload(`timestamp(int): ${TS}`, (i) => {
    i = Number(i) * 1e3;
    if (i <= 253402300799999 && i >= -621355968e5) return new Date(i);
    throw evaluationError(
      "invalid_timestamp",
      "timestamp() requires a valid integer unix timestamp"
    );
  });
  functionOverload(`${TS}.getDate(): int`, (d) => BigInt(d.getUTCDate()));
  functionOverload(`${TS}.getDate(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDate()));
  functionOverload(`${TS}.getDayOfMonth(): int`, (d) => BigInt(d.getUTCDate() - 1));
  functionOverload(
    `${TS}.getDayOfMonth(string): int`,
    (d, tz) => BigInt(tzDate(d, tz).getDate() - 1)
  );
  functionOverload(`${TS}.getDayOfWeek(): int`, (d) => BigInt(d.getUTCDay()));
  functionOverload(`${TS}.getDayOfWeek(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDay()));
  functionOverload(`${TS}.getDayOfYear(): int`, getDayOfYear);
  functionOverload(`${TS}.getDayOfYear(string): int`, getDayOfYear);
  functionOverload(`${TS}.getFullYear(): int`, (d) => BigInt(d.getUTCFullYear()));
  functionOverload(`${TS}.getFullYear(string): int`, (d, tz) => BigInt(tzDate(d, tz).getFullYear()));
  functionOverload(`${TS}.getHours(): int`, (d) => BigInt(d.getUTCHours()));
  functionOverload(`${TS}.getHours(string): int`, (d, tz) => BigInt(tzDate(d, tz).getHours()));
  functionOverload(`${TS}.getMilliseconds(): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMilliseconds(string): int`, (d) => BigInt(d.getUTCMilliseconds()));
  functionOverload(`${TS}.getMinutes(): int`, (d) => BigInt(d.getUTCMinutes()));
  functionOverload(`${TS}.getMinutes(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMinutes()));
  functionOverload(`${TS}.getMonth(): int`, (d) => BigInt(d.getUTCMonth()));
  functionOverload(`${TS}.getMonth(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMonth()));
  functionOverload(`${TS}.getSeconds(): int`, (d) => BigInt(d.getUTCSeconds()));
  functionOverload(`${TS}.getSeconds(string): int`, (d, tz) => BigInt(tzDate(d, tz).getSeconds()));
  const parseDurationPattern = /(\d*\.?\d*)(ns|us|µs|ms|s|m|h)/;
  function parseDuration(string) {
    if (!string) throw evaluationError("invalid_duration", `Invalid duration string: ''`);
    const isNegative = string[0] === "-";
    if (string[0] === "-" || string[0] === "+") string = string.slice(1);
    let nanoseconds = BigInt(0);
    while (true) {
      const match = parseDurationPattern.exec(string);
      if (!match) throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      if (match.index !== 0)
        throw evaluationError("invalid_duration", `Invalid duration string: ${string}`);
      string = string.slice(match[0].length);
      const unitNanos = UNIT_NANOSECONDS[match[2]];
      const [intPart = "0", fracPart = ""] = match[1].split(".");
      const intVal = BigInt(intPart) * unitNanos;
      const fracNanos = fracPart ? BigInt(fracPart.slice(0, 13).padEnd(13, "0")) * unitNanos / 10000000000000n : 0n;
      nanoseconds += intVal + fracNanos;
      if (string === "") break;
    }
    const seconds = nanoseconds >= billionBigInt ? nanoseconds / billionBigInt : 0n;
    const nanos = Number(nanoseconds % billionBigInt);
    if (isNegative) return new Duration(-seconds, -nanos);
    return new Duration(seconds, nanos);
  }
  functionOverload(`duration(string): google.protobuf.Duration`, (s) => parseDuration(s));
  functionOverload(`google.protobuf.Duration.getHours(): int`, (d) => d.getHours());
  functionOverload(`google.protobuf.Duration.getMinutes(): int`, (d) => d.getMinutes());
  functionOverload(`google.protobuf.Duration.getSeconds(): int`, (d) => d.getSeconds());
  functionOverload(`google.protobuf.Duration.getMilliseconds(): int`, (d) => d.getMilliseconds());
  register(registry);
}
function stringSize(str2) {
  let count = 0;
  for (const c of str2) count++;
  return count;
}

// node_modules/@marcbachmann/cel-js/lib/registry.js
var Type2 = class {
  #name;
  constructor(name) {
    this.#name = name;
    objFreeze(this);
  }
  get name() {
    return this.#name;
  }
  get [Symbol.toStringTag]() {
    return `Type<${this.#name}>`;
  }
  toString() {
    return `Type<${this.#name}>`;
  }
};
var TYPES = {
  string: new Type2("string"),
  bool: new Type2("bool"),
  int: new Type2("int"),
  uint: new Type2("uint"),
  double: new Type2("double"),
  map: new Type2("map"),
  list: new Type2("list"),
  bytes: new Type2("bytes"),
  null_type: new Type2("null"),
  type: new Type2("type")
};
var optionalType = new Type2("optional");
var valueTypeMatchers = {
  dyn(v, ev) {
    switch (typeof v) {
      case "string":
      case "bigint":
      case "number":
      case "boolean":
        return true;
      case "object":
        switch (v ? v.constructor : v) {
          case null:
          case void 0:
          case Object:
          case Map:
          case Array:
          case Set:
            return true;
          default:
            if (ev.objectTypesByConstructor.get(v.constructor)) return true;
        }
    }
    return !!ev.debugType(v);
  },
  string(v) {
    return typeof v === "string";
  },
  int(v) {
    return typeof v === "bigint";
  },
  double(v) {
    return typeof v === "number";
  },
  bool(v) {
    return typeof v === "boolean";
  },
  null(v) {
    return v === null;
  },
  bytes(v) {
    return v instanceof Uint8Array;
  },
  uint(v) {
    return v instanceof UnsignedInt;
  },
  type(v) {
    return v instanceof Type2;
  },
  list(v) {
    switch (v?.constructor) {
      case Array:
      case Set:
        return true;
      default:
        return false;
    }
  },
  map(v) {
    switch (typeof v === "object" && v ? v.constructor : null) {
      case void 0:
      case Object:
      case Map:
        return true;
      default:
        return false;
    }
  },
  optional(v) {
    return v instanceof Optional;
  },
  message(v, ev) {
    return this === ev.debugType(v);
  }
};
valueTypeMatchers.param = valueTypeMatchers.dyn;
var TypeDeclaration = class {
  #matchesCache = /* @__PURE__ */ new WeakMap();
  constructor({ kind, type: type2, name, keyType, valueType }) {
    this.kind = kind;
    this.type = type2;
    this.name = name;
    this.keyType = keyType;
    this.valueType = valueType;
    this.unwrappedType = kind === "dyn" && valueType ? valueType.unwrappedType : this;
    this.wrappedType = kind === "dyn" ? this : _createDynType(this.unwrappedType);
    this.hasDynType = this.kind === "dyn" || this.valueType?.hasDynType || this.keyType?.hasDynType || false;
    this.hasPlaceholderType = this.kind === "param" || this.keyType?.hasPlaceholderType || this.valueType?.hasPlaceholderType || false;
    if (kind === "list") this.fieldLazy = this.#getListField;
    else if (kind === "map") this.fieldLazy = this.#getMapField;
    else if (kind === "message") this.fieldLazy = this.#getMessageField;
    else if (kind === "optional") this.fieldLazy = this.#getOptionalField;
    this.matchesValueType = valueTypeMatchers[name] || valueTypeMatchers[kind];
    objFreeze(this);
  }
  isDynOrBool() {
    return this.type === "bool" || this.kind === "dyn";
  }
  isEmpty() {
    return this.valueType && this.valueType.kind === "param";
  }
  unify(r, t2) {
    const t1 = this;
    if (t1 === t2 || t1.kind === "dyn" || t2.kind === "param") return t1;
    if (t2.kind === "dyn" || t1.kind === "param") return t2;
    if (t1.kind !== t2.kind) return null;
    if (!(t1.hasPlaceholderType || t2.hasPlaceholderType || t1.hasDynType || t2.hasDynType))
      return null;
    const valueType = t1.valueType.unify(r, t2.valueType);
    if (!valueType) return null;
    switch (t1.kind) {
      case "optional":
        return r.getOptionalType(valueType);
      case "list":
        return r.getListType(valueType);
      case "map":
        const keyType = t1.keyType.unify(r, t2.keyType);
        return keyType ? r.getMapType(keyType, valueType) : null;
    }
  }
  templated(r, bind) {
    if (!this.hasPlaceholderType) return this;
    switch (this.kind) {
      case "dyn":
        return this.valueType.templated(r, bind);
      case "param":
        return bind?.get(this.name) || this;
      case "map":
        return r.getMapType(this.keyType.templated(r, bind), this.valueType.templated(r, bind));
      case "list":
        return r.getListType(this.valueType.templated(r, bind));
      case "optional":
        return r.getOptionalType(this.valueType.templated(r, bind));
      default:
        return this;
    }
  }
  toString() {
    return this.name;
  }
  #getOptionalField(obj, key, ast, ev) {
    obj = obj instanceof Optional ? obj.orValue() : obj;
    if (obj === void 0) return OPTIONAL_NONE;
    const type2 = ev.debugType(obj);
    try {
      return Optional.of(type2.fieldLazy(obj, key, ast, ev));
    } catch (e) {
      if (e instanceof EvaluationError) return OPTIONAL_NONE;
      throw e;
    }
  }
  #getMessageField(obj, key, ast, ev) {
    const message = obj ? ev.objectTypesByConstructor.get(obj.constructor) : void 0;
    if (!message) return;
    const type2 = message.fields ? message.fields[key] : dynType;
    if (!type2) return void 0;
    const value = obj instanceof Map ? obj.get(key) : obj[key];
    if (value === void 0) return;
    if (type2.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${type2}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getMapField(obj, key, ast, ev) {
    const value = obj instanceof Map ? obj.get(key) : obj && hasOwn(obj, key) ? obj[key] : void 0;
    if (value === void 0) return;
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "field_type_mismatch",
      `Field '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  #getListElementAtIndex(list3, pos) {
    switch (list3?.constructor) {
      case Array:
        return list3[pos];
      case Set: {
        let i = 0;
        for (const item of list3) {
          if (i++ !== pos) continue;
          return item;
        }
      }
    }
  }
  #getListField(obj, key, ast, ev) {
    if (typeof key === "bigint") key = Number(key);
    else if (typeof key !== "number") return;
    const value = this.#getListElementAtIndex(obj, key);
    if (value === void 0) {
      if (!obj) return;
      throw evaluationError(
        "index_out_of_bounds",
        `No such key: index out of bounds, index ${key} ${key < 0 ? "< 0" : `>= size ${obj.length || obj.size}`}`,
        ast
      );
    }
    if (this.valueType.matchesValueType(value, ev)) return value;
    throw evaluationError(
      "list_item_type_mismatch",
      `List item with index '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    );
  }
  fieldLazy() {
  }
  field(obj, key, ast, ev) {
    const v = this.fieldLazy(obj, key, ast, ev);
    if (v !== void 0) return v;
    throw evaluationError("no_such_key", `No such key: ${key}`, ast);
  }
  matchesBoth(other) {
    return this.matches(other) && other.matches(this);
  }
  matches(o) {
    const s = this.unwrappedType;
    o = o.unwrappedType;
    if (s === o || s.kind === "dyn" || o.kind === "dyn" || o.kind === "param") return true;
    return this.#matchesCache.get(o) ?? this.#matchesCache.set(o, this.#matches(s, o)).get(o);
  }
  #matches(s, o) {
    switch (s.kind) {
      case "dyn":
      case "param":
        return true;
      case "list":
        return o.kind === "list" && s.valueType.matches(o.valueType);
      case "map":
        return o.kind === "map" && s.keyType.matches(o.keyType) && s.valueType.matches(o.valueType);
      case "optional":
        return o.kind === "optional" && s.valueType.matches(o.valueType);
      default:
        return s.name === o.name;
    }
  }
};
var macroEvaluateErr = `have a .callAst property or .evaluate(checker, macro, ctx) method.`;
var macroTypeCheckErr = `have a .callAst property or .typeCheck(checker, macro, ctx) method.`;
function wrapMacroExpander(name, handler) {
  const p = `Macro '${name}' must`;
  return function macroExpander(opts) {
    const macro = handler(opts);
    if (!macro || typeof macro !== "object") throw new Error(`${p} return an object.`);
    if (macro.callAst) return macro;
    if (!macro.evaluate) throw new Error(`${p} ${macroEvaluateErr}`);
    if (!macro.typeCheck) throw new Error(`${p} ${macroTypeCheckErr}`);
    return macro;
  };
}
var VariableDeclaration = class {
  constructor(name, type2, description, value) {
    this.name = name;
    this.type = type2;
    this.description = description ?? null;
    this.constant = value !== void 0;
    this.value = value;
    objFreeze(this);
  }
};
var FunctionDeclaration = class {
  constructor({ name, receiverType, returnType, handler, description, params, async }) {
    if (typeof name !== "string") throw new Error("name must be a string");
    if (typeof handler !== "function") throw new Error("handler must be a function");
    this.name = name;
    this.async = isAsync(handler, async);
    this.receiverType = receiverType ?? null;
    this.returnType = returnType;
    this.description = description ?? null;
    this.params = params;
    this.argTypes = params.map((p) => p.type);
    this.macro = this.argTypes.includes(astType);
    const receiverString = receiverType ? `${receiverType}.` : "";
    this.signature = `${receiverString}${name}(${this.argTypes.join(", ")}): ${returnType}`;
    this.handler = this.macro ? wrapMacroExpander(this.signature, handler) : handler;
    this.partitionKey = `${receiverType ? "rcall" : "call"}:${name}:${params.length}`;
    this.hasPlaceholderType = this.returnType.hasPlaceholderType || this.receiverType?.hasPlaceholderType || this.argTypes.some((t) => t.hasPlaceholderType) || false;
    objFreeze(this);
  }
  matchesArgs(argTypes) {
    return argTypes.length === this.argTypes.length && this.argTypes.every((t, i) => t.matches(argTypes[i])) ? this : null;
  }
};
var OperatorDeclaration = class {
  constructor({ op, leftType, rightType, handler, returnType, async }) {
    this.operator = op;
    this.leftType = leftType;
    this.rightType = rightType || null;
    this.handler = handler;
    this.async = isAsync(handler, async);
    this.returnType = returnType;
    if (rightType) this.signature = `${leftType} ${op} ${rightType}: ${returnType}`;
    else this.signature = `${op}${leftType}: ${returnType}`;
    this.hasPlaceholderType = this.leftType.hasPlaceholderType || this.rightType?.hasPlaceholderType || false;
    objFreeze(this);
  }
  equals(other) {
    return this.operator === other.operator && this.leftType === other.leftType && this.rightType === other.rightType;
  }
};
function _createListType(valueType) {
  return new TypeDeclaration({
    kind: "list",
    name: `list<${valueType}>`,
    type: "list",
    valueType
  });
}
function _createPrimitiveType(name) {
  return new TypeDeclaration({ kind: "primitive", name, type: name });
}
function _createMessageType(name) {
  return new TypeDeclaration({ kind: "message", name, type: name });
}
function _createDynType(valueType) {
  const name = valueType ? `dyn<${valueType}>` : "dyn";
  return new TypeDeclaration({ kind: "dyn", name, type: name, valueType });
}
function _createOptionalType(valueType) {
  const name = `optional<${valueType}>`;
  return new TypeDeclaration({ kind: "optional", name, type: "optional", valueType });
}
function _createMapType(keyType, valueType) {
  return new TypeDeclaration({
    kind: "map",
    name: `map<${keyType}, ${valueType}>`,
    type: "map",
    keyType,
    valueType
  });
}
function _createPlaceholderType(name) {
  return new TypeDeclaration({ kind: "param", name, type: name });
}
var dynType = _createDynType();
var astType = _createPrimitiveType("ast");
var listType = _createListType(dynType);
var mapType = _createMapType(dynType, dynType);
var celTypes = {
  string: _createPrimitiveType("string"),
  bool: _createPrimitiveType("bool"),
  int: _createPrimitiveType("int"),
  uint: _createPrimitiveType("uint"),
  double: _createPrimitiveType("double"),
  bytes: _createPrimitiveType("bytes"),
  dyn: dynType,
  null: _createPrimitiveType("null"),
  type: _createPrimitiveType("type"),
  optional: _createOptionalType(dynType),
  list: listType,
  "list<dyn>": listType,
  map: mapType,
  "map<dyn, dyn>": mapType
};
for (const t of [celTypes.string, celTypes.double, celTypes.int]) {
  const list3 = _createListType(t);
  const map2 = _createMapType(celTypes.string, t);
  celTypes[list3.name] = list3;
  celTypes[map2.name] = map2;
}
Object.freeze(celTypes);
var Candidates = class {
  returnType = null;
  async = false;
  macro = false;
  #matchCache = null;
  #checkCache = null;
  /** @type {Array<FunctionDeclaration>|Array<OperatorDeclaration>} */
  declarations = [];
  constructor(registry) {
    this.registry = registry;
  }
  [Symbol.iterator]() {
    return this.declarations[Symbol.iterator]();
  }
  add(decl) {
    this.returnType = (this.returnType || decl.returnType).unify(this.registry, decl.returnType) || dynType;
    if (decl.macro) this.macro = decl;
    if (decl.async && !this.async) this.async = true;
    this.declarations.push(decl);
    this.#matchCache?.clear();
    this.#checkCache?.clear();
  }
  findFunction(argTypes, receiverType = null) {
    for (let i = 0; i < this.declarations.length; i++) {
      const match = this.#matchesFunction(this.declarations[i], argTypes, receiverType);
      if (match) return match;
    }
    return null;
  }
  findUnaryOverload(left) {
    const cached = (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left);
    if (cached !== void 0) return cached;
    let value = false;
    for (const decl of this.declarations) {
      if (decl.leftType !== left) continue;
      value = decl;
      break;
    }
    this.#matchCache.set(left, value);
    return value;
  }
  findBinaryOverload(left, right) {
    if (left.kind === "dyn" && left.valueType) right = right.wrappedType;
    else if (right.kind === "dyn" && right.valueType) left = left.wrappedType;
    return (this.#matchCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#matchCache, left, right, this.#findBinaryUncached(left, right));
  }
  checkBinaryOverload(left, right) {
    return (this.#checkCache ??= /* @__PURE__ */ new Map()).get(left)?.get(right) ?? this.#cacheBinary(this.#checkCache, left, right, this.#checkBinaryUncached(left, right));
  }
  #cacheBinary(c, l, r, v) {
    return (c.get(l) || c.set(l, /* @__PURE__ */ new Map()).get(l)).set(r, v), v;
  }
  #findBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    if (ops.length === 1) return ops[0];
    throw new Error(`Operator overload '${ops[0].signature}' overlaps with '${ops[1].signature}'.`);
  }
  #checkBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right);
    if (ops.length === 0) return false;
    let rt = ops[0].returnType;
    for (let i = 1; i < ops.length; i++) rt = rt.unify(this.registry, ops[i].returnType) || dynType;
    return rt;
  }
  #findBinaryOverloads(leftType, rightType) {
    const nonexactMatches = [];
    for (const decl of this.declarations) {
      if (decl.leftType === leftType && decl.rightType === rightType) return [decl];
      const secondary = this.#matchBinaryOverload(decl, leftType, rightType);
      if (secondary) nonexactMatches.push(secondary);
    }
    if (nonexactMatches.length === 0) {
      const op = this.declarations[0]?.operator;
      if ((op === "==" || op === "!=") && leftType.kind === "dyn") {
        return fallbackDynEqualityMatchers[op];
      }
    }
    return nonexactMatches;
  }
  #matchBinaryOverload(decl, actualLeft, actualRight) {
    const bindings = decl.hasPlaceholderType ? /* @__PURE__ */ new Map() : null;
    const leftType = this.#matchTypeWithPlaceholders(decl.leftType, actualLeft, bindings);
    if (!leftType) return;
    const rightType = this.#matchTypeWithPlaceholders(decl.rightType, actualRight, bindings);
    if (!rightType) return;
    if ((decl.operator === "==" || decl.operator === "!=") && decl.leftType.kind === "dyn" && decl.leftType.valueType && actualLeft.kind !== "dyn" && actualRight.kind !== "dyn")
      return false;
    return decl.hasPlaceholderType ? {
      async: decl.async,
      signature: decl.signature,
      handler: decl.handler,
      leftType,
      rightType,
      returnType: decl.returnType.templated(this.registry, bindings)
    } : decl;
  }
  #matchesFunction(fn, argTypes, receiverType) {
    if (fn.hasPlaceholderType) return this.#matchWithPlaceholders(fn, argTypes, receiverType);
    if (receiverType && fn.receiverType && !receiverType.matches(fn.receiverType)) return;
    return fn.matchesArgs(argTypes);
  }
  #matchWithPlaceholders(fn, argTypes, receiverType) {
    const bindings = /* @__PURE__ */ new Map();
    if (receiverType && fn.receiverType) {
      if (!this.#matchTypeWithPlaceholders(fn.receiverType, receiverType, bindings)) {
        return null;
      }
    }
    for (let i = 0; i < argTypes.length; i++) {
      if (!this.#matchTypeWithPlaceholders(fn.argTypes[i], argTypes[i], bindings)) {
        return null;
      }
    }
    return {
      async: fn.async,
      handler: fn.handler,
      signature: fn.signature,
      returnType: fn.returnType.templated(this.registry, bindings)
    };
  }
  #matchTypeWithPlaceholders(declared, actual, bindings) {
    if (!declared.hasPlaceholderType) return actual.matches(declared) ? actual : null;
    const treatAsDyn = actual.kind === "dyn";
    if (!this.#collectPlaceholderBindings(declared, actual, bindings, treatAsDyn)) return null;
    if (treatAsDyn) return actual;
    return actual.matches(declared.templated(this.registry, bindings)) ? actual : null;
  }
  #collectPlaceholderBindings(dec, act, bind, fromDyn = false) {
    if (!dec.hasPlaceholderType) return true;
    if (!act) return false;
    const asDyn = fromDyn || act.kind === "dyn";
    act = act.unwrappedType;
    switch (dec.kind) {
      case "param": {
        const type2 = asDyn ? dynType : act;
        const existing = bind.get(dec.name);
        if (!existing) return bind.set(dec.name, type2) && true;
        return existing.kind === "dyn" || type2.kind === "dyn" ? true : existing.matchesBoth(type2);
      }
      case "list": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "list") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "map": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "map") return false;
        return this.#collectPlaceholderBindings(dec.keyType, act.keyType, bind, asDyn) && this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
      case "optional": {
        if (act.name === "dyn") act = dec;
        if (act.kind !== "optional") return false;
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn);
      }
    }
    return true;
  }
};
function splitByComma(str2) {
  const parts = [];
  let current = "";
  let depth = 0;
  for (const char of str2) {
    if (char === "<") depth++;
    else if (char === ">") depth--;
    else if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current) parts.push(current.trim());
  return parts;
}
var objTypesDecls = [
  [UnsignedInt, "uint", TYPES.uint, celTypes.uint],
  [Type2, "type", TYPES.type, celTypes.type],
  [Optional, "optional", optionalType, celTypes.optional],
  [Uint8Array, "bytes", TYPES.bytes, celTypes.bytes],
  ...typeof Buffer !== "undefined" ? [[Buffer, "bytes", TYPES.bytes, celTypes.bytes]] : []
].map(([ctor, name, typeType, type2]) => Object.freeze({ name, typeType, type: type2, ctor }));
var objTypes = objTypesDecls.map((t) => [t.name, t]);
var objTypesCtor = objTypesDecls.map((t) => [t.ctor, t]);
var invalidVar = (postfix) => new Error(`Invalid variable declaration: ${postfix}`);
var invalidType = (postfix) => new Error(`Invalid type declaration: ${postfix}`);
var fallbackDynEqualityMatchers = {
  "==": [{ handler: (a, b) => a === b, returnType: celTypes.bool }],
  "!=": [{ handler: (a, b) => a !== b, returnType: celTypes.bool }]
};
var Registry = class _Registry {
  #parent = null;
  #typeDeclarations;
  #ownsVariables = true;
  #operators = null;
  #functions = null;
  #operatorsByOp = null;
  #functionsByKey = null;
  #listTypes = null;
  #mapTypes = null;
  #optionalTypes = null;
  #others = null;
  #locked = false;
  constructor(opts = {}) {
    this.enableOptionalTypes = opts.enableOptionalTypes ?? false;
    this.unlistedVariablesAreDyn = opts.unlistedVariablesAreDyn ?? false;
    const parent = opts.parent instanceof _Registry ? opts.parent : null;
    if (parent) {
      this.#parent = parent;
      let opParent = parent;
      while (opParent && !opParent.#operators) opParent = opParent.#parent;
      let fnParent = parent;
      while (fnParent && !fnParent.#functions) fnParent = fnParent.#parent;
      this.#operatorsByOp = parent.#operatorsByOp;
      this.#functionsByKey = parent.#functionsByKey;
      this.#others = { operators: opParent.#operators, functions: fnParent.#functions };
      this.objectTypes = new Map(parent.objectTypes);
      this.objectTypesByConstructor = new Map(parent.objectTypesByConstructor);
      this.variables = parent.variables;
      this.#ownsVariables = false;
      this.#typeDeclarations = parent.#typeDeclarations;
      this.#listTypes = parent.#listTypes;
      this.#mapTypes = parent.#mapTypes;
      this.#optionalTypes = parent.#optionalTypes;
      if (this.enableOptionalTypes !== parent.enableOptionalTypes || this.unlistedVariablesAreDyn !== parent.unlistedVariablesAreDyn) {
        toggleOptionalTypes(this, this.enableOptionalTypes);
      }
    } else {
      this.#operators = [];
      this.#functions = [];
      this.objectTypes = new Map(objTypes);
      this.objectTypesByConstructor = new Map(objTypesCtor);
      this.#typeDeclarations = new Map(objEntries(celTypes));
      this.#listTypes = /* @__PURE__ */ new Map();
      this.#mapTypes = /* @__PURE__ */ new Map();
      this.#optionalTypes = /* @__PURE__ */ new Map();
      this.variables = /* @__PURE__ */ new Map();
      this.variables.dyn = this.unlistedVariablesAreDyn;
      for (const n in TYPES) this.registerConstant(n, "type", TYPES[n]);
    }
  }
  #ensureOwnVariables() {
    if (this.#ownsVariables) return;
    this.variables = new Map(this.variables);
    this.variables.dyn = this.unlistedVariablesAreDyn;
    this.#ownsVariables = true;
  }
  // Used by toggleOptionalTypes in optional.js to clear a variable before re-registering it
  deleteVariable(name) {
    this.#ensureOwnVariables();
    this.variables.delete(name);
  }
  #pushOperator(decl) {
    if (!this.#operators) this.#operatorsByOp = null;
    this.operatorCandidates(decl.operator).add(decl);
    this.#operators.push(decl);
  }
  #pushFunction(decl) {
    if (!this.#functions) this.#functionsByKey = null;
    this.#functionCandidates(decl.partitionKey).add(decl);
    this.#functions.push(decl);
  }
  #ensureCandiate(c, key) {
    return c.get(key) || c.set(key, new Candidates(this)).get(key);
  }
  #getOperators() {
    if (this.#operators) return this.#operators;
    return this.#operators = [...this.#others.operators];
  }
  #getFunctions() {
    if (this.#functions) return this.#functions;
    return this.#functions = [...this.#others.functions];
  }
  operatorCandidates(op) {
    if (this.#operatorsByOp) return this.#ensureCandiate(this.#operatorsByOp, op);
    const c = this.#operatorsByOp = /* @__PURE__ */ new Map();
    for (const decl of this.#getOperators()) this.#ensureCandiate(c, decl.operator).add(decl);
    return this.#ensureCandiate(c, op);
  }
  functionCandidates(rec, name, argLen) {
    return this.#functionCandidates(`${rec ? "rcall" : "call"}:${name}:${argLen}`);
  }
  #functionCandidates(key) {
    if (this.#functionsByKey) return this.#ensureCandiate(this.#functionsByKey, key);
    const c = this.#functionsByKey = /* @__PURE__ */ new Map();
    for (const decl of this.#getFunctions()) this.#ensureCandiate(c, decl.partitionKey).add(decl);
    return this.#ensureCandiate(c, key);
  }
  registerVariable(name, type2, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    let description = opts?.description;
    let value;
    if (typeof name === "string" && typeof type2 === "object" && !(type2 instanceof TypeDeclaration)) {
      description = type2.description;
      value = type2.value;
      if (type2.schema) type2 = this.registerType({ name: `$${name}`, schema: type2.schema }).type;
      else type2 = type2.type;
    } else if (typeof name === "object") {
      if (name.schema) type2 = this.registerType({ name: `$${name.name}`, schema: name.schema }).type;
      else type2 = name.type;
      description = name.description;
      value = name.value;
      name = name.name;
    }
    if (typeof name !== "string" || !name) throw invalidVar(`name must be a string`);
    if (RESERVED.has(name)) throw invalidVar(`'${name}' is a reserved name`);
    if (this.variables.get(name) !== void 0) throw invalidVar(`'${name}' is already registered`);
    if (typeof type2 === "string") type2 = this.getType(type2);
    else if (!(type2 instanceof TypeDeclaration)) throw invalidVar(`type is required`);
    this.#ensureOwnVariables();
    this.variables.set(name, new VariableDeclaration(name, type2, description, value));
    return this;
  }
  #registerSchemaAsType(name, schema2) {
    const fields = /* @__PURE__ */ Object.create(null);
    for (const key of objKeys(schema2)) {
      const def = schema2[key];
      if (typeof def === "object" && def) {
        fields[key] = this.registerType({ name: `${name}.${key}`, schema: def }).type.name;
      } else if (typeof def === "string") {
        fields[key] = def;
      } else {
        throw new Error(`Invalid field definition for '${name}.${key}'`);
      }
    }
    return fields;
  }
  registerConstant(name, type2, value) {
    if (typeof name === "object") this.registerVariable(name);
    else this.registerVariable({ name, type: type2, value });
    return this;
  }
  getType(typename) {
    return this.#parseTypeString(typename, true);
  }
  getListType(type2) {
    return this.#listTypes.get(type2) || this.#listTypes.set(type2, this.#parseTypeString(`list<${type2}>`, true)).get(type2);
  }
  getMapType(a, b) {
    return this.#mapTypes.get(a)?.get(b) || (this.#mapTypes.get(a) || this.#mapTypes.set(a, /* @__PURE__ */ new Map()).get(a)).set(b, this.#parseTypeString(`map<${a}, ${b}>`, true)).get(b);
  }
  getOptionalType(type2) {
    return this.#optionalTypes.get(type2) || this.#optionalTypes.set(type2, this.#parseTypeString(`optional<${type2}>`, true)).get(type2);
  }
  assertType(typename, type2, signature) {
    try {
      return this.#parseTypeString(typename, true);
    } catch (e) {
      e.message = `Invalid ${type2} '${e.unknownType || typename}' in '${signature}'`;
      throw e;
    }
  }
  getFunctionType(typename) {
    if (typename === "ast") return astType;
    const t = this.#parseTypeString(typename, true);
    if (t.kind === "dyn" && t.valueType) throw new Error(`type '${t.name}' is not supported`);
    return t;
  }
  registerType(name, _d) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof name === "object") _d = name, name = _d.fullName || _d.name || _d.ctor?.name;
    if (typeof name === "string" && name[0] === ".") name = name.slice(1);
    if (typeof name !== "string" || name.length < 2 || RESERVED.has(name)) {
      throw invalidType(`name '${name}' is not valid`);
    }
    if (this.objectTypes.has(name)) throw invalidType(`type '${name}' already registered`);
    const type2 = this.#parseTypeString(name, false);
    if (type2.kind !== "message") throw invalidType(`type '${name}' is not valid`);
    const decl = {
      name,
      typeType: new Type2(name),
      type: type2,
      ctor: typeof _d === "function" ? _d : _d?.ctor,
      convert: typeof _d === "function" ? void 0 : _d?.convert,
      fields: typeof _d?.schema === "object" ? this.#normalizeFields(name, this.#registerSchemaAsType(name, _d.schema)) : this.#normalizeFields(name, typeof _d === "function" ? void 0 : _d?.fields)
    };
    if (typeof decl.ctor !== "function") {
      if (!decl.fields) throw invalidType(`type '${name}' requires a constructor or fields`);
      Object.assign(decl, this.#createDefaultConvert(name, decl.fields));
    }
    this.objectTypes.set(name, Object.freeze(decl));
    this.objectTypesByConstructor.set(decl.ctor, decl);
    this.registerFunctionOverload(`type(${name}): type`, () => decl.typeType, { async: false });
    return decl;
  }
  /** @returns {TypeDeclaration} */
  #parseTypeString(typeStr, requireKnownTypes = true) {
    let match = this.#typeDeclarations.get(typeStr);
    if (match) return match;
    if (typeof typeStr !== "string" || !typeStr.length) {
      throw new Error(`Invalid type: must be a string`);
    }
    match = typeStr.match(/^[A-Z]$/);
    if (match) return this.#createDeclaration(_createPlaceholderType, typeStr, typeStr);
    match = typeStr.match(/^(dyn|list|map|optional)<(.+)>$/);
    if (!match) {
      if (requireKnownTypes) {
        const err = new Error(`Unknown type: ${typeStr}`);
        err.unknownType = typeStr;
        throw err;
      }
      return this.#createDeclaration(_createMessageType, typeStr, typeStr);
    }
    const kind = match[1];
    const inner = match[2].trim();
    switch (kind) {
      case "dyn": {
        const type2 = this.#parseTypeString(inner, requireKnownTypes).wrappedType;
        this.#typeDeclarations.set(type2.name, type2);
        return type2;
      }
      case "list": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createListType, `list<${vType}>`, vType);
      }
      case "map": {
        const parts = splitByComma(inner);
        if (parts.length !== 2) throw new Error(`Invalid map type: ${typeStr}`);
        const kType = this.#parseTypeString(parts[0], requireKnownTypes);
        const vType = this.#parseTypeString(parts[1], requireKnownTypes);
        return this.#createDeclaration(_createMapType, `map<${kType}, ${vType}>`, kType, vType);
      }
      case "optional": {
        const vType = this.#parseTypeString(inner, requireKnownTypes);
        return this.#createDeclaration(_createOptionalType, `optional<${vType}>`, vType);
      }
    }
  }
  #createDeclaration(creator, key, ...args) {
    return this.#typeDeclarations.get(key) || this.#typeDeclarations.set(key, creator(...args)).get(key);
  }
  findMacro(name, hasReceiver, argLen) {
    return this.functionCandidates(hasReceiver, name, argLen).macro;
  }
  findUnaryOverload(op, left) {
    return this.operatorCandidates(op).findUnaryOverload(left);
  }
  findBinaryOverload(op, left, right) {
    return this.operatorCandidates(op).findBinaryOverload(left, right);
  }
  #toCelFieldType(field) {
    if (typeof field === "string") return { type: field };
    if (field.id) return protobufjsFieldToCelType(field);
    return field;
  }
  #toCelFieldDeclaration(typename, fields, k, requireKnownTypes = false) {
    try {
      const field = this.#toCelFieldType(fields[k]);
      if (typeof field?.type !== "string") throw new Error(`unsupported declaration`);
      return this.#parseTypeString(field.type, requireKnownTypes);
    } catch (e) {
      e.message = `Field '${k}' in type '${typename}' has unsupported declaration: ${JSON.stringify(fields[k])}`;
      throw e;
    }
  }
  #normalizeFields(typename, fields) {
    if (!fields) return;
    const all = /* @__PURE__ */ Object.create(null);
    for (const k of objKeys(fields)) all[k] = this.#toCelFieldDeclaration(typename, fields, k);
    return all;
  }
  #createDefaultConvert(name, fields) {
    const keys = objKeys(fields);
    const conversions = /* @__PURE__ */ Object.create(null);
    for (const k of keys) {
      const type2 = fields[k];
      const decl = type2.kind === "message" && this.objectTypes.get(type2.name);
      if (decl === false) conversions[k] = false;
      else conversions[k] = decl.convert ? decl : false;
    }
    const Ctor = {
      [name]: class extends Map {
        #raw;
        constructor(v) {
          super();
          this.#raw = v;
        }
        [Symbol.iterator]() {
          if (this.size !== keys.length) for (const k of keys) this.get(k);
          return super[Symbol.iterator]();
        }
        get(field) {
          let v = super.get(field);
          if (v !== void 0 || this.has(field)) return v;
          const dec = conversions[field];
          if (dec === void 0) return;
          v = this.#raw instanceof Map ? this.#raw.get(field) : this.#raw?.[field];
          if (dec && v && typeof v === "object") {
            switch (v.constructor) {
              case void 0:
              case Object:
              case Map:
                v = dec.convert(v);
            }
          }
          return super.set(field, v), v;
        }
      }
    }[name];
    return {
      ctor: Ctor,
      convert(v) {
        if (!v) return;
        if (v.constructor === Ctor) return v;
        return new Ctor(v);
      }
    };
  }
  clone(opts) {
    this.#locked = true;
    return new _Registry({
      parent: this,
      unlistedVariablesAreDyn: opts.unlistedVariablesAreDyn,
      enableOptionalTypes: opts.enableOptionalTypes
    });
  }
  getDefinitions() {
    const variables = [];
    const functions = [];
    for (const [, varDecl] of this.variables) {
      if (!varDecl) continue;
      variables.push({
        name: varDecl.name,
        description: varDecl.description || null,
        type: varDecl.type.name
      });
    }
    for (const decl of this.#getFunctions()) {
      functions.push({
        signature: decl.signature,
        name: decl.name,
        description: decl.description,
        receiverType: decl.receiverType ? decl.receiverType.name : null,
        returnType: decl.returnType.name,
        params: decl.params.map((p) => ({
          name: p.name,
          type: p.type.name,
          description: p.description
        }))
      });
    }
    return { variables, functions };
  }
  #parseSignature(signature) {
    if (typeof signature !== "string") throw new Error("Invalid signature: must be a string");
    const match = signature.match(/^(?:([a-zA-Z0-9.<>]+)\.)?(\w+)\(([^)]*)\):(.*)$/);
    if (!match) throw new Error(`Invalid signature: ${signature}`);
    const returnType = match[4].trim();
    if (!returnType) throw new Error(`Invalid signature: ${signature}`);
    return {
      receiverType: match[1] || null,
      name: match[2],
      argTypes: splitByComma(match[3]),
      returnType
    };
  }
  /**
   * @param {FunctionDeclaration} a
   * @param {FunctionDeclaration} b
   */
  #functionSignatureOverlaps(a, b) {
    if (a.name !== b.name) return false;
    if (a.argTypes.length !== b.argTypes.length) return false;
    if ((a.receiverType || b.receiverType) && (!a.receiverType || !b.receiverType)) return false;
    const isDifferentReceiver = a.receiverType !== b.receiverType && a.receiverType !== dynType && b.receiverType !== dynType;
    return !isDifferentReceiver && (b.macro || a.macro || b.argTypes.every((t, i) => {
      const o = a.argTypes[i];
      return t === o || t === dynType || o === dynType;
    }));
  }
  /** @param {FunctionDeclaration} newDec */
  #checkOverlappingSignatures(newDec) {
    for (const decl of this.#functionCandidates(newDec.partitionKey)) {
      if (!this.#functionSignatureOverlaps(decl, newDec)) continue;
      throw new Error(
        `Function signature '${newDec.signature}' overlaps with existing overload '${decl.signature}'.`
      );
    }
  }
  #normalizeParam(i, aType, param) {
    if (!param) return { type: this.getFunctionType(aType), name: `arg${i}`, description: null };
    const type2 = param.type || aType;
    if (!type2) throw new Error(`params[${i}].type is required`);
    if (aType && type2 !== aType) throw new Error(`params[${i}].type not equal to signature type`);
    return {
      name: param.name || `arg${i}`,
      type: this.getFunctionType(type2),
      description: param.description ?? null
    };
  }
  registerFunctionOverload(s, handler, opts) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    if (typeof s === "object") opts = s;
    else if (typeof handler === "object") opts = handler;
    else if (!opts) opts = {};
    const sig = typeof s === "string" ? s : opts.signature ?? void 0;
    const parsed = sig !== void 0 ? this.#parseSignature(sig) : void 0;
    const name = parsed?.name || opts.name;
    const receiverType = parsed?.receiverType || opts.receiverType;
    const argTypes = parsed?.argTypes;
    const returnType = parsed?.returnType || opts.returnType;
    const params = opts.params;
    handler = typeof handler === "function" ? handler : opts.handler;
    let dec;
    try {
      if (!name) throw new Error(`signature or name are required`);
      if (!returnType) throw new Error(`must have a returnType`);
      if (params) {
        if (argTypes && params.length !== argTypes.length) {
          throw new Error(`mismatched length in params and args in signature`);
        }
      } else if (!argTypes) throw new Error(`signature or params are required`);
      dec = new FunctionDeclaration({
        name,
        async: opts?.async,
        receiverType: receiverType ? this.getType(receiverType) : null,
        returnType: this.getType(returnType),
        handler,
        description: opts.description,
        params: (argTypes || params).map(
          (_, i) => this.#normalizeParam(i, argTypes?.[i], params?.[i])
        )
      });
    } catch (e) {
      if (typeof sig === "string") e.message = `Invalid function declaration '${sig}': ${e.message}`;
      else if (name) e.message = `Invalid function declaration '${name}': ${e.message}`;
      else e.message = `Invalid function declaration: ${e.message}`;
      throw e;
    }
    this.#checkOverlappingSignatures(dec);
    this.#pushFunction(dec);
  }
  registerOperatorOverload(string, handler, opts) {
    const unaryParts = string.match(/^([-!])([\w.<>]+)(?::\s*([\w.<>]+))?$/);
    if (unaryParts) {
      const [, op2, operandType, returnType2] = unaryParts;
      return this.unaryOverload(op2, operandType, handler, returnType2, opts?.async);
    }
    const parts = string.match(
      /^([\w.<>]+) ([-+*%/]|==|!=|<|<=|>|>=|in) ([\w.<>]+)(?::\s*([\w.<>]+))?$/
    );
    if (!parts) throw new Error(`Operator overload invalid: ${string}`);
    const [, leftType, op, rightType, returnType] = parts;
    return this.binaryOverload(leftType, op, rightType, handler, returnType);
  }
  unaryOverload(op, typeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    const leftType = this.assertType(typeStr, "type", `${op}${typeStr}`);
    const returnType = this.assertType(
      returnTypeStr || typeStr,
      "return type",
      `${op}${typeStr}: ${returnTypeStr || typeStr}`
    );
    const d = new OperatorDeclaration({ op: `${op}_`, leftType, returnType, handler, async });
    this.#pushOperator(this.#assertOverload(d));
  }
  #hasOverload(d) {
    for (const o of this.operatorCandidates(d.operator)) if (d.equals(o)) return true;
    return false;
  }
  #assertOverload(decl) {
    if (!this.#hasOverload(decl)) return decl;
    throw new Error(`Operator overload already registered: ${decl.signature}`);
  }
  binaryOverload(leftTypeStr, op, rightTypeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error("Cannot modify frozen registry");
    returnTypeStr ??= isRelational.has(op) ? "bool" : leftTypeStr;
    const sig = `${leftTypeStr} ${op} ${rightTypeStr}: ${returnTypeStr}`;
    let leftType = this.assertType(leftTypeStr, "left type", sig);
    let rightType = this.assertType(rightTypeStr, "right type", sig);
    const returnType = this.assertType(returnTypeStr, "return type", sig);
    if (leftType.kind === "dyn" && leftType.valueType) rightType = rightType.wrappedType;
    else if (rightType.kind === "dyn" && rightType.valueType) leftType = leftType.wrappedType;
    if (isRelational.has(op) && returnType.type !== "bool") {
      throw new Error(`Comparison operator '${op}' must return 'bool', got '${returnType.type}'`);
    }
    const dec = new OperatorDeclaration({ op, leftType, rightType, returnType, handler, async });
    if (dec.hasPlaceholderType && !(rightType.hasPlaceholderType && leftType.hasPlaceholderType)) {
      throw new Error(
        `Operator overload with placeholders must use them in both left and right types: ${sig}`
      );
    }
    this.#assertOverload(dec);
    if (op === "==") {
      const declarations = [
        new OperatorDeclaration({
          op: "!=",
          leftType,
          rightType,
          handler(a, b, ast, ev) {
            return !handler(a, b, ast, ev);
          },
          returnType,
          async
        })
      ];
      if (leftType !== rightType) {
        declarations.push(
          new OperatorDeclaration({
            op: "==",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return handler(b, a, ast, ev);
            },
            returnType,
            async
          }),
          new OperatorDeclaration({
            op: "!=",
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return !handler(b, a, ast, ev);
            },
            returnType,
            async
          })
        );
      }
      for (const decl of declarations) this.#assertOverload(decl);
      for (const decl of declarations) this.#pushOperator(decl);
    }
    this.#pushOperator(dec);
  }
};
var isRelational = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "==", "!=", "in"]);
function createRegistry(opts) {
  return new Registry(opts);
}
var RootContext = class {
  #vars;
  #contextObj;
  #contextMap;
  #convertCache;
  constructor(registry, context) {
    this.#vars = registry.variables;
    if (context === void 0 || context === null) return;
    if (typeof context !== "object") {
      throw evaluationError("invalid_context", "Context must be an object");
    }
    if (context instanceof Map) this.#contextMap = context;
    else this.#contextObj = context;
  }
  getValue(key) {
    return this.#convertCache?.get(key) || (this.#contextObj ? this.#contextObj[key] : this.#contextMap?.get(key));
  }
  getVariable(name) {
    return this.#vars.get(name) ?? (this.#vars.dyn && !RESERVED.has(name) ? new VariableDeclaration(name, dynType) : void 0);
  }
  getCheckedValue(ev, ast) {
    const v = this.getValue(ast.args);
    if (v === void 0) throw ev.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
    if (ast.checkedType.matchesValueType(v, ev)) return v;
    const type2 = ast.checkedType;
    const valueType = ev.debugType(v);
    if (type2.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type2.name)?.convert?.(v);
      if (c) return (this.#convertCache ??= /* @__PURE__ */ new Map()).set(ast.args, c), c;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${ast.args}' is not of type '${type2}', got '${valueType}'`,
      ast
    );
  }
  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType);
  }
};
var OverlayContext = class _OverlayContext {
  #parent;
  accuType;
  accuValue;
  iterValue;
  constructor(parent, iterVar, iterType) {
    this.#parent = parent;
    this.iterVar = iterVar;
    this.iterType = iterType;
  }
  forkWithVariable(iterVar, iterType) {
    return new _OverlayContext(this, iterVar, iterType);
  }
  reuse(parent) {
    if (!this.async) return this.#parent = parent, this;
    const ctx = new _OverlayContext(parent, this.iterVar, this.iterType);
    ctx.accuType = this.accuType;
    return ctx;
  }
  setIterValue(v, ev) {
    if (this.iterType.matchesValueType(v, ev)) return this.iterValue = v, this;
    const type2 = this.iterType;
    const valueType = ev.debugType(v);
    if (type2.kind === "message" && valueType.kind === "map") {
      const c = ev.objectTypes.get(type2.name)?.convert?.(v);
      if (c) return this.iterValue = c, this;
    }
    throw ev.createError(
      "variable_type_mismatch",
      `Variable '${this.iterVar}' is not of type '${type2}', got '${valueType}'`
    );
  }
  setAccuType(type2) {
    return this.accuType = type2, this;
  }
  setAccuValue(v) {
    return this.accuValue = v, this;
  }
  getValue(key) {
    return this.iterVar === key ? this.iterValue : this.#parent.getValue(key);
  }
  getCheckedValue(ev, ast) {
    if (this.iterVar === ast.args) return this.iterValue;
    return this.#parent.getCheckedValue(ev, ast);
  }
  getVariable(name) {
    if (this.iterVar === name) return new VariableDeclaration(name, this.iterType);
    return this.#parent.getVariable(name);
  }
};
function protobufjsFieldToCelType(field) {
  let fieldType;
  if (field.map) {
    const keyType = protobufjsTypeToCelType(field.keyType, field.resolvedKeyType);
    const valueType = protobufjsTypeToCelType(field.type, field.resolvedType);
    fieldType = `map<${keyType}, ${valueType}>`;
  } else {
    fieldType = protobufjsTypeToCelType(field.type, field.resolvedType);
  }
  return { type: field.repeated ? `list<${fieldType}>` : fieldType };
}
function protobufjsTypeToCelType(protoType, resolvedType) {
  switch (protoType) {
    case "string":
      return "string";
    case "bytes":
      return "bytes";
    case "bool":
      return "bool";
    // protobufjs uses JavaScript numbers for all numeric types
    case "double":
    case "float":
    case "int32":
    case "int64":
    case "sint32":
    case "sint64":
    case "sfixed32":
    case "sfixed64":
    case "uint32":
    case "uint64":
    case "fixed32":
    case "fixed64":
      return "double";
    default:
      switch (resolvedType?.constructor.name) {
        case "Type":
          return resolvedType.fullName.slice(1);
        case "Enum":
          return "int";
      }
      if (protoType?.includes(".")) return protoType;
      return "dyn";
  }
}

// node_modules/@marcbachmann/cel-js/lib/macros.js
init_define_KUBEGATE_BUILTIN_RULES();

// node_modules/@marcbachmann/cel-js/lib/operators.js
init_define_KUBEGATE_BUILTIN_RULES();
var dynType2 = celTypes.dyn;
var Base = class {
  dynType = celTypes.dyn;
  optionalType = celTypes.optional;
  stringType = celTypes.string;
  intType = celTypes.int;
  doubleType = celTypes.double;
  boolType = celTypes.bool;
  nullType = celTypes.null;
  listType = celTypes.list;
  mapType = celTypes.map;
  constructor(opts) {
    this.opts = opts.opts;
    this.registry = opts.registry;
    this.objectTypes = this.registry.objectTypes;
    this.objectTypesByConstructor = this.registry.objectTypesByConstructor;
  }
  /**
   * Get a TypeDeclaration instance for a type name
   * @param {string} typeName - The type name (e.g., 'string', 'int', 'dyn')
   * @returns {TypeDeclaration} The type declaration instance
   */
  getType(typeName) {
    return this.registry.getType(typeName);
  }
  debugType(v) {
    switch (typeof v) {
      case "string":
        return this.stringType;
      case "bigint":
        return this.intType;
      case "number":
        return this.doubleType;
      case "boolean":
        return this.boolType;
      case "object":
        if (v === null) return this.nullType;
        switch (v.constructor) {
          case void 0:
          case Object:
          case Map:
            return this.mapType;
          case Array:
          case Set:
            return this.listType;
          default:
            return this.objectTypesByConstructor.get(v.constructor)?.type || unsupportedType(this, v.constructor?.name || typeof v);
        }
      default:
        unsupportedType(this, typeof v);
    }
  }
};
function unsupportedType(self, type2) {
  throw self.createError("unsupported_type", `Unsupported type: ${type2}`);
}
var maybeAsyncArray = (a) => Array.isArray(a) ? a.some((n) => n.maybeAsync) : false;
function maybeAsync(l, r, h) {
  if (r === true || r && (r?.maybeAsync || maybeAsyncArray(r))) return maybeAsyncBoth(h);
  if (l === true || l && (l?.maybeAsync || maybeAsyncArray(l))) return maybeAsyncFirst(h);
  return h;
}
function maybeAsyncBoth(handler) {
  return handler.__asyncBoth ??= function handle(a, b, c, d) {
    if (!(a instanceof Promise || b instanceof Promise)) return handler(a, b, c, d);
    if (!(b instanceof Promise)) return a.then((_a) => handler(_a, b, c, d));
    if (!(a instanceof Promise)) return b.then((_b) => handler(a, _b, c, d));
    return Promise.all([a, b]).then((p) => handler(p[0], p[1], c, d));
  };
}
function maybeAsyncFirst(handler) {
  return handler.__asyncFirst ??= function handle(a, b, c, d) {
    if (a instanceof Promise) return a.then((_a) => handler(_a, b, c, d));
    return handler(a, b, c, d);
  };
}
function checkAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(
    ast.left,
    ast.op === "[]" ? ast.right : false,
    leftType !== dynType2 ? fieldAccessStatic : fieldAccess
  );
  if (leftType.kind !== "optional") return chk.checkAccessOnType(ast, ctx, leftType);
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, leftType.valueType, true));
}
function checkOptionalAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1];
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  if (ast.op === "[?]") chk.check(ast.right, ctx);
  ast.handle = maybeAsync(ast.left, ast.op === "[?]" ? ast.right : false, oFieldAccess);
  const actualType = leftType.kind === "optional" ? leftType.valueType : leftType;
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, actualType, true));
}
var HOMOGENEOUS_PREFIX = {
  heterogeneous_list_element: "List elements must have the same type,",
  heterogeneous_map_key: "Map key uses wrong type,",
  heterogeneous_map_value: "Map value uses wrong type,"
};
function checkElementHomogenous(chk, ctx, expected, el, code) {
  const type2 = chk.check(el, ctx);
  if (type2 === expected || expected.isEmpty()) return type2;
  if (type2.isEmpty()) return expected;
  throw chk.createError(
    code,
    `${HOMOGENEOUS_PREFIX[code]} expected type '${chk.formatType(expected)}' but found '${chk.formatType(type2)}'`,
    el
  );
}
function checkElement(chk, ctx, expected, el) {
  return expected.unify(chk.registry, chk.check(el, ctx)) || dynType2;
}
function ternaryConditionError(ev, value, node) {
  const type2 = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_condition_type",
    `${node.meta.label || "Ternary condition must be bool"}, got '${type2}'`,
    node
  );
}
function handleTernary(c, ev, ast, ctx) {
  if (c === true) return ev.run(ast.left, ctx);
  if (c === false) return ev.run(ast.right, ctx);
  throw ternaryConditionError(ev, c, ast.condition);
}
function logicalOperandError(ev, value, node) {
  const type2 = ev.debugRuntimeType(value);
  return ev.createError(
    "invalid_logical_operand",
    `Logical operator requires bool operands, got '${type2}'`,
    node
  );
}
function logicalValueOrErr(ev, v, node) {
  if (v instanceof Error) return v;
  return logicalOperandError(ev, v, node);
}
function _logicalOp(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (right === !exp) {
    if (left === right) return right;
    throw logicalValueOrErr(ev, left, ast.left);
  }
  if (right instanceof Promise) return right.then((r) => _logicalOpAsync(exp, ev, ast, left, r));
  throw logicalOperandError(ev, right, ast.left);
}
function _logicalOpAsync(exp, ev, ast, left, right) {
  if (right === exp) return exp;
  if (typeof right !== "boolean") throw logicalOperandError(ev, right, ast.right);
  if (typeof left !== "boolean") throw logicalValueOrErr(ev, left, ast.left);
  return !exp;
}
function checkLogicalOp(chk, ast, ctx) {
  const leftType = chk.check(ast.left = ast.args[0], ctx);
  const rightType = chk.check(ast.right = ast.args[1], ctx);
  if (!leftType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(leftType)}'`,
      ast
    );
  }
  if (!rightType.isDynOrBool()) {
    throw chk.createError(
      "invalid_logical_operand",
      `Logical operator requires bool operands, got '${chk.formatType(rightType)}'`,
      ast
    );
  }
  return chk.boolType;
}
function checkUnary(chk, ast, ctx) {
  const op = ast.op;
  const right = chk.check(ast.args, ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  if (right.kind === "dyn") {
    ast.handle = maybeAsync(ast.args, false, handleUnary);
    return ast.candidates.returnType;
  }
  const overload = ast.candidates.findUnaryOverload(right);
  if (!overload) {
    throw chk.createError(
      "no_such_overload",
      `no such overload: ${op[0]}${chk.formatType(right)}`,
      ast
    );
  }
  ast.handle = maybeAsync(ast.args, false, overload.handler);
  return overload.returnType;
}
function handleUnary(left, ast, ev) {
  const leftType = ev.debugRuntimeType(left, ast.args.checkedType);
  const overload = ast.candidates.findUnaryOverload(leftType);
  if (overload) return overload.handler(left);
  throw ev.createError("no_such_overload", `no such overload: ${ast.op[0]}${leftType}`, ast);
}
function evaluateUnary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.args, ctx), ast, ev);
}
function checkBinary(chk, ast, ctx) {
  const op = ast.op;
  const left = chk.check(ast.left = ast.args[0], ctx);
  const right = chk.check(ast.right = ast.args[1], ctx);
  ast.candidates = chk.registry.operatorCandidates(op);
  const overload = left.hasDynType || right.hasDynType ? void 0 : ast.candidates.findBinaryOverload(left, right);
  ast.handle = maybeAsync(ast.left, ast.right, overload?.handler || handleBinary);
  if (overload) return overload.returnType;
  const type2 = ast.candidates.checkBinaryOverload(left, right);
  if (!left.hasDynType) ast.leftStaticType = left;
  if (!right.hasDynType) ast.rightStaticType = right;
  if (type2) return type2;
  throw chk.createError(
    "no_such_overload",
    `no such overload: ${chk.formatType(left)} ${op} ${chk.formatType(right)}`,
    ast
  );
}
function evaluateBinary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ev.run(ast.right, ctx), ast, ev);
}
function evaluateBinaryFirst(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ast.right, ast, ev);
}
function handleBinary(left, right, ast, ev) {
  const leftType = ast.leftStaticType || ev.debugTypeDeep(left).wrappedType;
  const rightType = ast.rightStaticType || ev.debugTypeDeep(right).wrappedType;
  const overload = ast.candidates.findBinaryOverload(leftType, rightType);
  if (overload) return overload.handler(left, right, ast, ev);
  throw ev.createError(
    "no_such_overload",
    `no such overload: ${leftType} ${ast.op} ${rightType}`,
    ast
  );
}
function callFunctionHandler(handler, ev, args, ast) {
  try {
    const result = handler.apply(ev, args);
    if (result instanceof Promise) {
      return result.catch((error) => {
        throw attachErrorAst(error, ast);
      });
    }
    return result;
  } catch (error) {
    throw attachErrorAst(error, ast);
  }
}
function callFn(args, ast, ev) {
  const argAst = ast.args[1];
  const types2 = ast.argTypes;
  let i = argAst.length;
  while (i--) types2[i] = ev.debugRuntimeType(args[i], argAst[i].checkedType);
  const decl = ast.candidates.findFunction(types2);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${ast.args[0]}(${types2.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function callRecFn(args, ev, ast) {
  const [, receiverAst, argAst] = ast.args;
  const types2 = ast.argTypes;
  for (let i = 0; i < types2.length; i++)
    types2[i] = ev.debugRuntimeType(args[i + 1], argAst[i].checkedType);
  const receiverType = ev.debugRuntimeType(args[0], receiverAst.checkedType);
  const decl = ast.candidates.findFunction(types2, receiverType);
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast);
  throw ev.createError(
    "no_matching_overload",
    `found no matching overload for '${receiverType.type}.${ast.args[0]}(${types2.map((t) => t.unwrappedType).join(", ")})'`,
    ast
  );
}
function resolveAstArray(ev, astArray, ctx, i = astArray.length) {
  if (i === 0) return [];
  let async;
  const results = new Array(i);
  while (i--) if ((results[i] = ev.run(astArray[i], ctx)) instanceof Promise) async ??= true;
  return async ? Promise.all(results) : results;
}
function safeFromEntries(entries2) {
  const obj = {};
  for (let i = 0; i < entries2.length; i++) {
    const [k, v] = entries2[i];
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    obj[k] = v;
  }
  return obj;
}
function comprehensionElementType(chk, iterable, ctx) {
  const iterType = chk.check(iterable, ctx);
  if (iterType.kind === "dyn") return iterType;
  if (iterType.kind === "list") return iterType.valueType;
  if (iterType.kind === "map") return iterType.keyType;
  throw chk.createError(
    "invalid_comprehension_range",
    `Expression of type '${chk.formatType(
      iterType
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    iterable
  );
}
function toIterable(ev, args, coll) {
  if (coll instanceof Set) return [...coll];
  if (coll instanceof Map) return [...coll.keys()];
  if (coll && typeof coll === "object") return objKeys(coll);
  throw ev.createError(
    "invalid_comprehension_range",
    `Expression of type '${ev.debugType(
      coll
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    args.iterable
  );
}
function runQualifier(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateQuantifier(ev, ctx, args, items, accu, 0);
  return continueQuantifier(ev, ctx, args, items, accu, 0);
}
function runComprehension(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items);
  const accu = ev.run(args.init, ctx = args.iterCtx.reuse(ctx));
  ctx.accuValue = accu;
  if (ctx === args.iterCtx) return iterateLoop(ev, ctx, args, items, accu, 0);
  return continueLoop(ev, ctx, args, items, accu, 0);
}
function iterateLoop(ev, ctx, args, items, accu, i) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (condition && !condition(accu)) break;
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) return continueLoop(ev, ctx, args, items, accu, i);
  }
  return args.result(accu);
}
async function continueLoop(ev, ctx, args, items, accu, i) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  accu = await accu;
  while (i < len) {
    if (condition && !condition(accu)) return args.result(accu);
    accu = ev.run(step, ctx.setIterValue(items[i++], ev));
    if (accu instanceof Promise) accu = await accu;
  }
  return args.result(accu);
}
function iterateQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) return continueQuantifier(ev, ctx, args, items, accu, i, error, stp);
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
async function continueQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  if (ctx === args.iterCtx) ctx.async = true;
  const condition = args.condition;
  const step = args.step;
  const len = items.length;
  stp = await stp;
  if (stp instanceof Error) error ??= stp;
  else accu = stp;
  while (i < len) {
    if (!condition(accu)) return args.result(accu);
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev));
    if (stp instanceof Promise) stp = await stp;
    if (stp instanceof Error && (error ??= stp)) continue;
    accu = stp;
  }
  if (error && condition(accu)) throw error;
  return args.result(accu);
}
function oFieldAccess(left, right, ast, ev) {
  return ev.optionalType.field(left, right, ast, ev);
}
function fieldAccessStatic(left, right, ast, ev) {
  return ast.left.checkedType.field(left, right, ast, ev);
}
var empty = /* @__PURE__ */ Object.create(null);
function fieldAccess(left, right, ast, ev) {
  switch (left?.constructor) {
    case void 0:
    case Object: {
      const v = hasOwn(left || empty, right) ? left[right] : void 0;
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Map: {
      const v = left.get(right);
      if (v !== void 0) return ev.debugType(v), v;
      break;
    }
    case Array:
    case Set:
      return ev.listType.field(left, right, ast, ev);
    default:
      const t = ev.objectTypesByConstructor.get(left.constructor);
      if (t) return t.type.field(left, right, ast, ev);
      else if (typeof left === "object") unsupportedType(ev, left.constructor.name);
  }
  throw ev.createError("no_such_key", `No such key: ${right}`, ast);
}
var emptyList = () => [];
var emptyMap = () => ({});
var OPERATORS = {
  value: {
    check(chk, ast) {
      return chk.debugType(ast.args);
    },
    evaluate(_ev, ast) {
      return ast.args;
    }
  },
  id: {
    check(chk, ast, ctx) {
      const variable = ctx.getVariable(ast.args);
      if (!variable) throw chk.createError("unknown_variable", `Unknown variable: ${ast.args}`, ast);
      if (variable.constant) {
        const alternate = ast.clone(OPERATORS.value, variable.value);
        ast.setMeta("alternate", alternate);
        return chk.check(alternate, ctx);
      }
      return variable.type;
    },
    evaluate(ev, ast, ctx) {
      return ctx.getCheckedValue(ev, ast);
    }
  },
  ".": {
    alias: "fieldAccess",
    check: checkAccessNode,
    evaluate: evaluateBinaryFirst
  },
  ".?": {
    alias: "optionalFieldAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinaryFirst
  },
  "[]": {
    alias: "bracketAccess",
    check: checkAccessNode,
    evaluate: evaluateBinary
  },
  "[?]": {
    alias: "optionalBracketAccess",
    check: checkOptionalAccessNode,
    evaluate: evaluateBinary
  },
  call: {
    check(chk, ast, ctx) {
      const [functionName, args] = ast.args;
      const candidates = ast.candidates = chk.registry.functionCandidates(
        false,
        functionName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      const decl = candidates.findFunction(argTypes);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${functionName}(${chk.formatTypeList(argTypes)})'`,
          ast
        );
      }
      const handle = argTypes.some((t) => t.hasDynType) ? callFn : decl.handler.__handle ??= (l, _ast, e) => callFunctionHandler(decl.handler, e, l, _ast);
      ast.handle = maybeAsync(args, false, handle);
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.args[1], ctx), ast, ev);
    }
  },
  rcall: {
    check(chk, ast, ctx) {
      const [methodName, receiver, args] = ast.args;
      const receiverType = chk.check(receiver, ctx);
      const candidates = ast.candidates = chk.registry.functionCandidates(
        true,
        methodName,
        args.length
      );
      const argTypes = ast.argTypes = args.map((a) => chk.check(a, ctx));
      ast.receiverWithArgs = [receiver, ...args];
      ast.handle = maybeAsync(ast.receiverWithArgs, false, callRecFn);
      if (receiverType.kind === "dyn" && candidates.returnType) return candidates.returnType;
      const decl = candidates.findFunction(argTypes, receiverType);
      if (!decl) {
        throw chk.createError(
          "no_matching_overload",
          `found no matching overload for '${receiverType.type}.${methodName}(${chk.formatTypeList(
            argTypes
          )})'`,
          ast
        );
      }
      if (!receiverType.hasPlaceholderType && !argTypes.some((t) => t.hasDynType)) {
        const fn = decl.handler;
        const handle = fn.__handle ??= (a, ev, _ast) => callFunctionHandler(fn, ev, a, _ast);
        ast.handle = maybeAsync(ast.receiverWithArgs, false, handle);
      }
      return decl.returnType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.receiverWithArgs, ctx), ev, ast);
    }
  },
  list: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyList) && chk.getType("list<T>");
      let valueType = chk.check(arr[0], ctx);
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      for (let i = 1; i < arrLen; i++)
        valueType = check2(chk, ctx, valueType, arr[i], "heterogeneous_list_element");
      return chk.registry.getListType(valueType);
    },
    evaluate(ev, ast, ctx) {
      return resolveAstArray(ev, ast.args, ctx);
    }
  },
  map: {
    check(chk, ast, ctx) {
      const arr = ast.args;
      const arrLen = arr.length;
      if (arrLen === 0) return ast.setMeta("evaluate", emptyMap) && chk.getType("map<K, V>");
      const check2 = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement;
      let keyType = chk.check(arr[0][0], ctx);
      let valueType = chk.check(arr[0][1], ctx);
      for (let i = 1; i < arrLen; i++) {
        const e = arr[i];
        keyType = check2(chk, ctx, keyType, e[0], "heterogeneous_map_key");
        valueType = check2(chk, ctx, valueType, e[1], "heterogeneous_map_value");
      }
      return chk.registry.getMapType(keyType, valueType);
    },
    evaluate(ev, ast, ctx) {
      const astEntries = ast.args;
      const len = astEntries.length;
      const results = new Array(len);
      let async;
      for (let i = 0; i < len; i++) {
        const e = astEntries[i];
        const k = ev.run(e[0], ctx);
        const v = ev.run(e[1], ctx);
        if (k instanceof Promise || v instanceof Promise) {
          results[i] = Promise.all([k, v]);
          async ??= true;
        } else {
          results[i] = [k, v];
        }
      }
      if (async) return Promise.all(results).then(safeFromEntries);
      return safeFromEntries(results);
    }
  },
  comprehension: {
    check(chk, ast, ctx) {
      const args = ast.args;
      args.iterCtx = ctx.forkWithVariable(args.iterVarName, comprehensionElementType(chk, args.iterable, ctx)).setAccuType(chk.check(args.init, ctx));
      const stepType = chk.check(args.step, args.iterCtx);
      const handler = args.errorsAreFatal ? runComprehension : runQualifier;
      ast.handle = maybeAsync(args.iterable, false, handler);
      if (args.kind === "quantifier") return chk.boolType;
      return stepType;
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.args.iterable, ctx), ast.args, ev, ctx);
    }
  },
  accuValue: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue;
    }
  },
  accuInc: {
    check(_chk, _ast, ctx) {
      return ctx.accuType;
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue += 1;
    }
  },
  accuPush: {
    check(chk, ast, ctx) {
      const listType2 = ctx.accuType;
      const itemType = chk.check(ast.args, ctx);
      if (!ast.args.maybeAsync) ast.setMeta("evaluate", OPERATORS.accuPush.evaluateSync);
      if (listType2.kind === "list" && listType2.valueType.kind !== "param") return listType2;
      return chk.registry.getListType(itemType);
    },
    evaluateSync(ev, ast, ctx) {
      return ctx.accuValue.push(ev.run(ast.args, ctx)), ctx.accuValue;
    },
    evaluate(ev, ast, ctx) {
      const arr = ctx.accuValue;
      const el = ev.run(ast.args, ctx);
      if (el instanceof Promise) return el.then((_e) => arr.push(_e) && arr);
      arr.push(el);
      return arr;
    }
  },
  "?:": {
    alias: "ternary",
    check(chk, ast, ctx) {
      const condast = ast.condition = ast.args[0];
      const leftast = ast.left = ast.args[1];
      const rightast = ast.right = ast.args[2];
      const condType = chk.check(condast, ctx);
      if (!condType.isDynOrBool()) {
        throw chk.createError(
          "invalid_condition_type",
          `${condast.meta.label || "Ternary condition must be bool"}, got '${chk.formatType(condType)}'`,
          condast
        );
      }
      const leftType = chk.check(leftast, ctx);
      const rightType = chk.check(rightast, ctx);
      const unified = leftType.unify(chk.registry, rightType);
      ast.handle = maybeAsync(condast, false, handleTernary);
      if (unified) return unified;
      throw chk.createError(
        "incompatible_ternary_branches",
        `Ternary branches must have the same type, got '${chk.formatType(
          leftType
        )}' and '${chk.formatType(rightType)}'`,
        ast
      );
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.condition, ctx), ev, ast, ctx);
    }
  },
  "||": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === true) return true;
      if (l === false) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(true, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === true ? _l : _logicalOp(true, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(true, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "&&": {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx);
      if (l === false) return false;
      if (l === true) {
        const right = ev.run(ast.right, ctx);
        if (typeof right === "boolean") return right;
        return _logicalOp(false, ev, ast, l, right);
      }
      if (l instanceof Promise)
        return l.then(
          (_l) => _l === false ? _l : _logicalOp(false, ev, ast, _l, ev.run(ast.right, ctx))
        );
      return _logicalOp(false, ev, ast, l, ev.run(ast.right, ctx));
    }
  },
  "!_": { alias: "unaryNot", check: checkUnary, evaluate: evaluateUnary },
  "-_": { alias: "unaryMinus", check: checkUnary, evaluate: evaluateUnary }
};
var binaryOperators = ["!=", "==", "in", "+", "-", "*", "/", "%", "<", "<=", ">", ">="];
for (const op of binaryOperators) OPERATORS[op] = { check: checkBinary, evaluate: evaluateBinary };
for (const op of objKeys(OPERATORS)) {
  const obj = OPERATORS[op];
  obj.name = op;
  if (obj.alias) OPERATORS[obj.alias] = obj;
}

// node_modules/@marcbachmann/cel-js/lib/macros.js
var identity = (x) => x;
function assertIdentifier(node, message) {
  if (node.op === "id") return node.args;
  throw parseError("invalid_macro_argument", message, node);
}
function createMapExpander(hasFilter) {
  const functionDesc = hasFilter ? "map(var, filter, transform)" : "map(var, transform)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} filter predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const [iterVar, predicate, transform] = hasFilter ? args : [args[0], null, args[1]];
    let step = transform.clone(OPERATORS.accuPush, transform);
    if (predicate) {
      const accuValue = predicate.clone(OPERATORS.accuValue);
      step = predicate.clone(OPERATORS.ternary, [predicate.setMeta("label", label), step, accuValue]);
    }
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName: assertIdentifier(iterVar, invalidMsg),
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createFilterExpander() {
  const functionDesc = "filter(var, predicate)";
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`;
  const label = `${functionDesc} predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const iterVarName = assertIdentifier(args[0], invalidMsg);
    const accuValue = callAst.clone(OPERATORS.accuValue);
    const predicate = args[1].setMeta("label", label);
    const appendItem = callAst.clone(OPERATORS.accuPush, callAst.clone(OPERATORS.id, iterVarName));
    const step = predicate.clone(OPERATORS.ternary, [predicate, appendItem, accuValue]);
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName,
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    };
  };
}
function createQuantifierExpander(opts) {
  const invalidMsg = `${opts.name}(var, predicate) invalid predicate iteration variable`;
  const label = `${opts.name}(var, predicate) predicate must return bool`;
  return ({ args, receiver, ast: callAst }) => {
    const predicate = args[1].setMeta("label", label);
    const transform = opts.transform({ args, ast: callAst, predicate, opts });
    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        kind: "quantifier",
        errorsAreFatal: opts.errorsAreFatal || false,
        iterable: receiver,
        iterVarName: assertIdentifier(args[0], invalidMsg),
        init: transform.init,
        condition: transform.condition,
        step: transform.step,
        result: transform.result || identity
      })
    };
  };
}
function createHasExpander() {
  const invalidHasArgument = "has() invalid argument";
  function evaluate2(ev, macro, ctx) {
    const nodes = macro.macroHasProps;
    let i = nodes.length;
    let obj = ev.run(nodes[--i], ctx);
    let inOptionalContext;
    while (i--) {
      const node = nodes[i];
      if (node.op === ".?") inOptionalContext ??= true;
      obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev);
      if (obj !== void 0) continue;
      if (!(!inOptionalContext && i && node.op === ".")) break;
      throw evaluationError("no_such_key", `No such key: ${node.args[1]}`, node);
    }
    return obj !== void 0;
  }
  function typeCheck(checker, macro, ctx) {
    let node = macro.args[0];
    if (node.op !== ".") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
    if (!macro.macroHasProps) {
      const props = [];
      while (node.op === "." || node.op === ".?") node = props.push(node) && node.args[0];
      if (node.op !== "id") throw checker.createError("invalid_macro_argument", invalidHasArgument, node);
      checker.check(node, ctx);
      props.push(node);
      macro.macroHasProps = props;
    }
    return checker.getType("bool");
  }
  return function({ args }) {
    return { args, evaluate: evaluate2, typeCheck, async: false };
  };
}
function registerMacros(registry) {
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler);
  functionOverload("has(ast): bool", createHasExpander());
  functionOverload(
    "list.all(ast, ast): bool",
    createQuantifierExpander({
      name: "all",
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, true),
          condition: identity,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists(ast, ast): bool",
    createQuantifierExpander({
      name: "exists",
      condition(accu) {
        return !accu;
      },
      transform({ ast: callAst, predicate, opts }) {
        return {
          init: callAst.clone(OPERATORS.value, false),
          condition: opts.condition,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        };
      }
    })
  );
  functionOverload(
    "list.exists_one(ast, ast): bool",
    createQuantifierExpander({
      name: "exists_one",
      errorsAreFatal: true,
      result(accu) {
        return accu === 1;
      },
      transform({ ast: callAst, predicate, opts }) {
        const accuValue = callAst.clone(OPERATORS.accuValue);
        return {
          init: callAst.clone(OPERATORS.value, 0),
          step: predicate.clone(OPERATORS.ternary, [predicate, callAst.clone(OPERATORS.accuInc), accuValue]),
          result: opts.result
        };
      }
    })
  );
  functionOverload("list.map(ast, ast): list<dyn>", createMapExpander(false));
  functionOverload("list.map(ast, ast, ast): list<dyn>", createMapExpander(true));
  functionOverload("list.filter(ast, ast): list<dyn>", createFilterExpander());
  class CelNamespace {
  }
  const celNamespace = new CelNamespace();
  registry.registerType("CelNamespace", CelNamespace);
  registry.registerConstant("cel", "CelNamespace", celNamespace);
  function bindTypeCheck(checker, m, ctx) {
    m.bindCtx = ctx.forkWithVariable(m.var, checker.check(m.val, ctx));
    const type2 = checker.check(m.exp, m.bindCtx);
    if (m.val.maybeAsync || m.exp.maybeAsync) return type2;
    m.ast.setMeta("async", false);
    m.evaluate = bindEvaluateSync;
    return type2;
  }
  function bindOptionalEvaluate(ev, exp, bindCtx, ctx, boundValue) {
    const res = ev.run(exp, ctx = bindCtx.reuse(ctx).setIterValue(boundValue, ev));
    if (res instanceof Promise && ctx === bindCtx) ctx.async = true;
    return res;
  }
  function bindEvaluate(ev, { val, exp, bindCtx }, ctx) {
    const v = ev.run(val, ctx);
    if (v instanceof Promise) return v.then((_v) => bindOptionalEvaluate(ev, exp, bindCtx, ctx, _v));
    return bindOptionalEvaluate(ev, exp, bindCtx, ctx, v);
  }
  function bindEvaluateSync(ev, { val, exp, bindCtx }, ctx) {
    return ev.run(exp, bindCtx.reuse(ctx).setIterValue(ev.run(val, ctx), ev));
  }
  functionOverload("CelNamespace.bind(ast, dyn, ast): dyn", ({ ast, args }) => {
    return {
      ast,
      var: assertIdentifier(args[0], "invalid variable argument"),
      val: args[1],
      exp: args[2],
      bindCtx: void 0,
      typeCheck: bindTypeCheck,
      evaluate: bindEvaluate
    };
  });
}

// node_modules/@marcbachmann/cel-js/lib/overloads.js
init_define_KUBEGATE_BUILTIN_RULES();
function registerOverloads(registry) {
  const unaryOverload = (op, t, h, ret) => registry.unaryOverload(op, t, h, ret, false);
  const binaryOverload = (l, op, r, h, ret) => registry.binaryOverload(l, op, r, h, ret, false);
  function verifyInteger(v, ast) {
    if (v <= MAX_INT && v >= MIN_INT) return v;
    throw evaluationError("numeric_overflow", `integer overflow: ${v}`, ast);
  }
  function throwDivisionByZero(ast) {
    throw evaluationError("division_by_zero", "division by zero", ast);
  }
  function throwModuloByZero(ast) {
    throw evaluationError("modulo_by_zero", "modulo by zero", ast);
  }
  unaryOverload("!", "bool", (a) => !a);
  unaryOverload("-", "int", (a) => -a);
  binaryOverload("dyn<int>", `==`, `double`, (a, b) => a == b);
  binaryOverload("dyn<int>", `==`, `uint`, (a, b) => a == b.valueOf());
  binaryOverload("int", "*", "int", (a, b, ast) => verifyInteger(a * b, ast));
  binaryOverload("int", "+", "int", (a, b, ast) => verifyInteger(a + b, ast));
  binaryOverload("int", "-", "int", (a, b, ast) => verifyInteger(a - b, ast));
  binaryOverload("int", "/", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwDivisionByZero(ast);
    return a / b;
  });
  binaryOverload("int", "%", "int", (a, b, ast) => {
    if (b === MIN_UINT) return throwModuloByZero(ast);
    return a % b;
  });
  unaryOverload("-", "double", (a) => -a);
  binaryOverload("double", "*", "double", (a, b) => a * b);
  binaryOverload("double", "+", "double", (a, b) => a + b);
  binaryOverload("double", "-", "double", (a, b) => a - b);
  binaryOverload("double", "/", "double", (a, b) => a / b);
  binaryOverload("string", "+", "string", (a, b) => a + b);
  binaryOverload("list<V>", "+", "list<V>", (a, b) => [...a, ...b]);
  binaryOverload("bytes", "+", "bytes", (a, b) => {
    if (!a.length) return b;
    if (!b.length) return a;
    const result = new Uint8Array(a.length + b.length);
    result.set(a, 0);
    result.set(b, a.length);
    return result;
  });
  const GPD = "google.protobuf.Duration";
  binaryOverload(GPD, "+", GPD, (a, b) => a.addDuration(b));
  binaryOverload(GPD, "-", GPD, (a, b) => a.subtractDuration(b));
  binaryOverload(GPD, "==", GPD, (a, b) => a.seconds === b.seconds && a.nanos === b.nanos);
  const GPT = "google.protobuf.Timestamp";
  binaryOverload(GPT, "==", GPT, (a, b) => a.getTime() === b.getTime());
  binaryOverload(GPT, "-", GPT, (a, b) => Duration.fromMilliseconds(a.getTime() - b.getTime()), GPD);
  binaryOverload(GPT, "-", GPD, (a, b) => b.subtractTimestamp(a));
  binaryOverload(GPT, "+", GPD, (a, b) => b.extendTimestamp(a));
  binaryOverload(GPD, "+", GPT, (a, b) => a.extendTimestamp(b));
  function listIncludes(value, list3, ast, ev) {
    if (list3 instanceof Set && list3.has(value)) return true;
    for (const v of list3) if (isEqual(value, v, ast, ev)) return true;
    return false;
  }
  function mapIncludes(a, b) {
    if (b instanceof Map) return b.get(a) !== void 0;
    return hasOwn(b, a) ? b[a] !== void 0 : false;
  }
  function listMembership(value, list3, ast, ev) {
    return listIncludes(value, list3, ast, ev);
  }
  binaryOverload("V", "in", "list<V>", listMembership);
  binaryOverload("K", "in", "map<K, V>", mapIncludes);
  for (const t of ["type", "null", "bool", "string", "int", "double"]) {
    binaryOverload(t, "==", t, (a, b) => a === b);
  }
  binaryOverload("bytes", `==`, "bytes", (a, b) => {
    if (a === b) return true;
    let i = a.length;
    if (i !== b.length) return false;
    while (i--) if (a[i] !== b[i]) return false;
    return true;
  });
  binaryOverload("list<V>", `==`, "list<V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (isArray(a) && isArray(b)) {
      const length = a.length;
      if (length !== b.length) return false;
      for (let i = 0; i < length; i++) {
        if (!isEqual(a[i], b[i], ast, ev)) return false;
      }
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const value of a) if (!b.has(value)) return false;
      return true;
    }
    const arr = a instanceof Set ? b : a;
    const set2 = a instanceof Set ? a : b;
    if (!isArray(arr)) return false;
    if (arr.length !== set2?.size) return false;
    for (let i = 0; i < arr.length; i++) if (!set2.has(arr[i])) return false;
    return true;
  });
  binaryOverload("map<K, V>", `==`, "map<K, V>", (a, b, ast, ev) => {
    if (a === b) return true;
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a)
        if (!(b.has(key) && isEqual(value, b.get(key), ast, ev))) return false;
      return true;
    }
    if (a instanceof Map || b instanceof Map) {
      const obj = a instanceof Map ? b : a;
      const map2 = a instanceof Map ? a : b;
      const keysObj = objKeys(obj);
      if (map2.size !== keysObj.length) return false;
      for (const [key, value] of map2) {
        if (!(key in obj && isEqual(value, obj[key], ast, ev))) return false;
      }
      return true;
    }
    const keysA = objKeys(a);
    const keysB = objKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i];
      if (!(key in b && isEqual(a[key], b[key], ast, ev))) return false;
    }
    return true;
  });
  binaryOverload("uint", "==", "uint", (a, b) => a.valueOf() === b.valueOf());
  binaryOverload("dyn<uint>", `==`, `double`, (a, b) => a.valueOf() == b);
  binaryOverload("uint", "+", "uint", (a, b) => new UnsignedInt(a.valueOf() + b.valueOf()));
  binaryOverload("uint", "-", "uint", (a, b) => new UnsignedInt(a.valueOf() - b.valueOf()));
  binaryOverload("uint", "*", "uint", (a, b) => new UnsignedInt(a.valueOf() * b.valueOf()));
  binaryOverload("uint", "/", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwDivisionByZero(ast);
    return new UnsignedInt(a.valueOf() / b.valueOf());
  });
  binaryOverload("uint", "%", "uint", (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwModuloByZero(ast);
    return new UnsignedInt(a.valueOf() % b.valueOf());
  });
  for (const [left, right] of [
    ["bool", "bool"],
    ["int", "int"],
    ["uint", "uint"],
    ["double", "double"],
    ["string", "string"],
    ["google.protobuf.Timestamp", "google.protobuf.Timestamp"],
    ["google.protobuf.Duration", "google.protobuf.Duration"],
    ["int", "uint"],
    ["int", "double"],
    ["double", "int"],
    ["double", "uint"],
    ["uint", "int"],
    ["uint", "double"]
  ]) {
    binaryOverload(left, "<", right, (a, b) => a < b);
    binaryOverload(left, "<=", right, (a, b) => a <= b);
    binaryOverload(left, ">", right, (a, b) => a > b);
    binaryOverload(left, ">=", right, (a, b) => a >= b);
  }
}
function isEqual(a, b, ast, ev) {
  if (a === b) return true;
  switch (typeof a) {
    case "undefined":
    case "string":
    case "boolean":
      return false;
    case "bigint":
      if (typeof b === "number") return a == b;
      return false;
    case "number":
      if (typeof b === "bigint") return a == b;
      return false;
    case "object":
      if (typeof b !== "object") return false;
      const leftType = ev.debugType(a);
      const rightType = ev.debugType(b);
      if (leftType !== rightType) return false;
      const overload = ev.registry.findBinaryOverload("==", leftType, rightType);
      if (!overload) return false;
      return overload.handler(a, b, ast, ev);
  }
  throw evaluationError("invalid_comparison_type", `Cannot compare values of type ${typeof a}`, ast);
}

// node_modules/@marcbachmann/cel-js/lib/type-checker.js
init_define_KUBEGATE_BUILTIN_RULES();
var toDynTypeBinding = (/* @__PURE__ */ new Map()).set("A", "dyn").set("T", "dyn").set("K", "dyn").set("V", "dyn");
var TypeChecker = class extends Base {
  constructor(opts, isEvaluating) {
    super(opts);
    this.createError = isEvaluating ? evaluationError : typeError;
  }
  /**
   * Check an expression and return its inferred type
   * @param {Array|any} ast - The AST node to check
   * @returns {Object} The inferred type declaration
   * @throws {TypeError} If type checking fails
   */
  check(ast, ctx) {
    try {
      return ast.checkedType ??= ast.check(this, ast, ctx);
    } catch (error) {
      throw attachErrorAst(error, ast);
    }
  }
  checkAccessOnType(ast, ctx, leftType, allowMissingField = false) {
    if (leftType === this.dynType) return leftType;
    const indexTypeName = (ast.op === "[]" || ast.op === "[?]" ? this.check(ast.args[1], ctx) : this.stringType).type;
    if (leftType.kind === "list") {
      if (indexTypeName === "int" || indexTypeName === "dyn") return leftType.valueType;
      throw this.createError("invalid_index_type", `List index must be int, got '${indexTypeName}'`, ast);
    }
    if (leftType.kind === "map") return leftType.valueType;
    const customType = this.objectTypes.get(leftType.name);
    if (customType) {
      if (!(indexTypeName === "string" || indexTypeName === "dyn")) {
        throw this.createError(
          "invalid_index_type",
          `Cannot index type '${leftType.name}' with type '${indexTypeName}'`,
          ast
        );
      }
      if (customType.fields) {
        let keyName;
        if (ast.op === "." || ast.op === ".?") keyName = ast.args[1];
        else if (ast.args[1].op === "value") keyName = ast.args[1].args;
        if (typeof keyName === "string") {
          const fieldType = customType.fields[keyName];
          if (fieldType) return fieldType;
          if (allowMissingField) return this.dynType;
          throw this.createError("no_such_key", `No such key: ${keyName}`, ast);
        }
      }
      return this.dynType;
    }
    throw this.createError("cannot_index_type", `Cannot index type '${this.formatType(leftType)}'`, ast);
  }
  formatType(type2) {
    if (!type2.hasPlaceholderType) return type2.name;
    return type2.templated(this.registry, toDynTypeBinding).name;
  }
  formatTypeList(types2) {
    return types2.map((t) => this.formatType(t)).join(", ");
  }
};

// node_modules/@marcbachmann/cel-js/lib/parser.js
init_define_KUBEGATE_BUILTIN_RULES();
var TOKEN = {
  EOF: 0,
  NUMBER: 1,
  STRING: 2,
  BOOLEAN: 3,
  NULL: 4,
  IDENTIFIER: 5,
  PLUS: 6,
  MINUS: 7,
  MULTIPLY: 8,
  DIVIDE: 9,
  MODULO: 10,
  EQ: 11,
  NE: 12,
  LT: 13,
  LE: 14,
  GT: 15,
  GE: 16,
  AND: 17,
  OR: 18,
  NOT: 19,
  IN: 20,
  LPAREN: 21,
  RPAREN: 22,
  LBRACKET: 23,
  RBRACKET: 24,
  LBRACE: 25,
  RBRACE: 26,
  DOT: 27,
  COMMA: 28,
  COLON: 29,
  QUESTION: 30,
  BYTES: 31
};
var OP_FOR_TOKEN = {
  [TOKEN.EQ]: OPERATORS["=="],
  [TOKEN.PLUS]: OPERATORS["+"],
  [TOKEN.MINUS]: OPERATORS["-"],
  [TOKEN.MULTIPLY]: OPERATORS["*"],
  [TOKEN.DIVIDE]: OPERATORS["/"],
  [TOKEN.MODULO]: OPERATORS["%"],
  [TOKEN.LE]: OPERATORS["<="],
  [TOKEN.LT]: OPERATORS["<"],
  [TOKEN.GE]: OPERATORS[">="],
  [TOKEN.GT]: OPERATORS[">"],
  [TOKEN.NE]: OPERATORS["!="],
  [TOKEN.IN]: OPERATORS["in"]
};
var TOKEN_BY_NUMBER = {};
for (const key in TOKEN) TOKEN_BY_NUMBER[TOKEN[key]] = key;
var HEX_CODES = new Uint8Array(128);
for (const ch of "0123456789abcdefABCDEF") HEX_CODES[ch.charCodeAt(0)] = 1;
var ESCAPE_ERRORS = {
  bytes_unicode_escape: (e) => `\\${e} not allowed in bytes literals`,
  invalid_unicode_escape: (e) => `Invalid Unicode escape: \\${e}`,
  invalid_unicode_surrogate: (e) => `Invalid Unicode surrogate: \\${e}`,
  invalid_hex_escape: (e) => `Invalid hex escape: \\${e}`,
  invalid_octal_escape: () => "Octal escape must be 3 digits",
  octal_escape_out_of_range: (e) => `Octal escape out of range: \\${e}`,
  invalid_escape_sequence: (e) => `Invalid escape sequence: \\${e}`
};
var STRING_ESCAPES = {
  "\\": "\\",
  "?": "?",
  '"': '"',
  "'": "'",
  "`": "`",
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
var ASTNode = class _ASTNode {
  #meta;
  #input;
  constructor(input, pos, start, end, op, args) {
    this.#meta = { check: op.check, evaluate: op.evaluate };
    this.#input = input;
    this.op = op.name;
    this.args = args;
    this.pos = pos;
    this.start = start;
    this.end = end;
  }
  clone(op, args) {
    return new _ASTNode(this.#input, this.pos, this.start, this.end, op, args);
  }
  get meta() {
    return this.#meta;
  }
  get input() {
    return this.#input;
  }
  #computeIsAsync() {
    const ast = this.#meta.alternate ?? this;
    switch (ast.op) {
      case "value":
      case "id":
      case "accuValue":
      case "accuInc":
        return false;
      case "accuPush":
        return ast.args.maybeAsync;
      case "!_":
      case "-_":
        if (ast.candidates?.async !== false) return true;
        return ast.args.maybeAsync;
      case "!=":
      case "==":
      case "in":
      case "+":
      case "-":
      case "*":
      case "/":
      case "%":
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (ast.candidates?.async !== false) return true;
        return ast.args.some((a) => a.maybeAsync);
      case "call":
      case "rcall":
        if (ast.candidates?.async !== false) return true;
        return (ast.receiverWithArgs || ast.args[1]).some((a) => a.maybeAsync);
      case "comprehension":
        return ast.args.iterable.maybeAsync || ast.args.step.maybeAsync;
      case ".":
      case ".?":
        return ast.args[0].maybeAsync;
      case "?:":
      case "list":
      case "[]":
      case "[?]":
        return ast.args.some((a) => a.maybeAsync);
      case "||":
      case "&&":
        return ast.args.some((a) => a.maybeAsync);
      case "map":
        return ast.args.some((a) => a[0].maybeAsync || a[1].maybeAsync);
      default:
        return true;
    }
  }
  /**
   * Check whether we can optimize away async calling
   * If no ast members includes a function, we can optimize the call
   * for which we want to return true here.
   * @returns {boolean}
   */
  get maybeAsync() {
    return this.#meta.async ??= this.#computeIsAsync();
  }
  check(chk, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) return chk.check(meta.alternate, ctx);
    else if (meta.macro) return meta.macro.typeCheck(chk, meta.macro, ctx);
    return meta.check(chk, ast, ctx);
  }
  evaluate(ev, ast, ctx) {
    const meta = this.#meta;
    if (meta.alternate) this.evaluate = this.#evaluateAlternate;
    else if (meta.macro) this.evaluate = this.#evaluateMacro;
    else this.evaluate = meta.evaluate;
    return this.evaluate(ev, ast, ctx);
  }
  #evaluateAlternate(ev, ast, ctx) {
    return (ast = this.#meta.alternate).evaluate(ev, ast, ctx);
  }
  #evaluateMacro(ev, ast, ctx) {
    return (ast = this.#meta.macro).evaluate(ev, ast, ctx);
  }
  setMeta(key, value) {
    return this.#meta[key] = value, this;
  }
  get range() {
    return { start: this.start, end: this.end };
  }
  toOldStructure() {
    const args = Array.isArray(this.args) ? this.args : [this.args];
    return [this.op, ...args.map((a) => a instanceof _ASTNode ? a.toOldStructure() : a)];
  }
};
var Lexer = class {
  input;
  pos;
  length;
  tokenPos;
  tokenType;
  tokenValue;
  reset(input) {
    this.pos = 0;
    this.input = input;
    this.length = input.length;
    return input;
  }
  token(pos, type2, value) {
    this.tokenPos = pos;
    this.tokenType = type2;
    this.tokenValue = value;
    return this;
  }
  // Read next token
  nextToken() {
    while (true) {
      const { pos, input, length } = this;
      if (pos >= length) return this.token(pos, TOKEN.EOF);
      const ch = input[pos];
      switch (ch) {
        // Whitespaces
        case " ":
        case "	":
        case "\n":
        case "\r":
          this.pos++;
          continue;
        // Operators
        case "=":
          if (input[pos + 1] !== "=") break;
          return this.token((this.pos += 2) - 2, TOKEN.EQ);
        case "&":
          if (input[pos + 1] !== "&") break;
          return this.token((this.pos += 2) - 2, TOKEN.AND);
        case "|":
          if (input[pos + 1] !== "|") break;
          return this.token((this.pos += 2) - 2, TOKEN.OR);
        case "+":
          return this.token(this.pos++, TOKEN.PLUS);
        case "-":
          return this.token(this.pos++, TOKEN.MINUS);
        case "*":
          return this.token(this.pos++, TOKEN.MULTIPLY);
        case "/":
          if (input[pos + 1] === "/") {
            while (this.pos < length && this.input[this.pos] !== "\n") this.pos++;
            continue;
          }
          return this.token(this.pos++, TOKEN.DIVIDE);
        case "%":
          return this.token(this.pos++, TOKEN.MODULO);
        case "<":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.LE);
          return this.token(this.pos++, TOKEN.LT);
        case ">":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.GE);
          return this.token(this.pos++, TOKEN.GT);
        case "!":
          if (input[pos + 1] === "=") return this.token((this.pos += 2) - 2, TOKEN.NE);
          return this.token(this.pos++, TOKEN.NOT);
        case "(":
          return this.token(this.pos++, TOKEN.LPAREN);
        case ")":
          return this.token(this.pos++, TOKEN.RPAREN);
        case "[":
          return this.token(this.pos++, TOKEN.LBRACKET);
        case "]":
          return this.token(this.pos++, TOKEN.RBRACKET);
        case "{":
          return this.token(this.pos++, TOKEN.LBRACE);
        case "}":
          return this.token(this.pos++, TOKEN.RBRACE);
        case ".":
          return this.token(this.pos++, TOKEN.DOT);
        case ",":
          return this.token(this.pos++, TOKEN.COMMA);
        case ":":
          return this.token(this.pos++, TOKEN.COLON);
        case "?":
          return this.token(this.pos++, TOKEN.QUESTION);
        case `"`:
        case `'`:
          return this.readString(ch);
        // Check for string prefixes (b, B, r, R followed by quote)
        case "b":
        case "B":
        case "r":
        case "R": {
          const next = input[pos + 1];
          if (next === '"' || next === "'") return ++this.pos && this.readString(next, ch);
          return this.readIdentifier();
        }
        default: {
          const code = ch.charCodeAt(0);
          if (code <= 57 && code >= 48) return this.readNumber();
          if (this._isIdentifierCharCode(code)) return this.readIdentifier();
        }
      }
      throw parseError("unexpected_character", `Unexpected character: ${ch}`, {
        pos,
        start: pos,
        end: pos + 1,
        input
      });
    }
  }
  // Characters: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_
  _isIdentifierCharCode(c) {
    if (c < 48 || c > 122) return false;
    return c >= 97 || c >= 65 && c <= 90 || c <= 57 || c === 95;
  }
  _parseAsDouble(start, end) {
    const value = Number(this.input.substring(start, end));
    if (Number.isFinite(value)) return this.token(start, TOKEN.NUMBER, value);
    throw parseError("invalid_number", `Invalid number: ${value}`, {
      pos: start,
      start,
      end,
      input: this.input
    });
  }
  _parseAsBigInt(start, end, isHex, unsigned) {
    const string = this.input.substring(start, end);
    if (unsigned === "u" || unsigned === "U") {
      this.pos++;
      try {
        return this.token(start, TOKEN.NUMBER, new UnsignedInt(string));
      } catch (_err) {
      }
    } else {
      try {
        return this.token(start, TOKEN.NUMBER, BigInt(string));
      } catch (_err) {
      }
    }
    throw parseError(
      isHex ? "invalid_hex_integer" : "invalid_integer",
      isHex ? `Invalid hex integer: ${string}` : `Invalid integer: ${string}`,
      { pos: start, start, end: this.pos, input: this.input }
    );
  }
  _readDigits(input, length, pos, code) {
    while (pos < length && (code = input.charCodeAt(pos)) && !(code > 57 || code < 48)) pos++;
    return pos;
  }
  _readExponent(input, length, pos) {
    let ch = pos < length && input[pos];
    if (ch === "e" || ch === "E") {
      ch = ++pos < length && input[pos];
      if (ch === "-" || ch === "+") pos++;
      const start = pos;
      pos = this._readDigits(input, length, pos);
      if (start === pos)
        throw parseError("invalid_exponent", "Invalid exponent", {
          pos,
          start: pos,
          end: Math.min(pos + 1, input.length),
          input
        });
    }
    return pos;
  }
  readNumber() {
    const { input, length, pos: start } = this;
    let pos = start;
    if (input[pos] === "0" && (input[pos + 1] === "x" || input[pos + 1] === "X")) {
      pos += 2;
      while (pos < length && HEX_CODES[input[pos].charCodeAt(0)]) pos++;
      return this._parseAsBigInt(start, this.pos = pos, true, input[pos]);
    }
    pos = this._readDigits(input, length, pos);
    if (pos + 1 < length) {
      let isDouble = false;
      let afterpos = input[pos] === "." ? this._readDigits(input, length, pos + 1) : pos + 1;
      if (afterpos !== pos + 1) (isDouble = true) && (pos = afterpos);
      afterpos = this._readExponent(input, length, pos);
      if (afterpos !== pos) (isDouble = true) && (pos = afterpos);
      if (isDouble) return this._parseAsDouble(start, this.pos = pos);
    }
    return this._parseAsBigInt(start, this.pos = pos, false, input[pos]);
  }
  readString(del, prefix) {
    const { input: i, pos: s } = this;
    if (i[s + 1] === del && i[s + 2] === del) return this.readTripleQuotedString(del, prefix);
    return this.readSingleQuotedString(del, prefix);
  }
  _closeQuotedString(rawStart, rawValue, prefix, pos) {
    switch (prefix) {
      case "b":
      case "B": {
        const processed = this.processEscapes(rawStart, rawValue, true);
        const bytes = new Uint8Array(processed.length);
        for (let i = 0; i < processed.length; i++) bytes[i] = processed.charCodeAt(i) & 255;
        return this.token(pos - 1, TOKEN.BYTES, bytes);
      }
      case "r":
      case "R": {
        return this.token(pos - 1, TOKEN.STRING, rawValue);
      }
      default: {
        const value = this.processEscapes(rawStart, rawValue, false);
        return this.token(pos, TOKEN.STRING, value);
      }
    }
  }
  readSingleQuotedString(delimiter2, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 1;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter2:
          const rawStart = start + 1;
          const rawValue = input.slice(rawStart, pos);
          this.pos = ++pos;
          return this._closeQuotedString(rawStart, rawValue, prefix, start);
        case "\n":
        case "\r":
          throw parseError("newline_in_string", "Newlines not allowed in single-quoted strings", {
            pos,
            start: pos,
            end: pos + 1,
            input
          });
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_string", "Unterminated string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  readTripleQuotedString(delimiter2, prefix) {
    const { input, length, pos: start } = this;
    let ch;
    let pos = this.pos + 3;
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter2:
          if (input[pos + 1] === delimiter2 && input[pos + 2] === delimiter2) {
            const rawStart = start + 3;
            const rawValue = input.slice(rawStart, pos);
            this.pos = pos + 3;
            return this._closeQuotedString(rawStart, rawValue, prefix, start);
          }
          break;
        case "\\":
          pos++;
      }
      pos++;
    }
    throw parseError("unterminated_triple_quoted_string", "Unterminated triple-quoted string", {
      pos: start,
      start,
      end: input.length,
      input
    });
  }
  #escapeErr(code, offset, len, i, chars, extra) {
    const start = offset + i;
    return parseError(code, ESCAPE_ERRORS[code](extra), {
      input: this.input,
      pos: start,
      start,
      end: Math.min(start + chars, offset + len)
    });
  }
  processEscapes(offset, str2, isBytes) {
    if (!str2.includes("\\")) return str2;
    const len = str2.length;
    let result = "";
    let i = 0;
    while (i < len) {
      if (str2[i] !== "\\" || i + 1 >= len) {
        result += str2[i++];
        continue;
      }
      const next = str2[i + 1];
      if (STRING_ESCAPES[next]) {
        result += STRING_ESCAPES[next];
        i += 2;
      } else if (next === "u" || next === "U") {
        if (isBytes) throw this.#escapeErr("bytes_unicode_escape", offset, len, i, 2, next);
        const hexLen = next === "u" ? 4 : 8;
        const hex = str2.substring(i + 2, i + 2 + hexLen);
        const c = Number.parseInt(hex, 16);
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex) || c > 1114111)
          throw this.#escapeErr("invalid_unicode_escape", offset, len, i, 2 + hexLen, next + hex);
        if (c >= 55296 && c <= 57343)
          throw this.#escapeErr("invalid_unicode_surrogate", offset, len, i, 2 + hexLen, next + hex);
        result += String.fromCodePoint(c);
        i += 2 + hexLen;
      } else if (next === "x" || next === "X") {
        const h = str2.substring(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw this.#escapeErr("invalid_hex_escape", offset, len, i, 4, next + h);
        result += String.fromCharCode(Number.parseInt(h, 16));
        i += 4;
      } else if (next >= "0" && next <= "7") {
        const o = str2.substring(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(o)) throw this.#escapeErr("invalid_octal_escape", offset, len, i, 4);
        const value = Number.parseInt(o, 8);
        if (value > 255) throw this.#escapeErr("octal_escape_out_of_range", offset, len, i, 4, o);
        result += String.fromCharCode(value);
        i += 4;
      } else {
        throw this.#escapeErr("invalid_escape_sequence", offset, len, i, 2, next);
      }
    }
    return result;
  }
  readIdentifier() {
    const { pos, input, length } = this;
    let p = pos;
    while (p < length && this._isIdentifierCharCode(input[p].charCodeAt(0))) p++;
    const value = input.substring(pos, this.pos = p);
    switch (value) {
      case "true":
        return this.token(pos, TOKEN.BOOLEAN, true);
      case "false":
        return this.token(pos, TOKEN.BOOLEAN, false);
      case "null":
        return this.token(pos, TOKEN.NULL, null);
      case "in":
        return this.token(pos, TOKEN.IN);
      default:
        return this.token(pos, TOKEN.IDENTIFIER, value);
    }
  }
};
var globalLexer = new Lexer();
var Parser = class {
  lexer = globalLexer;
  input = null;
  maxDepthRemaining = null;
  astNodesRemaining = null;
  type = null;
  pos = null;
  constructor(limits, registry) {
    this.limits = limits;
    this.registry = registry;
  }
  #limitExceeded(limitKey, pos = this.pos) {
    throw parseError("limit_exceeded", `Exceeded ${limitKey} (${this.limits[limitKey]})`, {
      pos,
      start: pos,
      end: pos,
      input: this.input
    });
  }
  #node(start, end, op, args, pos = start) {
    const node = new ASTNode(this.input, pos, start, end, op, args);
    if (!this.astNodesRemaining--) this.#limitExceeded("maxAstNodes", pos);
    return node;
  }
  #infixNode(op, left, right) {
    return this.#node(left.start, right.end, op, [left, right]);
  }
  #ternaryNode(expression, consequent, alternate) {
    return this.#node(expression.start, alternate.end, OPERATORS.ternary, [
      expression,
      consequent,
      alternate
    ]);
  }
  #unaryNode(pos, op, arg) {
    return this.#node(pos, arg.end, op, arg);
  }
  #accessNode(op, left, right, end, pos = left.start) {
    return this.#node(left.start, end, op, [left, right], pos);
  }
  #advanceToken(returnValue = this.pos) {
    const l = this.lexer.nextToken();
    this.pos = l.tokenPos;
    this.type = l.tokenType;
    return returnValue;
  }
  // The value of the current token is accessed less regularly,
  // so we use a getter to reduce assignment overhead
  get value() {
    return this.lexer.tokenValue;
  }
  consume(expectedType) {
    if (this.type === expectedType) return this.#advanceToken();
    throw parseError(
      "expected_token",
      `Expected ${TOKEN_BY_NUMBER[expectedType]}, got ${TOKEN_BY_NUMBER[this.type]}`,
      { pos: this.pos, start: this.pos, end: this.lexer.pos, input: this.input }
    );
  }
  match(type2) {
    return this.type === type2;
  }
  // Parse entry point
  parse(input) {
    if (typeof input !== "string") {
      throw parseError("expression_must_be_string", "Expression must be a string");
    }
    this.input = this.lexer.reset(input);
    this.#advanceToken();
    this.maxDepthRemaining = this.limits.maxDepth;
    this.astNodesRemaining = this.limits.maxAstNodes;
    const result = this.parseExpression();
    if (this.match(TOKEN.EOF)) return result;
    throw parseError(
      "unexpected_character",
      `Unexpected character: '${this.input[this.lexer.pos - 1]}'`,
      {
        pos: this.pos,
        start: this.pos,
        end: this.lexer.pos,
        input: this.input
      }
    );
  }
  #expandMacro(start, end, op, args) {
    const methodName = args[0];
    const receiver = op === OPERATORS.rcall ? args[1] : null;
    const fnArgs = op === OPERATORS.rcall ? args[2] : args[1];
    const decl = this.registry.findMacro(methodName, !!receiver, fnArgs.length);
    const ast = this.#node(start, end, op, args);
    if (!decl) return ast;
    const macro = decl.handler({ ast, args: fnArgs, receiver, methodName, parser: this });
    if (macro.callAst) return ast.setMeta("alternate", macro.callAst);
    return ast.setMeta("macro", macro).setMeta("async", isAsync(macro.evaluate, macro.async));
  }
  // Expression ::= LogicalOr ('?' Expression ':' Expression)?
  parseExpression() {
    if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth");
    const expr = this.parseLogicalOr();
    if (!this.match(TOKEN.QUESTION)) return ++this.maxDepthRemaining && expr;
    this.#advanceToken();
    const consequent = this.parseExpression();
    this.consume(TOKEN.COLON);
    const alternate = this.parseExpression();
    this.maxDepthRemaining++;
    return this.#ternaryNode(expr, consequent, alternate);
  }
  // LogicalOr ::= LogicalAnd ('||' LogicalAnd)*
  parseLogicalOr() {
    let expr = this.parseLogicalAnd();
    while (this.match(TOKEN.OR)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["||"], expr, this.parseLogicalAnd());
    }
    return expr;
  }
  // LogicalAnd ::= Equality ('&&' Equality)*
  parseLogicalAnd() {
    let expr = this.parseEquality();
    while (this.match(TOKEN.AND)) {
      this.#advanceToken();
      expr = this.#infixNode(OPERATORS["&&"], expr, this.parseEquality());
    }
    return expr;
  }
  // Equality ::= Relational (('==' | '!=') Relational)*
  parseEquality() {
    let expr = this.parseRelational();
    while (this.match(TOKEN.EQ) || this.match(TOKEN.NE)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseRelational());
    }
    return expr;
  }
  // Relational ::= Additive (('<' | '<=' | '>' | '>=' | 'in') Additive)*
  parseRelational() {
    let expr = this.parseAdditive();
    while (this.match(TOKEN.LT) || this.match(TOKEN.LE) || this.match(TOKEN.GT) || this.match(TOKEN.GE) || this.match(TOKEN.IN)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseAdditive());
    }
    return expr;
  }
  // Additive ::= Multiplicative (('+' | '-') Multiplicative)*
  parseAdditive() {
    let expr = this.parseMultiplicative();
    while (this.match(TOKEN.PLUS) || this.match(TOKEN.MINUS)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseMultiplicative());
    }
    return expr;
  }
  // Multiplicative ::= Unary (('*' | '/' | '%') Unary)*
  parseMultiplicative() {
    let expr = this.parseUnary();
    while (this.match(TOKEN.MULTIPLY) || this.match(TOKEN.DIVIDE) || this.match(TOKEN.MODULO)) {
      const op = OP_FOR_TOKEN[this.type];
      this.#advanceToken();
      expr = this.#infixNode(op, expr, this.parseUnary());
    }
    return expr;
  }
  // Unary ::= ('!' | '-')* Postfix
  parseUnary() {
    if (this.type === TOKEN.NOT) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryNot, this.parseUnary());
    }
    if (this.type === TOKEN.MINUS) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryMinus, this.parseUnary());
    }
    return this.parsePostfix();
  }
  // Postfix ::= Primary (('.' IDENTIFIER ('(' ArgumentList ')')? | '[' Expression ']'))*
  parsePostfix() {
    let expr = this.parsePrimary();
    const depth = this.maxDepthRemaining;
    while (true) {
      if (this.match(TOKEN.DOT)) {
        const dot = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", dot);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalFieldAccess : OPERATORS.fieldAccess;
        const propertyValue = this.value;
        const start = this.pos;
        const end = this.lexer.pos;
        this.consume(TOKEN.IDENTIFIER);
        if (op === OPERATORS.fieldAccess && this.match(TOKEN.LPAREN) && this.#advanceToken()) {
          const args = this.parseArgumentList();
          const closeEnd = this.lexer.pos;
          this.consume(TOKEN.RPAREN);
          expr = this.#expandMacro(expr.start, closeEnd, OPERATORS.rcall, [propertyValue, expr, args]);
        } else {
          expr = this.#accessNode(op, expr, propertyValue, end, start);
        }
        continue;
      }
      if (this.match(TOKEN.LBRACKET)) {
        const bracket = this.#advanceToken();
        if (!this.maxDepthRemaining--) this.#limitExceeded("maxDepth", bracket);
        const op = this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken() ? OPERATORS.optionalBracketAccess : OPERATORS.bracketAccess;
        const index = this.parseExpression();
        const closeEnd = this.lexer.pos;
        this.consume(TOKEN.RBRACKET);
        expr = this.#accessNode(op, expr, index, closeEnd);
        continue;
      }
      break;
    }
    this.maxDepthRemaining = depth;
    return expr;
  }
  // Primary ::= NUMBER | STRING | BOOLEAN | NULL | IDENTIFIER | '(' Expression ')' | Array | Object
  parsePrimary() {
    switch (this.type) {
      case TOKEN.NUMBER:
      case TOKEN.STRING:
      case TOKEN.BYTES:
      case TOKEN.BOOLEAN:
      case TOKEN.NULL:
        return this.#consumeLiteral();
      case TOKEN.IDENTIFIER:
        return this.#parseIdentifierPrimary();
      case TOKEN.LPAREN:
        return this.#parseParenthesizedExpression();
      case TOKEN.LBRACKET:
        return this.parseList();
      case TOKEN.LBRACE:
        return this.parseMap();
    }
    throw parseError("unexpected_token", `Unexpected token: ${TOKEN_BY_NUMBER[this.type]}`, {
      pos: this.pos,
      start: this.pos,
      end: this.lexer.pos,
      input: this.input
    });
  }
  #consumeLiteral() {
    return this.#advanceToken(this.#node(this.pos, this.lexer.pos, OPERATORS.value, this.value));
  }
  #parseIdentifierPrimary() {
    const value = this.value;
    const end = this.lexer.pos;
    const start = this.consume(TOKEN.IDENTIFIER);
    if (RESERVED.has(value)) {
      throw parseError("reserved_identifier", `Reserved identifier: ${value}`, {
        pos: start,
        start,
        end,
        input: this.input
      });
    }
    if (!this.match(TOKEN.LPAREN)) return this.#node(start, end, OPERATORS.id, value);
    this.#advanceToken();
    const args = this.parseArgumentList();
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RPAREN);
    return this.#expandMacro(start, closeEnd, OPERATORS.call, [value, args]);
  }
  #parseParenthesizedExpression() {
    this.consume(TOKEN.LPAREN);
    const expr = this.parseExpression();
    this.consume(TOKEN.RPAREN);
    return expr;
  }
  parseList() {
    const start = this.consume(TOKEN.LBRACKET);
    const elements = [];
    let remainingElements = this.limits.maxListElements;
    if (!this.match(TOKEN.RBRACKET)) {
      elements.push(this.parseExpression());
      if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACKET)) break;
        elements.push(this.parseExpression());
        if (!remainingElements--) this.#limitExceeded("maxListElements", elements.at(-1).pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACKET);
    return this.#node(start, closeEnd, OPERATORS.list, elements);
  }
  parseMap() {
    const start = this.consume(TOKEN.LBRACE);
    const props = [];
    let remainingEntries = this.limits.maxMapEntries;
    if (!this.match(TOKEN.RBRACE)) {
      props.push(this.parseProperty());
      if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RBRACE)) break;
        props.push(this.parseProperty());
        if (!remainingEntries--) this.#limitExceeded("maxMapEntries", props.at(-1)[0].pos);
      }
    }
    const closeEnd = this.lexer.pos;
    this.consume(TOKEN.RBRACE);
    return this.#node(start, closeEnd, OPERATORS.map, props);
  }
  parseProperty() {
    return [this.parseExpression(), (this.consume(TOKEN.COLON), this.parseExpression())];
  }
  parseArgumentList() {
    const args = [];
    let remainingArgs = this.limits.maxCallArguments;
    if (!this.match(TOKEN.RPAREN)) {
      args.push(this.parseExpression());
      if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken();
        if (this.match(TOKEN.RPAREN)) break;
        args.push(this.parseExpression());
        if (!remainingArgs--) this.#limitExceeded("maxCallArguments", args.at(-1).pos);
      }
    }
    return args;
  }
};

// node_modules/@marcbachmann/cel-js/lib/options.js
init_define_KUBEGATE_BUILTIN_RULES();
var DEFAULT_LIMITS = objFreeze({
  maxAstNodes: 1e5,
  maxDepth: 250,
  maxListElements: 1e3,
  maxMapEntries: 1e3,
  maxCallArguments: 32
});
var LIMIT_KEYS = new Set(objKeys(DEFAULT_LIMITS));
function createLimits(overrides, base = DEFAULT_LIMITS) {
  const keys = overrides ? objKeys(overrides) : void 0;
  if (!keys?.length) return base;
  const merged = { ...base };
  for (const key of keys) {
    if (!LIMIT_KEYS.has(key)) throw new TypeError(`Unknown limits option: ${key}`);
    const value = overrides[key];
    if (typeof value !== "number") continue;
    merged[key] = value;
  }
  return objFreeze(merged);
}
var DEFAULT_OPTIONS = objFreeze({
  unlistedVariablesAreDyn: false,
  homogeneousAggregateLiterals: true,
  enableOptionalTypes: false,
  limits: DEFAULT_LIMITS
});
function bool2(a, b, key) {
  const value = a?.[key] ?? b?.[key];
  if (typeof value !== "boolean") throw new TypeError(`Invalid option: ${key}`);
  return value;
}
function createOptions(opts, base = DEFAULT_OPTIONS) {
  if (!opts) return base;
  return objFreeze({
    unlistedVariablesAreDyn: bool2(opts, base, "unlistedVariablesAreDyn"),
    homogeneousAggregateLiterals: bool2(opts, base, "homogeneousAggregateLiterals"),
    enableOptionalTypes: bool2(opts, base, "enableOptionalTypes"),
    limits: createLimits(opts.limits, base.limits)
  });
}

// node_modules/@marcbachmann/cel-js/lib/evaluator.js
var globalRegistry = createRegistry({ enableOptionalTypes: false });
registerFunctions(globalRegistry);
registerOverloads(globalRegistry);
registerMacros(globalRegistry);
var Environment = class _Environment {
  #registry;
  #evaluator;
  #typeChecker;
  #evalTypeChecker;
  #parser;
  constructor(opts, inherited) {
    this.opts = createOptions(opts, inherited?.opts);
    this.#registry = (inherited instanceof _Environment ? inherited.#registry : globalRegistry).clone(this.opts);
    const childOpts = { registry: this.#registry, opts: this.opts };
    this.#typeChecker = new TypeChecker(childOpts);
    this.#evalTypeChecker = new TypeChecker(childOpts, true);
    this.#evaluator = new Evaluator(childOpts);
    this.#parser = new Parser(this.opts.limits, this.#registry);
    Object.freeze(this);
  }
  clone(opts) {
    return new _Environment(opts, this);
  }
  registerFunction(signature, handler, opts) {
    this.#registry.registerFunctionOverload(signature, handler, opts);
    return this;
  }
  registerOperator(string, handler, opts) {
    this.#registry.registerOperatorOverload(string, handler, opts);
    return this;
  }
  registerType(typename, constructor) {
    this.#registry.registerType(typename, constructor);
    return this;
  }
  registerVariable(name, type2, opts) {
    this.#registry.registerVariable(name, type2, opts);
    return this;
  }
  registerConstant(name, type2, value) {
    this.#registry.registerConstant(name, type2, value);
    return this;
  }
  hasVariable(name) {
    return this.#registry.variables.has(name);
  }
  getDefinitions() {
    return this.#registry.getDefinitions();
  }
  check(expression) {
    try {
      return this.#checkAST(this.#parser.parse(expression));
    } catch (error) {
      return { valid: false, error };
    }
  }
  #checkAST(ast) {
    try {
      const typeDecl = this.#typeChecker.check(ast, new RootContext(this.#registry));
      return { valid: true, type: this.#formatTypeForCheck(typeDecl) };
    } catch (error) {
      return { valid: false, error };
    }
  }
  #formatTypeForCheck(typeDecl) {
    if (typeDecl.name === `list<dyn>`) return "list";
    if (typeDecl.name === `map<dyn, dyn>`) return "map";
    return typeDecl.name;
  }
  parse(expression) {
    const ast = this.#parser.parse(expression);
    const evaluateParsed2 = this.#evaluateAST.bind(this, ast);
    evaluateParsed2.check = this.#checkAST.bind(this, ast);
    evaluateParsed2.ast = ast;
    return evaluateParsed2;
  }
  evaluate(expression, context) {
    return this.#evaluateAST(this.#parser.parse(expression), context);
  }
  #evaluateAST(ast, ctx) {
    if (ast.checkedType) {
      return ast.evaluate(this.#evaluator, ast, new RootContext(this.#registry, ctx));
    } else {
      this.#evalTypeChecker.check(ast, ctx = new RootContext(this.#registry, ctx));
      return ast.evaluate(this.#evaluator, ast, ctx);
    }
  }
};
var Evaluator = class extends Base {
  constructor(opts) {
    super(opts);
    this.createError = evaluationError;
  }
  #firstMapElement(coll) {
    if (coll instanceof Map) return coll.entries().next().value;
    for (const key in coll) return [key, coll[key]];
  }
  debugRuntimeType(value, checkedType) {
    return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value);
  }
  debugTypeDeep(value) {
    const runtimeType = this.debugType(value);
    switch (runtimeType.kind) {
      case "list": {
        const first = value instanceof Array ? value[0] : value.values().next().value;
        if (first === void 0) return runtimeType;
        return this.registry.getListType(this.debugTypeDeep(first));
      }
      case "map": {
        const first = this.#firstMapElement(value);
        if (!first) return runtimeType;
        return this.registry.getMapType(
          runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType,
          runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType
        );
      }
      default:
        return runtimeType;
    }
  }
  tryEval(ast, ctx) {
    try {
      const res = this.run(ast, ctx);
      if (res instanceof Promise) return res.catch((err) => err);
      return res;
    } catch (err) {
      return err;
    }
  }
  run(ast, ctx) {
    return ast.evaluate(this, ast, ctx);
  }
};
var globalEnvironment = new Environment({
  unlistedVariablesAreDyn: true
});

// node_modules/@marcbachmann/cel-js/lib/serialize.js
init_define_KUBEGATE_BUILTIN_RULES();

// src/rules/cel.ts
var environment;
function celEnvironment() {
  if (!environment) {
    environment = new Environment({
      unlistedVariablesAreDyn: true,
      enableOptionalTypes: true,
      homogeneousAggregateLiterals: false
    });
  }
  return environment;
}
function compileCheck(expression) {
  const program = celEnvironment().parse(expression);
  return (context) => program(context);
}

// src/generated/validate-rule.js
init_define_KUBEGATE_BUILTIN_RULES();
var validate_rule_default = validate102;
var schema112 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "severity", "category", "match", "why", "fix"], "oneOf": [{ "required": ["check"] }, { "required": ["analyser"] }], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 5 }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "category": { "enum": ["rbac", "workload-identity", "workload-hardening", "exposure", "secrets", "isolation"] }, "match": { "type": "object", "additionalProperties": false, "required": ["kinds"], "properties": { "kinds": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "forEach": { "enum": ["container", "containerPort", "envVar", "volume", "policyRule", "subject"] }, "check": { "type": "string", "minLength": 1 }, "analyser": { "enum": ["exposure", "identity", "isolation"] }, "field": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "message": { "type": "string" }, "why": { "type": "string", "minLength": 20 }, "fix": { "type": "string", "minLength": 20 }, "references": { "type": "array", "items": { "type": "string", "pattern": "^https?://" } }, "tags": { "type": "array", "items": { "type": "string" } }, "suggest": { "type": "object", "additionalProperties": false, "required": ["key", "value"], "properties": { "key": { "type": "string", "minLength": 1 }, "value": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } } } } };
var func22 = Object.prototype.hasOwnProperty;
var func32 = ((s) => {
  let n = 0;
  for (const _c of s) n++;
  return n;
});
var pattern02 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern1 = new RegExp("^https?://", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.check === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.analyser === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "analyser" }, message: "must have required property 'analyser'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.why === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "why" }, message: "must have required property 'why'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.fix === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fix" }, message: "must have required property 'fix'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema112.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func32(data1) < 5) {
          const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low")) {
        const err15 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema112.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data3 = data.category;
      if (!(data3 === "rbac" || data3 === "workload-identity" || data3 === "workload-hardening" || data3 === "exposure" || data3 === "secrets" || data3 === "isolation")) {
        const err16 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema112.properties.category.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data4 = data.match;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.kinds === void 0) {
          const err17 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "kinds")) {
            const err18 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.kinds !== void 0) {
          let data5 = data4.kinds;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err19 = { instancePath: instancePath + "/match/kinds", schemaPath: "#/properties/match/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (func32(data6) < 1) {
                  const err20 = { instancePath: instancePath + "/match/kinds/" + i0, schemaPath: "#/properties/match/properties/kinds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/match/kinds/" + i0, schemaPath: "#/properties/match/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/match/kinds", schemaPath: "#/properties/match/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.forEach !== void 0) {
      let data7 = data.forEach;
      if (!(data7 === "container" || data7 === "containerPort" || data7 === "envVar" || data7 === "volume" || data7 === "policyRule" || data7 === "subject")) {
        const err24 = { instancePath: instancePath + "/forEach", schemaPath: "#/properties/forEach/enum", keyword: "enum", params: { allowedValues: schema112.properties.forEach.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.check !== void 0) {
      let data8 = data.check;
      if (typeof data8 === "string") {
        if (func32(data8) < 1) {
          const err25 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.analyser !== void 0) {
      let data9 = data.analyser;
      if (!(data9 === "exposure" || data9 === "identity" || data9 === "isolation")) {
        const err27 = { instancePath: instancePath + "/analyser", schemaPath: "#/properties/analyser/enum", keyword: "enum", params: { allowedValues: schema112.properties.analyser.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.field !== void 0) {
      let data10 = data.field;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (typeof data11 === "string") {
            if (func32(data11) < 1) {
              const err28 = { instancePath: instancePath + "/field/" + i1, schemaPath: "#/properties/field/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/field/" + i1, schemaPath: "#/properties/field/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err31 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.why !== void 0) {
      let data13 = data.why;
      if (typeof data13 === "string") {
        if (func32(data13) < 20) {
          const err32 = { instancePath: instancePath + "/why", schemaPath: "#/properties/why/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/why", schemaPath: "#/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.fix !== void 0) {
      let data14 = data.fix;
      if (typeof data14 === "string") {
        if (func32(data14) < 20) {
          const err34 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data15 = data.references;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data16 = data15[i2];
          if (typeof data16 === "string") {
            if (!pattern1.test(data16)) {
              const err36 = { instancePath: instancePath + "/references/" + i2, schemaPath: "#/properties/references/items/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/references/" + i2, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data17 = data.tags;
      if (Array.isArray(data17)) {
        const len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data17[i3] !== "string") {
            const err39 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.suggest !== void 0) {
      let data19 = data.suggest;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.key === void 0) {
          const err41 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data19.value === void 0) {
          const err42 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key2 in data19) {
          if (!(key2 === "key" || key2 === "value")) {
            const err43 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data19.key !== void 0) {
          let data20 = data19.key;
          if (typeof data20 === "string") {
            if (func32(data20) < 1) {
              const err44 = { instancePath: instancePath + "/suggest/key", schemaPath: "#/properties/suggest/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/suggest/key", schemaPath: "#/properties/suggest/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data19.value !== void 0) {
          let data21 = data19.value;
          const _errs46 = errors;
          let valid12 = false;
          const _errs47 = errors;
          if (typeof data21 !== "string") {
            const err46 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          var _valid1 = _errs47 === errors;
          valid12 = valid12 || _valid1;
          if (!valid12) {
            const _errs49 = errors;
            if (!(typeof data21 == "number" && isFinite(data21))) {
              const err47 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            var _valid1 = _errs49 === errors;
            valid12 = valid12 || _valid1;
            if (!valid12) {
              const _errs51 = errors;
              if (typeof data21 !== "boolean") {
                const err48 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var _valid1 = _errs51 === errors;
              valid12 = valid12 || _valid1;
            }
          }
          if (!valid12) {
            const err49 = { instancePath: instancePath + "/suggest/value", schemaPath: "#/properties/suggest/properties/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          } else {
            errors = _errs46;
            if (vErrors !== null) {
              if (_errs46) {
                vErrors.length = _errs46;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/suggest", schemaPath: "#/properties/suggest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/rules/load-rules.ts
var validateSpec = validate_rule_default;
var compiled = /* @__PURE__ */ new Map();
function compileRuleFile(file, text2) {
  const key = `${file}\0${text2}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  let spec;
  try {
    spec = (0, import_yaml3.parse)(text2);
  } catch (e) {
    throw new ConfigurationError(`rule file ${file}: invalid YAML: ${errorMessage(e)}`);
  }
  if (!validateSpec(spec)) {
    const details = (validateSpec.errors ?? []).map((e) => `${e.instancePath || "(top level)"} ${e.message ?? ""}${e.params && "additionalProperty" in e.params ? ` "${String(e.params.additionalProperty)}"` : ""}`).join("; ");
    throw new ConfigurationError(`rule file ${file}: ${details}`);
  }
  let evaluate2;
  try {
    evaluate2 = spec.check === void 0 ? () => false : compileCheck(spec.check);
  } catch (e) {
    throw new ConfigurationError(`rule file ${file}: invalid CEL in "check": ${errorMessage(e)}`);
  }
  const result = { spec, evaluate: evaluate2 };
  if (compiled.size < 1e4) compiled.set(key, result);
  return result;
}
function loadRules(texts, builtin) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { file, text: text2 } of texts) {
    const { spec, evaluate: evaluate2 } = compileRuleFile(file, text2);
    const expected = basename(file).replace(/\.ya?ml$/, "");
    if (builtin && spec.id !== expected) {
      throw new ConfigurationError(`rule file ${file}: id "${spec.id}" must equal the file name "${expected}"`);
    }
    if (!builtin && spec.analyser)
      throw new ConfigurationError(`rule file ${file}: "analyser" is for built-in rules; write a "check" instead`);
    const previous = seen.get(spec.id);
    if (previous) throw new ConfigurationError(`rule file ${file}: id "${spec.id}" is already defined in ${previous}`);
    seen.set(spec.id, file);
    rules.push({ ...spec, file, builtin, evaluate: evaluate2 });
  }
  return rules;
}

// src/analysers/facts.ts
init_define_KUBEGATE_BUILTIN_RULES();
var CONNECTING_KINDS = /* @__PURE__ */ new Set([
  "Service",
  "Ingress",
  "HTTPRoute",
  "GRPCRoute",
  "TLSRoute",
  "TCPRoute",
  "Gateway",
  "ServiceAccount",
  "Namespace",
  "NetworkPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding"
]);
var isObject5 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function stringMap(v) {
  const out = {};
  if (isObject5(v)) {
    for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  }
  return out;
}
function containersOf(podSpec) {
  const out = [];
  for (const key of ["containers", "initContainers", "ephemeralContainers"]) {
    const list3 = podSpec[key];
    if (Array.isArray(list3)) {
      for (const c of list3) if (isObject5(c)) out.push(c);
    }
  }
  return out;
}
function risksOf(podSpec) {
  const risks = [];
  const pod = isObject5(podSpec.securityContext) ? podSpec.securityContext : {};
  const containers = containersOf(podSpec);
  const privileged = containers.filter(
    (c) => isObject5(c.securityContext) && c.securityContext.privileged === true
  );
  if (privileged.length)
    risks.push(`runs privileged (${privileged.map((c) => String(c.name)).join(", ")})`);
  if (podSpec.hostNetwork === true || podSpec.hostPID === true || podSpec.hostIPC === true)
    risks.push("shares the node's namespaces");
  const root = containers.filter((c) => {
    const own = isObject5(c.securityContext) ? c.securityContext : {};
    const user = own.runAsUser ?? pod.runAsUser;
    const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
    if (user === 0) return true;
    return nonRoot !== true && !(typeof user === "number" && user > 0);
  });
  if (root.length) risks.push(`may run as root (${root.map((c) => String(c.name)).join(", ")})`);
  return risks;
}
function workloadFacts(resource, podSpecPaths) {
  const view = workloadView(resource.object, resource.kind, podSpecPaths);
  if (!view) return void 0;
  const annotations = isObject5(resource.object.metadata) ? resource.object.metadata.annotations : void 0;
  const waivers = {};
  if (isObject5(annotations)) {
    for (const [k, v] of Object.entries(annotations))
      if (k.startsWith(WAIVER_PREFIX)) waivers[k] = v;
  }
  const sa = view.podSpec.serviceAccountName ?? view.podSpec.serviceAccount;
  const automount = view.podSpec.automountServiceAccountToken;
  const podSpecPath = [...resource.basePath, ...view.podSpecPath];
  return {
    id: resourceId(resource),
    kind: resource.kind,
    name: resource.name,
    namespace: resource.namespace,
    podLabels: stringMap(view.podMeta.labels),
    serviceAccount: typeof sa === "string" && sa !== "" ? sa : "default",
    ...typeof automount === "boolean" ? { automountToken: automount } : {},
    risks: risksOf(view.podSpec),
    location: { file: resource.file, line: resource.locator.locate(podSpecPath).line },
    podSpecPath,
    waivers,
    hostNetwork: view.podSpec.hostNetwork === true
  };
}

// src/scan-file.ts
function loadActiveRules(root, config) {
  const builtin = loadRules(builtinRuleTexts(), true);
  const customFiles = config.rules.custom.length ? collectFiles({ root, paths: config.rules.custom, exclude: [] }).files : [];
  const custom = loadRules(
    customFiles.map((f) => ({ file: f.path, text: readFileSync3(f.absolute, "utf8") })),
    false
  );
  const all = [...builtin, ...custom];
  const ids = new Set(all.map((r) => r.id));
  for (const r of custom) {
    if (builtin.some((b) => b.id === r.id))
      throw new ConfigurationError(`rule file ${r.file}: id "${r.id}" is a built-in rule id`);
  }
  for (const id of [...config.rules.disabled, ...Object.keys(config.rules.severity)]) {
    if (!ids.has(id)) throw new ConfigurationError(`config rules: unknown rule id "${id}"`);
  }
  return all.filter((r) => !config.rules.disabled.includes(r.id));
}
function evaluationSettings(config) {
  return {
    podSpecPaths: config.podSpecPaths,
    params: {
      internalIngressClasses: config.ingress.internalClasses,
      internalIngressAnnotations: config.ingress.internalAnnotations,
      allowedRegistries: config.images.allowedRegistries,
      digestNamespaces: config.images.requireDigest.namespaces,
      // CEL has regular expressions, not globs: the globs are compiled here.
      digestPathPatterns: config.images.requireDigest.paths.map(
        (glob) => import_picomatch3.default.makeRe(glob, { dot: true }).source
      )
    },
    severities: config.rules.severity
  };
}
function problemFinding(p) {
  return systemFinding(
    "parse-error",
    { message: p.message, location: { file: p.file, line: p.line } },
    [p.file, p.message]
  );
}
function evaluationContext(rules, config, today, options = {}) {
  return {
    // An analyser's rule has no check of its own: src/analysers/ makes its findings.
    rulesByKind: indexRulesByKind(
      rules.filter((r) => !r.analyser),
      config.podSpecPaths
    ),
    settings: evaluationSettings(config),
    policy: { ...config.waivers, today },
    analysis: rules.some((r) => r.analyser),
    records: options.records ?? "none",
    ...options.oldObjects ? { oldObjects: options.oldObjects } : {}
  };
}
function evaluateParsed(parsed, ctx, out, relocate) {
  for (const p of parsed.problems) {
    if (p.warningOnly) {
      out.warnings.push(`${p.file}: ${p.message}`);
    } else {
      const f = problemFinding(p);
      relocate?.(f, void 0);
      out.findings.push(f);
    }
  }
  for (const resource of parsed.resources) {
    const old = ctx.oldObjects?.get(`${resource.kind}/${resource.namespace}/${resource.name}`);
    const own = evaluateResource(resource, ctx.rulesByKind, ctx.settings, old ?? null);
    if (relocate) for (const f of own) relocate(f, resource);
    if (out.records && keepsRecord(ctx.records, resource.kind))
      out.records.push(relocatedRecord(resource, relocate));
    if (out.analysis) collectFacts(resource, ctx, out.analysis, relocate);
    const metadata2 = resource.object.metadata;
    applyWaivers(own, metadata2?.annotations, ctx.policy);
    for (const f of own) out.findings.push(f);
  }
  return parsed.resources.length;
}
function relocated(resource, path, location, relocate) {
  if (!relocate) return location;
  const probe = {
    ruleId: "record",
    severity: "low",
    title: "",
    message: "",
    location,
    resource: resourceId(resource),
    fieldPath: formatFieldPath(path),
    fingerprint: ""
  };
  relocate(probe, resource);
  return probe.location;
}
function relocatedRecord(resource, relocate) {
  const record = recordOf(resource);
  const path = [...resource.basePath, "metadata", "name"];
  return { ...record, location: relocated(resource, path, record.location, relocate) };
}
function collectFacts(resource, ctx, into, relocate) {
  if (CONNECTING_KINDS.has(resource.kind)) {
    into.objects.push(relocatedRecord(resource, relocate));
    return;
  }
  const facts = workloadFacts(resource, ctx.settings.podSpecPaths);
  if (!facts) return;
  facts.location = relocated(resource, facts.podSpecPath, facts.location, relocate);
  into.workloads.push(facts);
}
function parseLimits(config) {
  return { ...DEFAULT_PARSE_LIMITS, maxFileBytes: config.limits.maxFileBytes };
}
function scanFile(file, ctx, limits) {
  const out = {
    findings: [],
    warnings: [],
    resources: 0,
    ...ctx.records !== "none" ? { records: [] } : {},
    ...ctx.analysis ? { analysis: { workloads: [], objects: [] } } : {}
  };
  let text2;
  try {
    text2 = readFileSync3(file.absolute, "utf8");
  } catch (e) {
    out.warnings.push(
      `${file.path}: cannot read (${e.code ?? "error"})`
    );
    return out;
  }
  out.resources = evaluateParsed(parseSource({ path: file.path, text: text2 }, limits), ctx, out);
  return out;
}

// src/parallel/scan-pool.ts
var BATCH = 4;
var NEXT = 0;
var DONE = 1;
var STATE_BASE = 2;
function drain(signal, files, scanOne, onFile) {
  for (; ; ) {
    const first = Atomics.add(signal, NEXT, BATCH);
    if (first >= files.length) return;
    for (let i = first; i < Math.min(first + BATCH, files.length); i++) {
      const result = scanOne(files[i]);
      Atomics.add(signal, DONE, 1);
      onFile(i, result);
    }
  }
}
function workerCount(files, minFilesPerThread) {
  const cores = availableParallelism();
  if (cores < 2 || files < 2 * minFilesPerThread) return 0;
  return Math.min(cores - 1, Math.floor(files / minFilesPerThread) - 1, 7);
}
var pool = [];
var jobs = 0;
function pooledWorkers(count) {
  while (pool.length < count) {
    const { port1, port2 } = new MessageChannel();
    const start = { kubegateScanWorker: true, port: port2 };
    const worker = newWorker({ workerData: start, transferList: [port2] });
    const entry = { worker, port: port1 };
    worker.unref();
    port1.unref();
    const drop = () => {
      const at = pool.indexOf(entry);
      if (at >= 0) pool.splice(at, 1);
    };
    worker.on("error", drop);
    worker.on("exit", drop);
    pool.push(entry);
  }
  return pool.slice(0, count);
}
function scanInParallel(job) {
  const { files } = job;
  const workers = pooledWorkers(job.workers);
  const shared = new SharedArrayBuffer(4 * (STATE_BASE + workers.length));
  const signal = new Int32Array(shared);
  const id = ++jobs;
  workers.forEach(({ port }, w) => {
    const share = {
      id,
      slot: STATE_BASE + w,
      shared,
      policyRoot: job.policyRoot,
      context: {
        records: job.ctx.records,
        ...job.ctx.oldObjects ? { oldObjects: job.ctx.oldObjects } : {}
      },
      config: job.config,
      today: job.today,
      limits: job.limits,
      files
    };
    port.postMessage(share);
  });
  const results = new Array(files.length);
  drain(
    signal,
    files,
    (file) => scanFile(file, job.ctx, job.limits),
    (i, result) => {
      results[i] = result;
      job.onProgress?.(Atomics.load(signal, DONE), files.length);
    }
  );
  workers.forEach(({ port }, w) => {
    const slot = STATE_BASE + w;
    if (Atomics.compareExchange(signal, slot, 0 /* NotStarted */, 3 /* Cancelled */) === 0 /* NotStarted */)
      return;
    while (Atomics.load(signal, slot) === 1 /* Running */)
      Atomics.wait(signal, slot, 1 /* Running */);
    let reply;
    do
      reply = receiveMessageOnPort(port)?.message;
    while (reply && reply.id !== id);
    if (!reply) throw new Error("a scan worker finished without a result");
    if ("error" in reply) throw new Error(`a scan worker failed: ${reply.error}`);
    for (const [i, result] of reply.results) results[i] = result;
  });
  job.onProgress?.(files.length, files.length);
  return results.map((r, i) => {
    if (!r) throw new Error(`no scan result for ${files[i].path}`);
    return r;
  });
}
var WORKER_ENTRY = fileURLToPath2(import.meta.url);
function newWorker(options) {
  if (!WORKER_ENTRY.endsWith(".ts")) return new Worker(WORKER_ENTRY, options);
  const api = createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs");
  const tsx = pathToFileURL(api).href;
  const entry = pathToFileURL(WORKER_ENTRY).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
function runShare(job, port) {
  const signal = new Int32Array(job.shared);
  if (Atomics.compareExchange(signal, job.slot, 0 /* NotStarted */, 1 /* Running */) !== 0 /* NotStarted */)
    return;
  let reply;
  try {
    const rules = loadActiveRules(job.policyRoot, job.config);
    const ctx = evaluationContext(rules, job.config, job.today, job.context);
    const results = [];
    drain(
      signal,
      job.files,
      (file) => scanFile(file, ctx, job.limits),
      (i, result) => results.push([i, result])
    );
    reply = { id: job.id, results };
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  port.postMessage(reply);
  Atomics.store(signal, job.slot, 2 /* Finished */);
  Atomics.notify(signal, job.slot);
}
function isWorkerStart(data) {
  return data !== null && typeof data === "object" && data.kubegateScanWorker === true;
}
if (!isMainThread && isWorkerStart(workerData)) {
  const { port } = workerData;
  port.on("message", (job) => runShare(job, port));
  await new Promise(() => void 0);
}

// src/scan.ts
var MIN_FILES_PER_THREAD = 200;
function scan(options) {
  const { config } = options;
  const rules = loadActiveRules(options.policyRoot ?? options.root, config);
  const ctx = evaluationContext(rules, config, options.today, {
    ...options.records ? { records: options.records } : {},
    ...options.oldObjects ? { oldObjects: options.oldObjects } : {}
  });
  const collected = collectFiles({
    root: options.root,
    paths: options.paths?.length ? options.paths : config.paths,
    exclude: config.exclude
  });
  const { files } = collected;
  const limits = parseLimits(config);
  const workers = options.workers ?? workerCount(files.length, MIN_FILES_PER_THREAD);
  const perFile = workers > 0 ? scanInParallel({
    ...options,
    policyRoot: options.policyRoot ?? options.root,
    limits,
    files,
    workers,
    ctx
  }) : files.map((file, i) => {
    const result = scanFile(file, ctx, limits);
    options.onProgress?.(i + 1, files.length);
    return result;
  });
  const findings = [];
  const warnings = [...collected.warnings];
  const records = [];
  const analysis = { workloads: [], objects: [] };
  let resources = 0;
  for (const r of perFile) {
    for (const f of r.findings) findings.push(f);
    for (const w of r.warnings) warnings.push(w);
    if (r.records) for (const x of r.records) records.push(x);
    if (r.analysis) {
      for (const w of r.analysis.workloads) analysis.workloads.push(w);
      for (const o of r.analysis.objects) analysis.objects.push(o);
    }
    resources += r.resources;
  }
  if (options.analyse !== false)
    for (const f of runAnalysers(analysis, rules, analysisSettings(config, options.today)))
      findings.push(f);
  return {
    findings: sortFindings(findings),
    rules,
    warnings,
    files: files.length,
    resources,
    records,
    analysis
  };
}
function analysisSettings(config, today) {
  return {
    internalIngressClasses: config.ingress.internalClasses,
    internalIngressAnnotations: config.ingress.internalAnnotations,
    severities: config.rules.severity,
    policy: { ...config.waivers, today }
  };
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortFindings(findings) {
  return findings.sort(
    (a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint)
  );
}

// src/scan-renders.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { join as join10 } from "node:path";

// src/render/discover-paths.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_picomatch4 = __toESM(require_picomatch2(), 1);
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative4, resolve as resolve4, sep as sep3 } from "node:path";

// src/render/discover.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml4 = __toESM(require_dist(), 1);
import { readdir, readFile } from "node:fs/promises";
import { join as join3, relative as relative3, sep as sep2 } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function toRel(root, dir) {
  const rel = relative3(root, dir);
  return rel === "" ? "." : rel.split(sep2).join("/");
}
async function readChartMeta(dir) {
  try {
    const doc = (0, import_yaml4.parse)(await readFile(join3(dir, "Chart.yaml"), "utf8"));
    if (doc === null || typeof doc !== "object") return {};
    const { name, type: type2 } = doc;
    return {
      name: typeof name === "string" ? name : void 0,
      type: typeof type2 === "string" ? type2 : void 0
    };
  } catch {
    return {};
  }
}
async function isComponent(file) {
  try {
    const doc = (0, import_yaml4.parse)(await readFile(file, "utf8"));
    return doc?.kind === "Component";
  } catch {
    return false;
  }
}
async function discover(root) {
  const result = { charts: [], kustomizations: [], skipped: [] };
  const walk = async (dir, inSubcharts) => {
    let entries2;
    try {
      entries2 = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const names2 = new Set(entries2.map((e) => e.name));
    const isChart = names2.has("Chart.yaml");
    const relDir = toRel(root, dir);
    if (isChart) {
      const meta = await readChartMeta(dir);
      if (inSubcharts) result.skipped.push({ relDir, reason: "subchart" });
      else if (meta.type === "library") result.skipped.push({ relDir, reason: "library-chart" });
      else result.charts.push({ dir, relDir, ...meta.name ? { name: meta.name } : {} });
    }
    const kfile = KUSTOMIZATION_FILES.find((f) => names2.has(f));
    if (kfile && await isComponent(join3(dir, kfile)))
      result.skipped.push({ relDir, reason: "kustomize-component" });
    else if (kfile) result.kustomizations.push({ dir, relDir, file: kfile });
    const subdirs = entries2.filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name));
    for (const sub of subdirs) {
      await walk(join3(dir, sub.name), inSubcharts || isChart && sub.name === "charts");
    }
  };
  await walk(root, false);
  const byRel = (a, b) => a.relDir.localeCompare(b.relDir);
  result.charts.sort(byRel);
  result.kustomizations.sort(byRel);
  result.skipped.sort(byRel);
  return result;
}

// src/render/discover-paths.ts
var GLOB_CHARS2 = /[*?[\]{}]/;
function repoRel(root, dir) {
  const rel = relative4(root, dir);
  return rel === "" ? "." : rel.split(sep3).join("/");
}
function searchDir(root, path) {
  const base = GLOB_CHARS2.test(path) ? import_picomatch4.default.scan(path).base || "." : path;
  const abs = resolve4(root, base);
  const rel = relative4(root, abs);
  if (rel.startsWith("..") || isAbsolute2(rel)) return void 0;
  try {
    return statSync2(abs).isDirectory() ? realpathSync2(abs) : void 0;
  } catch {
    return void 0;
  }
}
async function discoverUnder(rootDir, paths, exclude) {
  const root = realpathSync2(resolve4(rootDir));
  const excluded = exclude.length ? (0, import_picomatch4.default)(exclude, { dot: true }) : () => false;
  const isExcluded = (relDir) => relDir !== "." && (excluded(`${relDir}/`) || excluded(relDir));
  const dirs = [...new Set((paths.length ? paths : ["."]).map((p) => searchDir(root, p)))];
  const out = { charts: [], kustomizations: [], skipped: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const dir of dirs) {
    if (!dir) continue;
    const found = await discover(dir);
    for (const c of found.charts) {
      const relDir = repoRel(root, c.dir);
      if (seen.has(`c:${c.dir}`) || isExcluded(relDir)) continue;
      seen.add(`c:${c.dir}`);
      out.charts.push({ ...c, relDir });
    }
    for (const k of found.kustomizations) {
      const relDir = repoRel(root, k.dir);
      if (seen.has(`k:${k.dir}`) || isExcluded(relDir)) continue;
      seen.add(`k:${k.dir}`);
      out.kustomizations.push({ ...k, relDir });
    }
    for (const s of found.skipped)
      out.skipped.push({ ...s, relDir: repoRel(root, resolve4(dir, s.relDir)) });
  }
  return out;
}

// src/render/find-binary.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, join as join4 } from "node:path";
var ENV_VARS = {
  helm: "KUBEGATE_HELM",
  kubectl: "KUBEGATE_KUBECTL"
};
var INSTALL_URLS = {
  helm: "https://helm.sh/docs/intro/install/",
  kubectl: "https://kubernetes.io/docs/tasks/tools/"
};
function installHint(name) {
  return `Install ${name} (${INSTALL_URLS[name]}) and put it on PATH, or set ${ENV_VARS[name]} to its full path, or pass its path in the kubegate config/input. In this repository, \`node scripts/setup-tools.mjs\` unpacks one into .tools/bin.`;
}
async function isExecutableFile(path) {
  try {
    const s = await stat(path);
    if (!s.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function findBinary(name, options = {}) {
  const env = options.env ?? process.env;
  if (options.explicit) {
    if (await isExecutableFile(options.explicit)) {
      return { ok: true, name, path: options.explicit, source: "option" };
    }
    return {
      ok: false,
      name,
      message: `${name} not found or not executable at ${options.explicit} (from the config). ${installHint(name)}`
    };
  }
  const fromEnv = env[ENV_VARS[name]];
  if (fromEnv) {
    if (await isExecutableFile(fromEnv)) return { ok: true, name, path: fromEnv, source: "env" };
    return {
      ok: false,
      name,
      message: `${name} not found or not executable at ${fromEnv} (from ${ENV_VARS[name]}). ${installHint(name)}`
    };
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join4(dir, name);
    if (await isExecutableFile(candidate))
      return { ok: true, name, path: candidate, source: "path" };
  }
  return { ok: false, name, message: `${name} not found on PATH. ${installHint(name)}` };
}

// src/render/chart-files.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { readdirSync as readdirSync3, readFileSync as readFileSync4 } from "node:fs";
import { join as join5, posix as posix2 } from "node:path";
function readText(abs) {
  try {
    return readFileSync4(abs, "utf8");
  } catch {
    return void 0;
  }
}
function listTpl(dir, rel, out) {
  let entries2;
  try {
    entries2 = readdirSync3(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries2) {
    if (e.isDirectory()) listTpl(join5(dir, e.name), posix2.join(rel, e.name), out);
    else if (e.isFile() && e.name.endsWith(".tpl"))
      out.push({ abs: join5(dir, e.name), rel: posix2.join(rel, e.name) });
  }
}
function chartFiles(chart, extraValues = []) {
  const repoPath2 = (inChart) => posix2.normalize(chart.relDir === "." ? inChart : posix2.join(chart.relDir, inChart));
  const texts = /* @__PURE__ */ new Map();
  const load2 = (inChart) => {
    if (!texts.has(inChart)) texts.set(inChart, readText(join5(chart.dir, inChart)));
    const text2 = texts.get(inChart);
    return text2 === void 0 ? void 0 : { path: repoPath2(inChart), text: text2 };
  };
  let helpers;
  return {
    dir: chart.dir,
    relDir: chart.relDir,
    valuesFor(templatePath2) {
      const inChart = chart.relDir === "." ? templatePath2 : templatePath2.slice(chart.relDir.length + 1);
      const parts = inChart.split("/");
      const chain = [];
      for (let i = 0; i + 1 < parts.length && parts[i] === "charts"; i += 2)
        chain.push(parts[i + 1]);
      const files = [];
      for (let depth = chain.length; depth >= 0; depth--) {
        const folder2 = chain.slice(0, depth).map((c) => `charts/${c}/`).join("");
        const own = load2(`${folder2}values.yaml`);
        if (own) files.push({ ...own, prefix: chain.slice(depth) });
      }
      for (const extra of extraValues) {
        const file = load2(extra);
        if (file) files.push({ ...file, prefix: chain });
      }
      return files;
    },
    helpers() {
      if (!helpers) {
        const found = [];
        listTpl(chart.dir, ".", found);
        helpers = found.flatMap((f) => {
          const text2 = readText(f.abs);
          return text2 === void 0 ? [] : [{ path: repoPath2(f.rel), text: text2 }];
        });
      }
      return helpers;
    }
  };
}

// src/render/kustomize-inputs.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml5 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync5, statSync as statSync3 } from "node:fs";
import { join as join6, resolve as resolve5 } from "node:path";

// src/render/repo-path.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { isAbsolute as isAbsolute3, relative as relative5, sep as sep4 } from "node:path";
function repoPath(root, abs) {
  const rel = relative5(root, abs);
  if (rel.startsWith("..") || isAbsolute3(rel)) return void 0;
  return rel === "" ? "." : rel.split(sep4).join("/");
}

// src/render/kustomize-inputs.ts
var strings2 = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var objects = (v) => Array.isArray(v) ? v.filter((x) => x !== null && typeof x === "object") : [];
function referenced(k) {
  const paths = [
    ...strings2(k.resources),
    ...strings2(k.bases),
    ...strings2(k.components),
    ...strings2(k.crds),
    ...strings2(k.configurations),
    ...strings2(k.generators),
    ...strings2(k.transformers),
    ...strings2(k.validators),
    // A string entry is a file path; an inline patch has a newline in it.
    ...strings2(k.patchesStrategicMerge).filter((p) => !p.includes("\n"))
  ];
  for (const p of [
    ...objects(k.patches),
    ...objects(k.patchesJson6902),
    ...objects(k.replacements)
  ])
    if (typeof p.path === "string") paths.push(p.path);
  for (const g of [...objects(k.configMapGenerator), ...objects(k.secretGenerator)]) {
    for (const f of strings2(g.files)) paths.push(f.includes("=") ? f.slice(f.indexOf("=") + 1) : f);
    paths.push(...strings2(g.envs));
    if (typeof g.env === "string") paths.push(g.env);
  }
  const openapi = k.openapi;
  if (typeof openapi?.path === "string") paths.push(openapi.path);
  return paths.filter(
    (p) => !/^[a-z][\w+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(p)
  );
}
function kustomizationIn(dir) {
  for (const name of KUSTOMIZATION_FILES) {
    try {
      if (statSync3(join6(dir, name)).isFile()) return join6(dir, name);
    } catch {
    }
  }
  return void 0;
}
function kustomizeInputs(rootDir, overlayDir) {
  const root = resolve5(rootDir);
  const inputs = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const file = kustomizationIn(dir);
    const rel = file && repoPath(root, file);
    if (!file || !rel) return;
    inputs.add(rel);
    let k;
    try {
      k = (0, import_yaml5.parse)(readFileSync5(file, "utf8"));
    } catch {
      return;
    }
    if (k === null || typeof k !== "object") return;
    for (const p of referenced(k)) {
      const abs = resolve5(dir, p);
      const target = repoPath(root, abs);
      if (target === void 0) continue;
      let isDir = false;
      try {
        isDir = statSync3(abs).isDirectory();
      } catch {
      }
      if (!isDir) inputs.add(target);
      else if (kustomizationIn(abs)) visit(abs);
      else inputs.add(target === "." ? "" : `${target}/`);
    }
  };
  visit(resolve5(overlayDir));
  return inputs;
}

// src/render/kustomize-location.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml7 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync6 } from "node:fs";
import { join as join7 } from "node:path";

// src/render/values-lookup.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml6 = __toESM(require_dist(), 1);
var cache = /* @__PURE__ */ new WeakMap();
function parseValues(holder) {
  let parsed = cache.get(holder);
  if (parsed !== void 0) return parsed;
  const lines = new import_yaml6.LineCounter();
  try {
    const doc = (0, import_yaml6.parseDocument)(holder.text, { lineCounter: lines, uniqueKeys: false });
    parsed = doc.errors.length ? null : { root: doc.contents, lines };
  } catch {
    parsed = null;
  }
  cache.set(holder, parsed);
  return parsed;
}
function findValuesPath(file, path) {
  const parsed = parseValues(file);
  return parsed ? deepestLine(parsed.root, parsed.lines, path) : void 0;
}
function deepestLine(root, lines, path) {
  let node = root;
  let hit;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    let next;
    let at;
    if (typeof seg === "string" && (0, import_yaml6.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml6.isScalar)(p.key) && String(p.key.value) === seg);
      if (pair) {
        next = pair.value ?? void 0;
        at = pair.key.range?.[0];
      }
    } else if (typeof seg === "number" && (0, import_yaml6.isSeq)(node)) {
      const item = node.items[seg];
      if (item) {
        next = item;
        at = item.range?.[0];
      }
    }
    if (at === void 0) break;
    hit = { line: lines.linePos(at).line, depth: depth + 1 };
    node = next;
  }
  return hit;
}

// src/render/kustomize-location.ts
function readSourceDocuments(rootDir, files) {
  const docs = [];
  for (const file of files) {
    if (!/\.ya?ml$/i.test(file) || /(^|\/)kustomization\.ya?ml$/.test(file)) continue;
    let text2;
    try {
      text2 = readFileSync6(join7(rootDir, file), "utf8");
    } catch {
      continue;
    }
    const lines = new import_yaml7.LineCounter();
    for (const doc of (0, import_yaml7.parseAllDocuments)(text2, { lineCounter: lines })) {
      if (!("contents" in doc) || doc.errors.length) continue;
      const js = doc.toJS();
      if (js === null || typeof js !== "object" || Array.isArray(js)) continue;
      const { kind, metadata: metadata2 } = js;
      if (typeof kind !== "string" || typeof metadata2?.name !== "string") continue;
      docs.push({ file, kind, name: metadata2.name, contents: doc.contents, lines });
    }
  }
  return docs;
}
function sameResource(docs, kind, name) {
  const ofKind = docs.filter((d) => d.kind === kind);
  const exact = ofKind.filter((d) => d.name === name);
  if (exact.length) return exact;
  const contained = ofKind.filter((d) => name.includes(d.name));
  const longest = Math.max(0, ...contained.map((d) => d.name.length));
  return contained.filter((d) => d.name.length === longest);
}
function keyLine(doc, path) {
  const hit = deepestLine(doc.contents, doc.lines, path);
  if (!hit || typeof path[hit.depth - 1] === "string") return hit;
  let k = hit.depth - 1;
  while (k > 0 && typeof path[k - 1] !== "string") k--;
  return k > 0 ? deepestLine(doc.contents, doc.lines, path.slice(0, k)) : hit;
}
function locateInSources(docs, resource, path) {
  let best;
  for (const doc of sameResource(docs, resource.kind, resource.name)) {
    const hit = keyLine(doc, path);
    if (hit && hit.depth >= (best?.depth ?? 0))
      best = { location: { file: doc.file, line: hit.line }, depth: hit.depth };
    const start = doc.contents?.range?.[0];
    if (!best && start !== void 0)
      best = { location: { file: doc.file, line: doc.lines.linePos(start).line }, depth: 0 };
  }
  return best?.location;
}

// src/render/map-location.ts
init_define_KUBEGATE_BUILTIN_RULES();

// src/render/template-text.ts
init_define_KUBEGATE_BUILTIN_RULES();
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function keyPattern(key) {
  const k = escapeRegExp(key);
  return new RegExp(`^\\s*(?:-\\s+)?(?:${k}|"${k}"|'${k}')\\s*:(?:\\s|$)`);
}
function scopeToKind(text2, kind) {
  if (!kind) return text2;
  const lines = text2.split(/\r?\n/);
  const kindLine = new RegExp(`^kind:\\s*["']?${escapeRegExp(kind)}["']?\\s*(?:#.*)?$`);
  const docs = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (/^---/.test(line)) {
      docs.push([start, i]);
      start = i + 1;
    }
  });
  docs.push([start, lines.length]);
  const keep = docs.filter(([from, to]) => lines.slice(from, to).some((l) => kindLine.test(l)));
  if (keep.length === 0 || keep.length === docs.length) return text2;
  return lines.map((l, i) => keep.some(([f, t]) => i >= f && i < t) ? l : "").join("\n");
}
function walkKeys(lines, path, from = 0) {
  const found = [];
  let cursor = from;
  path.forEach((seg, index) => {
    if (typeof seg !== "string") return;
    const pattern = keyPattern(seg);
    for (let i = cursor; i < lines.length; i++) {
      if (pattern.test(lines[i])) {
        found.push({ index, line: i });
        cursor = i + 1;
        return;
      }
    }
  });
  return found;
}
function keyIndent(line) {
  return /^\s*(?:-\s+)?/.exec(line)?.[0].length ?? 0;
}
function blockEnd(lines, keyLine2) {
  const indent = keyIndent(lines[keyLine2] ?? "");
  for (let i = keyLine2 + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent) return i;
  }
  return lines.length;
}
var VALUES_REF = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/;
var DUMP_REF = /\b(?:toYaml|toJson|tpl|toPrettyJson)\s+\(?\s*(\$?\.Values(?:\.[A-Za-z_][\w-]*)+|\.)(?=[\s|)}])/;
var WITH_REF = /\bwith\s+(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)/;
function refPath(expr) {
  return (VALUES_REF.exec(expr)?.[1] ?? "").split(".").filter(Boolean);
}
function enclosingWith(lines, line) {
  for (let i = line; i >= 0; i--) {
    const m = WITH_REF.exec(lines[i]);
    if (m) return refPath(m[1]);
  }
  return void 0;
}
function valuesRefOf(lines, keyLine2) {
  const own = lines[keyLine2] ?? "";
  const afterColon = own.slice(own.indexOf(":") + 1);
  if (VALUES_REF.test(afterColon)) return refPath(afterColon);
  return dumpedValues(lines, keyLine2 + 1, blockEnd(lines, keyLine2));
}
function dumpedValues(lines, from, to) {
  for (let i = from; i < to; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    const m = DUMP_REF.exec(line);
    if (m) {
      const ref = m[1] === "." ? enclosingWith(lines, i) : refPath(m[1]);
      if (ref?.length) return ref;
    }
    if (!line.startsWith("{{")) return void 0;
  }
  return void 0;
}
function includedNames(lines, from, to) {
  const names2 = [];
  for (let i = from; i < to; i++)
    for (const m of lines[i].matchAll(/\b(?:include|template)\s+"([^"]+)"/g)) names2.push(m[1]);
  return names2;
}
function defineRange(lines, name) {
  const start = lines.findIndex((l) => l.includes(`define "${name}"`));
  if (start < 0) return void 0;
  let end = start + 1;
  while (end < lines.length && !/\{\{-?\s*define\s/.test(lines[end])) end++;
  return { from: start + 1, to: end };
}

// src/render/map-location.ts
function lookUpValues(files, path, minDepth) {
  let best;
  for (const file of [...files].reverse()) {
    const prefix = file.prefix ?? [];
    const hit = findValuesPath(file, [...prefix, ...path]);
    if (!hit) continue;
    const depth = hit.depth - prefix.length;
    if (depth < minDepth || depth <= (best?.depth ?? 0)) continue;
    const match = {
      location: { file: file.path, line: hit.line },
      complete: depth === path.length
    };
    if (match.complete) return match;
    best = { match, depth };
  }
  return best?.match;
}
function lastKeyIndex(path) {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string") return i;
  return -1;
}
function inHelpers(helpers, names2, rest) {
  const last = lastKeyIndex(rest);
  if (last < 0) return void 0;
  for (const name of names2) {
    for (const helper of helpers) {
      const lines = helper.text.split(/\r?\n/);
      const range = defineRange(lines, name);
      if (!range) continue;
      const spelled = walkKeys(lines.slice(0, range.to), rest, range.from).at(-1);
      if (spelled?.index === last) return { file: helper.path, line: spelled.line + 1 };
    }
  }
  return void 0;
}
function findKeyLine(text2, path) {
  const lines = text2.split(/\r?\n/);
  const last = lastKeyIndex(path);
  if (last < 0) return -1;
  const spelled = walkKeys(lines, path).at(-1);
  if (spelled?.index === last) return spelled.line;
  return walkKeys(lines, [path[last]])[0]?.line ?? -1;
}
function mapHelmLocation(input) {
  const path = input.fieldPath;
  const values = input.values ?? [];
  const lines = scopeToKind(input.template.text, input.kind).split(/\r?\n/);
  const at = (line) => ({ file: input.template.path, line: line + 1 });
  const last = lastKeyIndex(path);
  const spelled = walkKeys(lines, path);
  const deepest = spelled.at(-1);
  const setByRef = (ref2) => ref2 ? lookUpValues(values, ref2, ref2.length)?.location : void 0;
  if (deepest && deepest.index === last) {
    const setBy2 = setByRef(valuesRefOf(lines, deepest.line));
    return { location: at(deepest.line), ...setBy2 ? { setBy: setBy2 } : {} };
  }
  const from = deepest ? deepest.line + 1 : 0;
  const to = deepest ? blockEnd(lines, deepest.line) : lines.length;
  const rest = path.slice(deepest ? deepest.index + 1 : 0);
  const ref = dumpedValues(lines, from, to);
  let setBy;
  if (ref) {
    const match = lookUpValues(values, [...ref, ...rest], ref.length);
    if (match?.complete) return { location: match.location };
    setBy = match?.location;
  }
  const withSetBy = (location) => ({
    location,
    ...setBy ? { setBy } : {}
  });
  const helper = inHelpers(input.helpers ?? [], includedNames(lines, from, to), rest);
  if (helper) return withSetBy(helper);
  const anywhere = last >= 0 ? findKeyLine(lines.join("\n"), path) : -1;
  if (anywhere >= 0) return withSetBy(at(anywhere));
  for (const file of [...values].reverse()) {
    const line = findKeyLine(file.text, path);
    if (line >= 0) return { location: { file: file.path, line: line + 1 } };
  }
  return withSetBy(at(deepest ? deepest.line : 0));
}

// src/render/pool.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { availableParallelism as availableParallelism2 } from "node:os";
function defaultConcurrency() {
  return Math.max(1, availableParallelism2());
}
async function mapPool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}

// src/render/render.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { resolve as resolve6 } from "node:path";

// src/render/env.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join8 } from "node:path";
var DEAD_PROXY = "http://127.0.0.1:9";
async function createPrivateEnv(base = process.env) {
  const home = await mkdtemp(join8(tmpdir(), "kubegate-render-"));
  const env = {};
  for (const [key, value] of Object.entries(base)) {
    if (key.startsWith("HELM_") || key.startsWith("KUBE") || /^(https?|no|all)_proxy$/i.test(key))
      continue;
    env[key] = value;
  }
  Object.assign(env, {
    HOME: home,
    KUBECONFIG: "/dev/null",
    HELM_CACHE_HOME: join8(home, "cache"),
    HELM_CONFIG_HOME: join8(home, "config"),
    HELM_DATA_HOME: join8(home, "data"),
    HTTP_PROXY: DEAD_PROXY,
    HTTPS_PROXY: DEAD_PROXY,
    http_proxy: DEAD_PROXY,
    https_proxy: DEAD_PROXY,
    NO_PROXY: "",
    no_proxy: ""
  });
  return { env, dispose: () => rm(home, { recursive: true, force: true }) };
}

// src/render/run-tool.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { spawn } from "node:child_process";
function runTool(bin, args, options) {
  return new Promise((resolve9) => {
    let settled = false;
    const finish = (run2) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve9(run2);
    };
    const child = spawn(bin, [...args], {
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      windowsHide: true
    });
    const stop = (run2) => {
      killGroup(child.pid);
      child.stdout.destroy();
      child.stderr.destroy();
      finish(run2);
    };
    const out = [];
    const err = [];
    let bytes = 0;
    const collect = (into) => (chunk) => {
      bytes += chunk.length;
      if (bytes > options.maxBufferBytes) stop({ kind: "too-large" });
      else into.push(chunk);
    };
    child.stdout.on("data", collect(out));
    child.stderr.on("data", collect(err));
    child.on("error", (e) => {
      finish({ kind: "not-runnable", detail: e.message });
    });
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code === 0) finish({ kind: "ok", stdout, stderr });
      else finish({ kind: "failed", stderr, detail: `exited with ${signal ?? `code ${code}`}` });
    });
    const timer = setTimeout(() => stop({ kind: "timeout" }), options.timeoutMs);
  });
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}

// src/render/render.ts
var DEFAULT_TIMEOUT_MS = 6e4;
var MAX_BUFFER_BYTES = 512 * 1024 * 1024;
function helmArgs(target, skipTests) {
  return [
    "template",
    target.release,
    resolve6(target.chartDir),
    `--namespace=${target.namespace}`,
    ...target.valuesFiles.map((f) => `--values=${resolve6(f)}`),
    ...target.set.map((kv) => `--set=${kv}`),
    ...target.kubeVersion ? [`--kube-version=${target.kubeVersion}`] : [],
    ...skipTests ? ["--skip-tests"] : []
  ];
}
function kustomizeArgs(target) {
  return ["kustomize", resolve6(target.dir)];
}
function toolFor(target) {
  return target.kind === "helm" ? "helm" : "kubectl";
}
function firstLines(text2, max) {
  const lines = text2.trim().split("\n");
  if (lines.length <= max) return lines.join("\n");
  return [...lines.slice(0, max), `… (${lines.length - max} more lines)`].join("\n");
}
function classify(stderr) {
  return /missing in charts\/ directory|dependency build|dependencies are missing/i.test(stderr) ? "missing-dependency" : "render-error";
}
async function renderOne(target, binaries, options = {}) {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (reason, message) => ({
    ok: false,
    target,
    reason,
    message,
    durationMs: elapsed()
  });
  const tool = toolFor(target);
  const lookup = binaries[tool] ?? await findBinary(tool, { explicit: options[tool], env: options.env });
  if (!lookup.ok) return fail("missing-binary", lookup.message);
  const args = target.kind === "helm" ? helmArgs(target, options.skipTests ?? false) : kustomizeArgs(target);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxLines = options.maxMessageLines ?? 20;
  const privateEnv = await createPrivateEnv(options.env ?? process.env);
  try {
    const run2 = await runTool(lookup.path, args, {
      timeoutMs,
      env: privateEnv.env,
      maxBufferBytes: MAX_BUFFER_BYTES
    });
    switch (run2.kind) {
      case "ok":
        return {
          ok: true,
          target,
          text: run2.stdout,
          warnings: run2.stderr.trim(),
          durationMs: elapsed()
        };
      case "timeout":
        return fail("timeout", `${tool} timed out after ${timeoutMs / 1e3} s and was stopped`);
      case "too-large":
        return fail(
          "output-too-large",
          `${tool} printed more than ${MAX_BUFFER_BYTES / 1024 / 1024} MiB`
        );
      case "not-runnable":
        return fail(
          "missing-binary",
          `${tool} could not be run (${run2.detail}). ${installHint(tool)}`
        );
      case "failed": {
        const stderr = run2.stderr.trim();
        return fail(classify(stderr), stderr ? firstLines(stderr, maxLines) : run2.detail);
      }
    }
  } finally {
    await privateEnv.dispose();
  }
}

// src/render/split-helm.ts
init_define_KUBEGATE_BUILTIN_RULES();
var SEPARATOR = /^---\s*$/;
var SOURCE = /^# Source:\s*(.+?)\s*$/;
function splitHelmOutput(output) {
  const docs = [];
  let current = [];
  const flush = () => {
    const text2 = current.join("\n");
    current = [];
    if (!text2.trim()) return;
    const source = findSource(text2);
    docs.push(source ? { source, text: text2 } : { text: text2 });
  };
  for (const line of output.split(/\r?\n/)) {
    if (SEPARATOR.test(line)) flush();
    else current.push(line);
  }
  flush();
  return docs;
}
function findSource(text2) {
  for (const line of text2.split("\n")) {
    const m = SOURCE.exec(line);
    if (m) return m[1];
    if (line.trim() && !line.startsWith("#")) return void 0;
  }
  return void 0;
}
function templatePath(chartRelDir, source) {
  const inChart = source.split("/").slice(1).join("/");
  return chartRelDir === "." || chartRelDir === "" ? inChart : `${chartRelDir}/${inChart}`;
}

// src/render/affected.ts
init_define_KUBEGATE_BUILTIN_RULES();
var import_yaml8 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync7 } from "node:fs";
import { isAbsolute as isAbsolute4, join as join9, posix as posix3, relative as relative6, resolve as resolve7, sep as sep5 } from "node:path";
function normalise(root, file) {
  const rel = isAbsolute4(file) ? relative6(root, file).split(sep5).join("/") : file;
  return posix3.normalize(rel.replace(/\\/g, "/")).replace(/^\.\//, "");
}
var within = (dir, file) => dir === "." || dir === "" || file === dir || file.startsWith(`${dir}/`);
function fileDependencies(root, chartDir) {
  let meta;
  try {
    meta = (0, import_yaml8.parse)(readFileSync7(join9(chartDir, "Chart.yaml"), "utf8"));
  } catch {
    return [];
  }
  const deps = meta?.dependencies;
  if (!Array.isArray(deps)) return [];
  return deps.flatMap((d) => {
    const repo = d?.repository;
    if (typeof repo !== "string" || !repo.startsWith("file://")) return [];
    const dir = repoPath(root, resolve7(chartDir, repo.slice("file://".length)));
    return dir ? [dir] : [];
  });
}
function inputsOf(root, job) {
  if (job.kind === "kustomize") {
    const inputs = kustomizeInputs(root, job.overlay.dir);
    const dirs2 = [...inputs].filter((i) => i.endsWith("/"));
    return (file) => inputs.has(file) || dirs2.some((d) => file.startsWith(d));
  }
  const dirs = [job.chart.relDir, ...fileDependencies(root, job.chart.dir)];
  const files = new Set(
    job.valuesFiles.flatMap((f) => repoPath(root, resolve7(job.chart.dir, f)) ?? [])
  );
  return (file) => files.has(file) || dirs.some((d) => within(d, file));
}
function affectedJobs(rootDir, jobs2, changedFiles) {
  const root = resolve7(rootDir);
  const changed = changedFiles.map((f) => normalise(root, f));
  return jobs2.filter((job) => {
    const reads = inputsOf(root, job);
    return changed.some(reads);
  });
}

// src/render/plan.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { existsSync as existsSync2 } from "node:fs";
import { basename as basename2, posix as posix4, resolve as resolve8 } from "node:path";

// src/render/targets.ts
init_define_KUBEGATE_BUILTIN_RULES();
function releaseNameFor(chartName) {
  const cleaned = chartName.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 53).replace(/-+$/, "");
  return /^[a-z0-9]/.test(cleaned) ? cleaned : "release";
}

// src/render/plan.ts
function missingFile(root, chart, files) {
  for (const file of files) {
    const abs = resolve8(chart.dir, file);
    const shown = posix4.normalize(posix4.join(chart.relDir, file));
    if (repoPath(root, abs) === void 0) return `values file ${file} is outside the repository`;
    if (!existsSync2(abs)) return `values file ${file} not found (looked for ${shown})`;
  }
  return void 0;
}
function helmJobs(root, chart, config) {
  const base = {
    kind: "helm",
    chartDir: chart.dir,
    release: config?.releaseName ?? releaseNameFor(chart.name ?? basename2(chart.dir)),
    namespace: config?.namespace ?? "default",
    valuesFiles: [],
    set: [],
    ...config?.kubeVersion ? { kubeVersion: config.kubeVersion } : {}
  };
  if (!config?.valueSets.length) return [{ kind: "helm", chart, target: base, valuesFiles: [] }];
  return config.valueSets.map((set2) => {
    const problem2 = missingFile(root, chart, set2.valuesFiles);
    return {
      kind: "helm",
      chart,
      valueSet: set2.name,
      valuesFiles: set2.valuesFiles,
      target: {
        ...base,
        valuesFiles: set2.valuesFiles.map((f) => resolve8(chart.dir, f)),
        set: Object.entries(set2.set).map(([k, v]) => `${k}=${v}`)
      },
      ...problem2 ? { problem: problem2 } : {}
    };
  });
}
function planRenders(rootDir, discovery, charts) {
  const root = resolve8(rootDir);
  const byPath = new Map(charts.map((c) => [c.path, c]));
  const jobs2 = discovery.charts.flatMap(
    (chart) => helmJobs(root, chart, byPath.get(chart.relDir))
  );
  for (const overlay of discovery.kustomizations)
    jobs2.push({ kind: "kustomize", overlay, target: { kind: "kustomize", dir: overlay.dir } });
  const found = new Set(discovery.charts.map((c) => c.relDir));
  const warnings = charts.filter((c) => !found.has(c.path)).map(
    (c) => `render.charts: no chart at ${c.path} among the scanned paths; its settings are unused`
  );
  return { jobs: jobs2, warnings };
}

// src/render/value-sets.ts
init_define_KUBEGATE_BUILTIN_RULES();
function sameness(f) {
  return [f.location.file, f.location.line, f.message, f.waiver ? "waived" : ""].join("\0");
}
function addRelated(f, more) {
  const all = [...f.related ?? []];
  for (const r of more)
    if (!all.some((a) => a.file === r.file && a.line === r.line && a.message === r.message))
      all.push(r);
  if (all.length) f.related = all;
}
function naming(sets) {
  return sets.length === 1 ? `value set ${sets[0]}` : `value sets ${sets.join(", ")}`;
}
function mergeValueSets(perSet) {
  const groups = /* @__PURE__ */ new Map();
  for (const { valueSet, findings } of perSet) {
    for (const f of findings) {
      const variants = groups.get(f.fingerprint) ?? /* @__PURE__ */ new Map();
      groups.set(f.fingerprint, variants);
      const key = sameness(f);
      const variant = variants.get(key);
      if (!variant) variants.set(key, { finding: f, sets: [valueSet] });
      else {
        if (!variant.sets.includes(valueSet)) variant.sets.push(valueSet);
        addRelated(variant.finding, f.related ?? []);
      }
    }
  }
  const merged = [];
  for (const variants of groups.values()) {
    for (const { finding, sets } of variants.values()) {
      finding.message = `${finding.message} (${naming(sets)})`;
      if (variants.size > 1) finding.fingerprint = fingerprintOf([finding.fingerprint, ...sets]);
      merged.push(finding);
    }
  }
  return merged;
}

// src/scan-renders.ts
var inDir = (relDir, file) => relDir === "." ? file : `${relDir}/${file}`;
function jobFile(job) {
  return job.kind === "helm" ? inDir(job.chart.relDir, "Chart.yaml") : inDir(job.overlay.relDir, job.overlay.file);
}
function renderErrorFinding(file, message) {
  const text2 = message.trim() || "the render failed without a message";
  return systemFinding("render-error", { message: text2, location: { file, line: 1 } }, [
    file,
    text2
  ]);
}
function fieldPathOf(finding) {
  try {
    return parseFieldPath(finding.fieldPath).path;
  } catch {
    return [];
  }
}
function presentLength(resource, path) {
  const base = resource.basePath.length;
  let k = path.length;
  while (k > base && valueAt(resource.object, path.slice(base, k)) === void 0) k--;
  return k;
}
function locateRendered(f, resource, chart, path, template) {
  const fallback = template === void 0 ? inDir(chart.relDir, "Chart.yaml") : path;
  if (!resource) {
    f.location = { file: fallback, line: 1 };
    return;
  }
  const full = fieldPathOf(f);
  const mapped = mapHelmLocation({
    fieldPath: full.slice(0, presentLength(resource, full)),
    kind: resource.kind,
    template: { path: template === void 0 ? fallback : path, text: template ?? "" },
    values: chart.valuesFor(path),
    helpers: chart.helpers()
  });
  f.location = mapped.location;
  if (mapped.setBy)
    f.related = [{ ...mapped.setBy, message: `The value is set in ${mapped.setBy.file}` }];
}
function evaluateHelm(chart, output, ctx, config, out, onFinding) {
  const templates = /* @__PURE__ */ new Map();
  let resources = 0;
  for (const doc of splitHelmOutput(output)) {
    const path = doc.source ? templatePath(chart.relDir, doc.source) : inDir(chart.relDir, "Chart.yaml");
    const inChart = doc.source?.split("/").slice(1).join("/");
    if (inChart !== void 0 && !templates.has(path))
      templates.set(path, readText(join10(chart.dir, inChart)));
    const template = templates.get(path);
    const parsed = parseSource({ path, text: doc.text }, parseLimits(config));
    resources += evaluateParsed(parsed, ctx, out, (f, resource) => {
      locateRendered(f, resource, chart, path, template);
      onFinding?.(f, resource);
    });
  }
  return resources;
}
function evaluateKustomize(rootDir, overlay, output, ctx, config, out, plainFingerprints, onFinding) {
  const file = inDir(overlay.relDir, overlay.file);
  const sources = readSourceDocuments(rootDir, kustomizeInputs(rootDir, overlay.dir));
  const parsed = parseSource({ path: file, text: output }, parseLimits(config));
  const own = {
    findings: [],
    warnings: out.warnings,
    ...out.records ? { records: out.records } : {},
    ...out.analysis ? { analysis: out.analysis } : {}
  };
  const resources = evaluateParsed(parsed, ctx, own, (f, resource) => {
    const full = fieldPathOf(f);
    const traced = resource && locateInSources(sources, resource, full.slice(0, presentLength(resource, full)));
    f.location = traced ?? { file, line: 1 };
    if (traced && !traced.file.startsWith(overlay.relDir === "." ? "" : `${overlay.relDir}/`))
      f.related = [{ file, line: 1, message: `Rendered through ${file}` }];
    onFinding?.(f, resource);
  });
  for (const f of own.findings) if (!plainFingerprints.has(f.fingerprint)) out.findings.push(f);
  return resources;
}
async function lookUpTools(jobs2, config, env, out) {
  const needed = [
    ["helm", jobs2.some((j) => j.kind === "helm" && !j.problem), config.render.helmBinary],
    ["kubectl", jobs2.some((j) => j.kind === "kustomize"), config.render.kubectlBinary]
  ];
  const binaries = {};
  for (const [tool, need, explicit] of needed) {
    if (!need) continue;
    const lookup = await findBinary(tool, { explicit, env });
    if (!lookup.ok)
      out.warnings.push(`${lookup.message} Until then, nothing needing it is scanned.`);
    binaries[tool] = lookup;
  }
  return binaries;
}
async function scanWithRenders(options) {
  const plain = scan({ ...options, analyse: false });
  return analysed(await addRenders(plain, options), options);
}
function analysed(result, options) {
  const found = runAnalysers(
    result.analysis,
    result.rules,
    analysisSettings(options.config, options.today)
  );
  if (found.length === 0) return result;
  return { ...result, findings: sortFindings([...result.findings, ...found]) };
}
async function addRenders(base, options) {
  const { config } = options;
  if (options.render === false || !config.render.helm && !config.render.kustomize) return base;
  const found = await discoverUnder(
    options.root,
    options.paths?.length ? options.paths : config.paths,
    config.exclude
  );
  const discovery = {
    charts: config.render.helm ? found.charts : [],
    kustomizations: config.render.kustomize ? found.kustomizations : [],
    skipped: found.skipped
  };
  const plan = planRenders(options.root, discovery, config.render.helm ? config.render.charts : []);
  const out = {
    findings: base.findings,
    warnings: [...base.warnings, ...plan.warnings],
    records: base.records,
    analysis: base.analysis
  };
  const { analysis } = base;
  const jobs2 = options.changedFiles ? affectedJobs(options.root, plan.jobs, options.changedFiles) : plan.jobs;
  if (jobs2.length === 0) return { ...base, warnings: out.warnings };
  const plainFingerprints = new Set(base.findings.map((f) => f.fingerprint));
  const ctx = evaluationContext(base.rules, config, options.today, {
    ...options.records ? { records: options.records } : {},
    ...options.oldObjects ? { oldObjects: options.oldObjects } : {}
  });
  const binaries = await lookUpTools(jobs2, config, options.env, out);
  const renderOptions = {
    env: options.env,
    timeoutMs: config.render.timeoutSeconds * 1e3
  };
  const results = await mapPool(
    jobs2,
    options.concurrency ?? defaultConcurrency(),
    (job) => job.kind === "helm" && job.problem ? Promise.resolve(void 0) : renderOne(job.target, binaries, renderOptions)
  );
  let resources = base.resources;
  const bySet = /* @__PURE__ */ new Map();
  results.forEach((result, i) => {
    const job = jobs2[i];
    const own = {
      findings: [],
      warnings: out.warnings,
      records: out.records,
      analysis: out.analysis
    };
    const tool = job.kind === "helm" ? "helm" : "kubectl";
    const before = { workloads: analysis.workloads.length, objects: analysis.objects.length };
    if (!result || !result.ok) {
      const lookup = binaries[tool];
      const message = !result ? job.kind === "helm" && job.problem || "not rendered" : lookup && !lookup.ok ? `${tool} is not available, so this was not rendered` : result.message;
      const finding = renderErrorFinding(jobFile(job), message);
      applyWaivers([finding], void 0, ctx.policy);
      own.findings.push(finding);
    } else {
      if (result.warnings)
        out.warnings.push(`${jobFile(job)}: ${tool} warned: ${firstLines(result.warnings, 3)}`);
      resources += job.kind === "helm" ? evaluateHelm(
        chartFiles(job.chart, job.valuesFiles),
        result.text,
        ctx,
        config,
        own,
        options.onRenderedFinding
      ) : evaluateKustomize(
        options.root,
        job.overlay,
        result.text,
        ctx,
        config,
        own,
        plainFingerprints,
        options.onRenderedFinding
      );
    }
    const unit = jobFile(job);
    for (const w of analysis.workloads.slice(before.workloads)) w.unit = unit;
    for (const o of analysis.objects.slice(before.objects)) o.unit = unit;
    if (job.kind === "helm" && job.valueSet !== void 0) {
      const sets = bySet.get(job.chart.relDir) ?? [];
      bySet.set(job.chart.relDir, sets);
      sets.push({ valueSet: job.valueSet, findings: own.findings });
    } else out.findings.push(...own.findings);
  });
  for (const sets of bySet.values()) out.findings.push(...mergeValueSets(sets));
  return {
    ...base,
    findings: sortFindings(out.findings),
    warnings: out.warnings,
    resources,
    records: uniqueRecords(out.records ?? []),
    analysis: {
      workloads: uniqueBy(base.analysis.workloads, (w) => `${w.id}\0${JSON.stringify(w)}`),
      objects: uniqueRecords(base.analysis.objects)
    }
  };
}
function uniqueBy(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((x) => {
    const k = key(x);
    return !seen.has(k) && seen.add(k);
  });
}
var uniqueRecords = (records) => uniqueBy(records, (r) => `${r.id}\0${JSON.stringify(r.object)}`);

// src/base/base-tree.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { execFile } from "node:child_process";
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join11 } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var GIT_TIMEOUT_MS = 12e4;
async function git(cwd, args) {
  const { stdout } = await run("git", args, {
    cwd,
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024
  });
  return stdout.trim();
}
async function hasCommit(cwd, sha) {
  try {
    await git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function extractCommit(workspace, sha) {
  if (!/^[0-9a-f]{7,64}$/.test(sha)) throw new Error(`not a commit id: "${sha}"`);
  try {
    await git(workspace, ["rev-parse", "--git-dir"]);
  } catch {
    throw new ConfigurationError(
      `${workspace} is not a git checkout, so the base commit cannot be read`
    );
  }
  if (!await hasCommit(workspace, sha)) {
    try {
      await git(workspace, ["fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha]);
    } catch (e) {
      const first = (e instanceof Error ? e.message : String(e)).split("\n")[0];
      throw new ConfigurationError(
        `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched: ${first}`
      );
    }
  }
  const dir = await mkdtemp2(join11(tmpdir2(), "kubegate-base-"));
  const archive = join11(dir, "..", `${dir.split("/").pop()}.tar`);
  await git(workspace, ["archive", "--format=tar", "-o", archive, sha]);
  try {
    await run("tar", ["-xf", archive, "-C", dir], { timeout: GIT_TIMEOUT_MS });
  } finally {
    await rm2(archive, { force: true });
  }
  return dir;
}
async function resolveCommit(workspace, ref) {
  try {
    return await git(workspace, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new ConfigurationError(`"${ref}" does not name a commit in ${workspace}`);
  }
}

// src/base/scan-base.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { rm as rm3 } from "node:fs/promises";

// src/gate.ts
init_define_KUBEGATE_BUILTIN_RULES();
function compareWithBase(head, base) {
  const before = new Set(base.map((f) => f.fingerprint));
  const after = new Set(head.map((f) => f.fingerprint));
  return {
    newFindings: head.filter((f) => !before.has(f.fingerprint)),
    fixed: base.filter((f) => !after.has(f.fingerprint))
  };
}
function decideGate(findings, failOn, onlyNew) {
  const pool2 = onlyNew ?? findings;
  const failing = pool2.filter((f) => failsGate(f, failOn));
  if (failing.length === 0) return { failing };
  const what = `${failing.length}${onlyNew ? " new" : ""} finding${failing.length === 1 ? "" : "s"}`;
  return { failing, reason: `${what} at or above "${failOn}"` };
}

// src/base/scan-base.ts
async function compareWithCommit(sha, head, options) {
  const dir = await extractCommit(options.root, sha);
  try {
    const base = await scanWithRenders({ ...options, root: dir, onProgress: void 0 });
    return compareWithBase(head, base.findings);
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
}

// src/version.ts
init_define_KUBEGATE_BUILTIN_RULES();
import { readFileSync as readFileSync8 } from "node:fs";
function kubegateVersion() {
  if (true) return "0.1.0";
  const pkg = JSON.parse(readFileSync8(new URL("../package.json", import.meta.url), "utf8"));
  return pkg.version;
}

// src/cli.ts
var USAGE = `kubegate: a policy gate for Kubernetes configuration

Usage:
  kubegate scan [paths...] [options]   scan manifests (default: the current folder)
  kubegate rules [--format text|json]  list the rules
  kubegate --help | --version

Scan options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --config FILE              config file (default: .kubegate.yaml when present)
  --fail-on LEVEL            critical|high|medium|low|none (default: the config's failOn, else high)
  --root DIR                 repository root; paths in reports are relative to it (default: .)
  --category NAME            SARIF run category (runs[].automationDetails.id)
  --base REF                 also scan commit REF (a branch, tag or commit of the git repository
                             at --root) and fail only on findings that are new since REF
  --no-render                do not render Helm charts and Kustomize roots (rendered by default
                             when found; needs helm / kubectl on PATH or KUBEGATE_HELM / KUBEGATE_KUBECTL)

Exit codes: 0 nothing fails, 1 findings at or above the threshold, 2 usage or config error.
`;
function usageError(message) {
  throw new ConfigurationError(`${message}

${USAGE}`);
}
function isFailOn(v) {
  return v === "none" || SEVERITIES.includes(v);
}
async function runScan(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      output: { type: "string" },
      config: { type: "string" },
      "fail-on": { type: "string" },
      root: { type: "string", default: "." },
      category: { type: "string" },
      "no-render": { type: "boolean", default: false },
      base: { type: "string" }
    }
  });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "sarif")
    usageError(`unknown --format "${format}"`);
  const failOnArg = values["fail-on"];
  if (failOnArg !== void 0 && !isFailOn(failOnArg))
    usageError(`unknown --fail-on "${failOnArg}"`);
  const root = values.root;
  const config = loadConfig(root, values.config);
  const failOn = failOnArg ?? config.failOn;
  const started = Date.now();
  const showProgress = Boolean(process.stderr.isTTY);
  const scanOptions = {
    root,
    paths: positionals,
    config,
    render: !values["no-render"],
    today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  };
  const baseSha = values.base === void 0 ? void 0 : await resolveCommit(root, values.base);
  const result = await scanWithRenders({
    ...scanOptions,
    onProgress: (done, total) => {
      if (showProgress && Date.now() - started > 1e3)
        process.stderr.write(`\rkubegate: scanned ${done}/${total} files`);
    }
  });
  if (showProgress && Date.now() - started > 1e3) process.stderr.write("\n");
  for (const w of result.warnings) process.stderr.write(`kubegate: warning: ${w}
`);
  const comparison = baseSha ? await compareWithCommit(baseSha, result.findings, scanOptions) : void 0;
  if (comparison && values.base) {
    process.stderr.write(
      `kubegate: compared with ${values.base} (${baseSha?.slice(0, 7)}): ${comparison.newFindings.length} new, ${comparison.fixed.length} fixed
`
    );
  }
  const gate = decideGate(result.findings, failOn, comparison?.newFindings);
  const failCount = gate.failing.length;
  const version = kubegateVersion();
  let report;
  if (format === "sarif") {
    report = JSON.stringify(
      toSarif(
        result.findings,
        result.rules,
        { version, category: values.category },
        config.rules.severity
      )
    );
  } else if (format === "json") {
    report = toJsonReport({
      tool: { name: "kubegate", version },
      result: failCount > 0 ? "fail" : "pass",
      summary: {
        files: result.files,
        resources: result.resources,
        findings: result.findings.length,
        failing: failCount,
        waived: result.findings.filter((f) => f.waiver).length
      },
      findings: result.findings,
      warnings: result.warnings
    });
  } else {
    const color = !values.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const body = toText(result.findings, result.rules, { color });
    const counts = SEVERITIES.map(
      (s) => `${result.findings.filter((f) => f.severity === s && !f.waiver).length} ${s}`
    ).join(", ");
    report = `${body}

kubegate: ${result.files} files, ${result.resources} resources, ${result.findings.length} findings (${counts}; ${result.findings.filter((f) => f.waiver).length} waived)
${gate.reason ? `FAIL: ${gate.reason}` : failOn === "none" ? "PASS: --fail-on none, findings are reported but never fail" : `PASS: nothing at or above "${failOn}"`}
`;
  }
  if (values.output) writeFileSync(values.output, report.endsWith("\n") ? report : `${report}
`);
  else process.stdout.write(report.endsWith("\n") ? report : `${report}
`);
  return failCount > 0 ? 1 : 0;
}
function listRules(args) {
  const { values } = parseArgs({
    args,
    options: { format: { type: "string", default: "text" }, config: { type: "string" } }
  });
  const config = loadConfig(".", values.config);
  const rules = loadActiveRules(".", config);
  if (values.format === "json") {
    process.stdout.write(
      `${JSON.stringify(
        rules.map(({ evaluate: _e, ...r }) => r),
        null,
        2
      )}
`
    );
  } else {
    for (const r of rules)
      process.stdout.write(
        `${r.id.padEnd(34)} ${(config.rules.severity[r.id] ?? r.severity).padEnd(9)} ${r.title}
`
      );
  }
  return 0;
}
async function main(argv) {
  try {
    const [command, ...rest] = argv;
    if (command === "--version" || command === "-v") {
      process.stdout.write(`${kubegateVersion()}
`);
      return 0;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command === "scan") return await runScan(rest);
    if (command === "rules") return listRules(rest);
    return usageError(`unknown command "${command}"`);
  } catch (e) {
    const code = e.code;
    if (e instanceof ConfigurationError || code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`kubegate: ${errorMessage(e)}
`);
      return 2;
    }
    process.stderr.write(
      `kubegate: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`
    );
    return 3;
  }
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
