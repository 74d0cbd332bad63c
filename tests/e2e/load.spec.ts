import { expect, test } from '@playwright/test';
import { runLoad } from '../../scripts/load/run-load';

// A short `npm run load` on its own server and throwaway database, so a regression under
// concurrency (a 5xx, a dropped socket, a lost lead) shows in every test run.
test.setTimeout(180_000);

test('500 mixed requests at concurrency 8: all 2xx, no socket error, no lead lost', async () => {
  const result = await runLoad({
    total: 500,
    connections: 8,
    maxSeconds: 60,
    port: Number(process.env.E2E_PORT ?? 3100) + 30,
  });
  for (const r of result.routes) {
    expect(r.errors + r.timeouts, `${r.route}: socket errors or timeouts`).toBe(0);
    expect(r.non2xx, `${r.route}: answers other than 2xx`).toBe(0);
  }
  // The plan: 36 % + 4 % + 36 % + 4 % + 6 % + 14 % of 500 = 180 + 20 + 180 + 20 + 30 + 70 = 500
  // requests.
  expect(result.routes.reduce((s, r) => s + r.requests, 0)).toBe(500);
  expect(result.leadsAccepted).toBe(30);
  // Two routes go through a proxy.ts rewrite: the embed (4 % of 500 = 20, all 2xx) and images 0
  // and 10 of the 20 social images, for a broken code (the generic image; the loop above).
  expect(result.routes.find((r) => r.route === 'GET /en/embed')?.ok).toBe(20);
  expect(result.leadsMissing).toBe(0);
  expect(result.serverErrors).toEqual([]);
});
