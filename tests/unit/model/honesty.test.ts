import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport, riskCategories, type SuitePricing } from '@/lib/model';
import { sampleProfiles } from '@/lib/model/sample-profiles';

// The sample brand's quoted prices (content/brand.json): what the site shows a prospect.
const quoted: SuitePricing = {
  licencePerUserMonth: 10.8,
  managedServicePerUserMonth: 8,
  onboardingPerUser: 45,
  currency: 'EUR',
};

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
    // × 220 days × (35,000 / 1,720 = €20.35) = €596.90 a year × 0.5 recaptured = €298.45, × 3
    // = €895.35 ...
    expect(report.statusQuo.total).toBe(895.35);
    // ... below the suite's own cost alone: 4 × 12 × $12.50 / 1.17 × 3 = 1,538.46 licences
    // + 4 × 12 × €15 × 3 = 2,160 managed + 4 × €100 = 400 onboarding = €4,098.46. Even a suite
    // that removed every risk (all residuals 0) could not pay back.
    const direct = ['licences', 'managedService', 'onboarding'] as const;
    const directTotal = direct.reduce((sum, c) => sum + report.suite.byCategory[c], 0);
    expect(directTotal).toBeCloseTo(4098.46, 2);
    expect(report.statusQuo.total).toBeLessThan(directTotal);
    // No single input at either end of its range flips it, and neither does the joint range.
    expect(report.drivers.length).toBeGreaterThan(0);
    for (const d of report.drivers) {
      expect(d.savingAtLow).toBeLessThan(0);
      expect(d.savingAtHigh).toBeLessThan(0);
    }
    expect(report.uncertainty.p90).toBeLessThan(0);
    expect(report.verdict).toBe('whatsapp-cheaper');
  });

  it('a 5-person EU shop with 10 % of deals on WhatsApp and no CRM is not called suite-cheaper', () => {
    // The old model credited the suite with logging deals in a CRM it does not include, and
    // counted lost revenue rather than margin: this shop came out "suite cheaper, P = 0.92".
    const a = sampleProfiles['a shop']!;
    expect(a).toMatchObject({ employees: 5, dealsOnWhatsapp: 0.1, crmLogging: 'never' });
    for (const suite of [quoted, undefined]) {
      const report = computeReport(answersSchema.parse(a), { suite });
      expect(report.verdict).not.toBe('suite-cheaper');
      expect(report.netSaving).toBeLessThan(0);
    }
  });

  it('judges a firm that loses no time and no deals on its hard costs alone', () => {
    const firm = answersSchema.parse({ minutesLostPerDay: 0, dealsOnWhatsapp: 0 });
    const report = computeReport(firm, { suite: quoted });
    expect(report.statusQuo.byCategory.sales).toBe(0);
    expect(report.statusQuo.byCategory.productivity).toBe(0);
    expect(report.hardNetSaving).toBe(report.netSaving);
    // 30 users' suite (30 × 12 × (€10.80 + €8) × 3 + 30 × €45 = €21,654) against fines, data
    // loss and turnover of a few thousand a year: WhatsApp is cheaper, and the report says so.
    const { licences, managedService, onboarding } = report.suite.byCategory;
    expect(licences + managedService + onboarding).toBeCloseTo(21654, 2);
    expect(report.netSaving).toBeLessThan(0);
    expect(report.verdict).toBe('whatsapp-cheaper');
  });

  it('a UK financial firm with a recording duty and unarchived chats is cheaper on the suite', () => {
    const report = computeReport(answersSchema.parse(sampleProfiles['d UK finance']!), {
      suite: quoted,
    });
    expect(report.verdict).toBe('suite-cheaper');
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
