// The corpus of the cold-process bench: a platform monorepo as issue 20 describes it. About a
// fifth of the resources are real manifests (the shared corpus's `realistic/` files under
// 64 KB, copied with every object renamed per copy, so that no copy is folded into another
// as the same object); the rest are many small files of one or two objects each, written as
// teams write them once a policy is in place: mostly hardened, with a problem here and
// there. At 10,000 resources that is about 5,300 files, 6.6 MB and 0.9 findings per
// resource with the built-in rules. Seeded: the same corpus every time.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isMap, isSeq, parseAllDocuments } from 'yaml';
import yaml from 'js-yaml';
import { prng } from './bench-gen.js';
import type { JsonObject } from '../src/model/types.js';

type Rand = () => number;
const chance = (r: Rand, p: number): boolean => r() < p;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** The share of resources that are copies of real manifests. */
const REAL_SHARE = 0.22;
/** Real files above this size are CRD bundles and install dumps, not what teams write. */
const MAX_REAL_BYTES = 64 * 1024;

interface RealFile {
  rel: string;
  text: string;
  resources: number;
}

function realFiles(realisticDir: string): RealFile[] {
  const out: RealFile[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs);
      // Kustomizations are left out: the CLI would build them with kubectl, whose time the
      // render bench measures on its own.
      else if (
        /\.ya?ml$/.test(name) &&
        !/^kustomization\./i.test(name) &&
        st.size < MAX_REAL_BYTES
      ) {
        const text = readFileSync(abs, 'utf8');
        const resources = objectCount(text);
        if (resources > 0) out.push({ rel: relative(realisticDir, abs), text, resources });
      }
    }
  })(realisticDir);
  return out;
}

/** The objects a scan finds in a file's text: a List counts its items. */
function objectCount(text: string): number {
  let n = 0;
  for (const d of parseAllDocuments(text)) {
    if (!isMap(d.contents)) continue;
    const kind = d.get('kind');
    if (typeof kind !== 'string') continue;
    const items = d.get('items');
    n += kind.endsWith('List') && isSeq(items) ? items.items.length : 1;
  }
  return n;
}

/** The file's text with each object's metadata.name suffixed; as is where it will not parse. */
function renamed(text: string, suffix: string): string {
  const docs = parseAllDocuments(text);
  if (docs.some((d) => d.errors.length > 0)) return text;
  return docs
    .map((d) => {
      const name = d.getIn(['metadata', 'name']);
      if (typeof name === 'string') d.setIn(['metadata', 'name'], `${name}${suffix}`);
      return d.toString();
    })
    .join('');
}

function hardenedContainer(r: Rand, name: string): JsonObject {
  const digest = chance(r, 0.4);
  const image = `registry.example.com/${name}${digest ? `@sha256:${'ab'.repeat(32)}` : ':1.4.2'}`;
  const sc: JsonObject = {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
  };
  if (!chance(r, 0.35)) sc.readOnlyRootFilesystem = true;
  if (!chance(r, 0.25)) sc.runAsNonRoot = true;
  if (chance(r, 0.01)) sc.privileged = true;
  return {
    name,
    image,
    ports: [{ name: 'http', containerPort: 8080 }],
    env: [{ name: 'LOG_LEVEL', value: 'info' }],
    resources: chance(r, 0.75)
      ? { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }
      : { requests: { cpu: '100m', memory: '128Mi' } },
    securityContext: sc,
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
  };
}

function smallObjects(r: Rand, team: string, app: string): JsonObject[] {
  const labels = { app, team };
  const metadata = { name: app, namespace: team, labels };
  const podSpec: JsonObject = {
    serviceAccountName: app,
    automountServiceAccountToken: false,
    securityContext: chance(r, 0.15)
      ? { runAsNonRoot: true }
      : { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [hardenedContainer(r, app)],
  };
  if (chance(r, 0.03)) podSpec.hostNetwork = true;
  const kinds: JsonObject[] = [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: podSpec },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata,
      spec: {
        type: chance(r, 0.05) ? 'LoadBalancer' : 'ClusterIP',
        selector: labels,
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { ...metadata, name: `${app}-config` },
      data: { 'app.yaml': `listen: 8080\nteam: ${team}\nfeature_${int(r, 0, 99)}: true\n` },
    },
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata,
      automountServiceAccountToken: false,
    },
  ];
  return kinds;
}

export interface Monorepo {
  files: number;
  resources: number;
  bytes: number;
}

/** Writes a monorepo of about `resources` resources under `dir`. */
export function generateMonorepo(
  dir: string,
  resources: number,
  realisticDir: string,
  seed = 20,
): Monorepo {
  const r = prng(seed);
  const real = realFiles(realisticDir);
  const perCopy = real.reduce((n, f) => n + f.resources, 0);
  const copies = Math.max(1, Math.round((resources * REAL_SHARE) / perCopy));
  let written = 0;
  let files = 0;
  let bytes = 0;
  const write = (rel: string, text: string) => {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (let c = 0; c < copies; c++)
    for (const f of real) {
      write(join('vendor', `copy-${c}`, f.rel), renamed(f.text, `-c${c}`));
      written += f.resources;
    }
  for (let t = 0; written < resources; t++) {
    const team = `team-${String(t).padStart(4, '0')}`;
    for (let a = 0; a < 12 && written < resources; a++) {
      const objects = smallObjects(r, team, `svc-${a}`).slice(0, resources - written);
      // One to four objects per file, as small services keep them.
      for (let i = 0; i < objects.length;) {
        const chunk = objects.slice(i, (i += int(r, 1, 4)));
        const text = chunk.map((o) => yaml.dump(o, { lineWidth: -1, noRefs: true }));
        write(join('teams', team, `svc-${a}`, `part-${i}.yaml`), text.join('---\n'));
        written += chunk.length;
      }
    }
  }
  return { files, resources: written, bytes };
}
