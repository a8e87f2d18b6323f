import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/run-cli.js';

// The workflow the README tells users to copy, read from the README itself: the tests run
// the Action with its `with:` values and check its triggers, so the copy-paste path is the
// tested one.

export interface ReadmeWorkflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  /** The kubegate step's `with:` (empty when it sets none). */
  with: Record<string, string>;
}

interface WorkflowFile {
  on?: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
}

/** The first ```yaml block of README.md that is a whole workflow using kubegate. */
export function readmeWorkflow(): ReadmeWorkflow {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  for (const [, block] of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const doc = parse(block) as WorkflowFile | null;
    const steps = Object.values(doc?.jobs ?? {}).flatMap((j) => j.steps ?? []);
    const step = steps.find((s) => s.uses?.startsWith('kubegate/kubegate@'));
    if (!doc?.on || !step) continue;
    const withValues = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]),
    );
    return { on: doc.on, permissions: doc.permissions ?? {}, with: withValues };
  }
  throw new Error('README.md has no workflow that uses kubegate/kubegate');
}
