// Synthetic corpus for `npm run bench`: a deterministic (seeded) mix of the resources a
// platform repository holds, mostly insecure-ish so that rules fire at realistic rates.
// Resources are grouped by team and app, a few documents per file, ~1% of files JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { JsonObject, JsonValue } from '../src/model/types.js';

/** mulberry32: small, fast and good enough to pick shapes (and the tests' mutations). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const chance = (r: Rand, p: number): boolean => r() < p;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)];

const IMAGES = ['nginx', 'redis', 'postgres', 'busybox', 'envoyproxy/envoy', 'grafana/grafana'];
const REGISTRY = 'registry.example.com/platform';

function container(r: Rand, name: string, init = false): JsonObject {
  const image = chance(r, 0.5)
    ? `${REGISTRY}/${name}:${chance(r, 0.2) ? 'latest' : `1.${int(r, 0, 30)}.${int(r, 0, 9)}`}`
    : `${pick(r, IMAGES)}${chance(r, 0.3) ? '' : `:${int(r, 1, 9)}.${int(r, 0, 20)}`}`;
  const c: JsonObject = { name, image };
  if (!init) c.ports = [{ name: 'http', containerPort: pick(r, [80, 8080, 8443, 9090]) }];
  if (chance(r, 0.6))
    c.env = Array.from({ length: int(r, 1, 5) }, (_, i): JsonObject =>
      chance(r, 0.3)
        ? { name: `SECRET_${i}`, valueFrom: { secretKeyRef: { name: `${name}-creds`, key: 'k' } } }
        : { name: `VAR_${i}`, value: `value-${int(r, 0, 999)}` },
    );
  if (chance(r, 0.55))
    c.resources = {
      requests: { cpu: `${int(r, 1, 5) * 100}m`, memory: `${int(r, 1, 8) * 128}Mi` },
      ...(chance(r, 0.7) ? { limits: { cpu: '1', memory: `${int(r, 1, 8) * 256}Mi` } } : {}),
    };
  const sc: JsonObject = {};
  if (chance(r, 0.08)) sc.privileged = true;
  if (chance(r, 0.35)) sc.allowPrivilegeEscalation = chance(r, 0.3);
  if (chance(r, 0.3)) sc.runAsNonRoot = true;
  if (chance(r, 0.25)) sc.readOnlyRootFilesystem = true;
  if (chance(r, 0.25))
    sc.capabilities = chance(r, 0.7) ? { drop: ['ALL'] } : { add: ['NET_ADMIN', 'SYS_TIME'] };
  if (Object.keys(sc).length) c.securityContext = sc;
  if (!init && chance(r, 0.5))
    c.livenessProbe = { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 };
  if (chance(r, 0.3)) c.volumeMounts = [{ name: 'data', mountPath: '/data' }];
  return c;
}

function podSpec(r: Rand, app: string): JsonObject {
  const spec: JsonObject = {
    containers: Array.from({ length: int(r, 1, 3) }, (_, i) =>
      container(r, i === 0 ? app : `${app}-sidecar-${i}`),
    ),
  };
  if (chance(r, 0.25)) spec.initContainers = [container(r, `${app}-init`, true)];
  if (chance(r, 0.5)) spec.serviceAccountName = app;
  if (chance(r, 0.05)) spec.hostNetwork = true;
  if (chance(r, 0.03)) spec.hostPID = true;
  if (chance(r, 0.3)) spec.securityContext = { runAsUser: chance(r, 0.2) ? 0 : 10001 };
  spec.volumes = [
    chance(r, 0.06)
      ? { name: 'data', hostPath: { path: '/var/lib/data' } }
      : { name: 'data', emptyDir: {} },
  ];
  if (chance(r, 0.3)) spec.nodeSelector = { 'kubernetes.io/os': 'linux' };
  return spec;
}

function meta(name: string, ns: string | undefined, labels: JsonObject): JsonObject {
  return { name, ...(ns ? { namespace: ns } : {}), labels };
}

function appResources(r: Rand, team: string, app: string): JsonObject[] {
  const labels: JsonObject = { app, 'app.kubernetes.io/part-of': team };
  const m = (name: string): JsonObject => meta(name, team, labels);
  const template = { metadata: { labels }, spec: podSpec(r, app) };
  const out: JsonObject[] = [];
  const kind = r();
  if (kind < 0.7) {
    const d: JsonObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: m(app),
      spec: { replicas: int(r, 1, 5), selector: { matchLabels: { app } }, template },
    };
    if (chance(r, 0.05)) {
      const annotations: JsonObject = {
        'waive.kubegate.io/privileged-container': 'reason=legacy agent; expires=2099-01-01',
      };
      (d.metadata as JsonObject).annotations = annotations;
    }
    out.push(d);
  } else if (kind < 0.85) {
    out.push({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: m(app),
      spec: { serviceName: app, replicas: 3, selector: { matchLabels: { app } }, template },
    });
  } else {
    out.push({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: m(app),
      spec: {
        schedule: `${int(r, 0, 59)} ${int(r, 0, 23)} * * *`,
        jobTemplate: {
          spec: { template: { ...template, spec: { ...template.spec, restartPolicy: 'Never' } } },
        },
      },
    });
  }
  if (kind < 0.85) {
    const type = chance(r, 0.15) ? 'LoadBalancer' : chance(r, 0.1) ? 'NodePort' : 'ClusterIP';
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: m(app),
      spec: { type, selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    });
    if (chance(r, 0.4))
      out.push({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: m(app),
        spec: {
          ingressClassName: chance(r, 0.3) ? 'internal' : 'nginx',
          rules: [
            {
              host: `${app}.example.com`,
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: { service: { name: app, port: { number: 80 } } },
                  },
                ],
              },
            },
          ],
        },
      });
  }
  const data: JsonObject = {};
  for (let i = int(r, 2, 8); i > 0; i--) data[`key-${i}.conf`] = `setting_${i}=${int(r, 0, 1e6)}`;
  out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: m(`${app}-config`), data });
  if (chance(r, 0.5))
    out.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: m(`${app}-creds`),
      type: 'Opaque',
      data: chance(r, 0.7)
        ? { password: Buffer.from(`pw-${int(r, 0, 1e9)}`).toString('base64') }
        : { password: '${DB_PASSWORD}' },
    });
  if (chance(r, 0.5)) {
    const verbs = chance(r, 0.15) ? ['*'] : ['get', 'list', 'watch'];
    const resources = chance(r, 0.2) ? ['secrets'] : chance(r, 0.1) ? ['pods/exec'] : ['pods'];
    out.push(
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: m(app) },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: m(app),
        rules: [{ apiGroups: [''], resources, verbs }],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: m(app),
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: app },
        subjects: [{ kind: 'ServiceAccount', name: app, namespace: team }],
      },
    );
  }
  return out;
}

function teamResources(r: Rand, team: string): JsonObject[] {
  const labels: JsonObject = chance(r, 0.3)
    ? { 'pod-security.kubernetes.io/enforce': pick(r, ['baseline', 'restricted', 'privileged']) }
    : { team };
  const out: JsonObject[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: team, labels } },
  ];
  if (chance(r, 0.6)) {
    const admin = chance(r, 0.1);
    out.push(
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: `${team}-reader` },
        rules: [
          {
            apiGroups: chance(r, 0.1) ? ['*'] : ['', 'apps'],
            resources: chance(r, 0.1) ? ['*'] : ['pods', 'deployments', 'nodes/proxy'],
            verbs: chance(r, 0.1) ? ['escalate', 'bind'] : ['get', 'list'],
          },
        ],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: `${team}-reader` },
        roleRef: {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: admin ? 'cluster-admin' : `${team}-reader`,
        },
        subjects: [
          chance(r, 0.05)
            ? { kind: 'Group', name: 'system:masters', apiGroup: 'rbac.authorization.k8s.io' }
            : { kind: 'Group', name: `${team}-devs`, apiGroup: 'rbac.authorization.k8s.io' },
        ],
      },
    );
  }
  return out;
}

export interface GeneratedCorpus {
  files: number;
  resources: number;
}

/** Writes exactly `resources` resources under `dir` (teams/<team>/<app>-<n>.yaml). */
export function generateCorpus(dir: string, resources: number, seed = 42): GeneratedCorpus {
  const r = prng(seed);
  let written = 0;
  let files = 0;
  for (let t = 0; written < resources; t++) {
    const team = `team-${String(t).padStart(4, '0')}`;
    const docs = teamResources(r, team);
    for (let a = int(r, 5, 20); a > 0; a--) docs.push(...appResources(r, team, `svc-${t}-${a}`));
    docs.length = Math.min(docs.length, resources - written);
    mkdirSync(join(dir, 'teams', team), { recursive: true });
    for (let i = 0; i < docs.length; files++) {
      const chunk = docs.slice(i, (i += int(r, 1, 5)));
      const base = join(dir, 'teams', team, `part-${files}`);
      if (chance(r, 0.01)) {
        const list: JsonValue = { apiVersion: 'v1', kind: 'List', items: chunk };
        writeFileSync(`${base}.json`, JSON.stringify(list, null, 2));
      } else {
        const text = chunk.map((d) => yaml.dump(d, { lineWidth: -1, noRefs: true }));
        writeFileSync(`${base}.yaml`, `# ${team}\n---\n${text.join('---\n')}`);
      }
      written += chunk.length;
    }
  }
  return { files, resources: written };
}
