import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, riskCategories } from '@/lib/model';

describe('honesty pins', () => {
  const shop = answersSchema.parse({
    employees: 5,
    whatsappShare: 0.8,
    industry: 'retail',
    jurisdiction: 'eu',
    annualRevenue: 400_000,
    averageSalary: 35_000,
    recordKeepingDuty: 'no',
    businessOnWhatsapp: 'sometimes',
    personalDataInChats: 'never',
    contactSync: 'blocked',
    devicesLostPerYear: 0,
    leaversTakeData: 'never',
    turnoverRate: 0.1,
    afterHoursPressure: 'low',
    mixedPhones: false,
    clientFacingStaff: 2,
    dealsOnWhatsapp: 0,
    minutesLostPerDay: 2,
  });

  it('a 5-person unregulated EU shop with low exposure is cheaper on WhatsApp', () => {
    const report = computeReport(shop);
    expect(report.netSaving).toBeLessThan(0);
    expect(report.paybackMonth).toBeNull();
    expect(report.roi).toBeLessThan(0);
    expect(report.risk.level).toBe('low');
    // No duty, no regulated sector: no record-keeping fine at all.
    expect(report.statusQuo.byCategory.fines).toBe(0);
    expect(report.uncertainty.probabilitySuiteCheaper).toBeLessThan(0.1);
  });

  it('is cheaper on WhatsApp for the right reason, not by a knife-edge parameter', () => {
    const report = computeReport(shop);
    // The reason: the shop has almost nothing to avoid. Its whole status quo is 4 staff × 2 / 60 h
    // × 220 days × (35,000 / 1,720 = €20.35) = €596.90 a year, × 3 = €1,790.70 ...
    expect(report.statusQuo.total).toBe(1790.7);
    // ... below the suite's own cost alone: 4 × 12 × $12.50 / 1.17 × 3 = 1,538.46 licences
    // + 4 × 12 × €15 × 3 = 2,160 managed + 4 × €100 = 400 onboarding = €4,098.46. Even a suite
    // that removed every risk (all residuals 0) could not pay back.
    const direct = ['licences', 'managedService', 'onboarding'] as const;
    const directTotal = direct.reduce((sum, c) => sum + report.suite.byCategory[c], 0);
    expect(directTotal).toBeCloseTo(4098.46, 2);
    expect(report.statusQuo.total).toBeLessThan(directTotal);
    // No single assumption at either end of its range flips it, and neither does the joint range.
    expect(report.drivers.length).toBeGreaterThan(0);
    for (const d of report.drivers) {
      expect(d.savingAtLow).toBeLessThan(0);
      expect(d.savingAtHigh).toBeLessThan(0);
    }
    expect(report.uncertainty.p90).toBeLessThan(0);
  });

  it('a 400-person UK financial firm with unarchived WhatsApp business is cheaper on the suite', () => {
    const firm = answersSchema.parse({
      employees: 400,
      whatsappShare: 0.7,
      industry: 'financial-services',
      jurisdiction: 'uk',
      currency: 'GBP',
      annualRevenue: 60_000_000,
      averageSalary: 55_000,
      recordKeepingDuty: 'yes',
      businessOnWhatsapp: 'often',
      archiving: 'none',
    });
    const report = computeReport(firm);
    expect(report.netSaving).toBeGreaterThan(0);
    expect(report.paybackMonth).not.toBeNull();
    const { byCategory } = report.risk;
    for (const c of riskCategories.filter((c) => c !== 'fines')) {
      expect(byCategory.fines).toBeGreaterThan(byCategory[c]);
    }
    // UK regulated sector: FCA/Ofgem odds apply, so record-keeping fines are priced in.
    expect(report.statusQuo.byCategory.fines).toBeGreaterThan(0);
  });
});
