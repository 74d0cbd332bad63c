import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';

describe('Monte Carlo seed', () => {
  it('depends on the suite prices, not on other fields a caller passes along', () => {
    const answers = answersSchema.parse({});
    const prices = {
      currency: 'EUR' as const,
      licencePerUserMonth: 10.8,
      managedServicePerUserMonth: 8,
      onboardingPerUser: 45,
    };
    const plain = computeReport(answers, { suite: prices });
    const named = computeReport(answers, {
      suite: { ...prices, name: 'Any suite name' } as typeof prices,
    });
    expect(named.uncertainty).toEqual(plain.uncertainty);
    // A different price is a different input, so it draws a different sample set.
    const dearer = computeReport(answers, { suite: { ...prices, licencePerUserMonth: 11 } });
    expect(dearer.uncertainty.p50).not.toEqual(plain.uncertainty.p50);
  });
});
