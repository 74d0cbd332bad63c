import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlScriptBytes } from '../../scripts/perf/page-js';
import { BASELINE_FILE, pageTypes, type Baseline } from '../../scripts/perf/pages';

// The JavaScript each page fetches before `load` (gzip) against the bare Next.js + next-intl +
// Tailwind page that `npm run perf` last measured on the same Next version. Bytes do not vary
// between runs the way Lighthouse scores do, so this budget holds in every test run.
const baseline: Baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
test.use({ viewport: { width: 412, height: 823 } });
const overBudget = new Set(['assessment', 'workshop', 'embed']);

for (const p of pageTypes.filter((t) => t.budget)) {
  test(`${p.name}: JavaScript before load within ${p.budget} × the bare page`, async ({
    request,
    baseURL,
  }) => {
    // Known over budget on 2026-12-02 (issue 16 stays open), of 181.7 kB: the assessment 197.5 kB
    // and the embed 187.1 kB ship zod (about 30 kB) for the answers' checks; the workshop 218.9 kB
    // also the assumption registry's prose it does not show. When a page fits, its marker makes
    // the test fail so that it is removed.
    test.fail(overBudget.has(p.name), `the ${p.name} is over its byte budget`);
    const fetchBody = async (url: string) => (await request.get(url)).body();
    const js = await htmlScriptBytes(fetchBody, `${baseURL}${p.path}`);
    const limit = Math.round(baseline.beforeLoad * p.budget!);
    expect(
      js.bytes,
      `${(js.bytes / 1024).toFixed(1)} kB > ${(limit / 1024).toFixed(1)} kB`,
    ).toBeLessThanOrEqual(limit);
  });
}

test('the baseline was measured with the Next.js version this app builds with', () => {
  const next = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version;
  expect(baseline.next).toBe(next);
});
