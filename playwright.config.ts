import { defineConfig, devices } from '@playwright/test';
import { browserLaunch } from './tests/e2e/browser';
import { E2E_INBOX_PASSWORD, e2eBrandFile, e2eDataDir } from './tests/e2e/fixtures/server';
import { LOOPBACK_HOST, loopbackNodeOptions } from './scripts/start-server';

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter:
    process.env.PW_REPORTER === 'json'
      ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]]
      : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: browserLaunch(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build, served as a user gets it; `npm test` builds first.
    command: `npx next start -H ${LOOPBACK_HOST} -p ${port}`,
    url: `http://127.0.0.1:${port}/en`,
    reuseExistingServer: !process.env.CI,
    // Leads go to a fresh PGlite folder; the inbox is on; the rate limits leave room for every spec;
    // the brand file lets the embed spec's host page frame the assessment.
    env: {
      NODE_OPTIONS: loopbackNodeOptions(),
      PGLITE_DIR: e2eDataDir(port),
      BRAND_FILE: e2eBrandFile(port),
      INBOX_PASSWORD: E2E_INBOX_PASSWORD,
      LEADS_RATE_LIMIT: '1000',
      // Every spec's pages post funnel events from this one address, two workers at a time.
      EVENTS_RATE_LIMIT: '100000',
    },
    timeout: 60_000,
  },
});
