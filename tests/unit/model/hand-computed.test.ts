import { describe, expect, it } from 'vitest';
import { answersSchema, computeReport } from '@/lib/model';

// A small US firm priced in USD, so only one registry default (the € message price) needs FX.
// Registry defaults used below: costPerRecord $173, recordsPerIncident 250,
// lostDeviceIncidentProbability 0.1, historyRebuildHours 8, workingHoursPerYear 1,720,
// workingDaysPerYear 220, alwaysOnTurnoverUplift 0.05, replacementCostShare 0.5,
// staffAbsenceShare 0.13, unloggedDealLossShare 0.1, pricePerMessage €0.06, fxUsdPerEur 1.17,
// adoptionRampMonths 3, residuals: dataLoss 0.2, turnover 0.6, sales 0.4, productivity 0.5,
// messaging 1.
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
});
const suite = {
  licencePerUserMonth: 10,
  managedServicePerUserMonth: 15,
  onboardingPerUser: 100,
  currency: 'USD' as const,
};

describe('hand-computed small case', () => {
  const report = computeReport(answers, { suite, samples: 500 });

  it('computes the status quo to the cent', () => {
    expect(report.statusQuo).toEqual({
      byCategory: {
        // Record keeping: sector "other" has weight 0. Data protection: no regime in the US.
        fines: 0,
        // 2 phones × 0.1 × 0.25 (personal data "never" still leaves contacts) = 0.05 incidents
        // × (250 records × $173 = $43,250) = $2,162.50; history: 2 phones × 1 (no backup)
        // × 8 h × $25 = $400; per year $2,562.50, × 2 years = $5,125.00.
        dataLoss: 5125,
        // 10 staff × 0.2 turnover = 2 leavers × 0.05 uplift × 1 (high pressure) = 0.1 extra
        // leaver × 0.5 × $43,000 = $2,150 a year; × 2 = $4,300.
        turnover: 4300,
        // min(2 × $100,000, $1,000,000 revenue) × 0.5 on WhatsApp × 1 (never in CRM)
        // = $100,000 × (0.13 absence + 0.2 turnover) × 0.1 lost = $3,300 a year; × 2 = $6,600.
        sales: 6600,
        // 10 staff × 6 min / 60 = 1 h a day × 220 days × $25 = $5,500 a year; × 2 = $11,000.
        productivity: 11000,
        // 1,000 × 12 = 12,000 messages × (€0.06 × 1.17 = $0.0702) = $842.40; × 2 = $1,684.80.
        messaging: 1684.8,
        licences: 0,
        managedService: 0,
        onboarding: 0,
      },
      // 2,562.50 + 2,150 + 3,300 + 5,500 + 842.40 = $14,354.90 each year.
      byYear: [14354.9, 14354.9],
      total: 28709.8,
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
        // 2,150 × (0.6 + 0.4 × 0.125 = 0.65) = 1,397.50; + 2,150 × 0.6 = 1,290 → 2,687.50
        turnover: 2687.5,
        // 3,300 × (0.4 + 0.6 × 0.125 = 0.475) = 1,567.50; + 3,300 × 0.4 = 1,320 → 2,887.50
        sales: 2887.5,
        // 5,500 × (0.5 + 0.5 × 0.125 = 0.5625) = 3,093.75; + 5,500 × 0.5 = 2,750 → 5,843.75
        productivity: 5843.75,
        // residual 1: the per-message fees stay. 842.40 × 2 = 1,684.80
        messaging: 1684.8,
        // 10 users × 12 × $10 = $1,200 a year; × 2 = $2,400
        licences: 2400,
        // 10 × 12 × $15 = $1,800 a year; × 2 = $3,600
        managedService: 3600,
        // 10 × $100, year one only
        onboarding: 1000,
      },
      // 768.75 + 1,397.50 + 1,567.50 + 3,093.75 + 842.40 + 1,200 + 1,800 + 1,000 = 11,669.90;
      // 512.50 + 1,290 + 1,320 + 2,750 + 842.40 + 1,200 + 1,800 = 9,714.90.
      byYear: [11669.9, 9714.9],
      total: 21384.8,
    });
  });

  it('derives saving, ROI and payback', () => {
    // 28,709.80 − 21,384.80
    expect(report.netSaving).toBe(7325);
    // 7,325 / (2,400 + 3,600 + 1,000 = 7,000)
    expect(report.roi).toBeCloseTo(1.046428571429, 12);
    // Monthly: status quo 14,354.90 / 12 = 1,196.24; suite 1,000 (onboarding) then
    // (11,669.90 − 1,000) / 12 = 889.16 a month. Month 3: 3,588.73 vs 1,000 + 3 × 889.16
    // = 3,667.48 (not yet); month 4: 4,784.97 vs 4,556.63 (paid back), and year two
    // (9,714.90 / 12 = 809.58 a month, below 1,196.24) keeps it so.
    expect(report.paybackMonth).toBe(4);
    expect(report.licensedUsers).toBe(10);
  });

  it('scores the risk from the answers', () => {
    expect(report.risk).toEqual({
      byCategory: {
        // Record keeping 0.3 × 0 (no duty); data protection 0.5 (US) × 0 (no data, sync blocked).
        fines: 0,
        // (0.35 × 1 no backup + 0.35 × 0 + 0.3 × min(1, 0.2 loss rate / 0.086)) × (0.5 + 0.5 × 0.25)
        // = 0.65 × 0.625 = 0.40625 → 41
        dataLoss: 41,
        // 0.7 × 1 (high) + 0 (separate phones) + 0.15 × (0.2 / 0.3) = 0.8 → 80
        turnover: 80,
        // min(1, 0.5 / 0.5) × (0.25 + 0.75 × 1) = 1 → 100
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
    expect(probabilitySuiteCheaper).toBeGreaterThan(0.5);
    const ids = report.drivers.map((d) => d.assumptionId);
    expect(ids).not.toContain('suiteLicencePerUserMonth');
    expect(ids).not.toContain('fxUsdPerEur');
    // Fines are zero here, so no fine assumption can move the result.
    expect(ids).not.toContain('dpEnforcementProbability');
  });
});
