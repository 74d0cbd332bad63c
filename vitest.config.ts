import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Some suites spawn the content check or run thousands of simulations: on a busy 2-core CI
    // machine 5 s is not enough, and a timeout is not a finding.
    testTimeout: 30_000,
    // Vitest's default on 2 cores is one worker (cores − 1). Many suites wait on sockets, child
    // processes and timers rather than the CPU, so two files at a time finish sooner.
    maxWorkers: 2,
  },
});
