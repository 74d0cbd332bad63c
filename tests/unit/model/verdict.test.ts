import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, verdictFor } from '@/lib/model';

describe('verdict', () => {
  it('comes from the probability that the suite is cheaper, at 0.8 and 0.2', () => {
    expect(verdictFor(1)).toBe('suite-cheaper');
    expect(verdictFor(0.8)).toBe('suite-cheaper');
    expect(verdictFor(0.7999)).toBe('too-close');
    expect(verdictFor(0.5)).toBe('too-close');
    expect(verdictFor(0.2001)).toBe('too-close');
    expect(verdictFor(0.2)).toBe('whatsapp-cheaper');
    expect(verdictFor(0)).toBe('whatsapp-cheaper');
  });

  it('is the one the report carries for its own simulation', () => {
    const report = computeReport(answersSchema.parse({}));
    expect(report.verdict).toBe(verdictFor(report.uncertainty.probabilitySuiteCheaper));
  });
});

describe('hard net saving', () => {
  it('is the net saving less what the suite avoids in sales and productivity', () => {
    const r = computeReport(answersSchema.parse({}));
    const soft = (['sales', 'productivity'] as const).reduce(
      (s, c) =>
        s + Math.round(r.statusQuo.byCategory[c] * 100) - Math.round(r.suite.byCategory[c] * 100),
      0,
    );
    // In cents, so the difference is exact: hard = net − (status quo − suite) over the soft categories.
    expect(Math.round(r.hardNetSaving * 100)).toBe(Math.round(r.netSaving * 100) - soft);
    expect(r.hardNetSaving).toBeLessThan(r.netSaving);
  });

  it('equals the net saving when nothing is lost to time or deals', () => {
    const r = computeReport(answersSchema.parse({ minutesLostPerDay: 0, dealsOnWhatsapp: 0 }));
    expect(r.hardNetSaving).toBe(r.netSaving);
  });
});
