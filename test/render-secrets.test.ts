// Secrets in a rendered chart, with the real helm from scripts/setup-tools.mjs: values Helm
// generates at install time are not committed secrets; values from values.yaml or written
// in a template are, on the line that holds them; an env var's finding is on its own entry.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { scanWithRenders } from '../src/pipeline/scan-with-renders.js';
import type { Finding } from '../src/model/types.js';
// @ts-expect-error plain .mjs script without type declarations
import { setupTools } from '../scripts/setup-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, 'fixtures', 'render-secrets');
let env: NodeJS.ProcessEnv = {};

beforeAll(async () => {
  const tools = (await setupTools()) as { helm: string; kubectl: string };
  env = { ...process.env, KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl };
});

async function secretFindings(): Promise<Finding[]> {
  const result = await scanWithRenders({ root, config: resolveConfig(), today: '2026-06-01', env });
  return result.findings.filter((f) => f.ruleId.startsWith('secret-in-'));
}

describe('secrets in a rendered chart', () => {
  it('reports the value from values.yaml, not the ones helm generates', async () => {
    const found = (await secretFindings()).filter((f) => f.ruleId === 'secret-in-manifest');
    // admin-password (randAlphaNum behind `default`), session-key (randAscii in a helper),
    // tls.key (genSignedCert) differ between two renders; username is no credential.
    expect(found.map((f) => f.fieldPath).sort()).toEqual(['data.api-token', 'data.legacy-token']);
    const [apiToken, legacyToken] = ['data.api-token', 'data.legacy-token'].map((p) =>
      found.find((f) => f.fieldPath === p),
    );
    // Written in values.yaml: that line, with the template line that uses it.
    expect(apiToken?.location).toEqual({ file: 'ledger/values.yaml', line: 5 });
    expect(apiToken?.related).toEqual([
      {
        file: 'ledger/templates/secret.yaml',
        line: 10,
        message: 'Rendered by ledger/templates/secret.yaml',
      },
    ]);
    // values.yaml leaves it empty, so the template's `default` literal is the value.
    expect(legacyToken?.location).toEqual({ file: 'ledger/templates/secret.yaml', line: 11 });
    expect(legacyToken?.related).toBeUndefined();
  });

  it('puts an env finding on its own entry and names the variable', async () => {
    const found = (await secretFindings()).filter((f) => f.ruleId === 'secret-in-env');
    const byVariable = new Map(found.map((f) => [/variable "([^"]+)"/.exec(f.message)?.[1], f]));
    // LEDGER_SESSION_SECRET is generated; the flags and the _FILE path are no credentials.
    expect([...byVariable.keys()].sort()).toEqual(['LEDGER_DB_PASSWORD', 'LEDGER_SIGNING_TOKEN']);
    // Written in the template: its own `value:` line, not the first entry's (line 19).
    expect(byVariable.get('LEDGER_SIGNING_TOKEN')?.location).toEqual({
      file: 'ledger/templates/deployment.yaml',
      line: 29,
    });
    // From values.yaml: the values line, with the entry's template line beside it.
    const db = byVariable.get('LEDGER_DB_PASSWORD');
    expect(db?.location).toEqual({ file: 'ledger/values.yaml', line: 9 });
    expect(db?.related?.[0]).toMatchObject({ file: 'ledger/templates/deployment.yaml', line: 25 });
    expect(db?.message).toBe(
      'Deployment ledger, container "ledger", variable "LEDGER_DB_PASSWORD": holds a credential as a literal value',
    );
    // Two variables of one container are two findings a diff can tell apart.
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('never shows a value', async () => {
    const text = JSON.stringify(await secretFindings());
    for (const value of [
      'fake-api-token-from-values',
      'fake-db-password-from-values',
      'fake-signing-token-in-template',
      'fake-legacy-token-in-template',
    ])
      expect(text).not.toContain(value);
  });
});
