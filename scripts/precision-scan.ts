import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../src/config/config.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import type { JudgedFinding, ScannedFinding } from './precision-lib.js';

// The judged sample's two inputs, read as `npm run precision` and its test read them: the
// judged findings in the repository, and a scan of the shared corpus as a user's repository
// would be scanned (charts rendered, overlays built, every built-in rule, the defaults).

/** Where the judged findings are, relative to the repository. */
export const JUDGED = 'test/precision/judged.jsonl';
/** The corpus folders scanned, each as a repository of its own. */
export const ROOTS = ['charts', 'realistic'];
/** The targets of issue 17: precision, at most this share debatable, locations right. */
export const TARGETS = { precision: 0.97, debatableShare: 0.1, locationRight: 0.97 };

export function readJudged(repoRoot: string): JudgedFinding[] {
  const file = join(repoRoot, JUDGED);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as JudgedFinding);
}

/** Every finding of the corpus folders, with the folder it came from. */
export async function scanCorpus(corpus: string, repoRoot: string): Promise<ScannedFinding[]> {
  const tools = join(repoRoot, '.tools', 'bin');
  const env = {
    ...process.env,
    KUBEGATE_HELM: process.env.KUBEGATE_HELM ?? join(tools, 'helm'),
    KUBEGATE_KUBECTL: process.env.KUBEGATE_KUBECTL ?? join(tools, 'kubectl'),
  };
  const out: ScannedFinding[] = [];
  for (const root of ROOTS) {
    const result = await scanWithRenders({
      root: join(corpus, root),
      config: resolveConfig(),
      today: '2026-12-07',
      env,
    });
    for (const finding of result.findings) out.push({ root, finding });
  }
  return out;
}
