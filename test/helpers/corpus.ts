import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { corpusDir } from '../../scripts/eval-lib.js';
import { repoRoot } from './run-cli.js';

// The shared corpus (../shared/corpus, or KUBEGATE_CORPUS) sits beside the repository on the
// team's machines and in CI, not in a fresh clone. Tests that need it skip there, saying why
// in the test's name; CI sets KUBEGATE_CORPUS_REQUIRED=1, under which a missing corpus fails
// instead, so that CI can never pass by skipping them.

export const corpus = corpusDir(repoRoot);
export const corpusCharts = join(corpus, 'charts');
export const corpusLabels = join(corpus, 'labelled', 'all.jsonl');

const required = process.env.KUBEGATE_CORPUS_REQUIRED === '1';

/** Whether `path` (in the corpus) is there to test with. */
export const haveCorpus = (path: string = corpus): boolean => existsSync(path);

/**
 * describe() for tests that need `path` from the corpus: when it is missing, one skipped
 * test says why (or, with KUBEGATE_CORPUS_REQUIRED=1, one failing test says it is missing).
 * The body is not even collected then, so it may read the corpus at collection time.
 */
export function describeWithCorpus(title: string, path: string, body: () => void): void {
  if (existsSync(path)) {
    describe(title, body);
    return;
  }
  if (required) {
    describe(title, () => {
      it('has the shared corpus it needs', () => {
        throw new Error(`${path} is missing, and KUBEGATE_CORPUS_REQUIRED=1 requires it`);
      });
    });
    return;
  }
  const why = `skipped: needs ${path}, which is not beside this clone (CI requires it)`;
  // The default reporter does not name skipped tests: say it where a reader looks.
  console.warn(`kubegate tests: "${title}" ${why}`);
  describe.skip(title, () => {
    it(why, () => {});
  });
}
