import { makePullRequestRepo, type PullRequestRepo } from './action-run.js';

// Manifests the end-to-end tests share: a hardened Deployment, and the same with a risky
// change (privileged, privilege escalation) or an old finding (host network).

export const DIGEST = 'sha256:' + 'a1'.repeat(32);

export function deployment(name: string, containerSecurity: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      automountServiceAccountToken: false
      serviceAccountName: ${name}
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: ${name}
          image: registry.example/${name}@${DIGEST}
          securityContext:
${containerSecurity}
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          resources:
            limits:
              cpu: 500m
              memory: 256Mi
            requests:
              cpu: 100m
              memory: 128Mi
`;
}

export const SAFE = '            allowPrivilegeEscalation: false';
// Two independent problems on changed lines: privileged (critical; it also implies privilege
// escalation, which is grouped under it) and a container that may run as root (high).
export const RISKY = '            runAsNonRoot: false\n            privileged: true';
// A finding that the pull request does not touch: it belongs in the summary, not inline.
export const LEGACY = deployment('legacy', SAFE).replace(
  '      serviceAccountName: legacy\n',
  '      serviceAccountName: legacy\n      hostNetwork: true\n',
);

/** A pull request that makes deploy/web.yaml risky in a repository with an old finding. */
export function riskyPullRequest(): PullRequestRepo {
  return makePullRequestRepo(
    { 'deploy/web.yaml': deployment('web', SAFE), 'deploy/legacy.yaml': LEGACY },
    { 'deploy/web.yaml': deployment('web', RISKY) },
  );
}
