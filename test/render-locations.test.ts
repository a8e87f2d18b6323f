// Where findings on rendered output land, with the real helm and kubectl: each object of a
// multi-document template in its own document, each list item on the template item that
// produced it (past items an `if` turned off), and a patch written inside a
// kustomization.yaml on its own line there rather than on the base line it overrides.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import type { Finding } from '../src/model/types.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, 'fixtures', 'render-locations');
let findings: Finding[] = [];
let env: NodeJS.ProcessEnv = {};

beforeAll(async () => {
  const tools = (await setupTools()) as { helm: string; kubectl: string };
  env = { ...process.env, KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl };
  const result = await scanWithRenders({ root, config: resolveConfig(), today: '2026-06-01', env });
  findings = result.findings;
});

/** `rule resource path -> file:line` for the findings of one rendered file's objects. */
function where(rule: string, resource: string): string[] {
  return findings
    .filter((f) => f.ruleId === rule && f.resource === resource)
    .map((f) => `${f.fieldPath} -> ${f.location.file}:${f.location.line}`)
    .sort();
}

describe('a multi-document Helm template', () => {
  const rbac = 'chart/templates/rbac.yaml';

  it("puts each ClusterRole's findings in its own document", () => {
    // The reader is the first document; its secrets rule is its second.
    expect(where('rbac-secret-read', 'ClusterRole//shop-reader')).toEqual([
      `rules[1].resources -> ${rbac}:10`,
    ]);
    // The operator is the second document (named through printf); its events rule is
    // switched off, so its first rendered rule is the template's second.
    expect(where('rbac-secret-read', 'ClusterRole//shop-operator')).toEqual([
      `rules[0].resources -> ${rbac}:24`,
    ]);
    expect(where('rbac-wildcard', 'ClusterRole//shop-operator')).toEqual([
      `rules[1].verbs -> ${rbac}:28`,
    ]);
  });

  it('puts the objects a range makes from one document in that document', () => {
    expect(where('cluster-role-binding', 'ClusterRoleBinding//shop-operator')).toEqual([
      `kind -> ${rbac}:31`,
    ]);
    // Not the operator's binding above them: the range's document, for each team.
    for (const team of ['payments', 'search'])
      expect(where('cluster-role-binding', `ClusterRoleBinding//shop-${team}`)).toEqual([
        `kind -> ${rbac}:45`,
      ]);
  });
});

describe('list items in a Helm template', () => {
  const workload = 'chart/templates/workload.yaml';

  it('finds a container with a templated name past one an if turned off', () => {
    // Not the proxy's `resources:` (line 19): the proxy is off; the api container has none.
    expect(where('resource-limits', 'Deployment//shop-api')).toEqual([
      `spec.template.spec.containers[0].resources.limits -> ${workload}:24`,
    ]);
  });

  it('finds a volume by its position among the items that are on', () => {
    // The second rendered volume is the template's third item: the metrics one is off.
    expect(where('host-path-volume', 'Deployment//shop-api')).toEqual([
      `spec.template.spec.volumes[1].hostPath.path -> ${workload}:44`,
    ]);
  });
});

describe('patches written inside kustomization.yaml', () => {
  const merge = 'kustomize/merge/kustomization.yaml';
  const json = 'kustomize/json/kustomization.yaml';
  const ofOverlay = (file: string) =>
    findings
      .filter((f) => f.location.file === file)
      .map((f) => `${f.ruleId} ${f.element ?? ''} ${f.location.line}`.replace(/ {2}/, ' '))
      .sort();

  it('puts a strategic merge patch finding on the patch line, not the base line', () => {
    expect(ofOverlay(merge)).toEqual([
      'host-namespaces 27', // patchesStrategicMerge: `hostPID: true`
      'privileged-container worker 17', // patches: the worker's `privileged: true`
    ]);
  });

  it('puts a JSON 6902 finding on the operation whose path leads to the field', () => {
    expect(ofOverlay(json)).toEqual([
      'allow-privilege-escalation web 13', // `remove` of the container's securityContext
      'drop-all-capabilities web 13',
      'host-namespaces 22', // patchesJson6902: the `add` of hostNetwork
      'image-digest web 10', // the `replace` of the image
      'image-latest-tag web 10',
      'read-only-root-filesystem web 13',
    ]);
  });

  it('leaves nothing on the base, whose fields are right', () => {
    expect(findings.filter((f) => f.location.file.startsWith('kustomize/base/'))).toEqual([]);
  });
});

describe('a repository reached through a symlink', () => {
  // A checkout linked from elsewhere (a CI workspace, ../shared beside a clone): kubectl and
  // the discovery see resolved paths, so the root must be resolved too, or every overlay's
  // inputs read as outside the repository and its findings fall back to line 1.
  it('gives the same findings, on the same lines, as the real path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegate-link-'));
    try {
      const link = join(dir, 'repo');
      symlinkSync(root, link, 'dir');
      const linked = await scanWithRenders({
        root: link,
        config: resolveConfig(),
        today: '2026-06-01',
        env,
      });
      const lines = (list: Finding[]) =>
        list.map((f) => `${f.ruleId} ${f.resource} ${f.location.file}:${f.location.line}`).sort();
      expect(lines(linked.findings)).toEqual(lines(findings));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
