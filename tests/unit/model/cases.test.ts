import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';

// Two cases recomputed end to end by hand (and by an independent script), category by category and
// year by year. Registry defaults used: workingHoursPerYear 1,720, workingDaysPerYear 220, ECB
// rates $1.17 and £0.87 per euro, dpEnforcementProbability 0.01, dpFineBase €20,000,
// dpFineShareOfRevenue 0.1 %, lostDeviceIncidentProbability 0.1, leaverIncidentProbability 0.05,
// recordsPerIncident 250, costPerRecord $173, historyRebuildHours 8, alwaysOnTurnoverUplift 0.05,
// replacementCostShare 0.5, staffAbsenceShare 0.13, unloggedDealLossShare 0.1, licence $12.50,
// managed fee €15, onboarding €100, adoptionRampMonths 3, residuals fines 0.15, dataLoss 0.2,
// turnover 0.6, sales 0.4, productivity 0.5.
// Year one keeps r + (1 − r) × 3/24 of each risk: fines 0.25625, dataLoss 0.3, turnover 0.65,
// sales 0.475, productivity 0.5625. Shared answer defaults: personal data "sometimes" (0.5 in
// chats, 0.6 on a phone), contact upload "unknown" (0.6), 1 phone lost a year, backup "personal"
// (0.5), leavers keep data "sometimes" (0.25), turnover 15 %, pressure "medium" (0.5) + mixed
// phones (0.25), 10 client-facing staff at 250,000, 20 % of deals on WhatsApp, CRM "sometimes"
// (0.5), 5 minutes lost a day, no platform messages, 3 years.

describe('the schema defaults (50 staff in the EU, EUR)', () => {
  const r = computeReport(answersSchema.parse({}));

  it('prices the status quo per category', () => {
    // 50 × 0.6 = 30 exposed staff; hourly cost 60,000 / 1,720 = €34.8837.
    expect(r.statusQuo.byCategory).toEqual({
      // GDPR: P = 0.01 × (0.7 × 0.5 + 0.3 × 0.6 = 0.53) = 0.0053; size min(max(€20m, 4 % × 5m),
      // max(€20,000, 0.1 % × 5m = 5,000)) = 20,000 → €106 a year. Record keeping: sector "other"
      // carries no weight. × 3 years = 318.
      fines: 318,
      // Phones 1 × 0.6 = 0.6 × 0.1 × 0.6 = 0.036 incidents; leavers 30 × 0.15 = 4.5 × 0.25 × 0.05
      // = 0.05625; 0.09225 × (250 × $173 / 1.17 = €36,965.81) = 3,410.10; history 0.6 × 0.5 × 8 h
      // × 34.8837 = 83.72; 3,493.817 → 3,493.82 a year; × 3 = 10,481.46.
      dataLoss: 10481.46,
      // 4.5 leavers × 0.05 × 0.75 = 0.16875 extra × 0.5 × 60,000 = 5,062.50; × 3.
      turnover: 15187.5,
      // min(10 × 250,000, 5m) × 0.2 × 0.5 = 250,000 × (0.13 + 0.15) × 0.1 = 7,000; × 3.
      sales: 21000,
      // 30 × 5 / 60 = 2.5 h a day × 220 × 34.8837 = 19,186.05; × 3 = 57,558.15.
      productivity: 57558.15,
      messaging: 0,
      licences: 0,
      managedService: 0,
      onboarding: 0,
    });
    // 106 + 3,493.82 + 5,062.50 + 7,000 + 19,186.05 = 34,848.37 a year.
    expect(r.statusQuo.byYear).toEqual([34848.37, 34848.37, 34848.37]);
    expect(r.statusQuo.total).toBe(104545.11);
  });

  it('prices the suite per category and year', () => {
    expect(r.licensedUsers).toBe(30);
    expect(r.suite.byCategory).toEqual({
      // 106 × 0.25625 = 27.16; 106 × 0.15 = 15.90; 27.16 + 2 × 15.90
      fines: 58.96,
      // 3,493.817 × 0.3 = 1,048.15; × 0.2 = 698.76; 1,048.15 + 2 × 698.76
      dataLoss: 2445.67,
      // 5,062.50 × 0.65 = 3,290.63 (3,290.625 rounds up); × 0.6 = 3,037.50; 3,290.63 + 6,075
      turnover: 9365.63,
      // 7,000 × 0.475 = 3,325; × 0.4 = 2,800; 3,325 + 5,600
      sales: 8925,
      // 19,186.05 × 0.5625 = 10,792.15; × 0.5 = 9,593.02; 10,792.15 + 19,186.04
      productivity: 29978.19,
      messaging: 0,
      // 30 × 12 × $12.50 / 1.17 = €3,846.15 a year; × 3
      licences: 11538.45,
      // 30 × 12 × €15 = 5,400 a year; × 3
      managedService: 16200,
      // 30 × €100, year one only
      onboarding: 3000,
    });
    // Year one: 27.16 + 1,048.15 + 3,290.63 + 3,325 + 10,792.15 + 3,846.15 + 5,400 + 3,000
    // = 30,729.24; later: 15.90 + 698.76 + 3,037.50 + 2,800 + 9,593.02 + 3,846.15 + 5,400
    // = 25,391.33.
    expect(r.suite.byYear).toEqual([30729.24, 25391.33, 25391.33]);
    expect(r.suite.total).toBe(81511.9);
  });

  it('derives saving, ROI and payback', () => {
    // 104,545.11 − 81,511.90
    expect(r.netSaving).toBe(23033.21);
    // 23,033.21 / (11,538.45 + 16,200 + 3,000 = 30,738.45)
    expect(r.roi).toBeCloseTo(0.749329, 6);
    // Status quo 34,848.37 / 12 = 2,904.03 a month; suite 3,000 in month one plus
    // (30,729.24 − 3,000) / 12 = 2,310.77 a month: 3,000 / (2,904.03 − 2,310.77) = 5.06 → month 6;
    // later years (25,391.33 / 12 = 2,115.94 a month) keep the suite ahead.
    expect(r.paybackMonth).toBe(6);
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
    }),
  );

  it('prices the status quo per category', () => {
    // 400 × 0.7 = 280 exposed staff; hourly cost 55,000 / 1,720 = £31.9767.
    expect(r.statusQuo.byCategory).toEqual({
      // Record keeping (UK, regulated): P = 0.02 × (1 × 0.6 × 1) = 0.012; size max(€100,000 ×
      // 0.87 = £87,000, 0.4 % × 60m = 240,000) = 240,000 → 2,880. UK GDPR: P = 0.0053; size
      // min(max(£17.5m, 4 % × 60m), max(€20,000 × 0.87, 0.1 % × 60m = 60,000)) = 60,000 → 318.
      // 3,198 a year; × 3.
      fines: 9594,
      // Phones 1 × 0.7 × 0.1 × 0.6 = 0.042; leavers 280 × 0.15 = 42 × 0.25 × 0.05 = 0.525;
      // 0.567 × (250 × $173 / 1.17 × 0.87 = £32,160.26) = 18,234.87; history 0.7 × 0.5 × 8 h
      // × 31.9767 = 89.53; 18,324.40 a year; × 3.
      dataLoss: 54973.2,
      // 42 × 0.05 × 0.75 = 1.575 extra leavers × 0.5 × 55,000 = 43,312.50; × 3.
      turnover: 129937.5,
      // 2.5m × 0.2 × 0.5 × (0.13 + 0.15) × 0.1 = 7,000; × 3.
      sales: 21000,
      // 280 × 5 / 60 = 23.33 h a day × 220 × 31.9767 = 164,147.29; × 3.
      productivity: 492441.87,
      messaging: 0,
      licences: 0,
      managedService: 0,
      onboarding: 0,
    });
    // 3,198 + 18,324.40 + 43,312.50 + 7,000 + 164,147.29 = 235,982.19 a year.
    expect(r.statusQuo.byYear).toEqual([235982.19, 235982.19, 235982.19]);
    expect(r.statusQuo.total).toBe(707946.57);
  });

  it('prices the suite per category and year', () => {
    expect(r.licensedUsers).toBe(280);
    expect(r.suite.byCategory).toEqual({
      // 3,198 × 0.25625 = 819.49; × 0.15 = 479.70; 819.49 + 959.40
      fines: 1778.89,
      // 18,324.40 × 0.3 = 5,497.32; × 0.2 = 3,664.88; 5,497.32 + 7,329.76
      dataLoss: 12827.08,
      // 43,312.50 × 0.65 = 28,153.13; × 0.6 = 25,987.50; 28,153.13 + 51,975
      turnover: 80128.13,
      // 7,000 × 0.475 = 3,325; × 0.4 = 2,800; 3,325 + 5,600
      sales: 8925,
      // 164,147.29 × 0.5625 = 92,332.85; × 0.5 = 82,073.64; 92,332.85 + 164,147.28
      productivity: 256480.13,
      messaging: 0,
      // 280 × 12 × $12.50 / 1.17 × 0.87 = £31,230.77 a year; × 3
      licences: 93692.31,
      // 280 × 12 × €15 × 0.87 = £43,848 a year; × 3
      managedService: 131544,
      // 280 × €100 × 0.87, year one only
      onboarding: 24360,
    });
    // Year one: 819.49 + 5,497.32 + 28,153.13 + 3,325 + 92,332.85 + 31,230.77 + 43,848 + 24,360
    // = 229,566.56; later: 479.70 + 3,664.88 + 25,987.50 + 2,800 + 82,073.64 + 31,230.77
    // + 43,848 = 190,084.49.
    expect(r.suite.byYear).toEqual([229566.56, 190084.49, 190084.49]);
    expect(r.suite.total).toBe(609735.54);
  });

  it('derives saving, ROI, payback and the fines-first risk profile', () => {
    // 707,946.57 − 609,735.54
    expect(r.netSaving).toBe(98211.03);
    // 98,211.03 / (93,692.31 + 131,544 + 24,360 = 249,596.31)
    expect(r.roi).toBeCloseTo(0.393479, 6);
    // Status quo 235,982.19 / 12 = 19,665.18 a month; suite 24,360 in month one plus
    // (229,566.56 − 24,360) / 12 = 17,100.55 a month: 24,360 / 2,564.63 = 9.5 → month 10.
    expect(r.paybackMonth).toBe(10);
    // Record keeping 1 × 1 × 0.6 × 1 = 0.6; data protection 1 × 0.53; 1 − 0.4 × 0.47 = 0.812 → 81.
    expect(r.risk.byCategory.fines).toBe(81);
    // 0.7 × 0.5 + 0.15 (mixed phones) + 0.15 × 0.15 / 0.3 = 0.575 → 58 (next highest).
    expect(r.risk.byCategory.turnover).toBe(58);
  });
});
