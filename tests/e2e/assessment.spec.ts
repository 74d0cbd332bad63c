import { expect, test } from '@playwright/test';
import {
  answersFromUrl,
  expectNoAxeViolations,
  expectedReport,
  fillStep,
  headline,
  headlineOf,
  locales,
  parse,
  submitStep,
  type Locale,
} from './fixtures/journey';
import { countNumberFormatters, numberFormattersBuilt } from './fixtures/number-formatters';

// Numbers as a person types them in each locale; all four mean the same answers.
const typed: Record<
  Locale,
  { employees: string; revenue: string; salary: string; devices: string }
> = {
  en: { employees: '1,250', revenue: '12,500,000', salary: '58,000.50', devices: '2.5' },
  de: { employees: '1.250', revenue: '12.500.000', salary: '58.000,50', devices: '2,5' },
  it: { employees: '1.250', revenue: '12.500.000', salary: '58.000,50', devices: '2,5' },
  es: { employees: '1250', revenue: '12.500.000', salary: '58.000,50', devices: '2,5' },
};

const expected = parse({
  employees: 1250, // '1.250' in German: the dot groups thousands
  whatsappShare: 0.45, // asked as 45 %, stored as 45 / 100
  industry: 'financial-services',
  jurisdiction: 'uk',
  currency: 'GBP', // pre-filled from the UK (profileDefaults), not typed
  annualRevenue: 12_500_000,
  averageSalary: 58_000.5, // typed after the jurisdiction, so the UK default does not replace it
  recordKeepingDuty: 'yes', // pre-filled for financial services
  businessOnWhatsapp: 'often',
  archiving: 'partial',
  personalDataInChats: 'sometimes',
  contactSync: 'allowed',
  regulatorInquiry: true,
  devicesLostPerYear: 2.5,
  backupControl: 'personal',
  leaversTakeData: 'often',
  turnoverRate: 0.18, // 18 %
  afterHoursPressure: 'high',
  mixedPhones: true,
  clientFacingStaff: 300,
  dealsOnWhatsapp: 0.3, // 30 %
  crmLogging: 'sometimes',
  revenuePerClientFacing: 400_000,
  minutesLostPerDay: 12,
  groupsNearLimit: true,
  platformMessagesPerMonth: 2000,
  horizonYears: 4,
  clientName: 'Contoso Bank',
  vatRecoverable: false, // pre-filled for financial services: exempt supplies
});

for (const locale of locales) {
  test(`${locale}: six steps to a report with the model's figures, zero axe violations`, async ({
    page,
  }) => {
    // Six axe scans and a report: over a minute when the machine is busy.
    test.setTimeout(150_000);
    const n = typed[locale];
    await page.goto(`/${locale}/assessment`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    await expectNoAxeViolations(page);
    await fillStep(page, {
      employees: n.employees,
      whatsappShare: '45',
      industry: 'financial-services',
      jurisdiction: 'uk',
    });
    // The UK pre-fills pounds; the money fields show the sign at once.
    await expect(page.locator('input[name=currency][value=GBP]')).toBeChecked();
    await expect(page.locator('#q-annualRevenue-unit')).toHaveText('£');
    await fillStep(page, { annualRevenue: n.revenue, averageSalary: n.salary });
    await submitStep(page);

    await expect(page.locator('form[data-step=compliance]')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
    // Financial services pre-fill the record-keeping duty.
    await expect(page.locator('input[name=recordKeepingDuty][value=yes]')).toBeChecked();
    // Its help names the law of the chosen country, and the FCA's rules for a financial firm.
    const help = page.locator('#q-recordKeepingDuty-help');
    await expect(help).toContainText('Companies Act 2006');
    await expect(help).toContainText('SYSC 10A');
    await expectNoAxeViolations(page);
    await fillStep(page, {
      businessOnWhatsapp: 'often',
      archiving: 'partial',
      contactSync: 'allowed',
      regulatorInquiry: 'true',
    });
    await submitStep(page);

    await expect(page.locator('form[data-step=dataLoss]')).toBeVisible();
    await expectNoAxeViolations(page);
    await fillStep(page, { devicesLostPerYear: n.devices, leaversTakeData: 'often' });
    await submitStep(page);

    await expect(page.locator('form[data-step=people]')).toBeVisible();
    await expectNoAxeViolations(page);
    await fillStep(page, { turnoverRate: '18', afterHoursPressure: 'high' });
    await submitStep(page);

    await expect(page.locator('form[data-step=sales]')).toBeVisible();
    await expectNoAxeViolations(page);
    await fillStep(page, {
      clientFacingStaff: '300',
      dealsOnWhatsapp: '30',
      revenuePerClientFacing: locale === 'en' ? '400,000' : '400.000',
    });
    await submitStep(page);

    await expect(page.locator('form[data-step=productivity]')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '6');
    await expectNoAxeViolations(page);
    await fillStep(page, {
      minutesLostPerDay: '12',
      groupsNearLimit: 'true',
      platformMessagesPerMonth: locale === 'en' ? '2,000' : '2.000',
      horizonYears: '4',
      clientName: 'Contoso Bank',
    });
    await submitStep(page);

    await page.waitForURL(new RegExp(`/${locale}/report/[A-Za-z0-9_-]+$`));
    expect(answersFromUrl(page.url())).toEqual(expected);
    expect(await headline(page)).toEqual(headlineOf(expectedReport(expected)));
  });
}

test('resumes on the same step with the same answers after a reload', async ({ page }) => {
  await page.goto('/de/assessment');
  await fillStep(page, { employees: '2.400', whatsappShare: '70', industry: 'legal' });
  await submitStep(page);
  await expect(page.locator('form[data-step=compliance]')).toBeVisible();
  await fillStep(page, { archiving: 'full' });

  await page.reload();
  await expect(page.locator('form[data-step=compliance]')).toBeVisible();
  await expect(page.locator('input[name=archiving][value=full]')).toBeChecked();

  await page.getByRole('button', { name: 'Zurück' }).click();
  // 2,400 people shown the German way; 70 % stays 70 (stored as 0.7).
  await expect(page.locator('input[name=employees]')).toHaveValue('2.400');
  await expect(page.locator('input[name=whatsappShare]')).toHaveValue('70');
  await expect(page.locator('input[name=industry][value=legal]')).toBeChecked();
});

test('German number formats: typed, shown and carried into the report', async ({ page }) => {
  await page.goto('/de/assessment');
  // The default revenue, 5,000,000, is shown with German grouping.
  await expect(page.locator('input[name=annualRevenue]')).toHaveValue('5.000.000');
  await expect(page.locator('#q-annualRevenue-unit')).toHaveText('€');
  await fillStep(page, { annualRevenue: '2.500.000,75', averageSalary: '61.500' });
  await submitStep(page);
  for (let step = 2; step <= 6; step++) await submitStep(page);
  await page.waitForURL(/\/de\/report\//);
  const answers = answersFromUrl(page.url());
  expect(answers.annualRevenue).toBe(2_500_000.75); // '2.500.000,75': dots group, comma marks cents
  expect(answers.averageSalary).toBe(61_500);
  // The answers table formats it back for German readers: 2.500.000,75 €.
  await expect(page.locator('section[aria-labelledby=answers-title]')).toContainText(
    '2.500.000,75 €',
  );
});

// The first step shows its figures from lib/format/locale-symbols.ts, not from Intl.
test('the first step, on the site and in the embed, loads without building a number formatter', async ({
  page,
}) => {
  await countNumberFormatters(page);
  for (const path of ['/de/assessment', '/it/embed']) {
    await page.goto(path);
    // Hydrated: the default revenue and its currency sign are shown in the locale's way.
    await expect(page.locator('input[name=annualRevenue]')).toHaveValue('5.000.000');
    await expect(page.locator('#q-annualRevenue-unit')).toHaveText('€');
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /1\D+6/);
    await page.waitForLoadState('load');
    expect(await numberFormattersBuilt(page), path).toBe(0);
  }
});

test('invalid answers: messages beside the fields, focus on the first, zero axe violations', async ({
  page,
}) => {
  await page.goto('/en/assessment');
  await fillStep(page, { employees: '12.5', whatsappShare: '140', annualRevenue: 'lots' });
  await submitStep(page, { stays: true });

  const employees = page.locator('input[name=employees]');
  await expect(employees).toBeFocused();
  await expect(employees).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#q-employees-error')).toHaveText('Enter a whole number.');
  // 140 % is above the schema's maximum of 1, shown as 100 %.
  await expect(page.locator('#q-whatsappShare-error')).toHaveText('Enter 100% or less.');
  await expect(page.locator('#q-annualRevenue-error')).toHaveText(
    'Enter a number, for example 60,000.',
  );
  await expect(employees).toHaveAttribute('aria-describedby', /q-employees-error/);
  await expect(page.getByRole('alert').filter({ hasText: 'attention' })).toContainText(
    '3 answers need your attention',
  );
  await expectNoAxeViolations(page);

  // Still on step 1; fixing the answers moves on.
  await fillStep(page, { employees: '12', whatsappShare: '100', annualRevenue: '750,000' });
  await submitStep(page);
  await expect(page.locator('form[data-step=compliance]')).toBeVisible();
});

test('start over asks first, then clears every answer', async ({ page }) => {
  await page.goto('/en/assessment');
  await fillStep(page, { employees: '77' });
  await submitStep(page);
  await expect(page.locator('form[data-step=compliance]')).toBeVisible();

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.locator('form[data-step=compliance]')).toBeVisible();

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.locator('form[data-step=profile]')).toBeVisible();
  await expect(page.locator('input[name=employees]')).toHaveValue('50'); // the schema default
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/en/assessment');
  await page.locator('input[name=employees]').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab'); // to the WhatsApp share
  await page.keyboard.press('Tab'); // into the industry group, on its checked option
  await page.keyboard.press('ArrowUp'); // 'other' → 'manufacturing'
  await expect(page.locator('input[name=industry][value=manufacturing]')).toBeChecked();
  await page.keyboard.press('Shift+Tab'); // back to the WhatsApp share
  await page.keyboard.press('Enter'); // submits the form from a text field
  await expect(page.locator('form[data-step=compliance]')).toBeVisible();
  await expect(page.locator('#step-title')).toBeFocused();
});

test('a report link with ?from= loads its answers; a broken one gets a notice', async ({
  page,
}) => {
  await page.goto('/en/assessment');
  await fillStep(page, { employees: '640' });
  for (let step = 1; step <= 6; step++) await submitStep(page);
  await page.waitForURL(/\/en\/report\//);
  await page.getByRole('link', { name: 'Edit answers' }).click();
  // The report has status regions of its own: look only once the assessment is open (on a busy
  // machine the client-side navigation can take longer than an assertion's 5 s).
  await page.waitForURL(/\/en\/assessment/, { timeout: 20_000 });
  await expect(page.getByRole('status')).toContainText('answers from your report are loaded');
  await expect(page.locator('input[name=employees]')).toHaveValue('640');
  await expect(page).toHaveURL(/\/en\/assessment$/); // ?from= is dropped once loaded

  const response = await page.goto('/it/assessment?from=1broken.code');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('Non siamo riusciti a leggere');
  await expect(page.locator('form[data-step]')).toBeVisible();
});
