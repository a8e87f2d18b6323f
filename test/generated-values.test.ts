import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse/parse-source.js';
import {
  committedValueRules,
  generatedValueFindings,
  needsSecondRender,
  type RenderedFinding,
} from '../src/evaluate/generated-values.js';
import type { Rule } from '../src/evaluate/rules/rule.js';
import type { Finding, Resource } from '../src/model/types.js';

const secret = (password: string, token: string, name = 'auth') => `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
data:
  password: ${password}
  token: ${token}
`;

const parse = (text: string, path = 'c/templates/secret.yaml'): Resource[] =>
  parseSource({ path, text }).resources;

const finding = (fieldPath: string, ruleId = 'secret-in-manifest'): Finding => ({
  ruleId,
  severity: 'high',
  title: '',
  message: '',
  location: { file: 'c/templates/secret.yaml', line: 1 },
  resource: 'Secret//auth',
  fieldPath,
  fingerprint: fieldPath,
});

const valueRules = new Set(['secret-in-manifest']);

describe('generated values', () => {
  const [first] = parse(secret('Zmlyc3Q=', 'Y29tbWl0dGVk'));
  const found: RenderedFinding[] = [
    { finding: finding('data.password'), resource: first },
    { finding: finding('data.token'), resource: first },
  ];

  it('names the findings whose value the second render does not repeat', () => {
    const second = parse(secret('c2Vjb25k', 'Y29tbWl0dGVk'));
    expect([...generatedValueFindings(found, second, valueRules)]).toEqual([found[0].finding]);
  });

  it('does not take a timestamp beside a committed value for a generated value', () => {
    const config = (at: string) =>
      parse(`apiVersion: v1
kind: Secret
metadata:
  name: auth
stringData:
  app.ini: |
    ; written ${at}
    password = committed
`);
    const [one] = config('2026-06-01T10:00:59Z');
    const ini = [{ finding: finding('stringData["app.ini"]'), resource: one }];
    const later = config('2026-06-01T10:01:00Z');
    expect(generatedValueFindings(ini, later, valueRules).size).toBe(0);
  });

  it('keeps what it cannot compare: another rule, another template, a renamed object', () => {
    const second = parse(secret('c2Vjb25k', 'Y29tbWl0dGVk'));
    const other = [{ finding: finding('data.password', 'image-digest'), resource: first }];
    expect(generatedValueFindings(other, second, valueRules).size).toBe(0);
    const moved = parse(secret('c2Vjb25k', 'Y29tbWl0dGVk'), 'c/templates/other.yaml');
    expect(generatedValueFindings(found, moved, valueRules).size).toBe(0);
    const renamed = parse(secret('c2Vjb25k', 'Y29tbWl0dGVk', 'auth-x1'));
    expect(generatedValueFindings(found, renamed, valueRules).size).toBe(0);
  });

  it('asks for a second render only when a finding could be about a value', () => {
    expect(needsSecondRender(found, valueRules)).toBe(true);
    expect(needsSecondRender([{ ...found[0], resource: undefined }], valueRules)).toBe(false);
    expect(needsSecondRender(found, new Set())).toBe(false);
  });

  it('takes the rules of the secrets category', () => {
    const rules = [
      { id: 'secret-in-env', category: 'secrets' },
      { id: 'host-port', category: 'workload-hardening' },
    ] as Rule[];
    expect([...committedValueRules(rules)]).toEqual(['secret-in-env']);
  });
});
