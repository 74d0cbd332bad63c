import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeReport,
  costCategories,
  toCents,
  type CostBreakdown,
  type Report,
} from '@/lib/model';
import { netSavingCents } from '@/lib/model/costs';
import { factorsFor } from '@/lib/model/factors';
import { resolveAssumptions } from '@/lib/model/resolve';
import { fastNetSaving } from '@/lib/model/suite';
import { share, validAnswers } from '../support/arbitraries';

const options = { samples: 100 };
const runs = { numRuns: 150 };
const sumCents = (xs: number[]) => xs.reduce((s, x) => s + toCents(x), 0);

function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) allNumbers(v, out);
  return out;
}

function consistent(b: CostBreakdown, years: number) {
  expect(b.byYear).toHaveLength(years);
  expect(sumCents(b.byYear)).toBe(toCents(b.total));
  expect(sumCents(costCategories.map((c) => b.byCategory[c]))).toBe(toCents(b.total));
}

describe('model invariants over the whole answer space', () => {
  it('totals equal the sum of years and of categories, to the cent', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const r = computeReport(answers, options);
        consistent(r.statusQuo, answers.horizonYears);
        consistent(r.suite, answers.horizonYears);
        expect(toCents(r.netSaving)).toBe(toCents(r.statusQuo.total) - toCents(r.suite.total));
      }),
      runs,
    );
  });

  it('yields finite numbers, ordered percentiles and bounded scores', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const r: Report = computeReport(answers, options);
        expect(allNumbers(r).every(Number.isFinite)).toBe(true);
        const u = r.uncertainty;
        expect(u.p10).toBeLessThanOrEqual(u.p50);
        expect(u.p50).toBeLessThanOrEqual(u.p90);
        expect(u.probabilitySuiteCheaper).toBeGreaterThanOrEqual(0);
        expect(u.probabilitySuiteCheaper).toBeLessThanOrEqual(1);
        for (const score of [r.risk.overall, ...Object.values(r.risk.byCategory)]) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        if (r.paybackMonth !== null) {
          expect(r.paybackMonth).toBeGreaterThanOrEqual(1);
          expect(r.paybackMonth).toBeLessThanOrEqual(12 * answers.horizonYears);
        }
        for (const c of costCategories) expect(r.statusQuo.byCategory[c]).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('gives identical output for identical input', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(computeReport(structuredClone(answers), options)).toEqual(
          computeReport(answers, options),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('costs the suite (weakly) more with more employees', () => {
    fc.assert(
      fc.property(validAnswers, fc.integer({ min: 1, max: 1_000_000 }), (answers, other) => {
        const [fewer, more] = [answers.employees, other].sort((a, b) => a - b) as [number, number];
        const small = computeReport({ ...answers, employees: fewer }, { samples: 1 });
        const large = computeReport({ ...answers, employees: more }, { samples: 1 });
        expect(large.suite.total).toBeGreaterThanOrEqual(small.suite.total);
      }),
      runs,
    );
  });

  it("samples the same arithmetic as the report: the Monte Carlo's fast path equals it at the defaults", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const f = factorsFor(answers);
        const { params } = resolveAssumptions(answers);
        const cents = netSavingCents(f, params);
        const fast = fastNetSaving(f, params) * 100;
        // The report rounds each category-year to the cent: at most 6 status-quo terms a year
        // and 9 suite terms a year, each off by at most half a cent, plus float noise.
        const bound = 0.5 * 15 * answers.horizonYears + 1e-9 * Math.abs(cents);
        expect(Math.abs(fast - cents)).toBeLessThanOrEqual(bound);
      }),
      runs,
    );
  });

  it('costs turnover (weakly) more with a higher turnover rate', () => {
    fc.assert(
      fc.property(validAnswers, share, (answers, other) => {
        const [lower, higher] = [answers.turnoverRate, other].sort((a, b) => a - b) as [
          number,
          number,
        ];
        const low = computeReport({ ...answers, turnoverRate: lower }, { samples: 1 });
        const high = computeReport({ ...answers, turnoverRate: higher }, { samples: 1 });
        expect(high.statusQuo.byCategory.turnover).toBeGreaterThanOrEqual(
          low.statusQuo.byCategory.turnover,
        );
      }),
      runs,
    );
  });
});
