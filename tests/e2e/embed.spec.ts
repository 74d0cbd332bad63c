import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { watchViolations } from './fixtures/csp';
import { expectNoAxeViolations } from './fixtures/journey';
import { E2E_INBOX_PASSWORD, embedHosts } from './fixtures/server';

const port = Number(process.env.E2E_PORT ?? 3100);
const app = `http://127.0.0.1:${port}`;
const hosts = embedHosts(port);
const en = JSON.parse(readFileSync('messages/en.json', 'utf8'));
test.setTimeout(240_000);
const slow = { timeout: 30_000 };

/** An MSP's page: the snippet from the README, and a list of the events the div hears. */
const hostPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Northwind: check your WhatsApp costs</title></head>
<body>
<main>
<h1>Check what free WhatsApp costs you</h1>
<div data-cost-of-free data-locale="en" data-seller="ana"></div>
</main>
<script>
  window.cofEvents = [];
  ['started', 'step', 'completed', 'lead'].forEach(function (name) {
    document.querySelector('[data-cost-of-free]').addEventListener('cof:' + name, function (e) {
      window.cofEvents.push({ name: e.type, detail: e.detail });
    });
  });
</script>
<script src="${app}/embed.js" async></script>
</body>
</html>`;

// One worker: the host pages' ports are fixed.
test.describe.configure({ mode: 'serial' });

const servers: Server[] = [];
test.beforeAll(async () => {
  for (const origin of [hosts.allowed, hosts.refused]) {
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage);
    });
    const { hostname, port: p } = new URL(origin);
    await new Promise<void>((resolve) => server.listen(Number(p), hostname, resolve));
    servers.push(server);
  }
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

async function fillStep(frame: FrameLocator, values: Record<string, string>) {
  const form = frame.locator('form[data-step]');
  for (const [key, value] of Object.entries(values)) {
    const radios = form.locator(`input[type=radio][name="${key}"]`);
    if ((await radios.count()) > 0) {
      await form.locator(`input[type=radio][name="${key}"][value="${value}"]`).check();
    } else {
      await form.locator(`[name="${key}"]`).fill(value);
    }
  }
  await form.locator('button[type=submit]').click();
}

/** The frame's height on the host page and its content's height inside, in CSS pixels. */
async function heights(page: Page, frame: FrameLocator) {
  const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame
    .locator('body > div.flow-root')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  return { outer, inner };
}

async function expectFitted(page: Page, frame: FrameLocator) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(page, frame);
      return Math.abs(outer - inner);
    }, slow)
    .toBeLessThanOrEqual(1);
}

async function signIn(page: Page) {
  await page.goto(`${app}/en/inbox`);
  await page.locator('#inbox-password').fill(E2E_INBOX_PASSWORD);
  await page.locator('#inbox-password').press('Enter');
  await expect(page.getByTestId('lead-count')).toBeVisible(slow);
}

test('an allowed site embeds the assessment: it resizes, reports events, and its lead keeps the utm_source', async ({
  page,
}) => {
  const violations = watchViolations(page);
  // A source of its own, so the funnel counts below are this test's alone.
  const source = `e2e-embed-${Date.now()}`;
  await page.goto(`${hosts.allowed}/?utm_source=${source}&utm_campaign=winter`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('form[data-step=profile]')).toBeVisible(slow);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  // No header or footer in the frame: only the assessment.
  await expect(frame.locator('header, footer')).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveAttribute('title', 'Self-assessment');

  // The frame takes its content's height (not the loader's 640 px), and grows when it does.
  await expectFitted(page, frame);
  const before = (await heights(page, frame)).outer;
  // A typo: the step stays, with an error summary above and a line under the field.
  await frame.locator('form[data-step] [name=employees]').fill('many');
  await frame.locator('form[data-step] button[type=submit]').click();
  await expect(frame.locator('#q-employees-error')).not.toBeEmpty();
  await expect(frame.locator('form[data-step=profile]')).toBeVisible();
  await expectFitted(page, frame);
  expect((await heights(page, frame)).outer).toBeGreaterThan(before);
  await expectNoAxeViolations(page);

  await fillStep(frame, {
    employees: '1,250',
    whatsappShare: '45',
    industry: 'financial-services',
    jurisdiction: 'uk',
    annualRevenue: '12,500,000',
    averageSalary: '58,000.50',
  });
  await expect(frame.locator('form[data-step=compliance]')).toBeVisible();
  await fillStep(frame, {
    businessOnWhatsapp: 'often',
    archiving: 'partial',
    contactSync: 'allowed',
    regulatorInquiry: 'true',
  });
  await expect(frame.locator('form[data-step=dataLoss]')).toBeVisible();
  await fillStep(frame, { devicesLostPerYear: '2.5', leaversTakeData: 'often' });
  await expect(frame.locator('form[data-step=people]')).toBeVisible();
  await fillStep(frame, { turnoverRate: '18', afterHoursPressure: 'high' });
  await expect(frame.locator('form[data-step=sales]')).toBeVisible();
  await fillStep(frame, {
    clientFacingStaff: '300',
    dealsOnWhatsapp: '30',
    revenuePerClientFacing: '400,000',
  });
  await expect(frame.locator('form[data-step=productivity]')).toBeVisible();
  await fillStep(frame, {
    minutesLostPerDay: '12',
    groupsNearLimit: 'true',
    platformMessagesPerMonth: '2,000',
    horizonYears: '4',
  });

  // The report inside the frame: its headline, the full report one click away in the top window
  // at the plain report link (nothing about the visit in it), and the lead form.
  const full = frame.getByRole('link', { name: en.embed.openFullReport });
  await expect(full).toBeVisible(slow);
  await expect(full).toHaveAttribute('target', '_top');
  const href = (await full.getAttribute('href'))!;
  expect(href).toMatch(/^\/en\/report\/[A-Za-z0-9_-]+$/);
  await expect(frame.locator('#lead-name')).toBeVisible(slow);
  await expectFitted(page, frame);
  await expectNoAxeViolations(page);

  const company = `Embedded Partners ${Date.now()}`;
  const form = frame.locator('form:has(#lead-name)');
  await form.locator('#lead-name').fill('Alex Example');
  await form.locator('#lead-email').fill('alex@example.com');
  await form.locator('#lead-company').fill(company);
  await form.locator('#lead-message').fill('Please walk us through these figures.');
  await form.locator('#lead-consent').check();
  // A person takes more than three seconds; quicker posts are refused as a bot's.
  await page.waitForTimeout(3000);
  await form.locator('button[type=submit]').click();
  await expect(frame.getByRole('heading', { name: en.leads.form.sentTitle })).toBeVisible(slow);

  // The host heard each stage once, with step numbers and nothing else.
  const heard = await page.evaluate(
    () => (window as unknown as { cofEvents: unknown[] }).cofEvents,
  );
  expect(heard).toEqual([
    { name: 'cof:started', detail: {} },
    ...[2, 3, 4, 5, 6].map((step) => ({ name: 'cof:step', detail: { step } })),
    { name: 'cof:completed', detail: {} },
    { name: 'cof:lead', detail: {} },
  ]);

  // "Open the full report" leaves the frame: the top window goes to the site's own report page.
  await full.click();
  await page.waitForURL(`${app}${href}`, slow);
  await expect(page.locator('#result-title')).toBeAttached();

  // The lead carries the host page's utm_source and campaign, the seller code and where it stood.
  await signIn(page);
  const csv = await (
    await page.request.get(`${app}/api/inbox/export?q=${encodeURIComponent(company)}`)
  ).text();
  const [header, row] = csv
    .trim()
    .split('\r\n')
    // Every cell is quoted; none of these holds a comma or a quote.
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
  const lead = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
  expect(lead).toMatchObject({
    source: 'embed',
    utm_source: source,
    utm_campaign: 'winter',
    seller: 'ana',
  });

  // The funnel counted exactly the stages this visit went through, under its source.
  const expected = {
    landing_viewed: 0,
    embed_loaded: 1,
    assessment_started: 1,
    ...Object.fromEntries([2, 3, 4, 5, 6].map((s) => [`step_reached-${s}`, 1])),
    report_viewed: 1,
    lead_submitted: 1,
  };
  await expect
    .poll(async () => {
      await page.goto(`${app}/en/inbox/funnel?source=${source}`);
      const rows = page.locator('[data-testid=funnel] tr[data-event]');
      const counts: Record<string, number> = {};
      for (const r of await rows.all()) {
        const step = await r.getAttribute('data-step');
        const key = `${await r.getAttribute('data-event')}${step ? `-${step}` : ''}`;
        counts[key] = Number(await r.getAttribute('data-count'));
      }
      return counts;
    }, slow)
    .toEqual(expected);
  await expectNoAxeViolations(page);
  expect(violations).toEqual([]);
});

test('the frame works at 360 px and from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${hosts.allowed}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('form[data-step=profile]')).toBeVisible(slow);
  const overflow = await frame
    .locator('html')
    .evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The host page has nothing to focus before the frame: the first Tab lands on the first question.
  await page.keyboard.press('Tab');
  await expect(frame.locator('[name=employees]')).toBeFocused();
});

test('POST /api/events answers bad input with a 4xx and bots with a silent 204', async ({
  request,
}) => {
  const post = (data: string, headers: Record<string, string> = {}) =>
    request.post(`${app}/api/events`, {
      // A Buffer goes as it is; a string would be JSON-encoded once more.
      data: Buffer.from(data),
      headers: { 'content-type': 'application/json', ...headers },
    });
  const event = JSON.stringify({ event: 'landing_viewed', locale: 'en', source: 'e2e-api' });
  expect((await post(event)).status()).toBe(204);
  expect((await post(event, { 'user-agent': 'Googlebot/2.1' })).status()).toBe(204);
  expect((await post('{"event":')).status()).toBe(400);
  expect((await post('{"event":"clicked","locale":"en"}')).status()).toBe(422);
  expect((await post(event, { 'content-type': 'text/html' })).status()).toBe(415);
  expect((await post(JSON.stringify({ pad: 'x'.repeat(5000) }))).status()).toBe(413);
});

test('a site not on the brand list cannot frame the assessment, and no page but the embed can be framed', async ({
  page,
}) => {
  const refusals: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
  });
  await page.goto(`${hosts.refused}/`);
  await expect(page.locator('iframe')).toBeAttached();
  // Chromium replaces a refused frame with its error page and logs the directive that refused it.
  await expect.poll(() => refusals.length, slow).toBeGreaterThan(0);
  expect(refusals[0]).toContain(`frame-ancestors ${hosts.allowed}`);
  await expect(page.frameLocator('iframe').locator('form[data-step]')).toHaveCount(0);

  for (const path of ['/en', '/en/assessment', '/en/workshop', '/en/inbox']) {
    const response = await page.request.get(`${app}${path}`);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  for (const path of ['/de/embed', '/en/embed/report/not-a-code']) {
    const embed = await page.request.get(`${app}${path}`);
    expect(embed.status(), path).toBe(200);
    expect(embed.headers()['content-security-policy'], path).toMatch(
      new RegExp(`; frame-ancestors ${hosts.allowed}$`),
    );
  }
});
