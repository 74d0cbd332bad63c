import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { fakeSmtp } from '../unit/delivery/fakes/smtp';
import { webhookReceiver } from '../unit/delivery/fakes/webhook-receiver';
import { leadBody, newSecret, reportCode } from '../unit/delivery/support';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './fixtures/a11y';
import { startServer, type RunningServer } from './fixtures/server';

// Its own server (mail and webhook configured), on its own port and PGlite folder.
test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

const port = Number(process.env.E2E_PORT ?? 3100) + 20;
const de = JSON.parse(readFileSync('messages/de.json', 'utf8')).delivery;
const en = JSON.parse(readFileSync('messages/en.json', 'utf8')).delivery;
const password = 'delivery e2e password';
const slow = { timeout: 30_000 };

let server: RunningServer;
let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
let webhook: Awaited<ReturnType<typeof webhookReceiver>>;
let webhookStatus = 410;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cof-e2e-delivery-'));
  smtp = await fakeSmtp();
  const secret = newSecret();
  webhook = await webhookReceiver(secret, () => webhookStatus);
  server = await startServer(port, {
    PGLITE_DIR: path.join(dir, 'pglite'),
    INBOX_PASSWORD: password,
    LEADS_RATE_LIMIT: '1000',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'leads@example.com',
    LEADS_EMAIL_TO: 'sales@example.com',
    LEADS_WEBHOOK_URL: `${webhook.url}/hook`,
    LEADS_WEBHOOK_SECRET: secret,
    LEADS_POLL_MS: '200',
  });
});
test.afterAll(async () => {
  await server?.stop();
  await Promise.all([smtp?.close(), webhook?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

test('"email me my report" works by keyboard in German at 360 px and mails the link', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${server.url}/de/report/${reportCode}`);
  await expect(page.locator('#email-report-title')).toHaveText(de.emailMe.title);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  const input = page.getByLabel(de.emailMe.label);
  await input.focus();
  await page.keyboard.type('kein-adresse');
  await page.keyboard.press('Enter');
  await expect(page.locator('#report-email-status')).toHaveText(de.emailMe.errors.email, slow);
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await input.fill('');
  await page.keyboard.type('jana.schmidt@example.de');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#report-email-status')).toHaveText(
    de.emailMe.sent.replace('{email}', 'jana.schmidt@example.de'),
    slow,
  );
  await expect
    .poll(() => smtp.mails.filter((m) => m.to.includes('jana.schmidt@example.de')).length, slow)
    .toBe(1);
  const mail = smtp.mails.find((m) => m.to.includes('jana.schmidt@example.de'))!;
  expect(mail.decoded).toContain(`/de/report/${reportCode}`);
  expect(mail.decoded).toContain('Nettoersparnis');
  await expectNoAxeViolations(page);
});

test('the inbox shows each destination, a refused webhook as failed, and retries it', async ({
  page,
}) => {
  const body = leadBody(7);
  const res = await fetch(`${server.url}/api/leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, company: 'Dead Letter GmbH' }),
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };

  await page.goto(`${server.url}/en/inbox`);
  await page.locator('#inbox-password').fill(password);
  await page.locator('#inbox-password').press('Enter');
  await expect(page.getByTestId('lead-count')).toBeVisible(slow);
  const card = page.locator(`article[data-lead-id="${id}"]`);
  // The webhook answered 410: given up at once. The mail went out.
  await expect
    .poll(async () => {
      await page.reload();
      return card.locator('[data-destination=webhook]').getAttribute('data-status');
    }, slow)
    .toBe('dead');
  await expect(card.locator('[data-destination=email]')).toHaveAttribute(
    'data-status',
    'delivered',
  );
  const dead = page.locator('#dead-letters').locator('..');
  await expect(dead).toContainText('HTTP 410');
  await expectNoAxeViolations(page);

  webhookStatus = 204;
  const retry = dead.getByRole('button', { name: `${en.inbox.retry}: Webhook` });
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').first()).toContainText(en.inbox.retried, slow);
  await expect
    .poll(() => webhook.received.filter((r) => r.body.data?.id === id).length, slow)
    .toBe(1);
  await expect
    .poll(async () => {
      await page.reload();
      return card.locator('[data-destination=webhook]').getAttribute('data-status');
    }, slow)
    .toBe('delivered');
});
