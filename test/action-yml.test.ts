import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './helpers/run-cli.js';
import { inputVariable, runnerInputs } from './support/action-inputs.js';
import { readmeWorkflow } from './support/readme-workflow.js';

// action.yml is what GitHub reads: it must parse, run on node24, and declare exactly the
// inputs the code reads (an undeclared input is always empty on a runner).

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
  const code = readFileSync(join(repoRoot, 'src', 'action', 'inputs.ts'), 'utf8');
  const main = readFileSync(join(repoRoot, 'src', 'action', 'run.ts'), 'utf8');

  it('runs dist/index.js on node24 and has marketplace branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });

  it('declares every input the code reads, each described, in kebab-case', () => {
    const read = new Set(
      [...code.matchAll(/(?:getInput|getMultilineInput|bool)\('([a-z-]+)'/g)].map((m) => m[1]),
    );
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.description.length).toBeGreaterThan(20);
    }
    expect(action.inputs.token.default).toBe('${{ github.token }}');
  });

  it('leaves empty every input that defers to the config, since GitHub fills in every default', () => {
    // The runner sets INPUT_<NAME> for every input, from its default when the workflow does
    // not set it: a default of ".kubegate.yaml" would read as a file the user named, and a
    // default of "high" would override the config's failOn.
    expect(action.inputs.config.default).toBe('');
    expect(action.inputs['fail-on'].default).toBe('');
    expect(action.inputs.paths.default).toBe('');
  });

  it('is what the end-to-end runner reads: every input, defaults filled in, the job token', () => {
    const inputs = runnerInputs('ghs_job', { 'fail-on': 'low' });
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(action.inputs).sort());
    expect(inputs.token).toBe('ghs_job');
    expect(inputs['fail-on']).toBe('low');
    expect(inputs['sarif-file']).toBe(action.inputs['sarif-file'].default);
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(() => runnerInputs('ghs_job', { fail_on: 'low' })).toThrow(/declares no input/);
  });

  it('declares the outputs the code sets', () => {
    const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    for (const name of set) expect(Object.keys(action.outputs)).toContain(name);
  });

  it("is what the README's workflow uses: declared inputs, the events kubegate handles", () => {
    const workflow = readmeWorkflow();
    for (const name of Object.keys(workflow.with))
      expect(Object.keys(action.inputs)).toContain(name);
    expect(Object.keys(workflow.on).sort()).toEqual(
      ['merge_group', 'pull_request', 'pull_request_review', 'push'].sort(),
    );
    expect(workflow.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      'security-events': 'write',
    });
  });
});
