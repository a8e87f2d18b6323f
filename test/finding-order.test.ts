import { describe, expect, it } from 'vitest';
import { mergeIntoSorted, sortFindings } from '../src/model/finding-order.js';
import { prng } from '../scripts/bench-gen.js';
import type { Finding } from '../src/model/types.js';

/** A finding from few files, lines, rules and fingerprints, so that ties are common. */
function finding(random: () => number, n: number): Finding {
  const pick = (k: number) => Math.floor(random() * k);
  return {
    ruleId: `rule-${pick(3)}`,
    severity: 'high',
    title: 't',
    message: `finding ${n}`,
    location: { file: `dir/file-${pick(4)}.yaml`, line: pick(6) + 1 },
    resource: 'Pod/ns/p',
    fieldPath: 'spec',
    fingerprint: `fp-${pick(3)}`,
  };
}

describe('merging findings into a sorted list (mergeIntoSorted)', () => {
  it('gives what sorting both would, ties included, for many seeded lists', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = prng(seed);
      let n = 0;
      const sorted = sortFindings(
        Array.from({ length: Math.floor(random() * 40) }, () => finding(random, n++)),
      );
      const extra = Array.from({ length: Math.floor(random() * 12) }, () => finding(random, n++));
      const expected = sortFindings([...sorted, ...extra]);
      const merged = mergeIntoSorted([...sorted], [...extra]);
      expect(merged).toStrictEqual(expected);
      // Compared by identity: equal findings must keep the stable sort's order.
      merged.forEach((f, i) => expect(f).toBe(expected[i]));
    }
  });

  it('returns the sorted list itself when there is nothing to merge', () => {
    const list: Finding[] = [];
    expect(mergeIntoSorted(list, [])).toBe(list);
  });
});
