import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';
import { rangeAxis, yearRows } from '@/lib/report/series';

describe('report series', () => {
  it('gives each year both costs and the difference, summing to the totals', () => {
    const report = computeReport(answersSchema.parse({ employees: 40, horizonYears: 3 }));
    const rows = yearRows(report);
    expect(rows.map((r) => r.year)).toEqual([1, 2, 3]);
    for (const r of rows) expect(r.saving).toBeCloseTo(r.statusQuo - r.suite, 2);
    // The years add up to the horizon's totals, to the cent (the model keeps cents exactly).
    const sum = (k: 'statusQuo' | 'suite' | 'saving') => rows.reduce((s, r) => s + r[k], 0);
    expect(sum('statusQuo')).toBeCloseTo(report.statusQuo.total, 2);
    expect(sum('suite')).toBeCloseTo(report.suite.total, 2);
    expect(sum('saving')).toBeCloseTo(report.netSaving, 2);
  });

  it('places values on an axis that always shows zero', () => {
    // P10 −2,000 to P90 6,000: the axis runs from −2,000 to 6,000, so 0 sits at 25 %.
    const at = rangeAxis({ uncertainty: { p10: -2000, p90: 6000 } } as never);
    expect(at(0)).toBe(25);
    expect(at(-2000)).toBe(0);
    expect(at(6000)).toBe(100);
    // All savings positive, 1,000 to 3,000: the axis starts at 0, so 2,000 sits at 2/3.
    expect(rangeAxis({ uncertainty: { p10: 1000, p90: 3000 } } as never)(2000)).toBeCloseTo(
      (2000 / 3000) * 100,
      10,
    );
    // No spread at zero: the middle.
    expect(rangeAxis({ uncertainty: { p10: 0, p90: 0 } } as never)(0)).toBe(50);
  });
});
