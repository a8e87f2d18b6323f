import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIN_FILES_PER_THREAD } from '../../src/pipeline/scan.js';

/** A repository big enough for the CLI to start a scan worker on a machine with 2+ cores. */
export function bigRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-big-'));
  for (let i = 0; i < 3 * MIN_FILES_PER_THREAD; i++) {
    mkdirSync(join(dir, `team-${i % 5}`), { recursive: true });
    writeFileSync(
      join(dir, `team-${i % 5}`, `app-${i}.yaml`),
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx${i % 2 ? ':1.27' : ''}
          securityContext:
            privileged: ${i % 3 === 0}
`,
    );
  }
  return dir;
}
