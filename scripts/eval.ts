// `npm run eval`: kubegate against the peers' labelled corpus. KUBEGATE_CORPUS overrides
// where the corpus is (default: ../shared/corpus beside the repository).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, evaluateCorpus, formatReport } from './eval-lib.js';
import { formatRenderReport, measureRenderLocations } from './eval-render.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
try {
  console.log(formatReport(evaluateCorpus(corpusDir(repoRoot))));
  console.log(
    `\n${formatRenderReport(await measureRenderLocations(corpusDir(repoRoot), repoRoot))}`,
  );
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exitCode = 1;
}
