// Writes docs/landing.png (desktop) and docs/landing-phone.png (360 px) from a running site.
// Usage: npm run serve (elsewhere), then: node scripts/screenshot.mjs [baseURL]
import { chromium } from '@playwright/test';
import { browserLaunch } from '../tests/e2e/browser.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch(browserLaunch());
for (const [file, width, height] of [
  ['docs/landing.png', 1280, 800],
  ['docs/landing-phone.png', 360, 740],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}/en`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}
await browser.close();
