import type { BuildOptions } from 'esbuild';

export const root: string;
export function readBuiltinRuleTexts(): { file: string; text: string }[];
export function bundleOptions(): BuildOptions;
/** The built-in rules' data file's text; throws when a rule is invalid. */
export function bundledRulesText(ruleTexts?: { file: string; text: string }[]): string;
/** Writes what a bundle in `dir` reads beside it: the built-in rules and the vendor packages. */
export function writeBundleData(dir: string, ruleTexts?: { file: string; text: string }[]): void;
/** The built-in rules' fast paths by expression (src/evaluate/rules/precompiled.ts). */
export function precompiledChecks(
  specs: unknown[],
): Record<string, import('../src/evaluate/rules/precompiled.js').Precompiled>;
/** Bundles scripts/<name>.ts into `dir` with dist/'s options; returns the bundle's path. */
export function bundleScript(name: string, dir: string): Promise<string>;
