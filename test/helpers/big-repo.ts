import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A repository of 600 files: run the CLI on it with KUBEGATE_SCAN_WORKERS (see WITH_WORKER) to
 * have it scan with a worker thread, which it would start on its own only for far more files.
 */
export const WITH_WORKER = { KUBEGATE_SCAN_WORKERS: '1' };

export function bigRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubegate-big-'));
  for (let i = 0; i < 600; i++) {
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
