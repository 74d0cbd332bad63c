import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';
import { canonicalJson, fnv1a32, sfc32, triangular } from '@/lib/model/monte-carlo';

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
  });
});

describe('uncertainty', () => {
  const answers = answersSchema.parse({});

  it('is reproducible and ignores the client name', () => {
    const a = computeReport(answers).uncertainty;
    expect(computeReport({ ...answers }).uncertainty).toEqual(a);
    expect(computeReport({ ...answers, clientName: 'Acme' }).uncertainty).toEqual(a);
    expect(computeReport(answers, { samples: 1999 }).uncertainty).not.toEqual(a);
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
