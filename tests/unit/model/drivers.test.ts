import { describe, expect, it } from 'vitest';
import { answersSchema, assumptionById, computeReport } from '@/lib/model';

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
      const { low, high } = assumptionById[d.assumptionId];
      const at = (value: number) =>
        computeReport(answers, { overrides: { [d.assumptionId]: value }, samples: 1 }).netSaving;
      expect(at(low)).toBe(d.savingAtLow);
      expect(at(high)).toBe(d.savingAtHigh);
    }
  });

  it('leaves out assumptions that do not apply (no US odds for a UK firm, fixed FX rates)', () => {
    const ids = report.drivers.map((d) => d.assumptionId);
    expect(ids).not.toContain('rkEnforcementProbabilityUs');
    expect(ids).not.toContain('fxGbpPerEur');
    expect(ids).toContain('rkEnforcementProbabilityUk');
  });
});
