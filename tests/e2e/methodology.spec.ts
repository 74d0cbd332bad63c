import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { assumptionRegistry } from '../../lib/model';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './fixtures/a11y';

const locales = ['en', 'de', 'it', 'es'] as const;
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]),
);

for (const locale of locales) {
  test(`${locale}: every registry assumption has its anchor, label, explanation and source`, async ({
    page,
  }) => {
    // 53 entries, each checked for four things: over a minute when the machine is busy.
    test.setTimeout(150_000);
    const res = await page.goto(`/${locale}/methodology`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const m = messages[locale];
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.methodology.title);
    await expect(page).toHaveTitle(new RegExp(`^${m.methodology.metaTitle}`));
    for (const a of assumptionRegistry) {
      const entry = page.locator(`[id="${a.id}"]`);
      await expect(entry, a.id).toHaveCount(1);
      await expect(entry.getByRole('heading')).toHaveText(m.assumptions[a.id].label);
      await expect(entry).toContainText(m.assumptions[a.id].explanation);
      await expect(entry.locator(`a[href="${a.source.url}"]`).first()).toHaveText(a.source.title);
    }
    await expectNoAxeViolations(page);
  });
}

test('values are formatted for the page language', async ({ page }) => {
  // secFineProbability: 4 %; secFinePerEmployee: $4,000; gdprFinePerEmployee: €400;
  // workingHoursPerYear 1,720 hours a year, the unit written out as the report and the workshop
  // write it (Italian groups four digits too, docs/glossary.md).
  const cases = [
    ['en', 'secFineProbability', '4%'],
    ['de', 'secFineProbability', '4 %'],
    ['en', 'secFinePerEmployee', '$4,000'],
    ['de', 'secFinePerEmployee', '4.000 $'],
    ['es', 'gdprFinePerEmployee', '400 €'],
    ['it', 'workingHoursPerYear', '1.720 ore all’anno'],
  ] as const;
  for (const [locale, id, text] of cases) {
    // Every case names an assumption the registry has: a retired id fails here, not silently.
    expect(
      assumptionRegistry.some((a) => a.id === id),
      id,
    ).toBe(true);
    await page.goto(`/${locale}/methodology`);
    const value = page.locator(`[id="${id}"] dd`).first();
    expect((await value.textContent())?.replace(/\s/g, ' '), `${locale} ${id}`).toBe(text);
  }
});

test('a footnote link opens at its assumption', async ({ page }) => {
  const id = assumptionRegistry[assumptionRegistry.length - 1]!.id;
  await page.goto(`/en/methodology#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('entries far below the fold are laid out only as they come near (first paint stays light)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/en/methodology');
  const last = page.locator('article').last();
  // checkVisibility with contentVisibilityAuto is false while the browser skips an element's layout.
  const laidOut = () =>
    last.locator('h4').evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }));
  expect(await laidOut()).toBe(false);
  // Printed, nothing is skipped.
  await page.emulateMedia({ media: 'print' });
  await expect.poll(laidOut).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(laidOut).toBe(false);
  await last.scrollIntoViewIfNeeded();
  await expect.poll(laidOut).toBe(true);
  await expect(last.locator('h4')).toBeInViewport();
});

test('the explanation covers the categories, the suite, Monte Carlo and drivers', async ({
  page,
}) => {
  await page.goto('/it/methodology');
  const model = messages.it.methodology.model;
  const section = page.getByRole('region', { name: model.title });
  for (const key of [
    'compareTitle',
    'statusQuoTitle',
    'suiteTitle',
    'uncertaintyTitle',
    'driversTitle',
    'riskTitle',
    'limitsTitle',
  ])
    await expect(section.getByRole('heading', { name: model[key] })).toBeVisible();
  for (const c of ['fines', 'dataLoss', 'turnover', 'sales', 'productivity', 'messaging'])
    await expect(section).toContainText(messages.it.categories[c]);
  await expect(section).toContainText('P10, P50, P90');
});

test('works at 360 px and from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/es/methodology');
  await expectNoHorizontalScroll(page);
  const link = page.getByRole('link', { name: messages.es.methodology.assumptions.title });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#assumptions$/);
  await expect(page.locator('#assumptions')).toBeInViewport();
});
