import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';

// Two cases recomputed end to end by hand (and by an independent script), category by category and
// year by year. Registry defaults used: workingHoursPerYear 1,720, workingDaysPerYear 220, ECB
// rates $1.17 and £0.87 per euro, gdprFineProbability 0.01 and €400 per employee (€2,000–70,000),
// ukGdprFineProbability 0.005 and £300 per employee (£2,000–60,000), fcaFineProbability 0.01 and
// £1,000 per employee (£100,000–7.7m), lostDeviceIncidentProbability 0.1, leaverIncidentProbability 0.05,
// recordsPerIncident 250, costPerRecord $173, historyRebuildHours 8, alwaysOnTurnoverUplift 0.05,
// replacementCostShare 0.5, staffAbsenceShare 0.13, unloggedDealLossShare 0.1, gross margin 0.38
// ("other") or 0.6 (financial services), productivityRecaptureShare 0.5, licence $12.50, telephony
// $15, managed fee €15, onboarding €100, internalHoursPerUser 3, UK VAT 20 %, adoptionRampMonths 3, residuals fines 0.15, dataLoss 0.2, turnover
// 0.6, sales 0.6 (no CRM integration), productivity 0.5.
// Year one keeps r + (1 − r) × 3/24 of each risk: fines 0.25625, dataLoss 0.3, turnover 0.65,
// sales 0.65, productivity 0.5625. Shared answer defaults: personal data "sometimes" (0.5 in
// chats, 0.6 on a phone), contact upload "unknown" (0.6), 1 phone lost a year, backup "personal"
// (0.5), leavers keep data "sometimes" (0.25), turnover 15 %, pressure "medium" (0.4) + mixed
// phones (0.2), 10 client-facing staff at 250,000, 20 % of deals on WhatsApp, CRM "sometimes"
// (0.5), 5 minutes lost a day, no platform messages, 3 years.

describe('the schema defaults (50 staff in the EU, EUR)', () => {
  const r = computeReport(answersSchema.parse({}));

  it('prices the status quo per category', () => {
    // 50 × 0.6 = 30 exposed staff; hourly cost 60,000 / 1,720 = €34.8837.
    expect(r.statusQuo.byCategory).toEqual({
      // GDPR: P = 0.01 × (0.7 × 0.5 + 0.3 × 0.6 = 0.53) = 0.0053; size €400 × 50 = €20,000
      // (inside €2,000–70,000) → €106 a year. Record keeping: no duty declared. × 3 years = 318.
      fines: 318,
      // Phones 1 × 0.6 = 0.6 × 0.1 × 0.6 = 0.036 incidents; leavers 30 × 0.15 = 4.5 × 0.25 × 0.05
      // = 0.05625; 0.09225 × (250 × $173 / 1.17 = €36,965.81) = 3,410.10; history 0.6 × 0.5 × 8 h
      // × 34.8837 = 83.72; 3,493.817 → 3,493.82 a year; × 3 = 10,481.46.
      dataLoss: 10481.46,
      // 4.5 leavers × 0.05 × 0.6 = 0.135 extra × 0.5 × 60,000 = 4,050; × 3.
      turnover: 12150,
      // min(10 × 250,000, 5m) × 0.2 × 0.5 = 250,000 × (0.13 + 0.15) × 0.1 = 7,000 of revenue
      // × 0.38 margin = 2,660; × 3.
      sales: 7980,
      // 30 × 5 / 60 = 2.5 h a day × 220 × 34.8837 = 19,186.05 × 0.5 recaptured = 9,593.02;
      // × 3 = 28,779.06.
      productivity: 28779.06,
      messaging: 0,
      licences: 0,
      telephony: 0,
      managedService: 0,
      onboarding: 0,
      internalEffort: 0,
      vat: 0,
    });
    // 106 + 3,493.82 + 4,050 + 2,660 + 9,593.02 = 19,902.84 a year.
    expect(r.statusQuo.byYear).toEqual([19902.84, 19902.84, 19902.84]);
    expect(r.statusQuo.total).toBe(59708.52);
  });

  it('prices the suite per category and year', () => {
    expect(r.licensedUsers).toBe(30);
    expect(r.suite.byCategory).toEqual({
      // 106 × 0.25625 = 27.16; 106 × 0.15 = 15.90; 27.16 + 2 × 15.90
      fines: 58.96,
      // 3,493.817 × 0.3 = 1,048.15; × 0.2 = 698.76; 1,048.15 + 2 × 698.76
      dataLoss: 2445.67,
      // 4,050 × 0.65 = 2,632.50; × 0.6 = 2,430; 2,632.50 + 4,860
      turnover: 7492.5,
      // 2,660 × 0.65 = 1,729; × 0.6 = 1,596; 1,729 + 3,192
      sales: 4921,
      // 9,593.023 × 0.5625 = 5,396.08; × 0.5 = 4,796.51; 5,396.08 + 9,593.02
      productivity: 14989.1,
      messaging: 0,
      // 30 × 12 × $12.50 / 1.17 = €3,846.15 a year; × 3
      licences: 11538.45,
      // 30 × 12 × $15 / 1.17 = €4,615.38 a year; × 3
      telephony: 13846.14,
      // 30 × 12 × €15 = 5,400 a year; × 3
      managedService: 16200,
      // 30 × €100, year one only
      onboarding: 3000,
      // 30 users × 3 h × €34.8837, year one only
      internalEffort: 3139.53,
      // 'other' reclaims VAT
      vat: 0,
    });
    // Year one: 27.16 + 1,048.15 + 2,632.50 + 1,729 + 5,396.08 + 3,846.15 + 4,615.38 + 5,400
    // + 3,000 + 3,139.53 = 30,833.95; later: 15.90 + 698.76 + 2,430 + 1,596 + 4,796.51
    // + 3,846.15 + 4,615.38 + 5,400 = 23,398.70.
    expect(r.suite.byYear).toEqual([30833.95, 23398.7, 23398.7]);
    expect(r.suite.total).toBe(77631.35);
  });

  it('derives saving, ROI and payback', () => {
    // 59,708.52 − 77,631.35: at the registry's prices (telephony included, a price no package
    // quoted) the default firm is cheaper on WhatsApp, and the simulation agrees.
    expect(r.netSaving).toBe(-17922.83);
    // −17,922.83 / (11,538.45 + 13,846.14 + 16,200 + 3,000 + 3,139.53 = 47,724.12)
    expect(r.roi).toBeCloseTo(-17922.83 / 47724.12, 9);
    // Later years cost the suite 23,398.70 against 19,902.84: never paid back.
    expect(r.paybackMonth).toBeNull();
    expect(r.verdict).toBe('whatsapp-cheaper');
  });
});

describe('a 400-person UK financial-services firm (GBP, duty, often on WhatsApp, no archive)', () => {
  const r = computeReport(
    answersSchema.parse({
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
      // Financial services supply VAT-exempt services: no input VAT to reclaim.
      vatRecoverable: false,
    }),
  );

  it('prices the status quo per category', () => {
    // 400 × 0.7 = 280 exposed staff; hourly cost 55,000 / 1,720 = £31.9767.
    expect(r.statusQuo.byCategory).toEqual({
      // FCA: P = 0.01 × (duty 1 × often 0.6 × no archive 1) = 0.006; size £1,000 × 400 = £400,000
      // (inside £100,000–7.7m) → 2,400. UK GDPR: P = 0.005 × 0.53 = 0.00265; size £300 × 400 =
      // £120,000, capped at £60,000 → 159. 2,559 a year; × 3.
      fines: 7677,
      // Phones 1 × 0.7 × 0.1 × 0.6 = 0.042; leavers 280 × 0.15 = 42 × 0.25 × 0.05 = 0.525;
      // 0.567 × (250 × $173 / 1.17 × 0.87 = £32,160.26) = 18,234.87; history 0.7 × 0.5 × 8 h
      // × 31.9767 = 89.53; 18,324.40 a year; × 3.
      dataLoss: 54973.2,
      // 42 × 0.05 × 0.6 = 1.26 extra leavers × 0.5 × 55,000 = 34,650; × 3.
      turnover: 103950,
      // 2.5m × 0.2 × 0.5 × (0.13 + 0.15) × 0.1 = 7,000 of revenue × 0.6 margin = 4,200; × 3.
      sales: 12600,
      // 280 × 5 / 60 = 23.33 h a day × 220 × 31.9767 = 164,147.29 × 0.5 = 82,073.64; × 3.
      productivity: 246220.92,
      messaging: 0,
      licences: 0,
      telephony: 0,
      managedService: 0,
      onboarding: 0,
      internalEffort: 0,
      vat: 0,
    });
    // 2,559 + 18,324.40 + 34,650 + 4,200 + 82,073.64 = 141,807.04 a year.
    expect(r.statusQuo.byYear).toEqual([141807.04, 141807.04, 141807.04]);
    expect(r.statusQuo.total).toBe(425421.12);
  });

  it('prices the suite per category and year', () => {
    expect(r.licensedUsers).toBe(280);
    expect(r.suite.byCategory).toEqual({
      // 2,559 × 0.25625 = 655.74; × 0.15 = 383.85; 655.74 + 767.70
      fines: 1423.44,
      // 18,324.40 × 0.3 = 5,497.32; × 0.2 = 3,664.88; 5,497.32 + 7,329.76
      dataLoss: 12827.08,
      // 34,650 × 0.65 = 22,522.50; × 0.6 = 20,790; 22,522.50 + 41,580
      turnover: 64102.5,
      // 4,200 × 0.65 = 2,730; × 0.6 = 2,520; 2,730 + 5,040
      sales: 7770,
      // 82,073.643 × 0.5625 = 46,166.42; × 0.5 = 41,036.82; 46,166.42 + 82,073.64
      productivity: 128240.06,
      messaging: 0,
      // 280 × 12 × $12.50 / 1.17 × 0.87 = £31,230.77 a year; × 3
      licences: 93692.31,
      // 280 × 12 × $15 / 1.17 × 0.87 = £37,476.92 a year; × 3
      telephony: 112430.76,
      // 280 × 12 × €15 × 0.87 = £43,848 a year; × 3
      managedService: 131544,
      // 280 × €100 × 0.87, year one only
      onboarding: 24360,
      // 280 users × 3 h × £31.9767, year one only
      internalEffort: 26860.47,
      // 20 % on 31,230.77 + 37,476.92 + 43,848 = 112,555.69 → 22,511.14 a year, and on the
      // onboarding 24,360 → 4,872 once: 27,383.14 + 2 × 22,511.14
      vat: 72405.42,
    });
    // Year one: 655.74 + 5,497.32 + 22,522.50 + 2,730 + 46,166.42 + 31,230.77 + 37,476.92
    // + 43,848 + 24,360 + 26,860.47 + 27,383.14 = 268,731.28; later: 383.85 + 3,664.88 + 20,790
    // + 2,520 + 41,036.82 + 31,230.77 + 37,476.92 + 43,848 + 22,511.14 = 203,462.38.
    expect(r.suite.byYear).toEqual([268731.28, 203462.38, 203462.38]);
    expect(r.suite.total).toBe(675656.04);
  });

  it('derives saving, ROI, payback and the fines-first risk profile', () => {
    // 425,421.12 − 675,656.04: at the registry's prices with telephony, the firm's own time and
    // VAT it cannot reclaim, the suite does not pay for itself here.
    expect(r.netSaving).toBe(-250234.92);
    expect(r.paybackMonth).toBeNull();
    expect(r.verdict).toBe('whatsapp-cheaper');
    // Record keeping 1 × 1 × 0.6 × 1 = 0.6; data protection 1 × 0.53; 1 − 0.4 × 0.47 = 0.812 → 81.
    expect(r.risk.byCategory.fines).toBe(81);
    // Pressure 0.4 + 0.2 (mixed phones) = 0.6 × min(1, 0.15 / 0.2) = 0.45 → 45 (next highest).
    expect(r.risk.byCategory.turnover).toBe(45);
  });
});
