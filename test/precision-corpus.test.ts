import { beforeAll, expect, it } from 'vitest';
import { compareWithJudged, figuresOf, type Presence } from '../scripts/precision-lib.js';
import { readJudged, scanCorpus, TARGETS } from '../scripts/precision-scan.js';
import { corpus, corpusCharts, describeWithCorpus } from './helpers/corpus.js';
import { repoRoot } from './helpers/run-cli.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';

// The judged sample against a fresh scan of the corpus (what `npm run precision` prints, and
// README "Precision" quotes): no true positive lost, and the figures at their targets.

describeWithCorpus('the judged sample on the shared corpus', corpusCharts, () => {
  let presence: Presence[] = [];
  beforeAll(async () => {
    await setupTools();
    presence = compareWithJudged(readJudged(repoRoot), await scanCorpus(corpus, repoRoot)).presence;
  }, 180_000);

  it('still finds every true positive it was judged to find', () => {
    const lost = presence
      .filter((p) => p.state === 'vanished' && p.judged.verdict === 'tp')
      .map((p) => `${p.judged.ruleId} ${p.judged.root}/${p.judged.file}:${p.judged.line}`);
    expect(lost).toEqual([]);
  });

  it('reaches the precision, debatable share and location targets', () => {
    const figures = figuresOf(presence);
    expect(figures.judged).toBeGreaterThanOrEqual(150);
    expect(figures.appearing).toBeGreaterThanOrEqual(150);
    expect(figures.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(figures.debatableShare).toBeLessThanOrEqual(TARGETS.debatableShare);
    expect(figures.locationRight).toBeGreaterThanOrEqual(TARGETS.locationRight);
  });
});
