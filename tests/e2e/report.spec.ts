import { expect, test } from '@playwright/test';
import { MAX_CODE_LENGTH, encodeReport } from '@/lib/report-link';
import { toBase64url } from '@/lib/report-link/base64url';
import { checksumBytes } from '@/lib/report-link/checksum';
import { writeV2 } from '@/lib/report-link/v2';
import {
  brandSuite,
  expectNoAxeViolations,
  expectedReport,
  headline,
  headlineOf,
  locales,
  parse,
} from './fixtures/journey';
import { linkFor } from '../unit/support/links';

const answers = parse({
  employees: 120,
  whatsappShare: 0.5,
  industry: 'energy',
  jurisdiction: 'eu',
  recordKeepingDuty: 'yes',
  businessOnWhatsapp: 'often',
  archiving: 'none',
  devicesLostPerYear: 4,
  clientName: 'Stadtwerke Nord',
});
const code = encodeReport(answers);
const model = expectedReport(answers);

// The same client after a workshop: three assumptions changed, the managed fee in the brand's EUR.
const overrides = {
  unloggedDealLossShare: 0.25,
  suiteManagedServicePerUserMonth: 35,
  residualFines: 0.25,
};
const workshopCode = linkFor(answers, overrides, { suite: brandSuite });

// A small, unregulated shop with little exposure: WhatsApp is the cheaper option, and the
// report must say so.
const cheap = parse({
  employees: 8,
  whatsappShare: 0.5,
  industry: 'retail',
  jurisdiction: 'us',
  currency: 'USD',
  annualRevenue: 900_000,
  averageSalary: 45_000,
  archiving: 'full',
  personalDataInChats: 'never',
  contactSync: 'blocked',
  devicesLostPerYear: 0,
  backupControl: 'company',
  leaversTakeData: 'never',
  turnoverRate: 0.05,
  afterHoursPressure: 'low',
  mixedPhones: false,
  clientFacingStaff: 2,
  dealsOnWhatsapp: 0.05,
  crmLogging: 'always',
  revenuePerClientFacing: 150_000,
  minutesLostPerDay: 1,
  horizonYears: 2,
});

test('the headline shows computeReport’s figures, the same in all four languages', async ({
  page,
}) => {
  for (const locale of locales) {
    const response = await page.goto(`/${locale}/report/${code}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // data-value carries the model's unrounded numbers: net saving = status quo − suite, in cents.
    expect(await headline(page)).toEqual(headlineOf(model));
  }
  // The language switcher keeps the code: German → English, same figures.
  await page.goto(`/de/report/${code}`);
  await page.locator('a[hreflang=en]').first().click();
  await expect(page).toHaveURL(new RegExp(`/en/report/${code}$`));
  expect(await headline(page)).toEqual(headlineOf(model));
});

test('the fines table shows each rule’s chance, size and expected cost from the model', async ({
  page,
}) => {
  await page.goto(`/en/report/${code}`);
  const table = page.getByTestId('fines');
  // An EU energy firm with a duty and unarchived chats: MiFID II / REMIT record keeping, and GDPR.
  expect(model.fines.map((f) => f.regime)).toEqual(['mifid', 'gdpr']);
  for (const f of model.fines) {
    const row = table.locator(`tr[data-regime="${f.regime}"]`);
    await expect(row).toBeVisible();
    // The size and the expected cost a year, in whole euros as the table shows them.
    const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    await expect(row).toContainText(whole.format(f.sizeIfItHappens));
    await expect(row).toContainText(whole.format(f.expectedPerYear));
  }
});

test('the report formats for the page locale and says what the saving is', async ({ page }) => {
  await page.goto(`/de/report/${code}`);
  const whole = (x: number) =>
    new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
      .format(x)
      .replace(/\u00a0/g, ' ');
  // The headline rounds the model's cents to whole euros, German style (e.g. 1.234.567 €).
  await expect(page.locator('[data-metric=status-quo-total]')).toHaveText(
    whole(model.statusQuo.total),
  );
  await expect(page.locator('h1')).toHaveText(
    'Stadtwerke Nord: Was kostenloses WhatsApp wirklich kostet',
  );
  // The sentence follows the simulation's verdict, not only the sign of the point saving.
  if (model.verdict === 'suite-cheaper') {
    await expect(
      page.getByText(`spart über 3 Jahre voraussichtlich ${whole(model.netSaving)}`),
    ).toBeVisible();
  } else if (model.verdict === 'too-close') {
    await expect(page.getByText('zu knapp für ein klares Ergebnis')).toBeVisible();
  }
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
});

test('when WhatsApp is cheaper, the report says so plainly', async ({ page }) => {
  const report = expectedReport(cheap);
  expect(report.netSaving).toBeLessThan(0); // status quo total − suite total < 0
  expect(report.verdict).toBe('whatsapp-cheaper');
  await page.goto(`/en/report/${encodeReport(cheap)}`);
  expect(await headline(page)).toEqual(headlineOf(report));
  await expect(page.getByText('On these answers WhatsApp is the cheaper option')).toBeVisible();
  await expect(page.locator('dt', { hasText: 'Extra cost of switching' })).toBeVisible();
  // No payback within the horizon: an empty data-value and words instead of a month.
  await expect(page.locator('[data-metric=payback-month]')).toHaveAttribute('data-value', '');
  await expect(page.locator('[data-metric=payback-month]')).toHaveText('Not within 2 years');
});

test('a workshop’s link shows its figures, says so by the headline and marks each value', async ({
  page,
}) => {
  const adjusted = expectedReport(answers, overrides);
  expect(adjusted.netSaving).not.toBe(model.netSaving); // a €40 fee instead of €8, among others
  const words: Record<string, [string, string]> = {
    en: ['3 assumptions were adjusted in a workshop (marked below).', 'set in the workshop'],
    de: [
      '3 Annahmen wurden in einem Workshop angepasst (unten markiert).',
      'im Workshop festgelegt',
    ],
  };
  for (const [locale, [line, mark]] of Object.entries(words)) {
    await page.goto(`/${locale}/report/${workshopCode}`);
    expect(await headline(page)).toEqual(headlineOf(adjusted));
    await expect(page.getByTestId('workshop-adjusted')).toHaveText(line);
    // Each of the three is listed with its source, and marked, whether or not it drives the result.
    const marked = page.locator('section[aria-labelledby=assumptions-title] li[data-overridden]');
    await expect(marked).toHaveCount(3);
    for (const item of await marked.all()) await expect(item).toContainText(mark);
  }
  await expectNoAxeViolations(page);

  // The social image is computed from the same link (its figures: tests/unit/og).
  const image = await page.request.get(`/en/report/${workshopCode}/opengraph-image`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');

  // A link without overrides says nothing about a workshop.
  await page.goto(`/en/report/${code}`);
  await expect(page.getByTestId('workshop-adjusted')).toHaveCount(0);
  await expect(page.locator('li[data-overridden]')).toHaveCount(0);
});

test('per-year table adds up to the headline totals', async ({ page }) => {
  await page.goto(`/en/report/${code}`);
  const rows = page.locator('section[aria-labelledby=table-title] tbody tr');
  await expect(rows).toHaveCount(model.horizonYears); // one row per year of the horizon (3)
  const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  await expect(page.locator('section[aria-labelledby=table-title] tfoot')).toContainText(
    whole.format(model.statusQuo.total), // sum of statusQuo.byYear, rounded to whole euros
  );
});

test('charts load on the report only, and the page has zero axe violations at 360 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/en/report/${code}`);
  // Charts mount as they near the viewport: none yet above the fold, all four once scrolled to.
  await expect(page.locator('figure .recharts-wrapper')).toHaveCount(0);
  for (const figure of await page.locator('figure').all()) await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('figure .recharts-wrapper')).toHaveCount(4);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0); // nothing wider than the phone
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page);

  // Recharts is not part of the assessment page's scripts.
  await page.goto('/en/assessment');
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
});

test('sources link to the methodology, the contact block to the MSP', async ({ page }) => {
  await page.goto(`/it/report/${code}`);
  const first = page.locator(
    'section[aria-labelledby=assumptions-title] li a[href*="/it/methodology#"]',
  );
  expect(await first.count()).toBeGreaterThan(0);
  await expect(
    page.locator('section[aria-labelledby=contact-title] a[href^="mailto:"]'),
  ).toBeVisible();
  await expect(
    page.locator('section[aria-labelledby=contact-title] a[href^="tel:"]'),
  ).toBeVisible();
});

const good = encodeReport(parse({}));
// A correctly sealed v2 link with residualFines at 41 %: above today's range (5–35 %), as a link
// sent before the range narrowed can be.
const outOfRange = (() => {
  const payload = writeV2(parse({}), [{ id: 'residualFines', value: 0.41 }]);
  const signed = new Uint8Array([...new TextEncoder().encode('2'), ...payload]);
  return '2' + toBase64url(new Uint8Array([...payload, ...checksumBytes(signed)]));
})();
const broken: [string, string, RegExp][] = [
  // [what, code, English heading]
  ['truncated', good.slice(0, -3), /damaged/],
  [
    'one character changed',
    good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11),
    /damaged/,
  ],
  ['from a future version', `9${good.slice(1)}`, /another version/],
  ['with a dot', `${good.slice(0, 8)}.${good.slice(8)}`, /damaged/],
  ['far too long', `1${'A'.repeat(MAX_CODE_LENGTH)}`, /too long/],
  ['plain garbage', 'hello-world', /another version|damaged/],
];

for (const [what, bad, heading] of broken) {
  test(`a link ${what} answers 404 with a server-rendered, localized page`, async ({ request }) => {
    const en = await request.get(`/en/report/${bad}`);
    expect(en.status()).toBe(404);
    const html = await en.text();
    expect(html).toContain('<html lang="en"');
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toMatch(heading);
    expect(html).toContain('href="/en/assessment"');

    const de = await request.get(`/de/report/${bad}`);
    expect(de.status()).toBe(404);
    const deHtml = await de.text();
    expect(deHtml).toContain('<html lang="de"');
    expect(deHtml).toMatch(/<h1[^>]*>Dieser Link [^<]+<\/h1>/);
  });
}

test('a link with a workshop value outside today’s range still opens, at the top of the range', async ({
  page,
}) => {
  const response = await page.goto(`/en/report/${outOfRange}`);
  expect(response?.status()).toBe(200);
  // residualFines 41 % clamped to 35 %: the figures the model gives for 35 %.
  expect(await headline(page)).toEqual(
    headlineOf(expectedReport(parse({}), { residualFines: 0.35 })),
  );
});

test('the broken-link page works with axe and offers a new assessment', async ({ page }) => {
  const response = await page.goto(`/es/report/${good.slice(0, -4)}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Este enlace está dañado');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Empezar una nueva autoevaluación' }).click();
  await expect(page).toHaveURL(/\/es\/assessment$/);
});

test('a tampered link never yields a 5xx', async ({ request }) => {
  // 60 codes: every position of a valid code changed to another character, then a few extras.
  const codes = [...good].map(
    (c, i) => good.slice(0, i) + (c === 'x' ? 'y' : 'x') + good.slice(i + 1),
  );
  codes.push('%', '%E0%A4%A', '..', '1' + '-'.repeat(50), encodeURIComponent('1ü'));
  for (const c of codes) {
    const r = await request.get(`/en/report/${c}`);
    expect(r.status(), c).toBeLessThan(500);
  }
});
