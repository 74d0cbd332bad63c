import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, type SuitePricing } from '@/lib/model';

import { overridesFromLink, reportPath } from '@/lib/workshop';
import { oneBook, pricingOfBook } from '../support/price-book';
import { openLink } from '../support/links';

// One package at the chat-only prices of content/brand.json.
const book = oneBook({
  currency: 'EUR',
  licencePerUserMonth: 10.8,
  managedServicePerUserMonth: 8,
  onboardingPerUser: 45,
});
const suite: SuitePricing = pricingOfBook(book);
const answers = answersSchema.parse({ employees: 120, jurisdiction: 'uk', clientName: 'Acme' });
const codeOf = (path: string) => path.split('/').pop();

describe('reportPath', () => {
  it('is the locale’s report page; with no assumption changed, a version 1 link', () => {
    const path = reportPath('de', answers, {}, book);
    expect(path).toMatch(/^\/de\/report\/1[A-Za-z0-9_-]+$/);
    expect(openLink(codeOf(path), suite)).toEqual({ ok: true, answers, overrides: {} });
  });

  it('carries the overrides, so the report computes the workshop’s figures', () => {
    const overrides = { residualFines: 0.25, suiteManagedServicePerUserMonth: 35 };
    const path = reportPath('en', answers, overrides, book);
    const decoded = openLink(codeOf(path), suite);
    expect(decoded).toEqual({ ok: true, answers, overrides });
    expect(
      decoded.ok && computeReport(decoded.answers, { suite, overrides: decoded.overrides }),
    ).toEqual(computeReport(answers, { suite, overrides }));
  });

  it('carries a stored value outside its range as the model applies it, clamped', () => {
    // A workshop saved before the range changed: residualFines 90 % is clamped to its top, 35 %.
    const path = reportPath('en', answers, { residualFines: 0.9 }, book);
    expect(openLink(codeOf(path), suite)).toEqual({
      ok: true,
      answers,
      overrides: { residualFines: 0.35 },
    });
    expect(computeReport(answers, { suite, overrides: { residualFines: 0.35 } })).toEqual(
      computeReport(answers, { suite, overrides: { residualFines: 0.9 } }),
    );
  });
});

describe('overridesFromLink', () => {
  it('keeps changed, adjustable assumptions only', () => {
    // residualFines' default is 15 %; the managed fee's is the brand's €8; EUR→USD is fixed at 1.17.
    const fromLink = [
      { id: 'residualFines', value: 0.15 },
      { id: 'suiteManagedServicePerUserMonth', value: 12, currency: 'EUR' as const },
      { id: 'fxUsdPerEur', value: 1.17 },
    ];
    expect(overridesFromLink(answers, fromLink, suite)).toEqual({
      suiteManagedServicePerUserMonth: 12,
    });
  });
});
