import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { ConfigurationError } from '../src/errors.js';

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

  it.each([
    [
      'failOn: urgent\n',
      /c.yaml: failOn must be equal to one of the allowed values \(critical, high, medium, low, none\)/,
    ],
    ['rules:\n  disable: [x]\n', /c.yaml: rules: unknown key "disable"/],
    ['waivers:\n  maxDays: "ten"\n', /waivers.maxDays must be integer/],
    ['paths: [a\n', /c.yaml: invalid YAML/],
  ])('rejects %j naming the key and file', (text, message) => {
    expect(() => parseConfig(text, 'c.yaml')).toThrow(ConfigurationError);
    expect(() => parseConfig(text, 'c.yaml')).toThrow(message);
  });
});
