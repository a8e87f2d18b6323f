import { readdirSync, readFileSync } from '../../util/fs.js';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledRules } from './bundled-rules.js';
import type { RuleSpec } from './rule.js';
import { compareText } from '../../util/compare-text.js';

/**
 * A rule file: its text, or (the built-in rules in dist/) the object its YAML reads as,
 * parsed and validated when the bundle was built, so that no process, nor any of its scan
 * workers, parses or validates the rules again (bundled-rules.ts).
 */
export type RuleText = { file: string; text: string } | { file: string; spec: RuleSpec };

/** The built-in rules: the bundle's (dist/ runs without rules/), or from source rules/. */
export function builtinRuleTexts(): RuleText[] {
  return bundledRules()?.rules ?? readRuleTexts(builtinRulesDir());
}

export function builtinRulesDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'rules');
}

/** Every `*.yaml` rule file under a folder (test cases excluded), sorted for stable output. */
export function readRuleTexts(dir: string): RuleText[] {
  const out: RuleText[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.yaml') && !entry.name.endsWith('.test.yaml')) {
        out.push({ file: relative(join(dir, '..'), p).split('\\').join('/'), text: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => compareText(a.file, b.file));
}
