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
  },
});
