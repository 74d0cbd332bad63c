import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, estimateBand } from '@/lib/model';

describe('drivers', () => {
  const answers = answersSchema.parse({
    industry: 'energy',
    jurisdiction: 'uk',
    currency: 'GBP',
    recordKeepingDuty: 'yes',
  });
  const report = computeReport(answers, { samples: 50 });

  it('lists the largest swing first, without zero swings', () => {
    const swings = report.drivers.map((d) => Math.abs(d.savingAtHigh - d.savingAtLow));
    expect(swings.length).toBeGreaterThan(10);
    expect(swings.every((s) => s > 0)).toBe(true);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });

  it("equals the report's own net saving with that assumption at its low or high", () => {
    for (const d of report.drivers) {
      if (d.kind !== 'assumption') continue;
      // The range this report used: an industry's own range where the figure has one.
      const { low, high } = report.assumptions.find((a) => a.id === d.assumptionId)!;
      const at = (value: number) =>
        computeReport(answers, { overrides: { [d.assumptionId]: value }, samples: 1 }).netSaving;
      expect(at(low)).toBe(d.savingAtLow);
      expect(at(high)).toBe(d.savingAtHigh);
    }
  });

  it("lists the prospect's own estimates, moved ±50 % as if the answer were that", () => {
    const estimates = report.drivers.filter((d) => d.kind === 'estimate');
    // Defaults: 5 minutes a day, 20 % of deals, 1 phone a year: each has a band, each moves money.
    expect(estimates.map((d) => d.assumptionId).sort()).toEqual([
      'dealsOnWhatsapp',
      'devicesLostPerYear',
      'minutesLostPerDay',
    ]);
    for (const d of estimates) {
      const { low, high } = estimateBand(d.assumptionId, answers);
      const at = (value: number) =>
        computeReport({ ...answers, [d.assumptionId]: value }, { samples: 1 }).netSaving;
      expect(at(low)).toBe(d.savingAtLow);
      expect(at(high)).toBe(d.savingAtHigh);
    }
    // 5 minutes: the band is 2.5 to 7.5; more lost time, more saving.
    expect(estimateBand('minutesLostPerDay', answers)).toEqual({ low: 2.5, high: 7.5 });
    const minutes = estimates.find((d) => d.assumptionId === 'minutesLostPerDay')!;
    expect(minutes.savingAtHigh).toBeGreaterThan(minutes.savingAtLow);
  });

  it('keeps an estimate inside what the answer allows: 90 % of deals moves within 80 %–100 %', () => {
    const a = answersSchema.parse({ dealsOnWhatsapp: 0.9, minutesLostPerDay: 0 });
    // w = min(0.5 × 0.9, 1 − 0.9) = 0.1: symmetric, so the answer stays the mean.
    const band = estimateBand('dealsOnWhatsapp', a);
    expect(band.low).toBeCloseTo(0.8, 12);
    expect(band.high).toBeCloseTo(1, 12);
    expect(estimateBand('minutesLostPerDay', a)).toEqual({ low: 0, high: 0 });
    const ids = computeReport(a, { samples: 1 }).drivers.map((d) => d.assumptionId);
    expect(ids).not.toContain('minutesLostPerDay');
  });

  it('leaves out assumptions that do not apply (no SEC odds for a UK firm, fixed FX rates)', () => {
    const ids = report.drivers.map((d) => d.assumptionId);
    expect(ids).not.toContain('secFineProbability');
    expect(ids).not.toContain('fxGbpPerEur');
    // A UK energy firm answers to Ofgem (REMIT), not the FCA.
    expect(ids).not.toContain('fcaFineProbability');
    expect(ids).toContain('ofgemFineProbability');
  });
});
