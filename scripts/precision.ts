// `npm run precision`: rescans the shared corpus (charts/ and realistic/, rendered as a user's
// repository would be) and compares the findings with the judged sample in
// test/precision/judged.jsonl: which judged findings still appear, which moved, which
// vanished (a vanished true positive is a regression), precision and location accuracy over
// what appears, and how many findings nobody judged yet, per rule.
//
//   npm run precision                    the report
//   npm run precision -- --sample 4      also print a stratified sample of unjudged findings
//                                        (with the lines they point at) to judge and add
//   npm run precision -- --gate          fail (exit 1) on a vanished true positive or when the
//                                        figures fall below the issue's targets
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusDir } from './eval-lib.js';
import { compareWithJudged, figuresOf, stratifiedSample } from './precision-lib.js';
import { JUDGED, ROOTS, readJudged, scanCorpus, TARGETS } from './precision-scan.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The line a finding points at; for secret rules the key only, never the value. */
function lineOf(
  corpus: string,
  root: string,
  f: { ruleId: string; location: { file: string; line: number } },
): string {
  let text = '';
  try {
    text =
      readFileSync(join(corpus, root, f.location.file), 'utf8').split('\n')[f.location.line - 1] ??
      '';
  } catch {
    return '';
  }
  return f.ruleId.startsWith('secret-')
    ? text.replace(/:.*$/, ': <value not shown>').trim()
    : text.trim();
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { sample: { type: 'string' }, gate: { type: 'boolean', default: false } },
  });
  const corpus = corpusDir(repoRoot);
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus} (set KUBEGATE_CORPUS)`);
  const judged = readJudged(repoRoot);
  const scanned = await scanCorpus(corpus, repoRoot);
  const { presence, unjudged } = compareWithJudged(judged, scanned);
  const figures = figuresOf(presence);

  console.log(`judged sample: ${JUDGED} (${judged.length} findings)`);
  console.log(
    `scan: ${scanned.length} findings on ${ROOTS.map((r) => `corpus/${r}`).join(' and ')}`,
  );
  for (const p of presence) {
    if (p.state === 'present') continue;
    const j = p.judged;
    const what = `${j.verdict.toUpperCase()} ${j.ruleId} ${j.root}/${j.file}:${j.line} ${j.resource}`;
    if (p.state === 'vanished')
      console.log(
        `  vanished: ${what}${j.verdict === 'tp' ? '  <-- a true positive was lost' : ''}`,
      );
    else console.log(`  moved: ${what} -> ${p.now.location.file}:${p.now.location.line}`);
  }
  const vanishedTp = presence.filter((p) => p.state === 'vanished' && p.judged.verdict === 'tp');
  console.log(
    `\nstill appearing: ${figures.appearing} of ${figures.judged} (${figures.tp} right, ${figures.fp} wrong, ${figures.debatable} debatable)`,
  );
  console.log(
    `precision ${figures.precision.toFixed(3)} (target >= ${TARGETS.precision}); debatable ${pct(figures.debatableShare)} (target <= ${pct(TARGETS.debatableShare)}); location right ${pct(figures.locationRight)} (target >= ${pct(TARGETS.locationRight)})`,
  );
  console.log(`true positives lost: ${vanishedTp.length}`);

  const perRule = new Map<string, number>();
  for (const u of unjudged) perRule.set(u.finding.ruleId, (perRule.get(u.finding.ruleId) ?? 0) + 1);
  console.log(
    `\nnot judged yet: ${unjudged.length} (${[...perRule]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ')})`,
  );

  if (values.sample) {
    console.log('\nsample to judge (one JSON line each; add verdict, location and reason):');
    for (const s of stratifiedSample(unjudged, Number(values.sample))) {
      const f = s.finding;
      console.log(
        JSON.stringify({
          root: s.root,
          ruleId: f.ruleId,
          fingerprint: f.fingerprint,
          resource: f.resource,
          file: f.location.file,
          line: f.location.line,
          message: f.message,
          severity: f.severity,
          fieldPath: f.fieldPath,
          text: lineOf(corpus, s.root, f),
        }),
      );
    }
  }

  const missed =
    vanishedTp.length > 0 ||
    figures.precision < TARGETS.precision ||
    figures.debatableShare > TARGETS.debatableShare ||
    figures.locationRight < TARGETS.locationRight;
  return values.gate && missed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`precision: ${(e as Error).message}`);
  process.exitCode = 1;
}
