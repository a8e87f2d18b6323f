import { tempTree } from './helpers/temp-tree.js';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { ConfigurationError } from '../src/model/errors.js';
import { scan } from '../src/pipeline/scan.js';
import type { Finding } from '../src/model/types.js';

// Pod templates inside custom resources: workload rules on the pods of Argo Rollouts and
// Workflows, Knative Services, KEDA ScaledJobs, OpenKruise workloads, any object with a pod
// template where Kubernetes' workloads keep theirs, and the config's own kinds; findings on
// the line of the field in the custom resource; the analysers see them as workloads.

const repo = (files: Record<string, string>): string => tempTree(files, 'kubegate-crd-');

const run = (files: Record<string, string>, configText = '') =>
  scan({
    root: repo(files),
    config: parseConfig(configText, '.kubegate.yaml'),
    today: '2026-06-01',
    workers: 0,
  }).findings;

/** The 1-based line of the `nth` line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++)
    if (lines[i].includes(needle) && ++seen === nth) return i + 1;
  throw new Error(`"${needle}" (${nth}) is not in the text`);
}

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const where = (findings: Finding[]) =>
  findings.map((f) => `${f.location.line} ${f.element ?? '-'} ${f.fieldPath}`);

const ROLLOUT = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
  namespace: shop
spec:
  strategy:
    blueGreen: { activeService: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example/web:1.0
          securityContext:
            privileged: true
`;

const KNATIVE = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: hello
  namespace: shop
spec:
  template:
    metadata:
      labels: { app: hello }
    spec:
      containers:
        - name: hello
          image: registry.example/hello:1.0
          securityContext:
            privileged: true
`;

const WORKFLOW = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  name: ci
  namespace: build
spec:
  entrypoint: main
  templates:
    - name: main
      dag:
        tasks:
          - name: test
            template: test
    - name: test
      container:
        image: registry.example/test:1.0
        securityContext:
          privileged: true
`;

const SCALED_JOB = `apiVersion: keda.sh/v1alpha1
kind: ScaledJob
metadata:
  name: consumer
  namespace: jobs
spec:
  jobTargetRef:
    template:
      spec:
        containers:
          - name: consumer
            image: registry.example/consumer:1.0
            securityContext:
              privileged: true
  triggers: [{ type: cron, metadata: { start: "0 * * * *" } }]
`;

describe('pod templates inside custom resources', () => {
  it.each([
    ['an Argo Rollout', ROLLOUT, 'spec.template.spec.containers[0].securityContext.privileged'],
    ['a Knative Service', KNATIVE, 'spec.template.spec.containers[0].securityContext.privileged'],
    ['an Argo Workflow', WORKFLOW, 'spec.templates[1].container.securityContext.privileged'],
    [
      'a KEDA ScaledJob',
      SCALED_JOB,
      'spec.jobTargetRef.template.spec.containers[0].securityContext.privileged',
    ],
  ])('%s with a privileged container gives privileged-container on its line', (_, text, path) => {
    const found = of(run({ 'a.yaml': text }), 'privileged-container');
    expect(found.map((f) => [f.location.line, f.fieldPath])).toEqual([
      [lineOf(text, 'privileged: true'), path],
    ]);
  });

  it('names the template and qualifies its containers in an Argo Workflow', () => {
    const [f] = of(run({ 'a.yaml': WORKFLOW }), 'privileged-container');
    expect(f.message).toMatch(/^Workflow ci, template "test", container "main": runs privileged/);
    expect(f.element).toBe('test.main');
    expect(f.container).toBe('test.main');
  });

  it('leaves the core Service and a Rollout that references a Deployment alone', () => {
    const text = `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  template: { spec: { containers: [{ name: x, image: y, securityContext: { privileged: true } }] } }
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: { name: web }
spec:
  workloadRef: { apiVersion: apps/v1, kind: Deployment, name: web }
`;
    // The core Service's odd `template` is not read as a pod: Service is a kind of its own.
    expect(run({ 'a.yaml': text })).toEqual([]);
  });

  it('checks the Job of an Argo Rollouts analysis metric, named by the metric', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata: { name: smoke }
spec:
  metrics:
    - name: error-rate
      provider:
        prometheus: { address: http://prometheus:9090, query: up }
    - name: e2e
      provider:
        job:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers:
                  - name: test
                    image: registry.example/e2e:1.0
                    securityContext:
                      privileged: true
`;
    const found = of(run({ 'a.yaml': text }), 'privileged-container');
    expect(where(found)).toEqual([
      `${lineOf(text, 'privileged: true')} e2e.test spec.metrics[1].provider.job.spec.template.spec.containers[0].securityContext.privileged`,
    ]);
    expect(found[0].message).toMatch(/^AnalysisTemplate smoke, metric "e2e", container "test"/);
  });

  it('checks OpenKruise CloneSets and Advanced StatefulSets and DaemonSets', () => {
    const kruise = (apiVersion: string, kind: string) => `apiVersion: ${apiVersion}
kind: ${kind}
metadata: { name: k }
spec:
  template:
    spec:
      hostPID: true
      containers: [{ name: app, image: registry.example/app:1.0 }]
`;
    for (const [apiVersion, kind] of [
      ['apps.kruise.io/v1alpha1', 'CloneSet'],
      ['apps.kruise.io/v1beta1', 'StatefulSet'],
      ['apps.kruise.io/v1alpha1', 'DaemonSet'],
    ]) {
      const found = of(run({ 'a.yaml': kruise(apiVersion, kind) }), 'host-namespaces');
      expect(where(found), kind).toEqual(['7 - spec.template.spec.hostPID']);
    }
  });
});

describe('Argo Workflows: one pod per template', () => {
  const workflow = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: release
  namespace: build
  annotations:
    waive.kubegate.io/privileged-container.package.dind: "docker-in-docker builds images, SEC-7 expires=2026-09-30"
spec:
  serviceAccountName: builder
  hostNetwork: true
  securityContext:
    runAsUser: 0
  volumes:
    - name: docker
      hostPath:
        path: /var/run/docker.sock
    - name: unused
      hostPath: { path: /etc }
  templates:
    - name: build
      container:
        image: registry.example/build:1.0
        volumeMounts: [{ name: docker, mountPath: /var/run/docker.sock }]
    - name: package
      securityContext:
        runAsNonRoot: true
      containerSet:
        containers:
          - name: main
            image: registry.example/package:1.0
          - name: dind
            image: registry.example/dind:1.0
            securityContext: { privileged: true }
      initContainers:
        - name: fetch
          image: registry.example/fetch:1.0
          securityContext: { privileged: true }
    - name: steps
      steps:
        - - name: inline
            inline:
              script:
                image: registry.example/sh:1.0
                source: echo hi
                securityContext: { privileged: true }
`;
  const findings = run({ 'wt.yaml': workflow });

  it('finds privileged containers of containerSets, init containers and inline templates', () => {
    const found = of(findings, 'privileged-container');
    expect(where(found)).toEqual([
      `${lineOf(workflow, 'privileged: true', 1)} package.dind spec.templates[1].containerSet.containers[1].securityContext.privileged`,
      `${lineOf(workflow, 'privileged: true', 2)} package.fetch spec.templates[1].initContainers[0].securityContext.privileged`,
      `${lineOf(workflow, 'privileged: true', 3)} steps.inline.main spec.templates[2].steps[0][0].inline.script.securityContext.privileged`,
    ]);
    // The annotation names the template's container as findings do.
    expect(found[0].waiver?.reason).toBe('docker-in-docker builds images, SEC-7');
    expect(found[1].waiver).toBeUndefined();
  });

  it('reports a setting the workflow gives every pod once, on its line', () => {
    expect(where(of(findings, 'host-namespaces'))).toEqual([
      `${lineOf(workflow, 'hostNetwork: true')} - spec.hostNetwork`,
    ]);
    // runAsUser: 0 reaches the templates whose securityContext does not replace the
    // workflow's: "build" and the inline one, not "package". One line, one finding.
    const root = of(findings, 'run-as-non-root');
    expect(root.map((f) => f.location.line)).toEqual([lineOf(workflow, 'runAsUser: 0')]);
    const named = [root[0].element, /so does container "([^"]+)"/.exec(root[0].message)?.[1]];
    expect(named.sort()).toEqual(['build.main', 'steps.inline.main']);
  });

  it('takes the workflow volumes that a template mounts, and no others', () => {
    expect(where(of(findings, 'host-path-volume'))).toEqual([
      `${lineOf(workflow, 'path: /var/run/docker.sock')} docker spec.volumes[0].hostPath.path`,
    ]);
  });

  it('does not ask for the token that Argo executor needs, unless it has an account of its own', () => {
    expect(of(findings, 'automount-service-account-token')).toEqual([]);
    const own = workflow.replace(
      '  serviceAccountName: builder\n',
      '  serviceAccountName: builder\n  executor: { serviceAccountName: executor }\n',
    );
    const found = of(run({ 'wt.yaml': own }), 'automount-service-account-token');
    // Nothing sets the field: one finding, on the spec where setting it covers every pod.
    expect(where(found)).toEqual([`${lineOf(own, 'spec:')} - spec.automountServiceAccountToken`]);
  });

  it('reads podSpecPatch and points at it for the fields it sets', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata: { name: nightly }
spec:
  schedule: "0 2 * * *"
  workflowSpec:
    templates:
      - name: patched
        container:
          image: registry.example/a:1.0
          securityContext:
            runAsNonRoot: true
        podSpecPatch: |
          containers:
            - name: main
              securityContext:
                privileged: true
          hostPID: true
      - name: parameterised
        container:
          image: registry.example/b:1.0
          securityContext: { runAsNonRoot: true, privileged: false }
        podSpecPatch: '{"containers":[{"name":"main","securityContext":{"privileged":{{inputs.parameters.p}}}}]}'
`;
    const found = run({ 'cw.yaml': text });
    const patch = lineOf(text, 'podSpecPatch: |');
    expect(where(of(found, 'privileged-container'))).toEqual([
      `${patch} patched.main spec.workflowSpec.templates[0].podSpecPatch`,
    ]);
    expect(where(of(found, 'host-namespaces'))).toEqual([
      `${patch} patched spec.workflowSpec.templates[0].podSpecPatch`,
    ]);
    // runAsNonRoot stays the template's own, on its own line: the patch merges, not replaces.
    expect(of(found, 'run-as-non-root')).toEqual([]);
  });

  it('merges templateDefaults under each template', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { name: defaults }
spec:
  templateDefaults:
    container:
      securityContext:
        runAsNonRoot: true
        allowPrivilegeEscalation: true
  templates:
    - name: a
      container:
        image: registry.example/a:1.0
`;
    const found = run({ 'd.yaml': text });
    expect(of(found, 'run-as-non-root')).toEqual([]);
    expect(where(of(found, 'allow-privilege-escalation'))).toEqual([
      `${lineOf(text, 'allowPrivilegeEscalation: true')} a.main spec.templateDefaults.container.securityContext.allowPrivilegeEscalation`,
    ]);
  });

  it("points at the pod field that holds a missing setting: the template's, else the workflow's", () => {
    const rule = `id: pod-non-root
title: Pods must say runAsNonRoot
severity: high
category: workload-hardening
match: { kinds: [Workload] }
check: podSpec.?securityContext.?runAsNonRoot.orValue(false) != true
field: [$pod.securityContext.runAsNonRoot]
why: A pod that does not say runAsNonRoot may run as root.
fix: Set securityContext.runAsNonRoot to true on the pod.
`;
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { name: w }
spec:
  securityContext:
    fsGroup: 1000
  templates:
    - name: a
      container: { image: registry.example/a:1.0 }
    - name: b
      container: { image: registry.example/b:1.0 }
    - name: c
      securityContext:
        runAsUser: 1000
      container: { image: registry.example/c:1.0 }
`;
    const found = of(
      run({ 'w.yaml': text, 'policy/r.yaml': rule }, 'rules:\n  custom: [policy/r.yaml]\n'),
      'pod-non-root',
    );
    // a and b share the workflow's securityContext: one finding there, naming neither.
    expect(where(found)).toEqual([
      `${lineOf(text, 'securityContext:', 1)} - spec.securityContext.runAsNonRoot`,
      `${lineOf(text, 'securityContext:', 2)} c spec.templates[2].securityContext.runAsNonRoot`,
    ]);
  });

  it('reads pod annotations from the template, templateDefaults and podMetadata, on their lines', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { name: w }
spec:
  podMetadata:
    annotations:
      container.apparmor.security.beta.kubernetes.io/main: unconfined
  templates:
    - name: a
      container: { image: registry.example/a:1.0 }
    - name: b
      metadata:
        annotations:
          container.apparmor.security.beta.kubernetes.io/main: runtime/default
      container: { image: registry.example/b:1.0 }
    - name: c
      metadata:
        annotations:
          container.apparmor.security.beta.kubernetes.io/main: unconfined
      container: { image: registry.example/c:1.0 }
`;
    const found = of(run({ 'w.yaml': text }), 'apparmor-profile');
    // a takes the workflow's annotation; b's own overrides it; c's own is its finding.
    expect(found.map((f) => `${f.location.line} ${f.element}`)).toEqual([
      `${lineOf(text, 'main: unconfined')} a.main`,
      `${lineOf(text, 'main: unconfined', 2)} c.main`,
    ]);
    expect(found[0].fieldPath).toBe(
      'spec.podMetadata.annotations["container.apparmor.security.beta.kubernetes.io/main"]',
    );
  });

  it('gives two templates with a container of one name two fingerprints', () => {
    const text = WORKFLOW.replace(
      '    - name: test\n      container:',
      '    - name: other\n      container:\n        image: registry.example/o:1.0\n        securityContext: { privileged: true }\n    - name: test\n      container:',
    );
    const found = of(run({ 'a.yaml': text }), 'privileged-container');
    expect(found.map((f) => f.element)).toEqual(['other.main', 'test.main']);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });
});

describe('other kinds with a pod template', () => {
  it('checks any kind whose spec.template or spec.jobTemplate carries a pod spec', () => {
    const text = `apiVersion: example.com/v1
kind: Runner
metadata: { name: r }
spec:
  template:
    spec:
      containers:
        - name: run
          image: registry.example/run:1.0
          securityContext: { privileged: true }
---
apiVersion: example.com/v1
kind: ScheduledRunner
metadata: { name: s }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          hostIPC: true
          containers: [{ name: run, image: registry.example/run:1.0 }]
`;
    const found = run({ 'a.yaml': text });
    expect(where(of(found, 'privileged-container'))).toEqual([
      '10 run spec.template.spec.containers[0].securityContext.privileged',
    ]);
    expect(where(of(found, 'host-namespaces'))).toEqual([
      `${lineOf(text, 'hostIPC: true')} - spec.jobTemplate.spec.template.spec.hostIPC`,
    ]);
  });

  it('does not read other templates as pods', () => {
    // A Cluster API MachineDeployment, a Karpenter NodePool and an Argo CD ApplicationSet
    // have templates without containers; a template whose containers name no image is no
    // pod spec either.
    const text = `apiVersion: cluster.x-k8s.io/v1beta1
kind: MachineDeployment
metadata: { name: md }
spec:
  template:
    spec:
      clusterName: c
      bootstrap: { configRef: { kind: KubeadmConfigTemplate, name: b } }
---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata: { name: np }
spec:
  template:
    spec:
      nodeClassRef: { group: karpenter.k8s.aws, kind: EC2NodeClass, name: default }
      requirements: [{ key: kubernetes.io/arch, operator: In, values: [amd64] }]
---
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: { name: apps }
spec:
  generators: [{ list: { elements: [{ cluster: dev }] } }]
  template:
    metadata: { name: 'app-{{cluster}}' }
    spec:
      project: default
      source: { repoURL: https://git.example/apps, path: apps, targetRevision: HEAD }
      destination: { name: '{{cluster}}', namespace: apps }
---
apiVersion: example.com/v1
kind: Dashboard
metadata: { name: d }
spec:
  template:
    spec:
      containers: [{ title: cpu }, { title: memory }]
`;
    expect(run({ 'a.yaml': text })).toEqual([]);
  });
});

describe('the config maps kinds to their pod specs', () => {
  const JOB = `apiVersion: kubeflow.org/v1
kind: TFJob
metadata: { name: train }
spec:
  tfReplicaSpecs:
    PS:
      template:
        spec:
          containers: [{ name: tensorflow, image: registry.example/tf:1.0 }]
    Worker:
      template:
        spec:
          containers:
            - name: tensorflow
              image: registry.example/tf:1.0
              securityContext: { privileged: true }
`;

  it('expands * to every key, each pod named by it', () => {
    const config =
      'workloads:\n  customKinds:\n    - { kind: TFJob, apiGroup: kubeflow.org, podSpecPath: "spec.tfReplicaSpecs.*.template.spec" }\n';
    const found = of(run({ 'tf.yaml': JOB }, config), 'privileged-container');
    expect(where(found)).toEqual([
      '16 Worker.tensorflow spec.tfReplicaSpecs.Worker.template.spec.containers[0].securityContext.privileged',
    ]);
    expect(found[0].message).toMatch(/^TFJob train, pod "Worker", container "tensorflow"/);
    // Another API group's TFJob is not this kind.
    const other = config.replace('kubeflow.org', 'example.com');
    expect(of(run({ 'tf.yaml': JOB }, other), 'privileged-container')).toEqual([]);
  });

  it('takes several paths, each pod named by the part of its path that differs', () => {
    const app = `apiVersion: example.com/v1
kind: SparkApp
metadata: { name: s }
spec:
  driver:
    template:
      spec:
        containers: [{ name: spark, image: registry.example/spark:1.0, securityContext: { privileged: true } }]
  executor:
    template:
      spec:
        containers: [{ name: spark, image: registry.example/spark:1.0, securityContext: { privileged: true } }]
`;
    const config =
      'workloads:\n  customKinds:\n    - kind: SparkApp\n      podSpecPaths: [spec.driver.template.spec, spec.executor.template.spec]\n';
    const found = of(run({ 's.yaml': app }, config), 'privileged-container');
    expect(found.map((f) => `${f.location.line} ${f.element}`)).toEqual([
      '8 driver.spark',
      '12 executor.spark',
    ]);
  });

  it('fails closed when a configured kind has no pod spec, and rejects an entry without a path', () => {
    const config =
      'workloads:\n  customKinds: [{ kind: SparkApp, podSpecPaths: [spec.driver.template.spec] }]\n';
    const found = run(
      { 's.yaml': 'apiVersion: example.com/v1\nkind: SparkApp\nmetadata: { name: s }\nspec: {}\n' },
      config,
    );
    expect(found.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(found[0].message).toContain('spec.driver.template.spec is missing');
    expect(() =>
      parseConfig('workloads:\n  customKinds: [{ kind: SparkApp }]\n', 'c.yaml'),
    ).toThrow(ConfigurationError);
  });
});

describe('the analysers see custom resources as workloads', () => {
  const ANALYSERS = [
    'exposed-risky-workload',
    'powerful-service-account-token',
    'namespace-default-deny',
  ];
  const analysed = (files: Record<string, string>) =>
    run(files).filter((f) => ANALYSERS.includes(f.ruleId));
  const nodePort = (name: string, app: string) => `apiVersion: v1
kind: Service
metadata: { name: ${name}, namespace: shop }
spec:
  type: NodePort
  selector: { app: ${app} }
  ports: [{ port: 80 }]
`;
  const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`;

  it('follows a Service selector to a Rollout, a CloneSet and a Knative Service', () => {
    const cloneSet = ROLLOUT.replace('argoproj.io/v1alpha1', 'apps.kruise.io/v1alpha1')
      .replace('kind: Rollout', 'kind: CloneSet')
      .replace('name: web', 'name: clone')
      .replace('    blueGreen: { activeService: web }\n', '    type: InPlaceIfPossible\n')
      .replace('app: web', 'app: clone');
    const found = analysed({
      'rollout.yaml': ROLLOUT,
      'clone.yaml': cloneSet,
      'knative.yaml': KNATIVE,
      'svc.yaml': [
        nodePort('web', 'web'),
        nodePort('clone', 'clone'),
        nodePort('hello', 'hello'),
      ].join('---\n'),
      'policy.yaml': POLICY,
    });
    const chains = of(found, 'exposed-risky-workload').map(
      (f) => /\((NodePort[^)]*)\) and runs privileged/.exec(f.message)?.[1],
    );
    expect(chains.sort()).toEqual([
      'NodePort Service shop/clone -> CloneSet shop/clone',
      'NodePort Service shop/hello -> Service shop/hello',
      'NodePort Service shop/web -> Rollout shop/web',
    ]);
    // The Knative Service is the workload there; the core Services select by label.
    expect(of(found, 'namespace-default-deny')).toEqual([]);
  });

  it('follows a workflow template to its service account and its namespace', () => {
    const text = WORKFLOW.replace(
      '  entrypoint: main\n',
      '  entrypoint: main\n  serviceAccountName: ci\n',
    );
    const binding = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: ci, namespace: build }]
`;
    const found = analysed({ 'wf.yaml': text, 'rbac.yaml': binding });
    const identity = of(found, 'powerful-service-account-token');
    expect(identity.map((f) => [f.resource, f.location.line])).toEqual([
      // The workload's place: its template, the second `- name: test` (the first is the task).
      ['Workflow/build/ci', lineOf(text, '- name: test', 2)],
    ]);
    expect(identity[0].message).toContain('ClusterRoleBinding ci-admin');
    const open = of(found, 'namespace-default-deny');
    expect(open.map((f) => f.resource)).toEqual(['Workflow/build/ci']);
    expect(open[0].message).toContain(
      'namespace build runs workloads that no NetworkPolicy selects for incoming traffic: Workflow ci;',
    );
  });

  it("lists a workflow of several templates once among the namespace's open workloads", () => {
    const text = WORKFLOW.replace(
      '    - name: test\n      container:',
      '    - name: lint\n      script: { image: registry.example/lint:1.0, source: make lint }\n    - name: test\n      container:',
    );
    const [open] = of(analysed({ 'wf.yaml': text }), 'namespace-default-deny');
    // Once, and the outgoing side (the same list) is said without naming it again.
    expect(open.message).toMatch(
      /selects for incoming traffic: Workflow ci; nor for outgoing traffic$/,
    );
  });

  it('leaves a ClusterWorkflowTemplate to the namespaces of the workflows that use it', () => {
    const text = WORKFLOW.replace('kind: Workflow', 'kind: ClusterWorkflowTemplate').replace(
      '  namespace: build\n',
      '',
    );
    const all = run({ 'c.yaml': text });
    expect(of(all, 'privileged-container')).toHaveLength(1);
    expect(all.filter((f) => ANALYSERS.includes(f.ruleId))).toEqual([]);
  });
});
