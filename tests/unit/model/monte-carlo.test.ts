import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, resolveAssumptions } from '@/lib/model';
import { canonicalJson, fnv1a32, quantile, sfc32, triangular } from '@/lib/model/monte-carlo';
import { seedFor } from '@/lib/model/report';

describe('seeded sampling', () => {
  it('hashes with FNV-1a (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('serialises canonically: key order does not matter, undefined is dropped', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toBe(
      canonicalJson({ a: [2, { c: 'x' }], b: 1 }),
    );
  });

  it('replays the same stream for the same seed, within [0, 1)', () => {
    const a = sfc32(42);
    const b = sfc32(42);
    const c = sfc32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('draws triangular values in range, with the right mean', () => {
    expect(triangular(0, 1, 2, 5)).toBe(1);
    expect(triangular(0.25, 1, 2, 5)).toBe(2); // split = (2 − 1) / (5 − 1)
    expect(triangular(0.5, 3, 3, 3)).toBe(3);
    const next = sfc32(7);
    const xs = Array.from({ length: 20_000 }, () => triangular(next(), 1, 2, 6));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(6);
    const sum = xs.reduce((s, x) => s + x, 0);
    // Mean of a triangular distribution: (1 + 2 + 6) / 3 = 3.
    expect(sum / 20_000).toBeCloseTo(3, 1);
    // CDF at the mode: (2 − 1) / (6 − 1) = 0.2 of the draws fall below it.
    expect(xs.filter((x) => x < 2).length / 20_000).toBeCloseTo(0.2, 2);
    // Median from the inverse CDF: 6 − √(0.5 × (6 − 1) × (6 − 2)) = 6 − √10 = 2.8377.
    const sorted = [...xs].sort((x, y) => x - y);
    expect(quantile(sorted, 0.5)).toBeCloseTo(2.8377, 1);
  });

  it('inverts the triangular CDF on both sides of the mode', () => {
    // u = 0.1 < split 0.2: 1 + √(0.1 × 5 × 1) = 1 + √0.5 = 1.70711
    expect(triangular(0.1, 1, 2, 6)).toBeCloseTo(1.70711, 5);
    // u = 0.5 > split: 6 − √(0.5 × 5 × 4) = 6 − √10 = 2.83772
    expect(triangular(0.5, 1, 2, 6)).toBeCloseTo(2.83772, 5);
    // u = 0.2 = split: both branches give the mode, 6 − √(0.8 × 5 × 4) = 6 − 4 = 2
    expect(triangular(0.2, 1, 2, 6)).toBeCloseTo(2, 12);
  });

  it('takes quantiles by linear interpolation between order statistics', () => {
    const xs = [10, 20, 30, 40, 50];
    // position (5 − 1) × 0.1 = 0.4: 10 + 0.4 × 10
    expect(quantile(xs, 0.1)).toBeCloseTo(14, 12);
    // position 2: the middle value
    expect(quantile(xs, 0.5)).toBe(30);
    // position 3.6: 40 + 0.6 × 10
    expect(quantile(xs, 0.9)).toBeCloseTo(46, 12);
    expect(quantile(xs, 0)).toBe(10);
    expect(quantile(xs, 1)).toBe(50);
    expect(quantile([7], 0.9)).toBe(7);
  });
});

describe('uncertainty', () => {
  const answers = answersSchema.parse({});

  it('is reproducible and ignores the client name', () => {
    const a = computeReport(answers).uncertainty;
    expect(computeReport({ ...answers }).uncertainty).toEqual(a);
    expect(computeReport({ ...answers, clientName: 'Acme' }).uncertainty).toEqual(a);
  });

  it('derives its seed from everything that shapes the numbers, and nothing else', () => {
    const seed = (a = answers, options: Parameters<typeof computeReport>[1] = {}, n = 2000) =>
      seedFor(a, resolveAssumptions(a, options), options, n);
    const base = seed();
    expect(seed({ ...answers, clientName: 'Acme GmbH' })).toBe(base);
    expect(seed({ ...answers })).toBe(base);
    const suite = {
      licencePerUserMonth: 10,
      managedServicePerUserMonth: 15,
      onboardingPerUser: 100,
      currency: 'EUR' as const,
    };
    const others = [
      seed({ ...answers, employees: 51 }),
      seed({ ...answers, mixedPhones: false }),
      seed(answers, { overrides: { replacementCostShare: 1 } }),
      seed(answers, { suite }),
      seed(answers, {}, 1999),
    ];
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });

  it('reports ordered percentiles of the net saving', () => {
    const { samples, p10, p50, p90, probabilitySuiteCheaper } = computeReport(answers).uncertainty;
    expect(samples).toBe(2000);
    expect(p10).toBeLessThan(p50);
    expect(p50).toBeLessThan(p90);
    expect(probabilitySuiteCheaper).toBeGreaterThanOrEqual(0);
    expect(probabilitySuiteCheaper).toBeLessThanOrEqual(1);
  });

  it('normalises the sample count', () => {
    expect(computeReport(answers, { samples: 0 }).uncertainty.samples).toBe(1);
    expect(computeReport(answers, { samples: 12.4 }).uncertainty.samples).toBe(12);
    expect(computeReport(answers, { samples: Number.NaN }).uncertainty.samples).toBe(2000);
    const one = computeReport(answers, { samples: 1 }).uncertainty;
    expect(one.p10).toBe(one.p90);
  });
});
