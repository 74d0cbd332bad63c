import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';

// A small US firm priced in USD, so only one registry default (the € message price) needs FX.
// Registry defaults used below: costPerRecord $173, recordsPerIncident 250,
// lostDeviceIncidentProbability 0.1, historyRebuildHours 8, workingHoursPerYear 1,720,
// workingDaysPerYear 220, alwaysOnTurnoverUplift 0.05, replacementCostShare 0.5,
// staffAbsenceShare 0.13, unloggedDealLossShare 0.1, grossMarginShare 0.38 (industry "other"),
// productivityRecaptureShare 0.5, pricePerMessage €0.06, fxUsdPerEur 1.17, adoptionRampMonths 3,
// residuals: dataLoss 0.2, turnover 0.6, sales 0.6 (no CRM integration), productivity 0.5,
// messaging 1. Answer scales: high after-hours pressure 0.8, separate phones + 0.
const answers = answersSchema.parse({
  employees: 10,
  whatsappShare: 1,
  industry: 'other',
  jurisdiction: 'us',
  annualRevenue: 1_000_000,
  averageSalary: 43_000, // 43,000 / 1,720 h = $25.00 an hour
  currency: 'USD',
  horizonYears: 2,
  recordKeepingDuty: 'no',
  businessOnWhatsapp: 'sometimes',
  archiving: 'none',
  personalDataInChats: 'never',
  contactSync: 'blocked',
  regulatorInquiry: false,
  devicesLostPerYear: 2,
  backupControl: 'none',
  leaversTakeData: 'never',
  turnoverRate: 0.2,
  afterHoursPressure: 'high',
  mixedPhones: false,
  clientFacingStaff: 2,
  dealsOnWhatsapp: 0.5,
  crmLogging: 'never',
  revenuePerClientFacing: 100_000,
  minutesLostPerDay: 6,
  groupsNearLimit: false,
  platformMessagesPerMonth: 1_000,
  // A fifth already pay for licences with chat and meetings; the firm reclaims VAT ('other').
  licencesAlreadyPaidShare: 0.2,
  vatRecoverable: true,
});
// internalHoursPerUser 3 (registry) at the loaded $25 an hour.
const suite = {
  licencePerUserMonth: 10,
  telephonyPerUserMonth: 5,
  managedServicePerUserMonth: 15,
  onboardingPerUser: 100,
  currency: 'USD' as const,
};

describe('hand-computed small case', () => {
  const report = computeReport(answers, { suite, samples: 500 });

  it('computes the status quo to the cent', () => {
    expect(report.statusQuo).toEqual({
      byCategory: {
        // Record keeping: no duty declared. Data protection: no regime in the US.
        fines: 0,
        // 2 phones × 0.1 × 0.25 (personal data "never" still leaves contacts) = 0.05 incidents
        // × (250 records × $173 = $43,250) = $2,162.50; history: 2 phones × 1 (no backup)
        // × 8 h × $25 = $400; per year $2,562.50, × 2 years = $5,125.00.
        dataLoss: 5125,
        // 10 staff × 0.2 turnover = 2 leavers × 0.05 uplift × 0.8 (high pressure, own phones)
        // = 0.08 extra leavers × 0.5 × $43,000 = $1,720 a year; × 2 = $3,440.
        turnover: 3440,
        // min(2 × $100,000, $1,000,000 revenue) × 0.5 on WhatsApp × 1 (never in CRM)
        // = $100,000 × (0.13 absence + 0.2 turnover) × 0.1 lost = $3,300 of revenue a year
        // × 0.38 margin = $1,254 a year; × 2 = $2,508.
        sales: 2508,
        // 10 staff × 6 min / 60 = 1 h a day × 220 days × $25 = $5,500 a year × 0.5 recaptured
        // = $2,750 a year; × 2 = $5,500.
        productivity: 5500,
        // 1,000 × 12 = 12,000 messages × (€0.06 × 1.17 = $0.0702) = $842.40; × 2 = $1,684.80.
        messaging: 1684.8,
        licences: 0,
        telephony: 0,
        managedService: 0,
        onboarding: 0,
        internalEffort: 0,
        vat: 0,
      },
      // 2,562.50 + 1,720 + 1,254 + 2,750 + 842.40 = $9,128.90 each year.
      byYear: [9128.9, 9128.9],
      total: 18257.8,
    });
  });

  it('computes the suite to the cent', () => {
    // Year one keeps r + (1 − r) × 3/24 of each cost: the 3-month ramp averages 1/8 of a year
    // un-adopted. Later years keep r.
    expect(report.suite).toEqual({
      byCategory: {
        fines: 0,
        // 2,562.50 × (0.2 + 0.8 × 0.125 = 0.3) = 768.75; + 2,562.50 × 0.2 = 512.50 → 1,281.25
        dataLoss: 1281.25,
        // 1,720 × (0.6 + 0.4 × 0.125 = 0.65) = 1,118; + 1,720 × 0.6 = 1,032 → 2,150
        turnover: 2150,
        // 1,254 × 0.65 = 815.10; + 1,254 × 0.6 = 752.40 → 1,567.50
        sales: 1567.5,
        // 2,750 × (0.5 + 0.5 × 0.125 = 0.5625) = 1,546.875 → 1,546.88 (half a cent rounds up);
        // + 2,750 × 0.5 = 1,375 → 2,921.88
        productivity: 2921.88,
        // residual 1: the per-message fees stay. 842.40 × 2 = 1,684.80
        messaging: 1684.8,
        // 10 users × (1 − 0.2 already paid) × 12 × $10 = $960 a year; × 2 = $1,920
        licences: 1920,
        // 10 × 12 × $5 = $600 a year; × 2 = $1,200
        telephony: 1200,
        // 10 × 12 × $15 = $1,800 a year; × 2 = $3,600
        managedService: 3600,
        // 10 × $100, year one only
        onboarding: 1000,
        // 10 users × 3 h × $25, year one only
        internalEffort: 750,
        // VAT reclaimed: nothing on top
        vat: 0,
      },
      // 768.75 + 1,118 + 815.10 + 1,546.88 + 842.40 + 960 + 600 + 1,800 + 1,000 + 750 = 10,201.13;
      // 512.50 + 1,032 + 752.40 + 1,375 + 842.40 + 960 + 600 + 1,800 = 7,874.30.
      byYear: [10201.13, 7874.3],
      total: 18075.43,
    });
  });

  it('derives saving, hard saving, ROI, NPV and payback', () => {
    // 18,257.80 − 18,075.43
    expect(report.netSaving).toBe(182.37);
    // Hard categories only: data loss 5,125 − 1,281.25 = 3,843.75, turnover 3,440 − 2,150 = 1,290
    // (fines 0, messaging 0) = 5,133.75, less the suite's own 1,920 + 1,200 + 3,600 + 1,000 + 750
    // = 8,470.
    expect(report.hardNetSaving).toBe(-3336.25);
    // 182.37 / 8,470
    expect(report.roi).toBeCloseTo(0.021531286895, 12);
    // One-off 1,000 + 750 = 1,750 at the start; year one's net 9,128.90 − 10,201.13 = −1,072.23
    // plus the one-offs = 677.77 at mid-year, year two's 1,254.60 a year later, at 8 %:
    // −1,750 + 677.77 / 1.08^0.5 + 1,254.60 / 1.08^1.5 = −1,750 + 652.18 + 1,117.80 = 20.00
    // (19.9988 unrounded, with the unrounded category values).
    expect(report.npvNetSaving).toBeCloseTo(20, 1);
    // Month by month: status quo 9,128.90 / 12 = 760.74; the suite's residual risk 4,514.30 / 12
    // = 376.19, plus the un-adopted 5/6, 1/2 and 1/6 of the remaining 384.55 in months 1–3, plus
    // 280 of licences, telephony and managed fee, plus 1,750 once in month one. Cumulative net:
    // −1,965.91, −2,053.63, −2,013.18, then +104.55 a month: −26.73 after month 22, +77.83
    // after month 23, and it stays positive.
    expect(report.paybackMonth).toBe(23);
    expect(report.licensedUsers).toBe(10);
  });

  it('scores the risk from the answers', () => {
    expect(report.risk).toEqual({
      byCategory: {
        // Record keeping: no duty in an unregulated sector; data protection: no regime (US).
        fines: 0,
        // (0.35 × 1 no backup + 0.35 × 0 + 0.3 × min(1, 0.2 loss rate / 0.086)) × (0.5 + 0.5 × 0.25)
        // = 0.65 × 0.625 = 0.40625 → 41
        dataLoss: 41,
        // pressure 0.8 (high, own phones) × min(1, 0.2 turnover / 0.2) = 0.8 → 80
        turnover: 80,
        // min(1, 0.5 / 0.5) × 1 (never in the CRM) = 1 → 100
        sales: 100,
        // 0.85 × 6 / 30 = 0.17 → 17
        productivity: 17,
      },
      // 0.6 × 100 + 0.4 × (0 + 41 + 80 + 100 + 17) / 5 = 60 + 19.04 = 79.04 → 79
      overall: 79,
      level: 'critical',
    });
  });

  it('brackets the saving with the Monte Carlo and leaves quoted prices out of the drivers', () => {
    const { p10, p50, p90, samples, probabilitySuiteCheaper } = report.uncertainty;
    expect(samples).toBe(500);
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    // A headline of $182 on a band that reaches well below zero and above it: too close to call.
    expect(p10).toBeLessThan(0);
    expect(p90).toBeGreaterThan(0);
    expect(probabilitySuiteCheaper).toBeGreaterThan(0.2);
    expect(probabilitySuiteCheaper).toBeLessThan(0.8);
    expect(report.verdict).toBe('too-close');
    const ids = report.drivers.map((d) => d.assumptionId);
    expect(ids).not.toContain('suiteLicencePerUserMonth');
    expect(ids).not.toContain('fxUsdPerEur');
    // Fines are zero here, so no fine assumption can move the result.
    expect(ids).not.toContain('retentionFineProbability');
    expect(report.fines).toEqual([]);
  });
});
