import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getBrand } from '@/lib/brand/load';
import {
  answersSchema,
  choosePackage,
  computeReport,
  resolveAssumptions,
  type AnswersInput,
  type Report,
} from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { WORKSHOP_STORAGE_KEY } from '@/lib/workshop';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './fixtures/a11y';
import { linkFor, openLink } from '../unit/support/links';
import { countNumberFormatters, numberFormattersBuilt } from './fixtures/number-formatters';

// The page computes with the brand's default package, as the report page does for a link that
// names none.
const book = getBrand().suite;
const suite = choosePackage(book).pricing;
const locales = ['en', 'de'] as const;
type Locale = (typeof locales)[number];
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]),
) as Record<Locale, Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const METRICS = {
  'net-saving': (r: Report) => r.netSaving,
  'status-quo-total': (r: Report) => r.statusQuo.total,
  'suite-total': (r: Report) => r.suite.total,
  'payback-month': (r: Report) => r.paybackMonth,
  'risk-overall': (r: Report) => r.risk.overall,
  'hard-net-saving': (r: Report) => r.hardNetSaving,
  'npv-net-saving': (r: Report) => r.npvNetSaving,
} as const;
type Metric = keyof typeof METRICS;
const metric = (page: Page, name: Metric) => page.locator(`[data-metric="${name}"]`);

/** Every headline data-value equals the model's figure for the same input (polled: it updates live). */
async function expectHeadline(page: Page, report: Report) {
  for (const name of Object.keys(METRICS) as Metric[]) {
    await expect(metric(page, name)).toHaveAttribute(
      'data-value',
      String(METRICS[name](report) ?? ''),
    );
  }
}

async function headlineValues(page: Page) {
  const out: Partial<Record<Metric, string | null>> = {};
  for (const name of Object.keys(METRICS) as Metric[]) {
    out[name] = await metric(page, name).getAttribute('data-value');
  }
  return out;
}

async function openFresh(page: Page, locale: Locale) {
  await page.goto(`/${locale}/workshop`);
  await page.evaluate((key) => localStorage.removeItem(key), WORKSHOP_STORAGE_KEY);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('#w-employees')).toBeEditable();
  await showAssumptions(page);
}

/** Scrolls to the assumptions, as a seller does, and waits for their rows (they load when near). */
async function showAssumptions(page: Page) {
  const panel = page.locator('section[aria-labelledby="assumptions-title"]');
  await panel.locator('h2').scrollIntoViewIfNeeded();
  await expect(panel).toHaveAttribute('aria-busy', 'false');
}

// One client, typed the way a seller would in each language (German groups thousands with dots).
const typed = {
  en: { annualRevenue: '12,500,000', devicesLostPerYear: '2.5' },
  de: { annualRevenue: '12.500.000', devicesLostPerYear: '2,5' },
} as const;
// Industry and jurisdiction pre-fill currency GBP, salary 55,000, a record-keeping duty and
// VAT as not reclaimable (financial services supply exempt services).
const client: AnswersInput = {
  employees: 120,
  whatsappShare: 0.8,
  industry: 'financial-services',
  jurisdiction: 'uk',
  currency: 'GBP',
  averageSalary: 55_000,
  recordKeepingDuty: 'yes',
  annualRevenue: 12_500_000,
  businessOnWhatsapp: 'often',
  devicesLostPerYear: 2.5,
  horizonYears: 5,
  vatRecoverable: false,
};

async function enterClient(page: Page, locale: Locale) {
  await page.locator('#w-employees').fill('120');
  await page.locator('#w-whatsappShare').fill('80');
  await page.locator('#w-industry').selectOption('financial-services');
  await page.locator('#w-jurisdiction').selectOption('uk');
  await page.locator('#w-annualRevenue').fill(typed[locale].annualRevenue);
  await page.locator('#w-businessOnWhatsapp').selectOption('often');
  await page.locator('#w-devicesLostPerYear').fill(typed[locale].devicesLostPerYear);
  await page.locator('#w-horizonYears').selectOption('5');
}

// workshop.assumptions.resetAll with one changed assumption.
const resetOne = { en: 'Reset the changed assumption', de: 'Geänderte Annahme zurücksetzen' };

const slider = (page: Page, locale: Locale, id: string) =>
  page.getByRole('slider', {
    name: messages[locale].workshop.assumptions.slider.replace(
      '{label}',
      messages[locale].assumptions[id].label,
    ),
    exact: true,
  });

for (const locale of locales) {
  // Flows that read no number and no sentence (storage, links, packages, ?from=, the wide
  // layout) run in English only; German keeps what depends on the language: typed numbers,
  // messages, and the phone layout's accessibility. One workshop test costs 10–25 s.
  type Body = Parameters<typeof test.only>[2];
  const testInEnglish = (title: string, body: NonNullable<Body>) => {
    if (locale === 'en') test(title, body);
  };
  test.describe(`workshop, ${locale}`, () => {
    test('the headline carries the model figures and follows the answers live', async ({
      page,
    }) => {
      await openFresh(page, locale);
      await expect(page).toHaveTitle(new RegExp(messages[locale].workshop.metaTitle));
      // computeReport(answersSchema.parse({}), { suite }): the schema defaults.
      await expectHeadline(page, computeReport(answersSchema.parse({}), { suite }));

      await enterClient(page, locale);
      await expect(page.locator('#w-currency')).toHaveValue('GBP');
      await expect(page.locator('#w-averageSalary')).toHaveValue(
        locale === 'de' ? '55.000' : '55,000',
      );
      await expect(page.locator('#w-recordKeepingDuty')).toHaveValue('yes');
      // computeReport(answersSchema.parse(client), { suite })
      await expectHeadline(page, computeReport(answersSchema.parse(client), { suite }));
      await expect(page.locator('main')).not.toContainText('NaN');
    });

    test('an override moves the saving the right way; reset brings the defaults back', async ({
      page,
    }) => {
      await openFresh(page, locale);
      const answers = answersSchema.parse({});
      const before = computeReport(answers, { suite });
      await expectHeadline(page, before);

      // More deal value lost when chats never reach the CRM (10 % → 25 %): WhatsApp costs more.
      await page.locator('#a-unloggedDealLossShare-input').fill('25');
      const more = computeReport(answers, { suite, overrides: { unloggedDealLossShare: 0.25 } });
      expect(more.netSaving).toBeGreaterThan(before.netSaving);
      await expectHeadline(page, more);

      // A dearer managed service, slid to the top of its range (€35) with the keyboard: the saving shrinks.
      await slider(page, locale, 'suiteManagedServicePerUserMonth').focus();
      await page.keyboard.press('End');
      const dearer = computeReport(answers, {
        suite,
        overrides: { unloggedDealLossShare: 0.25, suiteManagedServicePerUserMonth: 35 },
      });
      expect(dearer.netSaving).toBeLessThan(more.netSaving);
      await expectHeadline(page, dearer);
      await expect(page.locator('#a-suiteManagedServicePerUserMonth-input')).toHaveValue('35');

      // The report link carries both overrides (link format v2).
      await expect(page.getByTestId('report-link')).toHaveAttribute(
        'href',
        `/${locale}/report/${linkFor(
          answers,
          { unloggedDealLossShare: 0.25, suiteManagedServicePerUserMonth: 35 },
          { suite },
        )}`,
      );

      // One reset (its name says what it resets to), then all.
      const w = messages[locale].workshop.assumptions;
      await page
        .getByRole('button', {
          name: w.resetLabel
            .replace('{label}', messages[locale].assumptions.unloggedDealLossShare.label)
            .replace('{value}', new Intl.NumberFormat(locale, { style: 'percent' }).format(0.1)),
        })
        .click();
      await expect(page.locator('#a-unloggedDealLossShare-input')).toBeFocused();
      await expect(page.locator('#a-unloggedDealLossShare-input')).toHaveValue('10');
      await expectHeadline(
        page,
        computeReport(answers, { suite, overrides: { suiteManagedServicePerUserMonth: 35 } }),
      );
      await page.getByRole('button', { name: resetOne[locale] }).click();
      await expectHeadline(page, before);
      // Nothing changed any more: a version 1 link, the same as before the workshop.
      await expect(page.getByTestId('report-link')).toHaveAttribute(
        'href',
        `/${locale}/report/${encodeReport(answers)}`,
      );
    });

    test('invalid input gets a message beside the field and keeps the last result', async ({
      page,
    }) => {
      await openFresh(page, locale);
      const shown = await headlineValues(page);
      const v = messages[locale].validation;

      await page.locator('#w-employees').fill('12x');
      await expect(page.locator('#w-employees')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#w-employees-error')).toHaveText(
        v.number.replace('{example}', locale === 'de' ? '1.250' : '1,250'),
      );
      await page.locator('#w-employees').fill('2.5'.replace('.', locale === 'de' ? ',' : '.'));
      await expect(page.locator('#w-employees-error')).toHaveText(v.integer);

      // 99 % is above the top of the range (20 %): refused, with the bound in the page's format.
      await page.locator('#a-lostDeviceIncidentProbability-input').fill('99');
      await expect(page.locator('#a-lostDeviceIncidentProbability-error')).toHaveText(
        v.max.replace('{max}', new Intl.NumberFormat(locale, { style: 'percent' }).format(0.2)),
      );
      // A name past its 80 characters stays in the box and earns the rule's message; the box
      // stops at 80 + 20 = 100 characters, a number's at 24.
      await page.locator('#w-clientName').fill('x'.repeat(90));
      await expect(page.locator('#w-clientName')).toHaveValue('x'.repeat(90));
      await expect(page.locator('#w-clientName-error')).toHaveText(
        v.tooLong.replace('{max}', '80'),
      );
      await page.locator('#w-clientName').fill('x'.repeat(130));
      await expect(page.locator('#w-clientName')).toHaveValue('x'.repeat(100));
      await page.locator('#w-employees').fill('1'.repeat(30));
      await expect(page.locator('#w-employees')).toHaveValue('1'.repeat(24));
      expect(await headlineValues(page)).toEqual(shown);
      await expect(page.locator('main')).not.toContainText('NaN');
    });

    testInEnglish(
      'a reload keeps answers, assumptions, client name and projector mode',
      async ({ page }) => {
        await openFresh(page, locale);
        await page.locator('#w-clientName').fill('Acme Trading');
        await page.locator('#w-employees').fill('240');
        await page.locator('#a-residualFines-input').fill('25');
        await page.getByRole('button', { name: messages[locale].workshop.projector }).click();
        const answers = answersSchema.parse({ employees: 240, clientName: 'Acme Trading' });
        // computeReport(answers, { suite, overrides: { residualFines: 0.25 } })
        const expected = computeReport(answers, { suite, overrides: { residualFines: 0.25 } });
        await expectHeadline(page, expected);

        await page.reload();
        await showAssumptions(page);
        await expect(page.locator('#w-clientName')).toHaveValue('Acme Trading');
        await expect(page.locator('#w-employees')).toHaveValue('240');
        await expect(page.locator('#a-residualFines-input')).toHaveValue('25');
        await expect(
          page.getByRole('button', { name: messages[locale].workshop.projector }),
        ).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('html')).toHaveCSS('font-size', '22px');
        await expectHeadline(page, expected);
      },
    );

    testInEnglish(
      'the report link carries the answers and opens the same figures',
      async ({ page }) => {
        await openFresh(page, locale);
        await enterClient(page, locale);
        await page.locator('#w-clientName').fill('Acme Trading');
        const answers = answersSchema.parse({ ...client, clientName: 'Acme Trading' });
        const link = page.getByRole('link', { name: messages[locale].workshop.openReport });
        await expect(link).toHaveAttribute('href', `/${locale}/report/${encodeReport(answers)}`);
        const code = (await link.getAttribute('href'))!.split('/').pop();
        expect(openLink(code, suite)).toEqual({ ok: true, answers, overrides: {} });

        const shown = await headlineValues(page);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/report/${code}$`));
        expect(await headlineValues(page)).toEqual(shown);
      },
    );

    testInEnglish(
      'with overrides, the report opened from the link shows the workshop’s figures',
      async ({ page }) => {
        await openFresh(page, locale);
        await enterClient(page, locale);
        // Fines stay more likely with the suite (15 % → 30 %), and a dearer managed fee (€10 → €25).
        await page.locator('#a-residualFines-input').fill('30');
        await page.locator('#a-suiteManagedServicePerUserMonth-input').fill('25');
        const answers = answersSchema.parse(client);
        const overrides = { residualFines: 0.3, suiteManagedServicePerUserMonth: 25 };
        const expected = computeReport(answers, { suite, overrides });
        await expectHeadline(page, expected);

        const link = page.getByTestId('report-link');
        const code = (await link.getAttribute('href'))!.split('/').pop();
        expect(openLink(code, suite)).toEqual({ ok: true, answers, overrides });
        const shown = await headlineValues(page);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/report/${code}$`));
        // Every data-metric's data-value on the report equals the workshop's.
        expect(await headlineValues(page)).toEqual(shown);
        await expect(page.getByTestId('workshop-adjusted')).toBeVisible();
        await expect(page.locator('li[data-overridden]')).toHaveCount(2);
      },
    );

    testInEnglish(
      'switching the package changes the figures, and the report link keeps the package',
      async ({ page }) => {
        await openFresh(page, locale);
        await enterClient(page, locale);
        const answers = answersSchema.parse(client);
        await expectHeadline(page, computeReport(answers, { suite }));
        // The cheapest package: no telephony, a smaller managed fee and onboarding.
        const chat = book.packages.find((p) => p.id === 'chat')!;
        await page.getByTestId('package-switch').getByRole('radio', { name: chat.name }).check();
        const chatReport = computeReport(answers, { suite: choosePackage(book, 'chat').pricing });
        await expectHeadline(page, chatReport);
        expect(chatReport.suite.total).toBeLessThan(computeReport(answers, { suite }).suite.total);

        const link = page.getByTestId('report-link');
        const code = (await link.getAttribute('href'))!.split('/').pop();
        expect(openLink(code, book)).toMatchObject({ ok: true, packageId: 'chat' });
        const shown = await headlineValues(page);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/report/${code}$`));
        expect(await headlineValues(page)).toEqual(shown);
        await expect(page.getByTestId('report-package')).toContainText(chat.name);
      },
    );

    testInEnglish('?from= starts the workshop from a report link', async ({ page }) => {
      await openFresh(page, locale);
      const answers = answersSchema.parse(client);
      await page.goto(`/${locale}/workshop?from=${encodeReport(answers)}`);
      await expect(page.locator('#w-jurisdiction')).toHaveValue('uk');
      await expectHeadline(page, computeReport(answers, { suite }));
      await expect(page).toHaveURL(new RegExp(`/${locale}/workshop$`));

      // A link from a workshop brings its assumptions back too.
      const overrides = { residualFines: 0.25, suiteManagedServicePerUserMonth: 35 };
      await page.goto(`/${locale}/workshop?from=${linkFor(answers, overrides, { suite })}`);
      await showAssumptions(page);
      await expect(page.locator('#a-residualFines-input')).toHaveValue('25');
      await expect(page.locator('#a-suiteManagedServicePerUserMonth-input')).toHaveValue('35');
      // computeReport(answers, { suite, overrides }): the workshop and the link agree.
      await expectHeadline(page, computeReport(answers, { suite, overrides }));

      await page.goto(`/${locale}/workshop?from=1broken`);
      await expect(page.getByText(messages[locale].workshop.badFrom)).toBeVisible();
      await expect(page.locator('#w-jurisdiction')).toHaveValue('uk');
    });

    testInEnglish(
      'the assumption rows load when the seller comes near, or presses a key',
      async ({ page }) => {
        // Not in the server's HTML: some 850 elements a phone would parse, lay out and hydrate.
        const html = await (await page.request.get(`/${locale}/workshop`)).text();
        expect(html.includes('id="assumptions-title"'), 'the panel is in the HTML').toBe(true);
        expect(html.includes('id="a-residualFines"'), 'its rows are not').toBe(false);
        // One row per assumption the model resolves.
        const rows = resolveAssumptions(answersSchema.parse({}), { suite }).assumptions.length;
        const labels = page.locator('label[id^="a-"][id$="-label"]');
        await page.setViewportSize({ width: 360, height: 800 });

        // Far below on a phone: still not there a while after load...
        await page.goto(`/${locale}/workshop`);
        await expect(page.locator('#w-employees')).toBeEditable();
        await page.waitForTimeout(1000);
        await expect(labels).toHaveCount(0);
        // ...until the seller scrolls near them.
        await page.locator('#assumptions-title').scrollIntoViewIfNeeded();
        await expect(labels).toHaveCount(rows);
        await expect(page.locator('#a-residualFines-input')).toBeEditable();

        // A keyboard user's first key brings them too, so tabbing never skips them. (At the top
        // again: a reload would restore the scroll position, near the rows.)
        await page.evaluate('window.scrollTo(0, 0)');
        await page.goto(`/${locale}/workshop`);
        await expect(page.locator('#w-employees')).toBeEditable();
        await expect(labels).toHaveCount(0);
        await page.keyboard.press('Tab');
        await expect(labels).toHaveCount(rows);
      },
    );

    for (const width of [1280, 360]) {
      const a11yTest = width === 360 ? test : testInEnglish;
      // axe on a page with some seventy controls takes a while on a busy machine.
      a11yTest(`accessible at ${width} px`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await openFresh(page, locale);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      });

      a11yTest(
        `accessible at ${width} px in projector mode, with an error and an explanation open`,
        async ({ page }) => {
          test.setTimeout(120_000);
          await page.setViewportSize({ width, height: 900 });
          await openFresh(page, locale);
          await page.locator('#w-employees').fill('abc');
          await page.locator('#a-residualFines').getByRole('button', { expanded: false }).click();
          await page.getByRole('button', { name: messages[locale].workshop.projector }).click();
          await expect(page.locator('html')).toHaveAttribute('data-projector', '');
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
        },
      );
    }
  });
}

test('keyboard only: tab to an answer, change it, and the result follows', async ({ page }) => {
  await openFresh(page, 'en');
  const results = page.locator('section[aria-labelledby="results-title"]');
  const spoken = results.locator('p[aria-live="polite"]');
  // The verdict on screen at load is not read out again 1.2 s later: only a new one is.
  await page.waitForTimeout(1500);
  await expect(spoken).toHaveText('');
  const employees = page.locator('#w-employees');
  await page.locator('#w-clientName').focus();
  // Past the live result and its links to the first answer.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await employees.evaluate((e) => e === document.activeElement)) break;
  }
  await expect(employees).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('400');
  // computeReport(answersSchema.parse({ employees: 400 }), { suite })
  await expectHeadline(page, computeReport(answersSchema.parse({ employees: 400 }), { suite }));
  await expect(spoken).toHaveText(
    (await results.locator('p.text-lg').first().textContent()) ?? '-',
  );

  // Industry by keyboard: type-ahead on the native select.
  await page.locator('#w-industry').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#w-industry')).toHaveValue('manufacturing');
  await expectHeadline(
    page,
    computeReport(answersSchema.parse({ employees: 400, industry: 'manufacturing' }), { suite }),
  );
});

// The blank workshop's figures and the numbers in its sentences are written out
// (lib/format/decimal.ts, lib/i18n/years.ts), not formatted by Intl while it hydrates.
test('the blank workshop hydrates without building a number formatter', async ({ page }) => {
  await countNumberFormatters(page);
  // A phone, as Lighthouse measures: the assumption rows, far below, load only when near.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/de/workshop'); // a new browser context: nothing stored, a blank workshop
  await page.waitForLoadState('load');
  // Hydrated: React has attached itself to the answers' first box.
  await page.waitForFunction(() =>
    Object.keys(document.querySelector('#w-employees') ?? {}).some((k) => k.startsWith('__react')),
  );
  const results = page.locator('section[aria-labelledby="results-title"]');
  // The sentences that counted years and simulations with `#` and `{n, number}` before.
  const report = computeReport(answersSchema.parse({}), { suite });
  const years = report.horizonYears;
  await expect(results).toContainText(`${years} Jahre`);
  // 2000 simulations, grouped as German writes them.
  await expect(results).toContainText(
    `${report.uncertainty.samples.toLocaleString('de-DE')} Simulationen`,
  );
  await expect(page.locator('label[id^="a-"][id$="-label"]')).toHaveCount(0);
  expect(await numberFormattersBuilt(page)).toBe(0);
});

/** Collects the page's layout shifts not caused by input, from its next navigation on. */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () => {
    await page.waitForTimeout(500); // a shift is reported in the frame after the change
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    return shifts.reduce((a, b) => a + b, 0);
  };
}

// On a wide screen the assumption rows are in view at load and render a moment after it; their
// groups keep the rows' place until then, so what the seller sees does not jump.
test('on a 1920 px screen nothing in view moves when the assumption rows arrive', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const layoutShift = await watchShifts(page);
  await page.goto('/en/workshop');
  // The rows have arrived: the first group's are in view.
  await expect(page.locator('label[id^="a-"][id$="-label"]').first()).toBeInViewport();
  // Before the groups kept their place, the five group headings in view moved off the screen:
  // one shift of 0.043.
  expect(await layoutShift()).toBeLessThan(0.005);
});

// Projector mode is kept in the browser's storage, which the server cannot read: the page's inline
// script sets it before the first paint, so a reload opens enlarged rather than growing after load.
test('a reload in projector mode opens enlarged, and nothing moves once loaded', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFresh(page, 'en');
  await page.getByRole('button', { name: messages.en.workshop.projector }).click();
  await page.locator('#w-clientName').fill('Acme Trading');
  await expect(page.locator('html')).toHaveCSS('font-size', '22px');

  const layoutShift = await watchShifts(page);
  await page.reload();
  await expect(page.getByRole('button', { name: messages.en.workshop.projector })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('#w-clientName')).toHaveValue('Acme Trading');
  // 16 px × 137.5 % = 22 px
  await expect(page.locator('html')).toHaveCSS('font-size', '22px');
  // Before the script, the whole page grew after hydration: one shift of 0.37 at this width.
  expect(await layoutShift()).toBeLessThan(0.005);

  // Another page of the site keeps its own size; coming back to the workshop enlarges it again.
  const nav = page.getByRole('navigation', { name: messages.en.nav.primary });
  await nav.getByRole('link', { name: messages.en.nav.methodology }).click();
  await expect(page).toHaveURL(/\/en\/methodology$/);
  await expect(page.locator('html')).toHaveCSS('font-size', '16px');
  await nav.getByRole('link', { name: messages.en.nav.workshop }).click();
  await expect(page.locator('#w-clientName')).toHaveValue('Acme Trading');
  await expect(page.locator('html')).toHaveCSS('font-size', '22px');

  // The switch still owns the flag: off, and the page is back to 16 px.
  await page.getByRole('button', { name: messages.en.workshop.projector }).click();
  await expect(page.locator('html')).toHaveCSS('font-size', '16px');
  await expect(page.locator('html')).not.toHaveAttribute('data-projector');
});
