import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { scan } from '../src/pipeline/scan.js';

// kubectl reads YAML as YAML 1.1: a bare `on` or `yes` is true. So does the scan, in both
// YAML readers, or `privileged: on` would run a privileged container unreported.

const POD = (extra: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  hostNetwork: yes
  containers:
  - name: a
    image: nginx:1.25
    securityContext:
      privileged: on${extra}
`;

describe('YAML 1.1 booleans, as kubectl reads them', () => {
  // The anchor sends the document to js-yaml; without it the fast reader reads it.
  for (const [reader, extra] of [
    ['the fast reader', ''],
    ['js-yaml', '\n      runAsUser: &uid 1000\n      runAsGroup: *uid'],
  ] as const) {
    it(`are booleans to ${reader}`, () => {
      const root = mkdtempSync(join(tmpdir(), 'kubegate-yaml11-'));
      writeFileSync(join(root, 'pod.yaml'), POD(extra));
      const { findings } = scan({ root, config: resolveConfig(), today: '2026-06-01' });
      const ids = findings.map((f) => `${f.ruleId}:${f.location.line}`);
      expect(ids).toContain('privileged-container:11');
      expect(ids).toContain('host-namespaces:6');
    });
  }
});
