import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/run-cli.js';

// The INPUT_* variables as GitHub's runner sets them: one for every input that action.yml
// declares, from the workflow's `with:` when it sets one, else from the input's `default:`
// (an input without a default is set to the empty string). Read from action.yml itself, so a
// test runs the Action with exactly the defaults a user's workflow gets.

interface DeclaredInput {
  default?: unknown;
}

export function declaredInputs(): Record<string, DeclaredInput> {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, DeclaredInput | null>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [name, input ?? {}]),
  );
}

/** The one expression action.yml's defaults may use; the runner puts the job's token there. */
const GITHUB_TOKEN_EXPRESSION = /\$\{\{\s*github\.token\s*\}\}/g;

/**
 * Every input's value for one run: `with` (the workflow's own values) over action.yml's
 * defaults, with `${{ github.token }}` replaced by the run's token. Naming an input that
 * action.yml does not declare is a test mistake (GitHub only warns and drops it), so it throws.
 */
export function runnerInputs(
  runToken: string,
  withValues: Record<string, string> = {},
): Record<string, string> {
  const declared = declaredInputs();
  for (const name of Object.keys(withValues)) {
    if (!(name in declared)) throw new Error(`action.yml declares no input "${name}"`);
  }
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    const fallback = input.default === undefined ? '' : String(input.default);
    const raw = withValues[name] ?? fallback;
    const value = raw.replace(GITHUB_TOKEN_EXPRESSION, runToken);
    if (value.includes('${{'))
      throw new Error(`input ${name}: the test runner cannot evaluate "${raw}"`);
    values[name] = value;
  }
  return values;
}

/** The environment variable the runner sets for an input (actions/toolkit reads the same). */
export const inputVariable = (name: string): string =>
  `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
