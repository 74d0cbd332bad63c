import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { answersSchema, choosePackage, computeReport, type PriceBook } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { expectNoAxeViolations } from './fixtures/a11y';
import { brokenLinks, type BrokenLink } from './fixtures/broken-links';

const locales = ['en', 'de', 'it', 'es'] as const;
const brand = JSON.parse(readFileSync('content/brand.json', 'utf8')) as {
  siteUrl: string;
  suite: PriceBook;
};
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]),
);

const answers = answersSchema.parse({
  employees: 240,
  whatsappShare: 0.7,
  industry: 'professional-services',
  jurisdiction: 'eu',
  recordKeepingDuty: 'unsure',
  businessOnWhatsapp: 'often',
  devicesLostPerYear: 3,
  clientName: 'Kanzlei Weiß & Partner',
});
const code = encodeReport(answers);
const report = computeReport(answers, { suite: choosePackage(brand.suite).pricing });
const reportUrl = (locale: string) => `${brand.siteUrl}/${locale}/report/${code}`;

/** The five headline hooks, as the page carries them in data-value. */
async function figures(page: Page) {
  const read = (metric: string) =>
    page.locator(`[data-metric="${metric}"]`).getAttribute('data-value');
  return {
    netSaving: await read('net-saving'),
    statusQuoTotal: await read('status-quo-total'),
    suiteTotal: await read('suite-total'),
    paybackMonth: await read('payback-month'),
    riskOverall: await read('risk-overall'),
  };
}

/** Width and height from a PNG's IHDR chunk: bytes 16–19 and 20–23, big-endian. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('one link shows the same figures in all four languages', async ({ page }) => {
  const expected = {
    netSaving: String(report.netSaving), // statusQuo.total − suite.total, to the cent
    statusQuoTotal: String(report.statusQuo.total),
    suiteTotal: String(report.suite.total),
    paybackMonth: report.paybackMonth === null ? '' : String(report.paybackMonth),
    riskOverall: String(report.risk.overall),
  };
  for (const locale of locales) {
    expect((await page.goto(`/${locale}/report/${code}`))?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    expect(await figures(page)).toEqual(expected);
  }
});

test('the language switcher on a report keeps the code', async ({ page }) => {
  await page.goto(`/en/report/${code}`);
  const before = await figures(page);
  for (const locale of ['de', 'it', 'es', 'en'] as const) {
    await page.locator(`header nav a[hreflang="${locale}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/report/${code}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    expect(await figures(page)).toEqual(before);
  }
});

test('reports are noindex and name their own social image', async ({ request }) => {
  for (const locale of locales) {
    const html = await (await request.get(`/${locale}/report/${code}`)).text();
    expect(html).toMatch(/<meta name="robots" content="noindex[^"]*"/);
    const image = `${reportUrl(locale)}/opengraph-image`;
    expect(html).toContain(`<meta property="og:image" content="${image}"`);
    expect(html).toContain(`<meta name="twitter:image" content="${image}"`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
  }
});

test('the social image is a 1200×630 PNG for a real and for a broken code', async ({ request }) => {
  for (const path of [`/de/report/${code}`, '/it/report/not-a-report-code']) {
    const res = await request.get(`${path}/opengraph-image`);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
});

// ---- 500 broken links: pages answer a localized 4xx, images a PNG or a 4xx, never a 5xx ----

const links = brokenLinks();
test('the broken-link set is 500 links in six kinds', () => {
  // 100 truncated + 100 flipped + 50 wrong-version + 50 tampered + 150 random + 50 over-long
  expect(links).toHaveLength(500);
});

/** Runs `work` over `items`, `width` at a time, in order of start. */
async function pool<T>(items: T[], width: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
}

async function checkBroken(request: APIRequestContext, link: BrokenLink, i: number) {
  const locale = locales[i % locales.length]!;
  const path = `/${locale}/report/${encodeURIComponent(link.code)}`;
  const what = `${link.kind} ${path}`;

  const page = await request.get(path, { maxRedirects: 0 });
  expect(page.status(), what).toBeGreaterThanOrEqual(400);
  expect(page.status(), what).toBeLessThan(500);
  const html = await page.text();
  expect(html, what).toContain(`<html lang="${locale}"`);
  expect(html, what).toContain(messages[locale].report.linkError.start);

  const image = await request.get(`${path}/opengraph-image`, { maxRedirects: 0 });
  expect(image.status(), `${what}/opengraph-image`).toBeLessThan(500);
  if (image.status() === 200) {
    expect(image.headers()['content-type']).toBe('image/png');
  } else {
    expect(image.status(), `${what}/opengraph-image`).toBeGreaterThanOrEqual(400);
  }
}

for (const kind of ['truncated', 'flipped', 'wrong-version', 'tampered', 'random', 'over-long']) {
  test(`broken links (${kind}): localized 4xx pages, images never a 5xx`, async ({ request }) => {
    test.setTimeout(240_000);
    const mine = links.filter((l) => l.kind === kind);
    await pool(mine, 4, (link, i) => checkBroken(request, link, i));
  });
}

// ---- the share bar, print and PDF ----

test.describe('share bar', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link confirms visibly, in a live region, and copies the report URL', async ({
    page,
  }) => {
    await page.goto(`/de/report/${code}`);
    const status = page.locator('section[aria-labelledby=share-title] [role=status]');
    await expect(status).toHaveText('');
    await page.getByRole('button', { name: messages.de.share.copy }).click();
    await expect(status).toHaveText(messages.de.share.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reportUrl('de'));
    await expectNoAxeViolations(page);
  });

  test('email link has a localized subject and a body with the link', async ({ page }) => {
    await page.goto(`/it/report/${code}`);
    const href = await page
      .getByRole('link', { name: messages.it.share.email })
      .getAttribute('href');
    const url = new URL(href!);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe(
      messages.it.share.emailSubjectClient.replace('{client}', answers.clientName),
    );
    expect(url.searchParams.get('body')).toContain(reportUrl('it'));
    expect(url.searchParams.get('body')).toContain('\r\n'); // mailto line breaks are CRLF
  });

  test('the native share button shows only where the browser has a share sheet', async ({
    page,
  }) => {
    await page.goto(`/en/report/${code}`);
    const button = page.getByRole('button', { name: messages.en.share.native, exact: true });
    const hasSheet = await page.evaluate(() => typeof navigator.share === 'function');
    await expect(button).toHaveCount(hasSheet ? 1 : 0); // hidden buttons leave the a11y tree
  });

  test('zero axe violations on the report with the share bar, at 360 px and 1280 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/es/report/${code}`);
    await expect(page.locator('section[aria-labelledby=share-title] button').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page);
  });
});

test('print media hides navigation and buttons, keeps charts, table, sources and the QR code', async ({
  page,
}) => {
  await page.goto(`/en/report/${code}`);
  // Save as PDF mounts the lazy charts, then opens the print dialog (stubbed here).
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: messages.en.share.print }).click();
  await expect(page.locator('html[data-printed]')).toHaveCount(1);
  await expect(page.locator('figure .recharts-wrapper')).toHaveCount(4); // all four charts

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('footer').first()).toBeHidden();
  // Copy, Save as PDF and the native share button (the email action is a link).
  await expect(page.locator('section[aria-labelledby=share-title] button')).toHaveCount(3);
  await expect(
    page.locator('section[aria-labelledby=share-title] a[href^="mailto:"]'),
  ).toBeHidden();
  for (const button of await page.locator('main button').all()) await expect(button).toBeHidden();
  for (const figure of await page.locator('figure').all()) await expect(figure).toBeVisible();
  await expect(page.locator('section[aria-labelledby=table-title] table')).toBeVisible();
  await expect(page.locator('section[aria-labelledby=assumptions-title] li').first()).toBeVisible();
  const qr = page.getByRole('img', { name: messages.en.share.qrAlt });
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('data-qr-url', reportUrl('en'));

  await page.emulateMedia({ media: 'screen' });
  await expect(qr).toBeHidden();
});

test('the report prints to an A4 PDF', async ({ page }) => {
  await page.goto(`/en/report/${code}`);
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: messages.en.share.print }).click();
  await expect(page.locator('html[data-printed]')).toHaveCount(1);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(50_000); // text, four charts and the QR code: well over 50 KB
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  // Headline, risks, four charts, table, answers, sources and contact: 5 to 12 A4 pages.
  expect(pages).toBeGreaterThanOrEqual(5);
  expect(pages).toBeLessThanOrEqual(12);
  // A4 is 595.92 × 842.88 pt (210 × 297 mm at 72 pt per 25.4 mm).
  expect(text).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.8\d*\]/);
});
