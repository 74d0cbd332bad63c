import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlScriptBytes } from '../../scripts/perf/page-js';
import { BASELINE_FILE, pageTypes, type Baseline } from '../../scripts/perf/pages';

// The JavaScript each page fetches before `load` (gzip) against the bare Next.js + next-intl +
// Tailwind page that `npm run perf` last measured on the same Next version. Bytes do not vary
// between runs the way Lighthouse scores do, so this budget holds in every test run.
const baseline: Baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
test.use({ viewport: { width: 412, height: 823 } });

for (const p of pageTypes.filter((t) => t.budget)) {
  test(`${p.name}: JavaScript before load within ${p.budget} × the bare page`, async ({
    request,
    baseURL,
  }) => {
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
