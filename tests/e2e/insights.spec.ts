import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanArticles } from '../../lib/content/scan';
import { pageTitle } from '../../lib/seo/title';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './fixtures/a11y';

const locales = ['en', 'de', 'it', 'es'] as const;
const { articles } = scanArticles(path.join(process.cwd(), 'content', 'insights'));
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]),
);
const brand = JSON.parse(readFileSync('content/brand.json', 'utf8')) as {
  siteUrl: string;
  name: string;
};
const site = brand.siteUrl;
const url = (a: { locale: string; slug: string }) => `/${a.locale}/insights/${a.slug}`;

/** The page's hreflang alternates as { hreflang: path }. */
async function alternatesOf(request: APIRequestContext, pagePath: string) {
  const html = await (await request.get(pagePath)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const links = [...head.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)];
  return Object.fromEntries(links.map(([, lang, href]) => [lang, href!.replace(site, '')]));
}

/** Where each language link of the switcher points, as { locale: path }. */
async function switcherLinks(page: Page) {
  const nav = page.getByRole('navigation', { name: messages[await lang(page)].switcher.label });
  const links = await nav.getByRole('link').all();
  return Object.fromEntries(
    await Promise.all(
      links.map(async (l) => [await l.getAttribute('hreflang'), await l.getAttribute('href')]),
    ),
  );
}

const lang = async (page: Page) =>
  (await page.locator('html').getAttribute('lang')) as (typeof locales)[number];

test('every language has its articles', () => {
  for (const locale of locales)
    expect(articles.filter((a) => a.locale === locale).length).toBeGreaterThan(0);
});

for (const locale of locales) {
  test(`${locale}: the insights list shows every article with date, summary, tags and reading time`, async ({
    page,
  }) => {
    const res = await page.goto(`/${locale}/insights`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      messages[locale].insights.title,
    );
    const own = articles.filter((a) => a.locale === locale);
    await expect(page.locator('main article')).toHaveCount(own.length);
    for (const a of own) {
      const card = page.locator('main article', { has: page.locator(`a[href="${url(a)}"]`) });
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(a.title);
      await expect(card).toContainText(a.description);
      await expect(card.locator(`time[datetime="${a.date}"]`)).toBeVisible();
      await expect(card.getByRole('list').getByRole('listitem')).toHaveText(a.tags);
    }
    await expectNoAxeViolations(page);
  });
}

test.describe('articles', () => {
  for (const article of articles) {
    test(`${url(article)}: 200, title, sources, JSON-LD, call to action, accessible`, async ({
      page,
    }) => {
      const res = await page.goto(url(article));
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', article.locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
      await expect(page).toHaveTitle(pageTitle(article.title, brand.name));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${site}${url(article)}`,
      );
      const t = messages[article.locale].insights;
      const sources = page.getByRole('region', { name: t.sources });
      for (const s of article.sources)
        await expect(sources.locator(`a[href="${s.url}"]`)).toHaveText(s.title);
      const cta = page.getByRole('complementary', { name: t.cta.title });
      await expect(cta.getByRole('link', { name: t.cta.button })).toHaveAttribute(
        'href',
        `/${article.locale}/assessment`,
      );
      const jsonLd = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
      );
      expect(jsonLd).toMatchObject({
        '@type': 'Article',
        headline: article.title,
        datePublished: article.date,
        dateModified: article.updated ?? article.date,
        author: { name: article.author },
        inLanguage: article.locale,
        url: `${site}${url(article)}`,
      });
      // Byline: author, first publication and (when given) the update, each a machine-readable date.
      const header = page.locator('article > div').first();
      await expect(header).toContainText(t.author.replace('{author}', article.author));
      await expect(header.locator(`time[datetime="${article.date}"]`)).toBeVisible();
      if (article.updated && article.updated !== article.date)
        await expect(header.locator(`time[datetime="${article.updated}"]`)).toBeVisible();
      // Every source names its publisher and carries its own date.
      for (const s of article.sources) {
        const item = sources
          .getByRole('listitem')
          .filter({ has: page.locator(`a[href="${s.url}"]`) });
        await expect(item).toContainText(s.publisher);
        await expect(item.locator(`time[datetime="${s.date}"]`)).toHaveCount(1);
      }
      await expect(page.getByRole('note')).toHaveText(article.legal ? t.legalNote : [], {
        useInnerText: true,
      });
      await expect(page.getByRole('button', { name: t.print })).toHaveCount(
        article.printable ? 1 : 0,
      );
      await expect(page.getByRole('link', { name: t.cta.inlineButton })).toHaveCount(
        article.body.includes('<AssessmentCta inline />') ? 1 : 0,
      );
      await expectNoAxeViolations(page);
    });
  }

  test('hreflang lists exactly the translations that exist, the same set from every side', async ({
    request,
  }) => {
    test.setTimeout(Math.max(60_000, articles.length * 8_000));
    for (const article of articles) {
      const translations = articles.filter((a) => a.translationKey === article.translationKey);
      const expected = Object.fromEntries(translations.map((a) => [a.locale, url(a)]));
      if (expected.en) expected['x-default'] = expected.en;
      const alternates = await alternatesOf(request, url(article));
      expect(alternates, url(article)).toEqual(expected);
      // Both ways: every translation points back with the very same set.
      for (const other of translations)
        expect(await alternatesOf(request, url(other)), url(other)).toEqual(alternates);
    }
  });

  test('the language switcher goes where hreflang points, or to that language list', async ({
    page,
  }) => {
    // One page load per article: the budget grows with the number of articles.
    test.setTimeout(Math.max(60_000, articles.length * 8_000));
    for (const article of articles) {
      await page.goto(url(article));
      const links = await switcherLinks(page);
      for (const locale of locales) {
        const translation = articles.find(
          (a) => a.translationKey === article.translationKey && a.locale === locale,
        );
        expect(links[locale], `${url(article)} → ${locale}`).toBe(
          translation ? url(translation) : `/${locale}/insights`,
        );
      }
    }
  });

  test('clicking a language on an article opens its translation', async ({ page }) => {
    const de = articles.find(
      (a) =>
        a.locale === 'de' &&
        articles.some((b) => b.locale === 'en' && b.translationKey === a.translationKey),
    );
    test.skip(!de, 'no article in both English and German');
    const en = articles.find((a) => a.locale === 'en' && a.translationKey === de!.translationKey)!;
    await page.goto(url(en));
    await page
      .getByRole('navigation', { name: messages.en.switcher.label })
      .getByRole('link', { name: 'Deutsch' })
      .click();
    await expect(page).toHaveURL(url(de!));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de!.title);
  });

  test('an article works with the keyboard and fits a 360 px screen', async ({ page }) => {
    const article = articles.find((a) => a.locale === 'es')!;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url(article));
    await expectNoHorizontalScroll(page);
    // Tab to the call to action and follow it with Enter.
    const button = page.getByRole('link', { name: messages.es.insights.cta.button });
    for (let i = 0; i < 80 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/es\/assessment$/);
  });

  test('a printable checklist: ticks with the keyboard, prints as boxes without navigation or calls to action', async ({
    page,
  }) => {
    const checklist = articles.find((a) => a.printable && a.body.includes('- [ ]'));
    test.skip(!checklist, 'no printable checklist');
    const t = messages[checklist!.locale].insights;
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url(checklist!));
    await expectNoHorizontalScroll(page);
    const boxes = page.getByRole('checkbox');
    // One box per "- [ ]" line of the file.
    expect(await boxes.count()).toBe(checklist!.body.match(/^- \[ \] /gm)!.length);
    const first = boxes.first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await page.getByRole('button', { name: t.print }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: t.print })).toBeHidden();
    await expect(page.getByRole('complementary', { name: t.cta.title })).toBeHidden();
    await expect(first).toBeVisible();
    await expect(page.getByRole('region', { name: t.sources })).toBeVisible();
  });

  test('an unknown slug, or a slug from another language, is a server-rendered 404', async ({
    request,
  }) => {
    const en = articles.find((a) => a.locale === 'en')!;
    for (const p of ['/en/insights/no-such-article', `/de/insights/${en.slug}`]) {
      const res = await request.get(p);
      expect(res.status(), p).toBe(404);
      expect(await res.text(), p).toContain(`<html lang="${p.slice(1, 3)}"`);
    }
  });
});
