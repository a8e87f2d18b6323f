import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { evaluateResource, indexRulesByKind } from '../src/evaluate/evaluate-rules.js';
import { parseSource } from '../src/parse/parse-source.js';
import { builtinRulesDir, builtinRuleTexts } from '../src/evaluate/rules/builtin-rules.js';
import { loadRules } from '../src/evaluate/rules/load-rules.js';
import { analyse } from '../src/analyse/run-analysers.js';
import { BINDING_RULES } from '../src/analyse/bindings.js';
import type { Rule } from '../src/evaluate/rules/rule.js';
import {
  analysisSettings,
  evaluateParsed,
  evaluationContext,
  evaluationSettings,
} from '../src/pipeline/scan.js';
import type { Finding } from '../src/model/types.js';

// The rules harness: every rule's `<id>.test.yaml` marks lines with `# ruleid: <id>` (a
// finding must land on the next line) and `# ok: <id>` (none may). Run one rule with
// KUBEGATE_RULE=<id>.

const config = resolveConfig();
const settings = evaluationSettings(config);
const rules = loadRules(builtinRuleTexts(), true);
const only = process.env.KUBEGATE_RULE;

/**
 * Line (1-based) -> rule ids expected there, and lines that must stay clean. A `ruleid` may
 * name the severity its finding must have, `# ruleid: some-rule (low)`, for rules whose
 * narrower cases are less severe (`cap`): `severities` maps line -> rule id -> severity.
 */
export function readAnnotations(text: string): {
  expected: Map<number, Set<string>>;
  ok: Map<number, Set<string>>;
  severities: Map<number, Map<string, string>>;
} {
  const lines = text.split(/\r?\n/);
  const expected = new Map<number, Set<string>>();
  const ok = new Map<number, Set<string>>();
  const severities = new Map<number, Map<string, string>>();
  lines.forEach((line, i) => {
    const m = /^\s*#\s*(ruleid|ok):\s*(.+?)\s*$/.exec(line);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target])) target++;
    const into = m[1] === 'ruleid' ? expected : ok;
    const set = into.get(target + 1) ?? new Set<string>();
    for (const entry of m[2].split(',')) {
      const parsed = /^\s*(\S+?)\s*(?:\((\w+)\))?\s*$/.exec(entry);
      const id = parsed?.[1] ?? entry.trim();
      const severity = parsed?.[2];
      set.add(id);
      if (severity && m[1] === 'ruleid') {
        const byRule = severities.get(target + 1) ?? new Map<string, string>();
        byRule.set(id, severity);
        severities.set(target + 1, byRule);
      }
    }
    into.set(target + 1, set);
  });
  return { expected, ok, severities };
}

/**
 * A rule's findings on every resource of one test file, as a scan would make them with the
 * objects seen together: an analyser's, a rule's whose findings assume a mounted token, or
 * one whose findings on bindings the roles they refer to decide.
 */
function analysed(parsed: ReturnType<typeof parseSource>, rule: Rule): Finding[] {
  const ctx = evaluationContext([rule], config, '2026-01-01');
  const out = {
    findings: [] as Finding[],
    warnings: [],
    analysis: { workloads: [], objects: [] },
  };
  evaluateParsed(parsed, ctx, out);
  const { findings, added } = analyse(
    out.analysis,
    [rule],
    analysisSettings(config, '2026-01-01'),
    out.findings,
  );
  return [...findings, ...added];
}

describe('rule metadata', () => {
  it('loads the built-in rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(31);
  });
  it("are validated when the bundle is built, since the bundle's processes do not", async () => {
    // The bundle carries the rules parsed; load-rules.ts trusts them, so the build must not.
    const { bundledRulesText } = await import('../scripts/bundle-options.mjs');
    const bad = { file: 'rules/workload/bad-rule.yaml', text: 'id: bad-rule\nseverity: urgent\n' };
    expect(() => bundledRulesText([bad])).toThrow(
      /rule file rules\/workload\/bad-rule\.yaml: .*required/,
    );
  });
  for (const rule of rules) {
    it(`${rule.id}: teaches (why, fix with a snippet, references)`, () => {
      expect(rule.why.trim().length).toBeGreaterThan(40);
      expect(rule.fix).toMatch(/```/);
      expect(rule.references?.length ?? 0).toBeGreaterThan(0);
    });
  }
});

describe('rule test cases', () => {
  for (const rule of rules) {
    if (only && rule.id !== only) continue;
    const testFile = join(builtinRulesDir(), '..', rule.file.replace(/\.yaml$/, '.test.yaml'));
    it(`${rule.id}: findings land exactly on the annotated lines`, () => {
      expect(existsSync(testFile), `${testFile} is missing`).toBe(true);
      const text = readFileSync(testFile, 'utf8');
      const { expected, ok, severities } = readAnnotations(text);
      const wanted = [...expected].filter(([, ids]) => ids.has(rule.id)).map(([l]) => l);
      const clean = [...ok].filter(([, ids]) => ids.has(rule.id)).map(([l]) => l);
      expect(wanted.length, 'at least one `# ruleid:` case').toBeGreaterThan(0);
      expect(clean.length, 'at least one `# ok:` case').toBeGreaterThan(0);
      const parsed = parseSource({ path: testFile, text });
      expect(parsed.problems).toEqual([]);
      // A test file may set params (rules that are off until configured): `# params: {json}`.
      const params = /^# params: (.+)$/m.exec(text);
      const own = params
        ? { ...settings, params: { ...settings.params, ...(JSON.parse(params[1]) as object) } }
        : settings;
      const findings =
        rule.analyser || rule.ifTokenUnneeded || BINDING_RULES.has(rule.id)
          ? analysed(parsed, rule)
          : parsed.resources.flatMap((r) => evaluateResource(r, indexRulesByKind([rule]), own));
      const errors = findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.message);
      expect(errors).toEqual([]);
      const got = [...new Set(findings.map((f) => f.location.line))].sort((a, b) => a - b);
      expect(got).toEqual([...new Set(wanted)].sort((a, b) => a - b));
      // Where the annotation names a severity, every finding on that line has it.
      for (const [line, byRule] of severities) {
        const severity = byRule.get(rule.id);
        if (!severity) continue;
        const there = findings.filter((f) => f.location.line === line && f.ruleId === rule.id);
        expect(
          there.map((f) => `${line}: ${f.severity}`),
          `severity of the findings on line ${line}`,
        ).toEqual(there.map(() => `${line}: ${severity}`));
      }
    });
  }
});
