import type { FieldPath } from './types.js';

// The workload kinds Kubernetes (and OpenShift) define, and where each keeps its pod spec:
// the evaluation reads pod specs there, and the config adds custom kinds to them.

const TEMPLATE_SPEC: FieldPath = ['spec', 'template', 'spec'];

/** Where each built-in workload kind keeps its pod spec. */
export const WORKLOAD_POD_SPEC_PATHS: Record<string, FieldPath> = {
  Pod: ['spec'],
  Deployment: TEMPLATE_SPEC,
  StatefulSet: TEMPLATE_SPEC,
  DaemonSet: TEMPLATE_SPEC,
  ReplicaSet: TEMPLATE_SPEC,
  ReplicationController: TEMPLATE_SPEC,
  Job: TEMPLATE_SPEC,
  // OpenShift's DeploymentConfig keeps its pod template where a Deployment does.
  DeploymentConfig: TEMPLATE_SPEC,
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
