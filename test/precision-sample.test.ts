import { describe, expect, it } from 'vitest';
import {
  compareWithJudged,
  figuresOf,
  stratifiedSample,
  type JudgedFinding,
  type ScannedFinding,
} from '../scripts/precision-lib.js';
import type { Finding } from '../src/model/types.js';

// The judged sample's bookkeeping (npm run precision): what counts as present, moved or
// vanished, and the figures over what still appears.

function finding(fingerprint: string, file: string, line: number, ruleId = 'r'): Finding {
  return {
    ruleId,
    severity: 'high',
    title: 't',
    message: 'm',
    location: { file, line },
    resource: 'Pod/x/y',
    fieldPath: 'spec',
    fingerprint,
  };
}

function judged(
  fingerprint: string,
  file: string,
  line: number,
  verdict: JudgedFinding['verdict'],
  location: JudgedFinding['location'] = 'right',
): JudgedFinding {
  return {
    root: 'charts',
    ruleId: 'r',
    fingerprint,
    resource: 'Pod/x/y',
    file,
    line,
    message: 'm',
    verdict,
    location,
    reason: 'why',
  };
}

const scanned = (...fs: Finding[]): ScannedFinding[] =>
  fs.map((finding) => ({ root: 'charts', finding }));

describe('the judged sample', () => {
  it('tells present, moved and vanished findings apart', () => {
    const { presence, unjudged } = compareWithJudged(
      [
        judged('a', 'x.yaml', 3, 'tp'),
        judged('b', 'x.yaml', 5, 'fp'),
        judged('c', 'y.yaml', 1, 'tp'),
      ],
      scanned(finding('a', 'x.yaml', 3), finding('b', 'x.yaml', 9), finding('d', 'z.yaml', 2)),
    );
    expect(presence.map((p) => `${p.judged.fingerprint}:${p.state}`)).toEqual([
      'a:present',
      'b:moved',
      'c:vanished',
    ]);
    expect(unjudged.map((u) => u.finding.fingerprint)).toEqual(['d']);
  });

  it('finds a finding that moved to another file by its fingerprint', () => {
    const { presence } = compareWithJudged(
      [judged('a', 'x.yaml', 3, 'tp')],
      scanned(finding('a', 'values.yaml', 7)),
    );
    expect(presence[0].state).toBe('moved');
  });

  it('counts precision over what still appears, and a moved finding as a wrong location', () => {
    const { presence } = compareWithJudged(
      [
        judged('a', 'x.yaml', 1, 'tp'),
        judged('b', 'x.yaml', 2, 'tp'),
        judged('c', 'x.yaml', 3, 'fp'),
        judged('d', 'x.yaml', 4, 'debatable', 'wrong'),
        judged('e', 'x.yaml', 5, 'fp'),
      ],
      scanned(
        finding('a', 'x.yaml', 1),
        finding('b', 'x.yaml', 20),
        finding('c', 'x.yaml', 3),
        finding('d', 'x.yaml', 4),
      ),
    );
    const f = figuresOf(presence);
    expect(f).toMatchObject({ judged: 5, appearing: 4, tp: 2, fp: 1, debatable: 1 });
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.debatableShare).toBeCloseTo(1 / 4);
    expect(f.locationRight).toBeCloseTo(2 / 4);
  });

  it('samples every rule, more of the common ones, the same way each time', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      finding(`c${i}`, `f${i % 10}.yaml`, i, 'common'),
    );
    const few = [finding('r1', 'a.yaml', 1, 'rare')];
    const all = scanned(...many, ...few);
    const sample = stratifiedSample(all, 20);
    const count = (rule: string) => sample.filter((s) => s.finding.ruleId === rule).length;
    expect(count('rare')).toBe(1);
    expect(count('common')).toBeGreaterThan(10);
    // Spread over the files before repeating one.
    const files = new Set(
      sample
        .filter((s) => s.finding.ruleId === 'common')
        .slice(0, 10)
        .map((s) => s.finding.location.file),
    );
    expect(files.size).toBe(10);
    expect(stratifiedSample(all, 20)).toEqual(sample);
  });
});
