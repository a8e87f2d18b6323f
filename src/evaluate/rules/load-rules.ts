import type { ValidateFunction } from 'ajv';
import { basename } from 'node:path';
import { loadYaml } from '../../util/vendor/yaml.js';
import { ConfigurationError, errorMessage } from '../../model/errors.js';
import type { RuleText } from './builtin-rules.js';
import { compileCheck } from './cel.js';
import type { Rule, RuleSpec } from './rule.js';
import validateRule from '../../generated/validate-rule.js';

// Compiled from RULE_SCHEMA at build time (scripts/gen-validators.ts).
const validateSpec = validateRule as ValidateFunction<RuleSpec>;

interface CompiledRule {
  spec: RuleSpec;
  evaluate: Rule['evaluate'];
  compiled: Pick<Rule, 'messageOf' | 'capWhen' | 'capMessage'>;
}

const isString = (result: unknown): boolean => typeof result === 'string';

/**
 * Compiles one CEL expression of a rule file; an invalid one names the file and the key.
 * A built-in rule's expressions are parsed when first used (the rules' tests parse every
 * one of them), so that a process, and each scan worker, parses only what it evaluates.
 */
function compileKey(
  file: string,
  key: string,
  expression: string,
  builtin: boolean,
): Rule['evaluate'] {
  try {
    // A message expression gives a string; every other key, a check's result.
    return compileCheck(expression, key.endsWith('messageExpression') ? isString : undefined, {
      lazy: builtin,
    });
  } catch (e) {
    throw new ConfigurationError(`rule file ${file}: invalid CEL in "${key}": ${errorMessage(e)}`);
  }
}

// Rule files are parsed, validated and compiled once per process: a program (or a scan
// worker) that scans many times reuses them. Keyed by name and text, so an edited file is
// compiled again; a file that fails is not kept and fails the same way next time.
const compiled = new Map<string, CompiledRule>();

/** A rule file's text, parsed and checked against the rule schema. */
function parseRuleText(file: string, text: string): RuleSpec {
  let spec: unknown;
  try {
    spec = loadYaml().parse(text);
  } catch (e) {
    throw new ConfigurationError(`rule file ${file}: invalid YAML: ${errorMessage(e)}`);
  }
  if (!validateSpec(spec)) {
    const details = (validateSpec.errors ?? [])
      .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : ''}`)
      .join('; ');
    throw new ConfigurationError(`rule file ${file}: ${details}`);
  }
  return spec;
}

function compileRuleFile(source: RuleText, builtin: boolean): CompiledRule {
  const { file } = source;
  // A parsed built-in rule is the same for the whole process: its name is its key.
  const key = 'text' in source ? `${file}\u0000${source.text}` : `${file}\u0000(parsed)`;
  const hit = compiled.get(key);
  if (hit) return hit;
  // A parsed one comes from the bundle, whose build validated it (scripts/bundle-options.mjs):
  // a process, and each scan worker, would only repeat that.
  const spec = 'spec' in source ? source.spec : parseRuleText(file, source.text);
  // An analyser's rule has no check: its findings come from src/analyse/.
  const evaluate = spec.check === undefined ? () => false : compileKey(file, 'check', spec.check, builtin);
  const expressions: CompiledRule['compiled'] = {};
  if (spec.messageExpression !== undefined)
    expressions.messageOf = compileKey(file, 'messageExpression', spec.messageExpression, builtin);
  if (spec.cap) {
    expressions.capWhen = compileKey(file, 'cap.when', spec.cap.when, builtin);
    if (spec.cap.messageExpression !== undefined)
      expressions.capMessage = compileKey(
        file,
        'cap.messageExpression',
        spec.cap.messageExpression,
        builtin,
      );
  }
  const result = { spec, evaluate, compiled: expressions };
  if (compiled.size < 10_000) compiled.set(key, result);
  return result;
}

/** Parses, validates and compiles rule files; any problem names the file and the key. */
export function loadRules(texts: readonly RuleText[], builtin: boolean): Rule[] {
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const source of texts) {
    const { file } = source;
    const { spec, evaluate, compiled: expressions } = compileRuleFile(source, builtin);
    const expected = basename(file).replace(/\.ya?ml$/, '');
    if (builtin && spec.id !== expected) {
      throw new ConfigurationError(`rule file ${file}: id "${spec.id}" must equal the file name "${expected}"`);
    }
    if (!builtin && spec.analyser)
      throw new ConfigurationError(`rule file ${file}: "analyser" is for built-in rules; write a "check" instead`);
    const previous = seen.get(spec.id);
    if (previous) throw new ConfigurationError(`rule file ${file}: id "${spec.id}" is already defined in ${previous}`);
    seen.set(spec.id, file);
    // A fresh object each time: callers may set fields on their rules.
    rules.push({ ...spec, file, builtin, evaluate, ...expressions });
  }
  return rules;
}
