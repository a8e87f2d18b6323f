// The scan with Helm rendering, using the real helm from scripts/setup-tools.mjs.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusCharts, describeWithCorpus } from './helpers/corpus.js';
import { parseConfig, resolveConfig, type Config } from '../src/config/config.js';
import { discoverUnder } from '../src/collect/render/discover-paths.js';
import { planRenders } from '../src/collect/render/plan.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import type { Finding } from '../src/model/types.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, 'fixtures', 'render-scan');
let env: NodeJS.ProcessEnv = {};
let helm = '';

beforeAll(async () => {
  const tools = (await setupTools()) as { helm: string; kubectl: string };
  helm = tools.helm;
  env = { ...process.env, KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl };
});

const where = (f: Finding) => `${f.ruleId} ${f.location.file}:${f.location.line}`;

describe('scanWithRenders', () => {
  it('puts rendered findings on the values and template lines people edit', async () => {
    const result = await scanWithRenders({
      root,
      config: resolveConfig(),
      today: '2026-06-01',
      env,
    });
    const found = result.findings.map(where);
    // privileged comes in through `toYaml .Values.securityContext`: the values line.
    expect(found).toContain('privileged-container app/values.yaml:3');
    // hostPort is spelled out in the template.
    expect(found).toContain('host-port app/templates/deployment.yaml:19');
    const privileged = result.findings.find((f) => f.location.file === 'app/values.yaml');
    expect(privileged?.resource).toBe('Deployment//demo-web');
    // `image: {{ .Values.image }}`: the template line, and the values line that set it.
    const image = result.findings.find((f) => f.fieldPath.endsWith('.image'));
    expect(image?.location).toEqual({ file: 'app/templates/deployment.yaml', line: 16 });
    expect(image?.related).toEqual([
      { file: 'app/values.yaml', line: 1, message: 'The value is set in app/values.yaml' },
    ]);
  });

  it('turns a template error into a render-error and still scans the rest', async () => {
    const result = await scanWithRenders({
      root,
      config: resolveConfig(),
      today: '2026-06-01',
      env,
    });
    const error = result.findings.find((f) => f.ruleId === 'render-error');
    expect(error).toMatchObject({
      severity: 'high',
      location: { file: 'broken/Chart.yaml', line: 1 },
    });
    expect(error?.message).toMatch(/parse error at \(broken\/templates\/cm\.yaml:4\)/);
    expect(result.findings.map(where)).toContain('privileged-container plain/pod.yaml:10');
    // The broken chart's template is not read as plain YAML either.
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });

  it('puts findings from a packed subchart on Chart.yaml, a file that exists', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'kubegate-packed-'));
    cpSync(join(root, 'app'), join(repo, 'app'), { recursive: true });
    const sub = join(repo, 'sub');
    mkdirSync(join(sub, 'templates'), { recursive: true });
    writeFileSync(join(sub, 'Chart.yaml'), 'apiVersion: v2\nname: sub\nversion: 0.1.0\n');
    writeFileSync(
      join(sub, 'templates', 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: sub\nspec:\n  hostNetwork: true\n  containers:\n    - name: c\n      image: registry.example/c:1\n',
    );
    // A private helm home, so that the test leaves nothing in the user's.
    const home = mkdtempSync(join(tmpdir(), 'kubegate-helm-home-'));
    const helmEnv = {
      ...process.env,
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_CONFIG_HOME: join(home, 'config'),
      HELM_DATA_HOME: join(home, 'data'),
    };
    execFileSync(helm, ['package', sub, `--destination=${join(repo, 'app', 'charts')}`], {
      env: helmEnv,
    });
    rmSync(sub, { recursive: true });
    const result = await scanWithRenders({
      root: repo,
      config: resolveConfig(),
      today: '2026-06-01',
      env,
    });
    expect(result.findings.map(where)).toContain('host-namespaces app/Chart.yaml:1');
  });

  it('fails closed with one warning when helm is missing', async () => {
    const result = await scanWithRenders({
      root,
      config: resolveConfig(),
      today: '2026-06-01',
      env: { PATH: '', KUBEGATE_HELM: join(root, 'no-such-helm') },
    });
    const errors = result.findings.filter((f) => f.ruleId === 'render-error');
    expect(errors.map((f) => f.location.file)).toEqual(['app/Chart.yaml', 'broken/Chart.yaml']);
    expect(errors[0].message).toBe('helm is not available, so this was not rendered');
    const warnings = result.warnings.filter((w) => w.includes('helm'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Install helm/);
  });

  it('renders nothing when asked not to', async () => {
    const off = await scanWithRenders({
      root,
      config: resolveConfig({ render: { helm: false } }),
      today: '2026-06-01',
      env,
    });
    expect(new Set(off.findings.map((f) => f.location.file))).toEqual(new Set(['plain/pod.yaml']));
    const flag = await scanWithRenders({
      root,
      config: resolveConfig(),
      today: '2026-06-01',
      env,
      render: false,
    });
    expect(new Set(flag.findings.map((f) => f.location.file))).toEqual(new Set(['plain/pod.yaml']));
  });
});

describeWithCorpus('scanWithRenders on the corpus charts', corpusCharts, () => {
  it('renders the charts and finds things in them', async () => {
    const result = await scanWithRenders({
      root: corpusCharts,
      config: resolveConfig(),
      today: '2026-06-01',
      env,
    });
    const rendered = result.findings.filter(
      (f) => f.ruleId !== 'render-error' && /\/templates\/|values\.yaml$/.test(f.location.file),
    );
    expect(rendered.length).toBeGreaterThan(50);
    // Every rendered finding names a file that exists in the corpus.
    for (const f of rendered.slice(0, 500))
      expect(existsSync(join(corpusCharts, f.location.file)), f.location.file).toBe(true);
  }, 120_000);
});

describe('scanWithRenders with Kustomize', () => {
  it('reports what an overlay changes once, and leaves unchanged base resources to their own file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegate-kustomize-'));
    mkdirSync(join(dir, 'base'));
    mkdirSync(join(dir, 'prod'));
    writeFileSync(
      join(dir, 'base', 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: web:1\n      securityContext:\n        privileged: true\n',
    );
    writeFileSync(join(dir, 'base', 'kustomization.yaml'), 'resources:\n  - pod.yaml\n');
    writeFileSync(
      join(dir, 'prod', 'kustomization.yaml'),
      'namespace: prod\nresources:\n  - ../base\n',
    );
    const result = await scanWithRenders({
      root: dir,
      config: resolveConfig(),
      today: '2026-06-01',
      env,
    });
    const privileged = result.findings.filter((f) => f.ruleId === 'privileged-container');
    // The overlay's copy (another namespace) is on the base line that holds the field,
    // and names the overlay it was rendered through.
    expect(privileged.map((f) => [where(f), f.resource, f.related?.[0]?.file])).toEqual([
      ['privileged-container base/pod.yaml:10', 'Pod//web', undefined],
      ['privileged-container base/pod.yaml:10', 'Pod/prod/web', 'prod/kustomization.yaml'],
    ]);
  });
});

describe('scanWithRenders with value sets', () => {
  const sets = join(here, 'fixtures', 'value-sets');
  const config = () =>
    parseConfig(readFileSync(join(sets, '.kubegate.yaml'), 'utf8'), '.kubegate.yaml');
  const scanSets = (c: Config = config()) =>
    scanWithRenders({ root: sets, config: c, today: '2026-06-01', env });

  it('renders each value set with the release options and tells the sets apart', async () => {
    const result = await scanSets();
    const rendered = result.findings.filter((f) => f.resource !== '');
    // releaseName and namespace from the config.
    expect(new Set(rendered.map((f) => f.resource))).toEqual(new Set(['Deployment/prod/web']));
    const byRule = (id: string) => rendered.filter((f) => f.ruleId === id);
    // privileged: true only in dev (prod's values file turns it off), on the values line.
    expect(byRule('privileged-container').map((f) => [f.location, f.message])).toEqual([
      [{ file: 'web/values.yaml', line: 5 }, expect.stringMatching(/\(value set dev\)/)],
    ]);
    // What privileged implies in dev is a finding of its own in prod, where it is off: the
    // two sets give it alike, so it stays, one finding naming both.
    expect(byRule('allow-privilege-escalation').map((f) => f.valueSets)).toEqual([['dev', 'prod']]);
    // hostNetwork only in prod: the template line, and the values file that set it.
    const host = byRule('host-namespaces');
    expect(host).toHaveLength(1);
    expect(host[0].message).toMatch(/\(value set prod\)$/);
    expect(host[0].location).toEqual({ file: 'web/templates/deployment.yaml', line: 17 });
    expect(host[0].related?.[0]).toMatchObject({ file: 'web/values-prod.yaml', line: 1 });
    // The same finding from both sets is reported once, naming both.
    const both = rendered.filter((f) => f.message.endsWith('(value sets dev, prod)'));
    expect(both.length).toBeGreaterThan(0);
    // ...with the values line of each set that set it.
    const escalation = byRule('allow-privilege-escalation')[0];
    expect(escalation.related?.map((r) => `${r.file}:${r.line}`)).toEqual([
      'web/values.yaml:4',
      'web/values-prod.yaml:2',
    ]);
    const keys = rendered.map((f) => `${f.fingerprint} ${f.location.file}:${f.location.line}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('plans one helm template per value set, files resolved from the chart', async () => {
    const plan = planRenders(sets, await discoverUnder(sets, [], []), config().render.charts);
    expect(plan.warnings).toEqual([]);
    expect(plan.jobs.map((j) => (j.kind === 'helm' ? [j.valueSet, j.target] : []))).toEqual([
      ['dev', expect.objectContaining({ valuesFiles: [], set: [] })],
      [
        'prod',
        {
          kind: 'helm',
          chartDir: join(sets, 'web'),
          release: 'web',
          namespace: 'prod',
          kubeVersion: '1.31',
          valuesFiles: [join(sets, 'web', 'values-prod.yaml')],
          set: ['image.tag="1.2.3"'],
        },
      ],
      ['broken', expect.objectContaining({ release: 'web' })],
    ]);
  });

  it('turns a missing values file into a render-error for that set only', async () => {
    const result = await scanSets();
    const errors = result.findings.filter((f) => f.ruleId === 'render-error');
    expect(errors.map((f) => [f.location.file, f.message])).toEqual([
      [
        'web/Chart.yaml',
        'values file values-missing.yaml not found (looked for web/values-missing.yaml) (value set broken)',
      ],
    ]);
  });

  it('renders a chart the config does not list once, as before', async () => {
    const result = await scanSets(resolveConfig());
    expect(result.findings.some((f) => / \(value sets? /.test(f.message))).toBe(false);
    // Without a namespace in the config, the release's is unknown: not `default`.
    expect(result.findings.find((f) => f.ruleId === 'privileged-container')?.resource).toBe(
      'Deployment//web-chart',
    );
  });
});
