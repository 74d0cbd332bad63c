import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanArticles } from '../../lib/content/scan';
import { TITLE_MAX, pageTitle } from '../../lib/seo/title';

const locales = ['en', 'de', 'it', 'es'] as const;
const { articles } = scanArticles(path.join(process.cwd(), 'content', 'insights'));
const brand = JSON.parse(readFileSync('content/brand.json', 'utf8')) as {
  siteUrl: string;
  name: string;
};
const site = brand.siteUrl;
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]),
);
const PAGES = ['', '/assessment', '/workshop', '/insights', '/methodology'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('robots.txt allows all, keeps reports out and names the sitemap', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Disallow: \/\*\/report\/$/m);
  expect(text).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test('the sitemap lists every page and article in every language with its alternates', async ({
  request,
}) => {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  const entries = new Map(
    [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => {
      const loc = /<loc>([^<]+)<\/loc>/.exec(body!)![1]!;
      const alternates = Object.fromEntries(
        [...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, l, h]) => [l, h]),
      );
      return [loc, alternates];
    }),
  );
  const expected = new Map<string, Record<string, string>>();
  for (const p of PAGES) {
    const alternates: Record<string, string> = Object.fromEntries(
      locales.map((l) => [l, `${site}/${l}${p}`]),
    );
    alternates['x-default'] = `${site}/en${p}`;
    for (const l of locales) expected.set(`${site}/${l}${p}`, alternates);
  }
  for (const a of articles) {
    const alternates: Record<string, string> = Object.fromEntries(
      articles
        .filter((t) => t.translationKey === a.translationKey)
        .map((t) => [t.locale, `${site}/${t.locale}/insights/${t.slug}`]),
    );
    if (alternates.en) alternates['x-default'] = alternates.en;
    expected.set(`${site}/${a.locale}/insights/${a.slug}`, alternates);
  }
  expect(Object.fromEntries(entries)).toEqual(Object.fromEntries(expected));
  expect(entries.size).toBe(PAGES.length * locales.length + articles.length);
});

test.describe('social images', () => {
  for (const locale of locales) {
    test(`${locale}: the default image is a 1200×630 PNG`, async ({ request }) => {
      const res = await request.get(`/${locale}/opengraph-image`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    });
  }

  test('every article has its own 1200×630 PNG', async ({ request }) => {
    for (const a of articles) {
      const res = await request.get(`/${a.locale}/insights/${a.slug}/opengraph-image`);
      expect(res.status(), a.slug).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test('an unknown article still gets a branded image, never an error', async ({ request }) => {
    const res = await request.get('/de/insights/gibt-es-nicht/opengraph-image');
    expect(res.status()).toBeLessThan(500);
  });
});

test.describe('metadata', () => {
  const pages = [
    ...locales.flatMap((l) => ['', '/insights', '/methodology'].map((p) => ({ locale: l, p }))),
    ...articles.map((a) => ({ locale: a.locale, p: `/insights/${a.slug}` })),
  ];
  for (const { locale, p } of pages) {
    test(`/${locale}${p}: localized title and description, canonical, og and twitter tags`, async ({
      page,
    }) => {
      await page.goto(`/${locale}${p}`);
      const head = page.locator('head');
      const content = (selector: string) => head.locator(selector).getAttribute('content');
      // The page's own title, with " · brand" when both fit what a results page shows.
      const title = await page.title();
      expect(title).toBe(pageTitle((await content('meta[property="og:title"]'))!, brand.name));
      expect(title.length <= TITLE_MAX || !title.endsWith(` · ${brand.name}`)).toBe(true);
      expect((await content('meta[name="description"]'))?.length).toBeGreaterThan(40);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${site}/${locale}${p}`,
      );
      expect(await content('meta[property="og:title"]')).toBeTruthy();
      expect(await content('meta[property="og:url"]')).toBe(`${site}/${locale}${p}`);
      expect(await content('meta[property="og:locale"]')).toMatch(new RegExp(`^${locale}_`));
      expect(await content('meta[property="og:image:width"]')).toBe('1200');
      expect(await content('meta[property="og:image:height"]')).toBe('630');
      const image = new URL((await content('meta[property="og:image"]'))!);
      expect(image.origin).toBe(site);
      expect(image.pathname).toBe(
        p.startsWith('/insights/')
          ? `/${locale}${p}/opengraph-image`
          : `/${locale}/opengraph-image`,
      );
      expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(await content('meta[name="twitter:image"]')).toBe(image.href);
    });
  }

  test('pages kept out of search still describe themselves, in their language', async ({
    page,
  }) => {
    const content = (name: string) =>
      page.locator(`head meta[name="${name}"]`).getAttribute('content');
    for (const locale of locales) {
      const m = messages[locale];
      for (const [p, description] of [
        ['/embed', m.questionnaire.metaDescription],
        ['/inbox', m.leads.inbox.metaDescription],
      ]) {
        await page.goto(`/${locale}${p}`);
        expect(await content('robots')).toBe('noindex, nofollow');
        expect(await content('description')).toBe(description);
      }
    }
  });

  test('page titles are written in the page language', async ({ page }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}/insights`);
      await expect(page).toHaveTitle(new RegExp(`^${messages[locale].insights.metaTitle}`));
    }
  });

  test('the brand icon is linked and served', async ({ page, request }) => {
    await page.goto('/en');
    const href = await page.locator('head link[rel="icon"]').first().getAttribute('href');
    expect(href).toBeTruthy();
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
  });
});
