import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './fixtures/a11y';

const locales = ['en', 'de', 'it', 'es'] as const;
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]),
);

test.describe('locale routing', () => {
  for (const [accept, expected] of [
    ['de-DE,de;q=0.9,en;q=0.5', '/de'],
    ['it-IT,it;q=0.9', '/it'],
    ['es-ES,es;q=0.9', '/es'],
    ['fr-FR,fr;q=0.9', '/en'],
  ] as const) {
    test(`/ redirects "${accept}" to ${expected}`, async ({ request }) => {
      const res = await request.get('/', {
        headers: { 'accept-language': accept },
        maxRedirects: 0,
      });
      expect(res.status()).toBe(307);
      expect(new URL(res.headers().location ?? '', 'http://x').pathname).toBe(expected);
    });
  }

  // Next.js renames a loopback host in a rewrite to `localhost`; on a server started on another
  // name for loopback, the rewrite stays absolute and the server fetches the page from itself over
  // HTTP, which now and then fails with a 500 (vercel/next.js#94745; scripts/start-server.ts).
  test("the proxy's rewrites are served in-process, not fetched over HTTP", async ({ request }) => {
    for (const [path, folder] of [
      ['/en/embed', '/embed/en'],
      ['/it/report/not-a-report-code/opengraph-image', '/it/opengraph-image'],
      ['/de/report/not-a-report-code', '/de/report/not-a-report-code/invalid-link'],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      expect(res.headers()['x-middleware-rewrite'], path).toBe(folder);
    }
  });

  test('an unknown path gets the localized 404 page', async ({ page }) => {
    const res = await page.goto('/de/gibt-es-nicht');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.de.notFound.title);
    await expectNoAxeViolations(page);
  });

  test('an unknown locale ends on a 404, never a 5xx', async ({ request }) => {
    const res = await request.get('/fr/tarifs', { headers: { 'accept-language': 'it' } });
    expect(res.status()).toBe(404);
    expect(res.url()).toMatch(/\/it\/fr\/tarifs$/);
    expect(await res.text()).toContain('<html lang="it"');
  });

  for (const path of [
    '/en/insights/a%25b',
    '/de/insights/%E0%A4%A',
    '/it/report/x%25zz',
    '/es/%25',
  ]) {
    test(`a path Next cannot decode (${path}) answers 404, not 500`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      const locale = path.split('/')[1];
      expect(await res.text()).toContain(`<html lang="${locale}"`);
    });
  }

  test('the 404 page is server-rendered, readable without JavaScript', async ({ request }) => {
    const html = await (await request.get('/es/no-existe')).text();
    expect(html).toContain('<html lang="es"');
    expect(html).toContain(messages.es.notFound.title.replace(/'/g, '&#x27;'));
  });
});

test.describe('landing page', () => {
  for (const locale of locales) {
    test(`${locale}: localized, with alternates, accessible`, async ({ page }) => {
      const res = await page.goto(`/${locale}`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[locale].home.title);
      await expect(page).toHaveTitle(
        new RegExp(messages[locale].home.metaTitle.replace(/[?]/g, '\\?')),
      );
      for (const alt of locales) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${alt}"]`)).toHaveAttribute(
          'href',
          new RegExp(`/${alt}$`),
        );
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`/${locale}$`),
      );
      await expectNoAxeViolations(page);
    });
  }

  test('fits a 360 px phone and keeps its call to action on screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/en');
    await expectNoHorizontalScroll(page);
    await expect(page.getByRole('link', { name: messages.en.home.start })).toBeInViewport();
    await expectNoAxeViolations(page);
  });

  test('works with the keyboard alone: skip link, then the call to action', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: messages.en.nav.skip });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    // From the main landmark, the next stop is the primary call to action.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: messages.en.home.start })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/assessment$/);
  });

  test('shows the brand in the header and contact and legal links in the footer', async ({
    page,
  }) => {
    const brand = JSON.parse(readFileSync('content/brand.json', 'utf8'));
    await page.goto('/it');
    await expect(page.getByRole('banner')).toContainText(brand.name);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: brand.contact.email })).toHaveAttribute(
      'href',
      `mailto:${brand.contact.email}`,
    );
    await expect(footer.getByRole('link', { name: messages.it.footer.imprint })).toHaveAttribute(
      'href',
      brand.legal.imprintUrl,
    );
    await expect(footer.getByRole('link', { name: messages.it.footer.privacy })).toHaveAttribute(
      'href',
      brand.legal.privacyUrl,
    );
  });

  test('wears the brand colours on the site and in the embed', async ({ page }) => {
    const { colors } = JSON.parse(readFileSync('content/brand.json', 'utf8'));
    // The browser reports colours as rgb(): #0b5d4b is rgb(11, 93, 75).
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    await page.goto('/en');
    const start = page.getByRole('link', { name: messages.en.home.start });
    await expect(start).toHaveCSS('background-color', rgb(colors.primary));
    await expect(start).toHaveCSS('color', rgb(colors.onPrimary));
    await page.goto('/en/embed');
    const next = page.getByRole('button', { name: messages.en.questionnaire.next });
    await expect(next).toHaveCSS('background-color', rgb(colors.primary));
  });
});

test.describe('language switcher', () => {
  test('keeps the current page when switching language', async ({ page }) => {
    await page.goto('/en/methodology');
    await page
      .getByRole('navigation', { name: messages.en.switcher.label })
      .getByRole('link', { name: 'Deutsch' })
      .click();
    await expect(page).toHaveURL(/\/de\/methodology$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('marks the current language', async ({ page }) => {
    await page.goto('/es');
    const current = page
      .getByRole('navigation', { name: messages.es.switcher.label })
      .locator('[aria-current="true"]');
    await expect(current).toHaveAttribute('hreflang', 'es');
  });
});
