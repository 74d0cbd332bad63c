import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, resolveAssumptions } from '@/lib/model';
import { seedFor } from '@/lib/model/report';

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
    // A different price is a different input, so it seeds a different sample set (the seed
    // itself, not p50, which a dearer licence moves whatever the seed).
    const seed = (suite: typeof prices) =>
      seedFor(answers, resolveAssumptions(answers, { suite }), { suite }, 2000);
    expect(seed({ ...prices, name: 'Any suite name' } as typeof prices)).toBe(seed(prices));
    expect(seed({ ...prices, licencePerUserMonth: 11 })).not.toBe(seed(prices));
  });
});
