import type { ValidateFunction } from 'ajv';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { RuleText } from './builtin-rules.js';
import { compileCheck } from './cel.js';
import type { Rule, RuleSpec } from './rule.js';
import validateRule from '../generated/validate-rule.js';

// Compiled from RULE_SCHEMA at build time (scripts/gen-validators.ts).
const validateSpec = validateRule as ValidateFunction<RuleSpec>;

/** Parses, validates and compiles rule files; any problem names the file and the key. */
export function loadRules(texts: readonly RuleText[], builtin: boolean): Rule[] {
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of texts) {
    let spec: unknown;
    try {
      spec = parseYaml(text);
    } catch (e) {
      throw new ConfigurationError(`rule file ${file}: invalid YAML: ${errorMessage(e)}`);
    }
    if (!validateSpec(spec)) {
      const details = (validateSpec.errors ?? [])
        .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : ''}`)
        .join('; ');
      throw new ConfigurationError(`rule file ${file}: ${details}`);
    }
    const expected = basename(file).replace(/\.ya?ml$/, '');
    if (builtin && spec.id !== expected) {
      throw new ConfigurationError(`rule file ${file}: id "${spec.id}" must equal the file name "${expected}"`);
    }
    const previous = seen.get(spec.id);
    if (previous) throw new ConfigurationError(`rule file ${file}: id "${spec.id}" is already defined in ${previous}`);
    seen.set(spec.id, file);
    let evaluate: Rule['evaluate'];
    try {
      evaluate = compileCheck(spec.check);
    } catch (e) {
      throw new ConfigurationError(`rule file ${file}: invalid CEL in "check": ${errorMessage(e)}`);
    }
    rules.push({ ...spec, file, builtin, evaluate });
  }
  return rules;
}
