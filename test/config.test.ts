import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, parseConfig, ruleEnabled } from '../src/config/config.js';
import { RULE_CATEGORIES } from '../src/model/rule-categories.js';
import { systemFinding, withRuleSettings } from '../src/evaluate/rules/system-rules.js';
import { ConfigurationError } from '../src/model/errors.js';

describe('config', () => {
  it('fills defaults', () => {
    const c = parseConfig('', '.kubegate.yaml');
    expect(c.failOn).toBe('high');
    expect(c.waivers).toEqual({ annotations: true, maxDays: 180, list: [] });
    expect(c.workloads).toEqual([]);
  });

  it("reads rules.categories, whose keys are the rules' categories", () => {
    expect(parseConfig('', 'c.yaml').rules.categories).toEqual({});
    const c = parseConfig('rules:\n  categories: { reliability: false }\n', 'c.yaml');
    expect(c.rules.categories).toEqual({ reliability: false });
    expect(ruleEnabled(c.rules, { id: 'liveness-probe', category: 'reliability' })).toBe(false);
    expect(ruleEnabled(c.rules, { id: 'host-port', category: 'workload-hardening' })).toBe(true);
    const off = parseConfig('rules:\n  disabled: [host-port]\n', 'c.yaml');
    expect(ruleEnabled(off.rules, { id: 'host-port', category: 'workload-hardening' })).toBe(false);
    // The config schema and the rule schema name the same categories.
    const keys = Object.keys(
      (CONFIG_SCHEMA.properties.rules.properties as Record<string, { properties?: object }>)
        .categories.properties ?? {},
    );
    expect(keys.sort()).toEqual([...RULE_CATEGORIES].sort());
  });

  it("turns the engine's configurable rules off by their category too", () => {
    const gain = systemFinding(
      'rbac-permission-gain',
      { message: 'gains get on secrets', location: { file: 'rb.yaml', line: 1 } },
      ['x'],
    );
    const rbacOff = parseConfig('rules:\n  categories: { rbac: false }\n', 'c.yaml').rules;
    expect(withRuleSettings([gain], rbacOff)).toEqual([]);
    const reliabilityOff = parseConfig('rules:\n  categories: { reliability: false }\n', 'c.yaml');
    expect(withRuleSettings([gain], reliabilityOff.rules)).toHaveLength(1);
  });

  it('adds custom workload kinds', () => {
    const c = parseConfig(
      'workloads:\n  customKinds:\n    - {kind: Rollout, podSpecPath: spec.template.spec}\n',
      'c.yaml',
    );
    expect(c.workloads).toEqual([
      { kind: 'Rollout', podSpecPaths: [['spec', 'template', 'spec']] },
    ]);
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
    [
      'rules:\n  categories: { reliabilty: false }\n',
      /c.yaml: rules.categories: unknown key "reliabilty"/,
    ],
    [
      'rules:\n  categories: { reliability: "no" }\n',
      /rules.categories.reliability must be boolean/,
    ],
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
