// The esbuild options of every bundle kubegate ships (dist/index.js, dist/cli.js) and of
// the bench's measured code, which runs the same way: one ESM file for Node 20+ with the
// version inlined, and the built-in rules in a data file beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { build, buildSync } from 'esbuild';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
// TypeScript: the build runs under tsx, so the fast paths come from the code that runs them.
import { precompileFast } from '../src/evaluate/rules/cel.ts';
import { loadRules } from '../src/evaluate/rules/load-rules.ts';
import { readRuleTexts } from '../src/evaluate/rules/builtin-rules.ts';

export const root = join(import.meta.dirname, '..');

/** The built-in rules' files and texts, in a stable order: read as the source reads them. */
export function readBuiltinRuleTexts() {
  return readRuleTexts(join(root, 'rules'));
}

/** The CEL expressions of a rule file (its check, message and cap). */
function ruleExpressions(spec) {
  return [spec.check, spec.messageExpression, spec.cap?.when, spec.cap?.messageExpression].filter(
    (x) => typeof x === 'string',
  );
}

/** The built-in rules' fast paths by expression (see src/evaluate/rules/precompiled.ts). */
export function precompiledChecks(specs) {
  const out = {};
  for (const spec of specs) for (const e of ruleExpressions(spec)) out[e] = precompileFast(e);
  return out;
}

/** The name of the built-in rules' data file, beside each bundle (see bundled-rules.ts). */
const BUNDLED_RULES_FILE = 'builtin-rules.json';

/** The folder beside each bundle that holds the packages it loads at their first use. */
const VENDOR_DIR = 'vendor';

/** Those packages (src/util/vendor/vendor-package.ts), by the vendor module that names them. */
const VENDOR_PACKAGES = { 'cel-js': '@marcbachmann/cel-js', yaml: 'yaml' };

/**
 * In a bundle, src/util/vendor/<name>.ts (the package itself) becomes <name>.bundled.ts (the
 * package's file in VENDOR_DIR, loaded at its first use).
 */
const vendorSwap = {
  name: 'kubegate-vendor',
  setup(b) {
    b.onResolve({ filter: /\/vendor\/[a-z-]+\.js$/ }, (args) => {
      const name = basename(args.path, '.js');
      const dir = join(args.resolveDir, dirname(args.path));
      if (!Object.hasOwn(VENDOR_PACKAGES, name) || dir !== join(root, 'src', 'util', 'vendor'))
        return undefined;
      return { path: join(dir, `${name}.bundled.ts`) };
    });
  },
};

/**
 * The built-in rules as the bundle carries them (the text of BUNDLED_RULES_FILE): parsed,
 * and checked here, once, by the same loader that reads rule files at run time (schema, id
 * and file name, duplicates), since the processes that load them do not check them again;
 * with their expressions' precompiled fast paths.
 */
export function bundledRulesText(ruleTexts = readBuiltinRuleTexts()) {
  loadRules(ruleTexts, true);
  const rules = ruleTexts.map((r) => ({ file: r.file, spec: parseYaml(r.text) }));
  const fastChecks = precompiledChecks(rules.map((r) => r.spec));
  return JSON.stringify({ rules, fastChecks });
}

/**
 * esbuild's options for a bundle; write bundledRulesText() to BUNDLED_RULES_FILE beside it
 * (`writeBundledRules`).
 */
export function bundleOptions() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    // Module comments then name node_modules/ the same way however it is installed.
    preserveSymlinks: true,
    charset: 'utf8',
    define: {
      __KUBEGATE_BUNDLED_RULES__: JSON.stringify(`./${BUNDLED_RULES_FILE}`),
      __KUBEGATE_VENDOR_DIR__: JSON.stringify(`./${VENDOR_DIR}/`),
      __KUBEGATE_VERSION__: JSON.stringify(version),
    },
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);",
    },
    plugins: [vendorSwap],
    logLevel: 'warning',
  };
}

/** Writes each vendor package as one CommonJS file into `dir`/VENDOR_DIR, beside a bundle. */
function writeVendorPackages(dir) {
  for (const [name, pkg] of Object.entries(VENDOR_PACKAGES))
    buildSync({
      stdin: { contents: `export * from ${JSON.stringify(pkg)};`, resolveDir: root },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      legalComments: 'none',
      preserveSymlinks: true,
      charset: 'utf8',
      outfile: join(dir, VENDOR_DIR, `${name}.cjs`),
      logLevel: 'warning',
    });
}

/** What a bundle in `dir` reads beside it: the built-in rules and the vendor packages. */
export function writeBundleData(dir, ruleTexts = readBuiltinRuleTexts()) {
  writeBundledRules(dir, ruleTexts);
  writeVendorPackages(dir);
}

/** Writes the built-in rules' data file into `dir`, beside the bundles built there. */
function writeBundledRules(dir, ruleTexts = readBuiltinRuleTexts()) {
  writeFileSync(join(dir, BUNDLED_RULES_FILE), bundledRulesText(ruleTexts));
}

/**
 * Bundles a bench script into `dir` with the options of dist/, so that what a bench measures
 * is the code that ships: run from source through tsx, every function also gets its name set
 * at run time (esbuild's keepNames), which costs a call each time a closure is created.
 * Returns the bundle's path.
 */
export async function bundleScript(name, dir) {
  const outfile = join(dir, `${name}.mjs`);
  await build({ ...bundleOptions(), entryPoints: [join(root, 'scripts', `${name}.ts`)], outfile });
  writeBundleData(dir);
  return outfile;
}
