import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  computeReport,
  fineRegimes,
  industries,
  jurisdictions,
  regimeSpecs,
  resolveAssumptions,
  type AnswersInput,
} from '@/lib/model';

const fast = { samples: 10 };
const fines = (input: AnswersInput) =>
  computeReport(answersSchema.parse(input), fast).statusQuo.byCategory.fines;

// Record keeping only: no personal data, address-book upload blocked.
const recordKeepingOnly: AnswersInput = {
  personalDataInChats: 'never',
  contactSync: 'blocked',
  recordKeepingDuty: 'yes',
  businessOnWhatsapp: 'always',
  archiving: 'none',
  annualRevenue: 10_000_000,
  horizonYears: 1,
};

describe('fines rules', () => {
  const regimesOf = (input: AnswersInput) =>
    computeReport(answersSchema.parse(input), fast).fines.map((f) => f.regime);
  const line = (input: AnswersInput, regime: string) =>
    computeReport(answersSchema.parse(input), fast).fines.find((f) => f.regime === regime)!;

  it('counts a declared duty in every industry: yes costs more than no', () => {
    for (const industry of industries) {
      for (const jurisdiction of jurisdictions) {
        const base = { ...recordKeepingOnly, industry, jurisdiction };
        const yes = fines({ ...base, recordKeepingDuty: 'yes' });
        const no = fines({ ...base, recordKeepingDuty: 'no' });
        expect(yes, `${industry} in ${jurisdiction}`).toBeGreaterThan(no);
      }
    }
  });

  it('picks the regime that binds the firm: its sector regulator, else commercial law', () => {
    const fin = { ...recordKeepingOnly, industry: 'financial-services' } as const;
    const energy = { ...recordKeepingOnly, industry: 'energy' } as const;
    expect(regimesOf({ ...fin, jurisdiction: 'us' })).toEqual(['sec']);
    expect(regimesOf({ ...energy, jurisdiction: 'us' })).toEqual(['cftc']);
    expect(regimesOf({ ...fin, jurisdiction: 'uk' })).toEqual(['fca']);
    expect(regimesOf({ ...energy, jurisdiction: 'uk' })).toEqual(['ofgem']);
    expect(regimesOf({ ...fin, jurisdiction: 'eu' })).toEqual(['mifid']);
    // A German tax adviser with a duty under HGB § 257 / AO § 147.
    expect(regimesOf({ ...recordKeepingOnly, industry: 'professional-services' })).toEqual([
      'retention',
    ]);
    // Client data in the chats adds the data-protection regime of the jurisdiction.
    const data = { personalDataInChats: 'often', recordKeepingDuty: 'no' } as const;
    expect(regimesOf({ ...data, jurisdiction: 'eu' })).toEqual(['gdpr']);
    expect(regimesOf({ ...data, jurisdiction: 'uk' })).toEqual(['ukGdpr']);
    expect(regimesOf({ ...data, jurisdiction: 'ch' })).toEqual(['fadp']);
    expect(regimesOf({ ...data, jurisdiction: 'us' })).toEqual([]);
  });

  it('prices a German SMB’s retention duty from the AO’s delay penalty: chance × size', () => {
    // 50 staff, duty "yes", business "always" on WhatsApp, no archive: exposure 1 × 1 × 1 = 1.
    const l = line({ ...recordKeepingOnly, industry: 'professional-services' }, 'retention');
    // Chance 1 % × exposure 1 = 0.01; size €200 × 50 employees = €10,000 (inside €2,500–250,000).
    expect(l.annualProbability).toBeCloseTo(0.01, 12);
    expect(l.sizeIfItHappens).toBe(10_000);
    expect(l.expectedPerYear).toBe(100);
    // Over one year (recordKeepingOnly's horizon) the chance of at least one is the yearly chance.
    expect(l.probabilityOverHorizon).toBeCloseTo(0.01, 12);
  });

  it('raises only the record-keeping chance after a regulator inquiry', () => {
    const base = {
      ...recordKeepingOnly,
      industry: 'energy',
      jurisdiction: 'us',
      personalDataInChats: 'often',
      contactSync: 'allowed',
    } as const;
    // A US energy trader has no data-protection regime here: use an EU one for the second line.
    const eu = { ...base, jurisdiction: 'eu' } as const;
    const before = line(eu, 'gdpr');
    const after = line({ ...eu, regulatorInquiry: true }, 'gdpr');
    expect(after.annualProbability).toBe(before.annualProbability);
    const rk = line(base, 'cftc');
    const rkAfter = line({ ...base, regulatorInquiry: true }, 'cftc');
    // × regulatorInquiryMultiplier 3: 0.02 × 1 × 3 = 0.06.
    expect(rk.annualProbability).toBeCloseTo(0.02, 12);
    expect(rkAfter.annualProbability).toBeCloseTo(0.06, 12);
    // The CFTC fine is sized per employee, not on gross revenue: $3,000 × 50 = $150,000 → the
    // $500,000 floor, in the answers' EUR: 500,000 / 1.17 = €427,350.43.
    expect(rk.sizeIfItHappens).toBe(427_350.43);
  });

  it('raises the data-protection chance and size when health data is in the chats', () => {
    const clinic = {
      industry: 'healthcare',
      jurisdiction: 'eu',
      personalDataInChats: 'often',
      contactSync: 'allowed',
      recordKeepingDuty: 'no',
      employees: 40,
    } as const;
    const health = line(clinic, 'gdpr');
    const other = line({ ...clinic, industry: 'legal' }, 'gdpr');
    // healthDataFineMultiplier 2 on both: 0.01 → 0.02; €400 × 40 = €16,000 → €32,000.
    expect(other.annualProbability).toBeCloseTo(0.01, 12);
    expect(health.annualProbability).toBeCloseTo(0.02, 12);
    expect(other.sizeIfItHappens).toBe(16_000);
    expect(health.sizeIfItHappens).toBe(32_000);
  });

  it('never sizes a fine above its regime’s cap, whatever the size of the firm', () => {
    for (const regime of fineRegimes) {
      const spec = regimeSpecs[regime];
      expect(spec.floor.amount).toBeLessThan(spec.cap.amount);
    }
    const huge = {
      employees: 1_000_000,
      annualRevenue: 1e9,
      personalDataInChats: 'often',
    } as const;
    const caps: [AnswersInput, string, number][] = [
      // $125m at 1.17 $/€ = €106,837,606.84
      [
        { ...recordKeepingOnly, ...huge, industry: 'financial-services', jurisdiction: 'us' },
        'sec',
        106_837_606.84,
      ],
      // MiFID II: the higher of €5m and 10 % of turnover (€100m) = €100m
      [
        { ...recordKeepingOnly, ...huge, industry: 'financial-services', jurisdiction: 'eu' },
        'mifid',
        100_000_000,
      ],
      [
        { ...recordKeepingOnly, ...huge, industry: 'retail', jurisdiction: 'eu' },
        'retention',
        250_000,
      ],
      [{ ...huge, jurisdiction: 'eu', industry: 'healthcare' }, 'gdpr', 70_000],
      [{ ...huge, jurisdiction: 'ch', currency: 'CHF' }, 'fadp', 50_000],
    ];
    for (const [input, regime, cap] of caps) {
      expect(line(input, regime).sizeIfItHappens, regime).toBe(cap);
    }
  });
});

describe('overrides and prices', () => {
  const answers = answersSchema.parse({});

  it('clamps overrides into the range and ignores non-finite values and unknown ids', () => {
    const clamped = computeReport(answers, { overrides: { replacementCostShare: 9 }, ...fast });
    const atHigh = computeReport(answers, { overrides: { replacementCostShare: 2 }, ...fast });
    expect(clamped).toEqual(atHigh);
    const bogus: Record<string, number> = { replacementCostShare: Number.NaN, noSuchThing: 1 };
    const ignored = computeReport(answers, { overrides: bogus, ...fast });
    expect(ignored).toEqual(computeReport(answers, fast));
    const resolved = resolveAssumptions(answers, { overrides: { replacementCostShare: -1 } });
    expect(resolved.assumptions.find((a) => a.id === 'replacementCostShare')).toMatchObject({
      value: 0.21,
      overridden: true,
    });
  });

  it('converts the MSP price from its currency with the dated ECB rate', () => {
    const report = computeReport(
      answersSchema.parse({ employees: 10, whatsappShare: 1, currency: 'GBP', horizonYears: 1 }),
      {
        suite: {
          licencePerUserMonth: 10,
          managedServicePerUserMonth: 0,
          onboardingPerUser: 0,
          currency: 'EUR',
        },
        ...fast,
      },
    );
    // 10 users × 12 months × €10 × 0.87 £/€ = £1,044.00
    expect(report.suite.byCategory.licences).toBe(1044);
    expect(report.suite.byCategory.managedService).toBe(0);
  });

  it('treats quoted prices as fixed: overridable within range, never varied', () => {
    const suite = {
      licencePerUserMonth: 30,
      managedServicePerUserMonth: 20,
      onboardingPerUser: 50,
      currency: 'EUR' as const,
    };
    const { assumptions } = resolveAssumptions(answers, { suite });
    const licence = assumptions.find((a) => a.id === 'suiteLicencePerUserMonth');
    // The registry range $4–$22 in EUR (÷ 1.17) widened to include the €30 quote.
    expect(licence).toMatchObject({ value: 30, currency: 'EUR', quoted: true, high: 30 });
    expect(licence?.low).toBeCloseTo(4 / 1.17, 10);
    const report = computeReport(answers, { suite, ...fast });
    expect(report.drivers.map((d) => d.assumptionId)).not.toContain('suiteLicencePerUserMonth');
  });
});
