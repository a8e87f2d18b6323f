import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../src/pipeline/parallel/pack.js';

const finding = (i: number) => ({
  ruleId: i % 2 ? 'privileged-container' : 'host-path-volume',
  severity: 'high',
  title: 'Title',
  message: `Deployment d${i}: message`,
  location: { file: 'a.yaml', line: i },
  resource: `Deployment/ns/d${i >> 1}`,
  element: i % 3 ? `c${i}` : undefined,
  fieldPath: 'spec.x',
  fingerprint: `fp${i}`,
});

describe('pack', () => {
  it('round-trips findings with keys in order and undefined properties kept', () => {
    const value = [[0, { findings: [0, 1, 2, 3, 4].map(finding), warnings: ['w'], resources: 3 }]];
    const back = unpack(pack(value));
    expect(back).toStrictEqual(value);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    const first = (back as [number, { findings: object[] }][])[0][1].findings[0];
    expect(Object.keys(first)).toEqual(Object.keys(finding(0)));
    expect('element' in first).toBe(true);
  });

  it('keeps every JSON-like value: numbers, booleans, null, nesting, odd keys', () => {
    const odd = JSON.parse('{"__proto__": {"x": 1}, "": [], "a\\u0000b": "v"}') as object;
    const value = {
      n: [0, -0, 1.5, -7, Number.MAX_SAFE_INTEGER, NaN, Infinity],
      b: [true, false],
      z: null,
      nested: { deep: [{ a: 'x' }, { a: 'x' }, { a: 'y' }, { b: 'x' }] },
      odd,
    };
    const back = unpack(pack(value)) as typeof value;
    expect(back).toStrictEqual(value);
    expect(Object.is(back.n[1], -0)).toBe(true);
    expect(Object.getPrototypeOf(back.odd)).toBe(Object.prototype);
    expect(Object.keys(back.odd)).toEqual(['__proto__', '', 'a\u0000b']);
  });

  it('sends each repeated string of a key once, and stops remembering keys that never repeat', () => {
    // 400 findings over 4 rules, 50 resources and 400 distinct messages and fingerprints.
    const findings = Array.from({ length: 400 }, (_v, i) => ({
      ...finding(i),
      ruleId: `rule-${i % 4}`,
      resource: `Deployment/ns/d${i % 50}`,
    }));
    const packed = pack(findings);
    const count = (s: string) => packed.strings.filter((x) => x === s).length;
    expect(count('rule-3')).toBe(1);
    expect(count('Deployment/ns/d49')).toBe(1);
    expect(count('Title')).toBe(1);
    // Messages, fingerprints and elements (one each), plus the repeated ones once.
    expect(packed.strings.length).toBeLessThan(3 * 400 + 4 + 50 + 10);
    expect(unpack(packed)).toStrictEqual(findings);
    // A string that a forgotten key repeats later is sent again, and still read back right.
    const again = [...findings, { ...findings[0] }];
    expect(unpack(pack(again))).toStrictEqual(again);
  });

  it('refuses what it cannot rebuild, so the caller clones instead', () => {
    expect(() => pack({ when: new Date(0) })).toThrow(TypeError);
    expect(() => pack([() => 1])).toThrow(TypeError);
    expect(() => pack({ big: 1n })).toThrow(TypeError);
  });
});
