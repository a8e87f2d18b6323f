import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { evaluateResource, indexRulesByKind } from '../src/evaluate/evaluate-rules.js';
import { parseSource } from '../src/parse/parse-source.js';
import { builtinRulesDir, builtinRuleTexts } from '../src/evaluate/rules/builtin-rules.js';
import { celAst, compileCheckParts, type CheckParts } from '../src/evaluate/rules/cel.js';
import { generateFast, instantiateFast } from '../src/evaluate/rules/cel-fast.js';
import { CelType } from '../src/evaluate/rules/cel-values.js';
import { decodeFast, type Precompiled } from '../src/evaluate/rules/precompiled.js';
import { parse as parseYaml } from 'yaml';
import { loadRules } from '../src/evaluate/rules/load-rules.js';
import type { Rule } from '../src/evaluate/rules/rule.js';
import { evaluationSettings } from '../src/pipeline/scan.js';
import { corpusDir } from '../scripts/eval-lib.js';

// The compiled fast path (src/evaluate/rules/cel-fast.ts) against the interpreter it stands in
// for: every built-in rule, on every context the scan builds from the rules' own test
// cases and from the shared corpus. Where the fast path answers, its answer must be the
// interpreter's; where the interpreter fails, the fast path must not answer.

type Outcome = { value: unknown } | { error: string };
const run = (
  fn: (c: Record<string, unknown>) => unknown,
  ctx: Record<string, unknown>,
): Outcome => {
  try {
    return { value: fn(ctx) };
  } catch (e) {
    return { error: String((e as Error)?.message ?? e) };
  }
};

interface Tally {
  answered: number;
  deferred: number;
  mismatches: string[];
}

function compare(rules: Rule[], parts: Map<string, CheckParts>, tally: Tally) {
  for (const rule of rules) {
    const p = parts.get(rule.id);
    if (!p?.fast) continue;
    const fast = p.fast;
    rule.evaluate = (ctx) => {
      const reference = run(p.interpreted, ctx);
      const got = run(fast, ctx);
      if ('error' in got) tally.deferred++;
      else {
        tally.answered++;
        if ('error' in reference || !isDeepStrictEqual(got.value, reference.value))
          tally.mismatches.push(
            `${rule.id} in ${String(ctx.file)}: fast ${JSON.stringify(got, big)} interpreter ${JSON.stringify(reference, big)}`,
          );
      }
      return 'error' in reference ? false : reference.value;
    };
  }
}
const big = (_k: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

function* manifests(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* manifests(p);
    else if (/\.(ya?ml|json)$/i.test(name)) yield p;
  }
}

const config = resolveConfig();
const settings = evaluationSettings(config);

describe('compiled CEL checks', () => {
  const rules = loadRules(builtinRuleTexts(), true).filter((r) => !r.analyser);
  const parts = new Map(rules.map((r) => [r.id, compileCheckParts(r.check ?? 'false')]));

  it('compiles every built-in check', () => {
    const left = rules.filter((r) => !parts.get(r.id)?.fast).map((r) => r.id);
    expect(left).toEqual([]);
  });

  it('answers as the interpreter does on the rules test cases and the shared corpus', () => {
    const tally: Tally = { answered: 0, deferred: 0, mismatches: [] };
    const files = [...manifests(builtinRulesDir())].filter((f) => f.endsWith('.test.yaml'));
    const corpus = corpusDir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
    if (existsSync(corpus)) files.push(...manifests(corpus));
    compare(rules, parts, tally);
    const byKind = indexRulesByKind(rules);
    const withParams = {
      ...settings,
      params: {
        ...settings.params,
        allowedRegistries: ['registry.example.com', 'ghcr.io'],
        digestNamespaces: ['default', 'kube-system'],
        digestPathPatterns: ['^charts/'],
      },
    };
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (text.length > 2_000_000) continue;
      const parsed = parseSource({ path: relative(process.cwd(), file), text });
      for (const resource of parsed.resources) {
        evaluateResource(resource, byKind, settings);
        evaluateResource(resource, byKind, withParams);
      }
    }
    expect(tally.mismatches.slice(0, 20)).toEqual([]);
    // The fast path must carry the load, not hand it back.
    expect(tally.answered).toBeGreaterThan(10_000);
    expect(tally.deferred / (tally.answered + tally.deferred)).toBeLessThan(0.01);
    console.log(
      `compiled CEL: ${tally.answered} answered, ${tally.deferred} deferred to the interpreter`,
    );
  });

  // Edge cases the rules do not reach today but custom rules may: errors inside
  // quantifiers, mixed numbers, optionals on every kind of value, string functions at
  // their limits. The fast path may defer any of them; it must never answer differently.
  const contexts: Record<string, unknown>[] = [
    {
      n: 1,
      f: 1.5,
      s: 'abc',
      u: 'naïve 🚀',
      b: true,
      l: [1, 'a', { k: 1 }],
      m: { a: 1, b: { c: 'x' }, z: null },
      z: null,
      e: [],
      em: {},
    },
    { n: 0, f: -0.5, s: '', u: '', b: false, l: [], m: {}, z: null, e: [0], em: { a: [] } },
  ];
  const expressions = [
    'n == 1',
    'n == 1.0',
    'n != 2',
    'n > 0',
    'f >= 1',
    'n < f',
    'n + 1',
    'n + 1.0',
    'f - 0.5',
    '-n',
    '-f',
    's + s',
    's + n',
    'l + e',
    'size(s)',
    'size(u)',
    'size(l)',
    'size(m)',
    'size(n)',
    's.size()',
    'u.size()',
    'l.size()',
    'm.size()',
    'n.size()',
    'e.size() > 0 && e.all(x, x == 0)',
    'int(n)',
    'int(f)',
    'int(-f)',
    'int(s)',
    'int(z)',
    'int(1e300)',
    'int(-0.0)',
    'int(9223372036854775807.0)',
    'string(int(n) + 1)',
    'e + l',
    'e + e',
    'string(n)',
    'string(f)',
    'string(b)',
    'string(z)',
    'string(l)',
    'double(n)',
    'type(n) == double',
    'type(l) == list',
    'type(m) == map',
    'type(z) == null_type',
    'type(s) in [string, int]',
    'n in [1, 2]',
    'n in ["1"]',
    '"a" in l',
    '"a" in m',
    'n in m',
    'm.a',
    'm.x',
    'm.?x.orValue(3)',
    'm.?b.c.orValue(1)',
    'm.?b.?c.orValue(1)',
    'm.b.?c.orValue(2)',
    'm.?z.orValue(1)',
    's.?x.orValue(1)',
    'l.?x.orValue(1)',
    'z.?a.orValue(1)',
    'b.?a.orValue(1)',
    'l[0]',
    'l[5]',
    'l[?5].orValue(0)',
    'l[?-1].orValue(0)',
    'l[?0].orValue(0)',
    'l[f]',
    'l[n]',
    'm["a"]',
    'm[?"x"].hasValue()',
    'm[?1].orValue(0)',
    's[?0].orValue(1)',
    'n.orValue(1)',
    'has(m.a)',
    'has(m.x)',
    'has(m.z)',
    'has(s.x)',
    'has(l.x)',
    'has(z.a)',
    'has(m.b.c)',
    'has(m.q.c)',
    'b && n == 1',
    'n && b',
    'm.x && false',
    'false && m.x',
    'm.x || true',
    'true || m.x',
    'b || m.x',
    '!b',
    '!n',
    'b ? 1 : 2',
    'n == 1 ? "x" : "y"',
    'l.exists(x, x == 1)',
    'l.exists(x, x > 0)',
    'l.exists(x, x.k == 1)',
    'l.all(x, x.k == 1)',
    'l.all(x, type(x) != bool)',
    'e.all(x, x > 0)',
    'l.map(x, type(x) == string)',
    'l.filter(x, x == "a")',
    'l.filter(x, x > 0)',
    'm.map(k, k)',
    'm.filter(k, k != "a")',
    'l.map(x, type(x) == int || type(x) == double, x)',
    'cel.bind(y, n, y == 1 && y != 2)',
    'cel.bind(y, [n, s], y[1] + "!")',
    '{"a": n}.a',
    '{"a": n, "a": 2}.a',
    '[1, 2] == [1, 2.0]',
    '[n] == [1]',
    'm == {"a": 1}',
    'em == {}',
    'e == []',
    'l == m',
    'z == null',
    'm.z == null',
    's.startsWith("a")',
    's.endsWith(n)',
    'u.contains("ï")',
    's.matches("^a.c$")',
    's.matches("(")',
    'u.lowerAscii()',
    's.upperAscii()',
    '" a ".trim()',
    's.indexOf("c")',
    'u.indexOf("🚀")',
    's.lastIndexOf("a")',
    's.substring(1)',
    's.substring(4)',
    'u.substring(1, 3)',
    's.substring(2, 1)',
    '"a,b,c".split(",")',
    '"a,b,c".split(",", 2)',
    '"a,b,c".split(",", 0)',
    '"a,b".split(",", -1)',
    '["a", "b"].join("-")',
    '["a", n].join()',
    'l.map(x, string(x))',
    '[s, u].join()',
  ];

  it('never answers differently from the interpreter on edge cases', () => {
    const wrong: string[] = [];
    let answered = 0;
    for (const expression of expressions) {
      const p = compileCheckParts(expression);
      if (!p.fast) continue;
      for (const ctx of contexts) {
        const got = run(p.fast, ctx);
        if ('error' in got) continue;
        answered++;
        const reference = run(p.interpreted, ctx);
        if ('error' in reference || !isDeepStrictEqual(normal(got.value), normal(reference.value)))
          wrong.push(
            `${expression}: ${JSON.stringify(got, big)} vs ${JSON.stringify(reference, big)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(expressions.length);
  });
});

/** Results compared by value: optional and type objects by what they hold. */
function normal(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)) ?? 'null',
  );
}

describe('precompiled fast paths (src/evaluate/rules/precompiled.ts)', () => {
  // What the bundle carries for every built-in rule must be what the process would compile.
  it('round-trip to the fast path compiled at run time, for every built-in expression', async () => {
    const { precompiledChecks } = await import('../scripts/bundle-options.mjs');
    const specs = builtinRuleTexts().map((t) =>
      'spec' in t ? t.spec : (parseYaml(t.text) as unknown),
    );
    const table = JSON.parse(JSON.stringify(precompiledChecks(specs))) as Record<
      string,
      Precompiled
    >;
    const expressions = Object.keys(table);
    expect(expressions.length).toBeGreaterThan(100);
    let withFast = 0;
    for (const expression of expressions) {
      const parts = compileCheckParts(expression);
      const encoded = table[expression];
      expect(encoded === null, expression).toBe(parts.fast === undefined);
      if (!encoded) continue;
      withFast++;
      const decoded = decodeFast(encoded);
      const runtime = generateFast(celAst(expression));
      expect(decoded.source).toBe(runtime?.source);
      expect(decoded.constants).toEqual(runtime?.constants);
      // Type values are compared by identity in generated code.
      decoded.constants.forEach((c, i) => {
        if (c instanceof CelType) expect(c).toBe(runtime?.constants[i]);
      });
      expect(typeof instantiateFast(decoded)).toBe('function');
    }
    expect(withFast).toBeGreaterThan(expressions.length - 10);
  });
});
