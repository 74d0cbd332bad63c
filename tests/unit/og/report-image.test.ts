import { readFileSync } from 'node:fs';
import type { Messages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, type SuitePricing } from '@/lib/model';
import { reportOgInput } from '@/lib/og/report-image';
import { encodeReport } from '@/lib/report-link';
import { openReport } from '@/lib/report/open';
import { oneBook, pricingOfBook } from '../support/price-book';
import { linkFor } from '../support/links';

const load = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const book = oneBook(
  {
    currency: 'EUR',
    licencePerUserMonth: 10.8,
    managedServicePerUserMonth: 8,
    onboardingPerUser: 45,
  },
  'Teams Complete',
);
const suite: SuitePricing = pricingOfBook(book);
const brand = { suite: book };
// Grouped always: Spanish and Italian write 2.615 as their prose does (docs/glossary.md).
const whole = (locale: string, currency: string, x: number) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    useGrouping: 'always',
  }).format(x);

describe('reportOgInput', () => {
  it('shows the saving in the locale and currency, the risk level and the suite', () => {
    const answers = answersSchema.parse({
      employees: 120,
      recordKeepingDuty: 'yes',
      minutesLostPerDay: 20,
    });
    const report = computeReport(answers, { suite });
    expect(report.netSaving).toBeGreaterThan(0); // status quo total − suite total
    expect(report.verdict).toBe('suite-cheaper');
    expect(reportOgInput('de', openReport(encodeReport(answers), book), load('de'), brand)).toEqual(
      {
        locale: 'de',
        eyebrow: 'Bericht · WhatsApp oder Teams Complete',
        title: 'Was kostenloses WhatsApp wirklich kostet',
        // German puts the euro sign after the amount, with a dot for thousands.
        metric: {
          value: whole('de', 'EUR', report.netSaving),
          label: 'erwartete Ersparnis in 3 Jahren',
        },
        subtitle: `Gesamtrisiko: ${load('de').riskLevels[report.risk.level]} (${report.risk.overall} von 100)`,
      },
    );
  });

  it('says "too close to call" when the simulation does, whatever the sign of the point', () => {
    // The schema defaults at chat-and-meetings prices: a small positive point saving, but the
    // suite wins in fewer than 8 of 10 simulations.
    const answers = answersSchema.parse({});
    const report = computeReport(answers, { suite });
    expect(report.verdict).toBe('too-close');
    const input = reportOgInput('de', openReport(encodeReport(answers), book), load('de'), brand);
    expect(input.metric).toEqual({
      value: whole('de', 'EUR', Math.abs(report.netSaving)),
      label: 'zu knapp für ein klares Ergebnis in 3 Jahren',
    });
  });

  it('says "extra cost" when WhatsApp is cheaper, in the answers’ currency', () => {
    const answers = answersSchema.parse({
      employees: 8,
      currency: 'USD',
      industry: 'retail',
      jurisdiction: 'us',
      archiving: 'full',
      personalDataInChats: 'never',
      contactSync: 'blocked',
      devicesLostPerYear: 0,
      backupControl: 'company',
      leaversTakeData: 'never',
      afterHoursPressure: 'low',
      mixedPhones: false,
      crmLogging: 'always',
      dealsOnWhatsapp: 0.05,
      minutesLostPerDay: 1,
      horizonYears: 2,
    });
    const report = computeReport(answers, { suite });
    expect(report.netSaving).toBeLessThan(0);
    const input = reportOgInput('es', openReport(encodeReport(answers), book), load('es'), brand);
    expect(input.metric).toEqual({
      value: whole('es', 'USD', -report.netSaving), // the amount, without a minus sign
      label: 'coste adicional del cambio en un plazo de 2 años',
    });
  });

  it('names the client without emoji, and drops a name that was nothing but emoji', () => {
    const named = answersSchema.parse({ clientName: 'Müller 🚀 GmbH' });
    expect(
      reportOgInput('it', openReport(encodeReport(named), book), load('it'), brand).title,
    ).toBe('Quanto costa davvero WhatsApp gratuito a Müller GmbH');
    const emoji = answersSchema.parse({ clientName: '🚀🔥' });
    expect(
      reportOgInput('en', openReport(encodeReport(emoji), book), load('en'), brand).title,
    ).toBe('What free WhatsApp really costs');
  });

  it('uses the assumptions a workshop set, so the image agrees with the page', () => {
    const answers = answersSchema.parse({ employees: 120, recordKeepingDuty: 'yes' });
    // A €35 managed fee (the top of its €5–35 range) instead of the brand's €8.
    const overrides = { suiteManagedServicePerUserMonth: 35 };
    const adjusted = computeReport(answers, { suite, overrides });
    // 120 × 0.6 = 72 users × 12 months × (35 − 8) × 3 years more for the suite: €69,984 less saved.
    expect(computeReport(answers, { suite }).netSaving - adjusted.netSaving).toBeCloseTo(69_984, 2);
    const code = linkFor(answers, overrides, { suite });
    expect(reportOgInput('en', openReport(code, book), load('en'), brand).metric?.value).toBe(
      whole('en', 'EUR', Math.abs(adjusted.netSaving)),
    );
  });

  it('gives a broken code the locale’s generic image', () => {
    const en = load('en') as unknown as { seo: Record<string, string> };
    expect(reportOgInput('en', openReport('1broken', book), load('en'), brand)).toEqual({
      locale: 'en',
      eyebrow: en.seo.ogEyebrow,
      title: en.seo.ogTitle,
      subtitle: en.seo.ogSubtitle,
    });
  });
});
