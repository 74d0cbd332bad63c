import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { encodeReport } from '@/lib/report-link';
import { expectNoHorizontalScroll } from './fixtures/a11y';
import { expectNoAxeViolations, expectedReport, parse } from './fixtures/journey';
import { E2E_INBOX_PASSWORD, e2eDataDir } from './fixtures/server';

const es = JSON.parse(readFileSync('messages/es.json', 'utf8')).leads;
const answers = parse({ employees: 60, industry: 'legal', jurisdiction: 'eu', currency: 'EUR' });
const code = encodeReport(answers);
const report = expectedReport(answers);
const port = Number(process.env.E2E_PORT ?? 3100);
// The form loads after the page, as its own chunk: give a busy machine time for it.
test.setTimeout(180_000);
const slow = { timeout: 30_000 };

async function fillLead(page: Page, company: string) {
  const form = page.locator('form:has(#lead-name)');
  await form.locator('#lead-name').fill('Lucía Pérez');
  await form.locator('#lead-email').fill('lucia.perez@example.es');
  await form.locator('#lead-company').fill(company);
  await form.locator('#lead-message').fill('¿Podemos revisar juntos las cifras del informe?');
  await form.locator('#lead-consent').check();
}

async function signIn(page: Page, locale: string) {
  await page.goto(`/${locale}/inbox`);
  await page.locator('#inbox-password').fill(E2E_INBOX_PASSWORD);
  await page.locator('#inbox-password').press('Enter');
  await expect(page.getByTestId('lead-count')).toBeVisible(slow);
}

test('a lead sent in Spanish from a report reaches the inbox and the command-line export', async ({
  page,
}) => {
  const company = `Pérez Abogados ${Date.now()}`;
  await page.goto(`/es/report/${code}?utm_source=newsletter&seller=ana`);
  await expect(page.locator('#lead-title')).toHaveText(
    es.form.title.replace('{brand}', await brandName()),
  );
  await expect(page.locator('#lead-name')).toBeVisible(slow);
  await expectNoAxeViolations(page);

  // Sent empty: every required field says so in Spanish, beside itself, and focus goes to the first.
  await page.locator('form:has(#lead-name) button[type=submit]').click();
  await expect(page.locator('#lead-name-error')).toHaveText(es.errors.required);
  await expect(page.locator('#lead-consent-error')).toHaveText(es.errors.consent);
  await expect(page.locator('#lead-name')).toBeFocused();

  await fillLead(page, company);
  await page.locator('#lead-email').fill('lucia@');
  await page.locator('form:has(#lead-name) button[type=submit]').click();
  await expect(page.locator('#lead-email-error')).toHaveText(es.errors.email);
  await expect(page.locator('#lead-company')).toHaveValue(company);
  await page.locator('#lead-email').fill('lucia.perez@example.es');
  // A person takes more than three seconds; the form says so otherwise.
  await page.waitForTimeout(3000);
  await page.locator('form:has(#lead-name) button[type=submit]').click();
  const done = page.getByRole('status').filter({ hasText: es.form.sentTitle });
  await expect(done).toBeVisible(slow);
  await expect(page.getByRole('heading', { name: es.form.sentTitle })).toBeFocused();

  await signIn(page, 'es');
  await page.locator('#f-q').fill(company);
  await page.locator('#f-locale').selectOption('es');
  await page.getByRole('button', { name: es.inbox.apply }).click();
  const card = page.locator('article', { hasText: company });
  await expect(card).toHaveCount(1);
  // The figures the prospect saw: computeReport of the link's answers with the brand's prices.
  await expect(card.locator('[data-metric=net-saving]')).toHaveAttribute(
    'data-value',
    String(report.netSaving),
  );
  await expect(card).toContainText(es.inbox.verdicts[report.verdict]);
  await expect(card).toContainText('ana');
  await expect(card.getByRole('link', { name: es.inbox.openReport })).toHaveAttribute(
    'href',
    `/es/report/${code}`,
  );
  await expectNoAxeViolations(page);

  // The same lead from `npm run leads:export`, which asks the running server (it owns the folder).
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/db-tool.ts', 'export'], {
    env: { ...process.env, PGLITE_DIR: e2eDataDir(port) },
  });
  const row = stdout.split('\r\n').find((line) => line.includes(company));
  expect(row).toContain(`"lucia.perez@example.es","${company}"`);
  expect(row).toContain(`"${report.netSaving}","${report.verdict}","EUR"`);
  expect(row).toContain(`/es/report/${code}"`);
});

test('a failed save says so and keeps every word typed', async ({ page }) => {
  await page.goto(`/es/report/${code}`);
  await expect(page.locator('#lead-name')).toBeVisible(slow);
  await fillLead(page, 'Sin Conexión SL');
  await page.waitForTimeout(3000);
  await page.route('**/api/leads', (route) => route.abort('connectionrefused'));
  await page.locator('form:has(#lead-name) button[type=submit]').click();
  await expect(page.getByRole('alert').filter({ hasText: es.errors.network })).toBeVisible();
  await expect(page.locator('#lead-company')).toHaveValue('Sin Conexión SL');
  await expect(page.locator('#lead-message')).toHaveValue(/revisar juntos/);

  // The server's own refusal (here, the rate limit) is shown as it says it, text still kept.
  await page.route('**/api/leads', (route) =>
    route.fulfill({ status: 429, json: { message: 'Demasiados mensajes.' } }),
  );
  await page.locator('form:has(#lead-name) button[type=submit]').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Demasiados mensajes.' })).toBeVisible();
  await expect(page.locator('#lead-name')).toHaveValue('Lucía Pérez');
});

test('the form works by keyboard alone at 360 px, from the workshop too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/de/workshop');
  // At the end of a long page: its button loads the form and puts the keyboard in it.
  await page.locator('#lead-title').scrollIntoViewIfNeeded(slow);
  const name = page.locator('#lead-name');
  const open = page.locator('section:has(#lead-title) button');
  if (await open.isVisible()) await open.press('Enter');
  await expect(name).toBeVisible(slow);
  await expectNoHorizontalScroll(page);
  await name.focus();
  await page.keyboard.type('Jonas Keller');
  await page.keyboard.press('Tab');
  await page.keyboard.type('jonas@example.de');
  await page.keyboard.press('Tab');
  await page.keyboard.type(`Keller Werkstatt ${Date.now()}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bitte rufen Sie mich an.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('#lead-consent')).toBeChecked();
  await page.waitForTimeout(3000);
  await page.keyboard.press('Tab'); // the privacy link
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const de = JSON.parse(readFileSync('messages/de.json', 'utf8')).leads;
  await expect(page.getByRole('heading', { name: de.form.sentTitle })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the inbox: sign-in refuses a wrong password, works at 360 px, exports CSV, erases', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const response = await page.goto('/en/inbox');
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
  await page.locator('#inbox-password').fill('not the password');
  await page.locator('#inbox-password').press('Enter');
  const en = JSON.parse(readFileSync('messages/en.json', 'utf8')).leads.inbox;
  await expect(page.locator('#inbox-password-error')).toHaveText(en.wrongPassword);
  await expectNoAxeViolations(page);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'cof_inbox')).toBeUndefined();

  // A lead to find, export and erase.
  const email = `erase.${Date.now()}@example.com`;
  const post = await page.request.post('/api/leads', {
    data: {
      name: '=HYPERLINK("http://evil.example")',
      email,
      company: '<b>Bold</b> Ltd',
      message: '<script>alert(1)</script>',
      consent: true,
      reportCode: code,
      locale: 'en',
      fillMs: 4000,
    },
  });
  expect(post.status()).toBe(201);

  await signIn(page, 'en');
  const session = (await page.context().cookies()).find((c) => c.name === 'cof_inbox');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  await page.goto(`/en/inbox?q=${encodeURIComponent(email)}`);
  const card = page.locator('article', { hasText: email });
  // Rendered as text: the tags show as typed and no <script> or <b> element exists in the card.
  await expect(card).toContainText('<script>alert(1)</script>');
  await expect(card.locator('script, b')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  const csv = await page.request.get(`/api/inbox/export?q=${encodeURIComponent(email)}`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(text.trim().split('\r\n')).toHaveLength(2);
  const anonymous = await page.request.get('/api/inbox/export', { headers: { cookie: '' } });
  expect(anonymous.status()).toBe(401);

  await card.locator('summary').click();
  await card.getByRole('button', { name: en.eraseYes }).click();
  await expect(page.getByRole('status')).toContainText('1 lead erased.');
  await page.goto(`/en/inbox?q=${encodeURIComponent(email)}`);
  await expect(page.getByTestId('lead-count')).toHaveAttribute('data-value', '0');
});

async function brandName(): Promise<string> {
  return (JSON.parse(readFileSync('content/brand.json', 'utf8')) as { name: string }).name;
}
