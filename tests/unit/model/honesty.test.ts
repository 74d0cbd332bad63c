import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, riskCategories } from '@/lib/model';

describe('honesty pins', () => {
  it('a 5-person unregulated EU shop with low exposure is cheaper on WhatsApp', () => {
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
    const report = computeReport(shop);
    expect(report.netSaving).toBeLessThan(0);
    expect(report.paybackMonth).toBeNull();
    expect(report.roi).toBeLessThan(0);
    expect(report.risk.level).toBe('low');
    // No duty, no regulated sector: no record-keeping fine at all.
    expect(report.statusQuo.byCategory.fines).toBe(0);
    expect(report.uncertainty.probabilitySuiteCheaper).toBeLessThan(0.1);
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
