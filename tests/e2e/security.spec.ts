import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectSecurityHeaders, watchViolations } from './fixtures/csp';
import { answersSchema } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { E2E_INBOX_PASSWORD, embedHosts } from './fixtures/server';

const port = Number(process.env.E2E_PORT ?? 3100);
const allowedHost = embedHosts(port).allowed;
const en = JSON.parse(readFileSync('messages/en.json', 'utf8'));
const code = encodeReport(answersSchema.parse({ employees: 40, industry: 'legal' }));

async function visit(page: Page, path: string, status = 200, framedBy?: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  // goto waits for `load`, after every script in the HTML has run (or been refused).
  expectSecurityHeaders(response!.headers(), framedBy);
}

test('static and per-request pages: the headers, and no CSP violation while using them', async ({
  page,
}) => {
  const violations = watchViolations(page);
  const pages: [string, number][] = [
    ['/en', 200],
    ['/de/methodology', 200],
    ['/en/insights/the-real-cost-of-free-messaging', 200],
    ['/en/report/not-a-code', 404],
    ['/en/no-such-page', 404],
  ];
  for (const [path, status] of pages) await visit(page, path, status);
  expect(violations).toEqual([]);
});

test('the report and its charts (recharts, inline styles) under the policy', async ({ page }) => {
  const violations = watchViolations(page);
  // The charts draw when scrolled near.
  await visit(page, `/en/report/${code}`);
  // Down the page a screen at a time, so every chart comes near the viewport once.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await expect(page.locator('figure .recharts-wrapper').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('the assessment works under the policy', async ({ page }) => {
  const violations = watchViolations(page);
  await visit(page, `/en/assessment?from=${code}`);
  const form = page.locator('form[data-step]');
  await form.locator('[name=employees]').fill('many');
  await form.locator('button[type=submit]').click();
  await expect(page.locator('#q-employees-error')).not.toBeEmpty();
  expect(violations).toEqual([]);
});

test('the workshop and the inbox work under the policy', async ({ page }) => {
  const violations = watchViolations(page);
  await visit(page, '/en/workshop');
  await page.locator('#w-employees').fill('120');
  await page.getByRole('button', { name: en.workshop.projector }).click();
  await expect(page.getByTestId('report-link')).toHaveAttribute('href', /\/report\//);

  await visit(page, '/en/inbox');
  await page.locator('input[name=password]').fill(E2E_INBOX_PASSWORD);
  await page.getByRole('button', { name: en.leads.inbox.signIn }).click();
  await expect(page.locator('input[name=password]')).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('the embed: framed by the allowed site only, and working under the policy', async ({
  page,
}) => {
  // Framed on the allowed site, embed.spec.ts watches for violations too (it owns that site's port).
  const violations = watchViolations(page);
  await visit(page, `/en/embed?host=${encodeURIComponent(allowedHost)}`, 200, allowedHost);
  const form = page.locator('form[data-step]');
  await form.locator('[name=employees]').fill('many');
  await form.locator('button[type=submit]').click();
  await expect(page.locator('#q-employees-error')).not.toBeEmpty();
  expect(violations).toEqual([]);
});

test('API routes, images, files and redirects carry the headers too', async ({ request }) => {
  const html = await (await request.get('/en')).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const cases: [string, number, string?][] = [
    ['/', 307],
    ['/api/events', 405],
    ['/api/inbox/export', 401],
    ['/en/opengraph-image', 200, 'image/png'],
    [`/en/report/${code}/opengraph-image`, 200, 'image/png'],
    ['/en/insights/the-real-cost-of-free-messaging/opengraph-image', 200, 'image/png'],
    ['/embed.js', 200, 'javascript'],
    [chunk!, 200, 'javascript'],
    ['/robots.txt', 200, 'text/plain'],
    ['/sitemap.xml', 200, 'xml'],
    ['/files/missing.png', 404],
  ];
  for (const [path, status, type] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    if (type) expect(response.headers()['content-type'], path).toContain(type);
    expectSecurityHeaders(response.headers());
  }
  const posted = await request.post('/api/events', {
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.40' },
    data: { event: 'nope', locale: 'en' },
  });
  expect(posted.status()).toBe(422);
  expectSecurityHeaders(posted.headers());
});
