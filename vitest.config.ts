import { availableParallelism } from 'node:os';
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
    // Vitest's default is cores − 1, one worker on a 2-core machine. Many suites wait on sockets,
    // child processes and timers rather than the CPU, so at least two files run at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // As Playwright's config: in CI a failed test runs once more, and `npm test` names every test
    // that passed only then, so a flaky one is seen and fixed rather than failing a run at random.
    retry: process.env.CI ? 1 : 0,
  },
});
