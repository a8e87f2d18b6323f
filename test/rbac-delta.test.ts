import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dangerOf, describeChange, rbacDelta } from '../src/analyse/rbac/delta.js';
import {
  effectivePermissions,
  unresolvedBindings,
  type Grant,
  type RbacObject,
} from '../src/analyse/rbac/permissions.js';
import { RELEASE_NAMESPACE } from '../src/model/namespaces.js';
import type { JsonObject } from '../src/model/types.js';

const NOT_DEFINED = 'its role is not defined in these manifests: it grants nothing known here';

function objects(yaml: string): RbacObject[] {
  return yaml
    .split(/^---$/m)
    .map((d) => parse(d) as JsonObject | null)
    .filter((o): o is JsonObject => o !== null)
    .map((object) => {
      const m = object.metadata as { name: string; namespace?: string };
      return { object, id: `${String(object.kind)}/${m.namespace ?? ''}/${m.name}` };
    });
}

/** What the manifests grant, as describeChange says it, compared with nothing. */
const gains = (yaml: string): string[] => rbacDelta([], objects(yaml)).map(describeChange);

/** One permission atom, for dangerOf. */
const grant = (resource: string, verb: string, apiGroup = '', scope = 'cluster'): Grant => ({
  scope,
  apiGroup,
  resource,
  verb,
  resourceName: '',
});

const DEPLOYER_ROLE = `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: deployer, namespace: prod }
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "update"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: deployer, namespace: prod }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }
subjects:
  - { kind: ServiceAccount, name: deployer, namespace: ci }
`;

describe('RBAC permission delta', () => {
  it('says what a subject gains, in words, and flags the dangerous gains', () => {
    const head = DEPLOYER_ROLE.replace(
      '    verbs: ["get", "update"]',
      '    verbs: ["get", "update"]\n  - apiGroups: [""]\n    resources: ["pods/exec"]\n    verbs: ["create"]',
    );
    const changes = rbacDelta(objects(DEPLOYER_ROLE), objects(head));
    expect(changes.map(describeChange)).toEqual([
      'ServiceAccount ci/deployer gains create on pods/exec in namespace prod (runs commands in pods (pods/exec))',
    ]);
    expect(changes[0].sources).toEqual([
      { binding: 'RoleBinding/prod/deployer', role: 'Role/deployer' },
    ]);
  });

  it('reports losses, and a new binding to cluster-admin as a wildcard gain', () => {
    const head = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ops-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: Group, name: ops }
`;
    const changes = rbacDelta(objects(DEPLOYER_ROLE), objects(head));
    const words = changes.map(describeChange);
    expect(words).toContain(
      'Group ops gains every verb on every resource in every API group cluster-wide (cluster-admin, a wildcard: every current and future resource)',
    );
    expect(words).toContain(
      'ServiceAccount ci/deployer loses get, update on deployments.apps in namespace prod',
    );
  });

  it('follows ClusterRole aggregation and namespaced bindings of ClusterRoles', () => {
    const yaml = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: monitoring }
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { rbac.example/aggregate-to-monitoring: "true" }
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: secrets-reader
  labels: { rbac.example/aggregate-to-monitoring: "true" }
rules:
  - { apiGroups: [""], resources: ["secrets"], verbs: ["list"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: mon, namespace: payments }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: monitoring }
subjects:
  - { kind: ServiceAccount, name: prometheus }
`;
    const perms = effectivePermissions(objects(yaml));
    const grants = [...(perms.get('ServiceAccount payments/prometheus')?.values() ?? [])].map(
      (g) => g.grant,
    );
    expect(grants).toEqual([
      {
        scope: 'namespace payments',
        apiGroup: '',
        resource: 'secrets',
        verb: 'list',
        resourceName: '',
      },
    ]);
    expect(gains(yaml)).toEqual([
      'ServiceAccount payments/prometheus gains list on secrets in namespace payments (reads secrets)',
    ]);
  });

  it('does not count a grant restricted to named secrets as reading secrets', () => {
    const yaml = `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: own-config, namespace: shop }
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["shop-settings", "shop-tls"]
    verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: every-secret, namespace: shop }
rules:
  - { apiGroups: [""], resources: ["secrets"], verbs: ["get"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: own-config, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: own-config }
subjects:
  - { kind: ServiceAccount, name: operator }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: every-secret, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: every-secret }
subjects:
  - { kind: ServiceAccount, name: reader }
`;
    const changes = rbacDelta([], objects(yaml));
    expect(changes.filter((c) => c.danger).map(describeChange)).toEqual([
      'ServiceAccount shop/reader gains get on secrets in namespace shop (reads secrets)',
    ]);
    // The named grants are still gains a reviewer sees, without the danger.
    expect(changes.map(describeChange)).toContain(
      'ServiceAccount shop/operator gains get, list, watch on secrets named shop-settings in namespace shop',
    );
    const named = { ...grant('secrets', 'list'), resourceName: 'shop-settings' };
    expect(dangerOf(named)).toBeUndefined();
    expect(dangerOf({ ...named, verb: '*' })).toBeUndefined();
    // resourceNames: [""] matches requests that carry no name (every list): all Secrets.
    expect(gains(yaml.replace('["shop-settings", "shop-tls"]', '[""]'))).toContain(
      'ServiceAccount shop/operator gains get, list, watch on secrets in namespace shop (reads secrets)',
    );
  });

  it("reads a chart's release namespace in subjects as the namespace it is applied to", () => {
    const yaml = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: chart-reader }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view-secrets }
subjects:
  - { kind: ServiceAccount, name: reader, namespace: ${RELEASE_NAMESPACE} }
  - { kind: Group, name: "system:serviceaccounts:${RELEASE_NAMESPACE}" }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: view-secrets }
rules:
  - { apiGroups: [""], resources: ["secrets"], verbs: ["get"] }
`;
    expect(gains(yaml)).toEqual([
      `Group system:serviceaccounts:${RELEASE_NAMESPACE} (every service account in the namespace the manifests are applied to) gains get on secrets cluster-wide (reads secrets)`,
      'ServiceAccount reader gains get on secrets cluster-wide (reads secrets)',
    ]);
    expect([...effectivePermissions(objects(yaml)).keys()]).toContain(
      'ServiceAccount (unset)/reader',
    );
  });

  it('classifies what is dangerous and what is not', () => {
    const g = grant;
    expect(dangerOf(g('pods', 'create'))).toMatch(/creates workloads/);
    expect(dangerOf(g('users', 'impersonate'))).toMatch(/impersonate/);
    expect(dangerOf(g('nodes/proxy', 'get'))).toMatch(/kubelets/);
    expect(dangerOf(g('pods/ephemeralcontainers', 'patch'))).toMatch(/ephemeral/);
    expect(dangerOf(g('configmaps', 'get'))).toBeUndefined();
    expect(dangerOf(g('pods', 'list'))).toBeUndefined();
  });

  it('finds no change when nothing changes', () => {
    expect(rbacDelta(objects(DEPLOYER_ROLE), objects(DEPLOYER_ROLE))).toEqual([]);
  });
});

const grantsOf = (yaml: string, subject: string): string[] =>
  [...(effectivePermissions(objects(yaml)).get(subject)?.values() ?? [])].map(({ grant: g }) =>
    `${g.scope}: ${g.verb} ${g.apiGroup}/${g.resource} ${g.resourceName}`.trim(),
  );

const BIND_VIEWERS = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: viewers }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: monitoring }
subjects:
  - { kind: Group, name: viewers }
`;

describe('RBAC permissions: Kubernetes semantics', () => {
  it("overwrites an aggregated ClusterRole's own rules, as the aggregation controller does", () => {
    const yaml = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: monitoring }
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { rbac.example/aggregate-to-monitoring: "true" }
rules:
  - { apiGroups: [""], resources: ["secrets"], verbs: ["get"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: pods-reader, labels: { rbac.example/aggregate-to-monitoring: "true" } }
rules:
  - { apiGroups: [""], resources: ["pods"], verbs: ["list"] }
---${BIND_VIEWERS}`;
    expect(grantsOf(yaml, 'Group viewers')).toEqual(['cluster: list /pods']);
    expect(unresolvedBindings(objects(yaml))).toEqual([]);
  });

  it('follows aggregation through aggregated ClusterRoles (admin <- edit <- view)', () => {
    const yaml = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: monitoring }
aggregationRule:
  clusterRoleSelectors:
    - matchExpressions: [{ key: example/to-monitoring, operator: Exists }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: middle, labels: { example/to-monitoring: "" } }
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { example/to-middle: "true" }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: leaf, labels: { example/to-middle: "true" } }
rules:
  - { apiGroups: ["apps"], resources: ["deployments"], verbs: ["watch"] }
---${BIND_VIEWERS}`;
    expect(grantsOf(yaml, 'Group viewers')).toEqual(['cluster: watch apps/deployments']);
  });

  it('grants nothing on cluster-scoped resources through a RoleBinding', () => {
    const yaml = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: node-reader }
rules:
  - { apiGroups: [""], resources: ["nodes", "nodes/proxy", "pods"], verbs: ["get"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: node-reader, namespace: ops }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: node-reader }
subjects:
  - { kind: User, name: alice }
`;
    expect(grantsOf(yaml, 'User alice')).toEqual(['namespace ops: get /pods']);
  });

  it('drops a namespace-less ServiceAccount from a ClusterRoleBinding, and reports undefined roles', () => {
    const yaml = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: bad }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: nowhere }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: view, namespace: team }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - { kind: ServiceAccount, name: ci }
`;
    expect([...effectivePermissions(objects(yaml)).keys()]).toEqual([]);
    expect(unresolvedBindings(objects(yaml))).toEqual([
      {
        binding: 'RoleBinding/team/view',
        role: 'ClusterRole/view',
        subjects: ['ServiceAccount team/ci'],
        reason: NOT_DEFINED,
      },
    ]);
  });
});

describe('RBAC delta: wildcards cover narrower grants', () => {
  const role = (verbs: string, extra = '') => `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: app, namespace: prod }
rules:
  - { apiGroups: [""], resources: ["configmaps"], verbs: ${verbs} }${extra}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: prod }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app }
subjects:
  - { kind: ServiceAccount, name: app }
`;

  it('loses nothing when verbs widen to *, and gains nothing when they narrow back', () => {
    const narrow = objects(role('["get", "list"]'));
    const wide = objects(role('["*"]'));
    expect(rbacDelta(narrow, wide).map(describeChange)).toEqual([
      'ServiceAccount prod/app gains every verb on configmaps in namespace prod',
    ]);
    expect(rbacDelta(wide, narrow).map(describeChange)).toEqual([
      'ServiceAccount prod/app loses every verb on configmaps in namespace prod',
    ]);
  });

  it('does not repeat a grant that a gained wildcard already says', () => {
    expect(
      gains(role('["get"]', '\n  - { apiGroups: [""], resources: ["*"], verbs: ["get", "list"] }')),
    ).toEqual([
      'ServiceAccount prod/app gains get, list on every resource in the core API group in namespace prod (a wildcard: every current and future resource)',
    ]);
  });

  it('names kubectl-style targets and shows * as every verb even beside others', () => {
    expect(
      gains(
        role(
          '["*", "get"]',
          '\n  - { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["patch"] }',
        ),
      ),
    ).toEqual([
      'ServiceAccount prod/app gains every verb on configmaps in namespace prod',
      'ServiceAccount prod/app gains patch on deployments.apps/scale in namespace prod',
    ]);
  });
});

describe('dangerOf: the issue list, by API group', () => {
  const g = (resource: string, verb: string, apiGroup = '') =>
    grant(resource, verb, apiGroup, 'namespace x');

  it('flags each dangerous permission of the required-reviews list', () => {
    expect(dangerOf(g('*', 'get', '*'))).toMatch(/wildcard/);
    expect(dangerOf(g('url:*', '*'))).toMatch(/every non-resource URL/);
    expect(dangerOf(g('clusterroles', 'escalate', 'rbac.authorization.k8s.io'))).toMatch(
      /escalate/,
    );
    expect(dangerOf(g('roles', 'bind', 'rbac.authorization.k8s.io'))).toMatch(/bind/);
    expect(dangerOf(g('serviceaccounts', 'impersonate'))).toMatch(/impersonate/);
    expect(dangerOf(g('users', '*'))).toMatch(/impersonate/);
    expect(dangerOf(g('uids', '*', 'authentication.k8s.io'))).toMatch(/impersonate/);
    expect(dangerOf(g('secrets', 'watch'))).toBe('reads secrets');
    expect(dangerOf(g('pods/exec', 'get'))).toMatch(/pods\/exec/);
    expect(dangerOf(g('*/exec', 'create'))).toMatch(/runs commands/);
    expect(dangerOf(g('pods/ephemeralcontainers', 'update'))).toMatch(/ephemeral/);
    expect(dangerOf(g('nodes/proxy', 'create'))).toMatch(/kubelets/);
    expect(dangerOf(g('deployments', 'create', 'apps'))).toMatch(/workloads/);
    expect(dangerOf(g('cronjobs', '*', 'batch'))).toMatch(/workloads/);
  });

  it('flags writing admission objects and approving for kubernetes.io signers (issue 18)', () => {
    const admission = 'admissionregistration.k8s.io';
    expect(dangerOf(g('mutatingwebhookconfigurations', 'patch', admission))).toMatch(
      /admission webhooks/,
    );
    expect(dangerOf(g('validatingadmissionpolicybindings', 'delete', admission))).toMatch(
      /admission/,
    );
    expect(dangerOf(g('validatingwebhookconfigurations', 'get', admission))).toBeUndefined();
    const signer = (resourceName: string): Grant => ({
      ...g('signers', 'approve', 'certificates.k8s.io'),
      resourceName,
    });
    expect(dangerOf(signer(''))).toMatch(/approves certificate requests/);
    expect(dangerOf(signer('kubernetes.io/kube-apiserver-client'))).toMatch(/approves/);
    // A signer of the operator's own: the API server does not trust its certificates.
    expect(dangerOf(signer('issuers.cert-manager.io/*'))).toBeUndefined();
    expect(dangerOf(g('signers', 'approve', 'cert-manager.io'))).toBeUndefined();
  });

  it('does not flag the same names in other API groups', () => {
    expect(dangerOf(g('secrets', 'get', 'bitnami.com'))).toBeUndefined();
    expect(dangerOf(g('roles', 'escalate'))).toBeUndefined();
    expect(dangerOf(g('jobs', 'create', 'example.com'))).toBeUndefined();
    expect(dangerOf(g('url:/healthz', 'get'))).toBeUndefined();
  });
});

describe('RBAC subjects and objects', () => {
  const yaml = (roleApiVersion: string, subjects: string) => `
apiVersion: ${roleApiVersion}
kind: ClusterRole
metadata: { name: reader }
rules:
  - { apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: reader }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader }
subjects:
${subjects}
`;

  it('knows a User named system:serviceaccount:<ns>:<name> is that ServiceAccount', () => {
    expect(
      gains(
        yaml(
          'rbac.authorization.k8s.io/v1',
          '  - { kind: User, name: "system:serviceaccount:ci:deployer" }',
        ),
      ),
    ).toEqual(['ServiceAccount ci/deployer gains get on configmaps cluster-wide']);
  });

  it('says who the built-in groups are', () => {
    expect(
      gains(
        yaml(
          'rbac.authorization.k8s.io/v1',
          [
            'system:authenticated',
            'system:unauthenticated',
            'system:serviceaccounts',
            'system:serviceaccounts:ci',
            'system:masters',
          ]
            .map((g) => `  - { kind: Group, name: "${g}" }`)
            .join('\n'),
        ),
      ),
    ).toEqual([
      'Group system:authenticated (every authenticated user) gains get on configmaps cluster-wide',
      'Group system:masters (cluster admins, whom RBAC never restricts) gains get on configmaps cluster-wide',
      'Group system:serviceaccounts (every service account) gains get on configmaps cluster-wide',
      'Group system:serviceaccounts:ci (every service account in namespace ci) gains get on configmaps cluster-wide',
      'Group system:unauthenticated (anonymous requests) gains get on configmaps cluster-wide',
    ]);
  });

  it('ignores a ClusterRole of another API group (a CRD kind that shares the name)', () => {
    const head = objects(yaml('iam.example.com/v1', '  - { kind: User, name: alice }'));
    expect(rbacDelta([], head)).toEqual([]);
    expect(unresolvedBindings(head)).toEqual([
      {
        binding: 'ClusterRoleBinding//reader',
        role: 'ClusterRole/reader',
        subjects: ['User alice'],
        reason: NOT_DEFINED,
      },
    ]);
  });
});

describe('dangerOf and the metrics APIs', () => {
  it('does not call everything in a read-only metrics API a takeover', () => {
    expect(dangerOf(grant('*', '*', 'custom.metrics.k8s.io'))).toBeUndefined();
    expect(dangerOf(grant('*', '*', 'metrics.k8s.io'))).toBeUndefined();
    expect(dangerOf(grant('*', '*', 'argoproj.io'))).toBe(
      'a wildcard: every current and future resource',
    );
  });
});
