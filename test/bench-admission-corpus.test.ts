// The admission bench's policies (scripts/bench-admission-corpus.ts): deterministic, 50
// policies with bindings that the engine reads and compiles without a problem, and that
// judge a Deployment of the monorepo corpus. No timings here: machines are noisy.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateAdmissionPolicies, POLICY_COUNT } from '../scripts/bench-admission-corpus.js';
import { kubernetesCelEnvironment } from '../src/evaluate/admission/cel/index.js';
import { createAdmissionEngine, type Manifest } from '../src/evaluate/admission/index.js';

const dirs: string[] = [];
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-admission-corpus-'));
  dirs.push(dir);
  for (const team of ['team-0000', 'team-0001', 'team-0002', 'team-0003'])
    mkdirSync(join(dir, 'teams', team), { recursive: true });
  generateAdmissionPolicies(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const files = (dir: string): [string, string][] => {
  const out: [string, string][] = [];
  for (const name of readdirSync(dir).sort())
    if (name !== 'teams')
      out.push(
        ...(name === 'policies'
          ? readdirSync(join(dir, name))
              .sort()
              .map((f): [string, string] => [
                `policies/${f}`,
                readFileSync(join(dir, name, f), 'utf8'),
              ])
          : [[name, readFileSync(join(dir, name), 'utf8')] as [string, string]]),
      );
  return out;
};

function manifests(dir: string): Manifest[] {
  return readdirSync(join(dir, 'policies')).flatMap((f) =>
    parseAllDocuments(readFileSync(join(dir, 'policies', f), 'utf8')).map(
      (d) => d.toJS() as Manifest,
    ),
  );
}

describe('bench admission corpus', () => {
  it('is the same every time', () => {
    expect(files(corpus())).toEqual(files(corpus()));
  });

  it('holds 50 policies with bindings that the engine reads and compiles', () => {
    const all = manifests(corpus());
    const policies = all.filter((m) => m.kind === 'ValidatingAdmissionPolicy');
    const bindings = all.filter((m) => m.kind === 'ValidatingAdmissionPolicyBinding');
    expect(policies).toHaveLength(POLICY_COUNT);
    const names = policies.map((p) => (p.metadata as { name: string }).name);
    expect(new Set(names).size).toBe(POLICY_COUNT);
    const bound = new Set(bindings.map((b) => (b.spec as { policyName: string }).policyName));
    expect([...bound].sort()).toEqual([...names].sort());
    const engine = createAdmissionEngine({
      policies,
      bindings,
      namespaces: new Map(),
      paramObjects: all.filter((m) => !String(m.kind).startsWith('ValidatingAdmission')),
      celEnvironment: kubernetesCelEnvironment(),
    });
    expect(engine.problems).toEqual([]);
  });

  it('judges a Deployment of a prod team namespace', () => {
    const dir = corpus();
    const all = manifests(dir);
    const engine = createAdmissionEngine({
      policies: all.filter((m) => m.kind === 'ValidatingAdmissionPolicy'),
      bindings: all.filter((m) => m.kind === 'ValidatingAdmissionPolicyBinding'),
      namespaces: new Map(
        all
          .filter((m) => m.kind === 'Namespace')
          .map((m) => [(m.metadata as { name: string }).name, m]),
      ),
      paramObjects: all.filter((m) => !String(m.kind).startsWith('ValidatingAdmission')),
      celEnvironment: kubernetesCelEnvironment(),
    });
    const labels = { app: 'svc-0', team: 'team-0000' };
    const deployment: Manifest = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'svc-0', namespace: 'team-0000', labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name: 'svc-0', image: 'docker.io/library/nginx:latest' }] },
        },
      },
    };
    const result = engine.evaluate([{ object: deployment, operation: 'CREATE' }]);
    const failed = new Set(result.verdicts.map((v) => v.policy));
    // team-0000 is prod, its own limit one replica; the image is from an unlisted registry.
    expect(failed).toContain('replica-limit');
    expect(failed).toContain('allowed-registries');
    expect(failed).toContain('no-latest-tag');
    expect(failed).not.toContain('require-team-label');
    expect(result.verdicts.every((v) => v.kind === 'violation')).toBe(true);
  });
});
