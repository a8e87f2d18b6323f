import type { BuildOptions } from 'esbuild';

export const root: string;
export function readBuiltinRuleTexts(): { file: string; text: string }[];
export function bundleOptions(ruleTexts?: { file: string; text: string }[]): BuildOptions;
