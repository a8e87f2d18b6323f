import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { ConfigurationError } from '../src/model/errors.js';

describe('config', () => {
  it('fills defaults', () => {
    const c = parseConfig('', '.kubegate.yaml');
    expect(c.failOn).toBe('high');
    expect(c.waivers).toEqual({ annotations: true, maxDays: 180, list: [] });
    expect(c.podSpecPaths.CronJob).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec']);
  });

  it('adds custom workload kinds', () => {
    const c = parseConfig(
      'workloads:\n  customKinds:\n    - {kind: Rollout, podSpecPath: spec.template.spec}\n',
      'c.yaml',
    );
    expect(c.podSpecPaths.Rollout).toEqual(['spec', 'template', 'spec']);
  });

  it('reads per chart release options and value sets', () => {
    const c = parseConfig(
      [
        'render:',
        '  charts:',
        '    - path: ./charts/web/',
        '      releaseName: web',
        '      namespace: prod',
        '      kubeVersion: "1.31"',
        '      valueSets:',
        '        - name: prod',
        '          valuesFiles: [values-prod.yaml]',
        '          set: { image.tag: 1.2.3, replicas: 2, debug: false }',
      ].join('\n'),
      'c.yaml',
    );
    expect(c.render.charts).toEqual([
      {
        path: 'charts/web',
        releaseName: 'web',
        namespace: 'prod',
        kubeVersion: '1.31',
        valueSets: [
          {
            name: 'prod',
            valuesFiles: ['values-prod.yaml'],
            set: { 'image.tag': '1.2.3', replicas: 2, debug: false },
          },
        ],
      },
    ]);
    expect(parseConfig('', 'c.yaml').render.charts).toEqual([]);
  });

  it.each([
    [
      'failOn: urgent\n',
      /c.yaml: failOn must be equal to one of the allowed values \(critical, high, medium, low, none\)/,
    ],
    ['rules:\n  disable: [x]\n', /c.yaml: rules: unknown key "disable"/],
    ['waivers:\n  maxDays: "ten"\n', /waivers.maxDays must be integer/],
    ['paths: [a\n', /c.yaml: invalid YAML/],
    [
      'render:\n  charts:\n    - {path: web, kubeVersion: 1.30}\n',
      /render.charts.0.kubeVersion must be string \(write it in quotes/,
    ],
    [
      'render:\n  charts:\n    - {path: web, releaseName: Web_1}\n',
      /render.charts.0.releaseName must match pattern .* \(lowercase letters, digits and "-"/,
    ],
    [
      'render:\n  charts:\n    - {path: web, valueSets: [{name: a, files: [x]}]}\n',
      /render.charts.0.valueSets.0: unknown key "files"/,
    ],
    [
      'render:\n  charts:\n    - {path: web}\n    - {path: ./web/}\n',
      /render.charts.1.path: chart "web" is listed twice/,
    ],
    [
      'render:\n  charts:\n    - {path: web, valueSets: [{name: a}, {name: a}]}\n',
      /render.charts.0.valueSets: the name "a" is used twice/,
    ],
  ])('rejects %j naming the key and file', (text, message) => {
    expect(() => parseConfig(text, 'c.yaml')).toThrow(ConfigurationError);
    expect(() => parseConfig(text, 'c.yaml')).toThrow(message);
  });
});
