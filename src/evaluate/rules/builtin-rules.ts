import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleSpec } from './rule.js';

/**
 * A rule file: its text, or (the built-in rules in dist/) the object its YAML reads as,
 * parsed and validated when the bundle was built, so that no process, nor any of its scan
 * workers, parses or validates the rules again.
 */
export type RuleText = { file: string; text: string } | { file: string; spec: RuleSpec };

// The bundler replaces this identifier with the rule files' parsed contents, so that dist/
// runs without the rules/ folder; from source, the files are read from the repository.
declare const __KUBEGATE_BUILTIN_RULES__: RuleText[] | undefined;

export function builtinRuleTexts(): RuleText[] {
  if (typeof __KUBEGATE_BUILTIN_RULES__ !== 'undefined') return __KUBEGATE_BUILTIN_RULES__;
  return readRuleTexts(builtinRulesDir());
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
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
