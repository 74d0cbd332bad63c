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
  // The report's answers load after hydration: typing before then would be typed over.
  await expect(page.getByRole('status')).toHaveText(en.questionnaire.fromReport);
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

test('the inbox sign-in stops a guesser after five wrong passwords, never its owner', async ({
  browser,
}) => {
  const inbox = en.leads.inbox;
  // Each side signs in from its own address, so no other spec's sign-ins count towards its limit.
  const from = async (address: string) =>
    (
      await browser.newContext({
        baseURL: test.info().project.use.baseURL,
        extraHTTPHeaders: { 'x-forwarded-for': address },
      })
    ).newPage();
  const signIn = async (page: Page, password: string) => {
    await page.goto('/en/inbox');
    await page.locator('input[name=password]').fill(password);
    await page.getByRole('button', { name: inbox.signIn }).click();
  };

  const owner = await from('203.0.113.10');
  for (let i = 0; i < 7; i++) {
    await signIn(owner, E2E_INBOX_PASSWORD);
    await expect(owner.locator('input[name=password]')).toHaveCount(0);
    await owner.context().clearCookies();
  }

  const guesser = await from('203.0.113.11');
  for (let i = 0; i < 5; i++) {
    await signIn(guesser, `not the password ${i}`);
    await expect(guesser.locator('main [role=alert]')).toHaveText(inbox.wrongPassword);
  }
  // The sixth try is refused before the password is looked at, even the right one.
  await signIn(guesser, E2E_INBOX_PASSWORD);
  await expect(guesser.locator('main [role=alert]')).toContainText(
    inbox.signInLimited.split('{')[0],
  );
  await expect(guesser.locator('input[name=password]')).toHaveCount(1);
  await owner.context().close();
  await guesser.context().close();
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
