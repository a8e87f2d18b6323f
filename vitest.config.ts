import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One test file per core: most of the time goes to child processes (the CLI, the
    // Action, helm, the SARIF validator) that wait on each other, and vitest's default of
    // one core fewer runs the files one at a time on a 2-core machine.
    maxWorkers: availableParallelism(),
  },
});
