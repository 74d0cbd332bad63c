import type { Currency } from './answers';
import * as src from './sources';

export interface AssumptionSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
}

/** published: the figure as a source states it; derived: computed from sourced figures; judgement: ours, with the source as context. */
export type AssumptionBasis = 'published' | 'derived' | 'judgement';

export type AssumptionGroup =
  'general' | 'fines' | 'dataLoss' | 'turnover' | 'sales' | 'productivity' | 'messaging' | 'suite';

export const assumptionUnits = [
  'hoursPerYear',
  'daysPerYear',
  'hours',
  'minutesPerDay',
  'months',
  'share',
  'shareOfRevenue',
  'shareOfSalary',
  'probabilityPerYear',
  'probability',
  'multiplier',
  'records',
  'exchangeRate',
  'money',
  'moneyPerRecord',
  'moneyPerMessage',
  'moneyPerUserMonth',
  'moneyPerUser',
] as const;
export type AssumptionUnit = (typeof assumptionUnits)[number];

interface AssumptionSpec {
  group: AssumptionGroup;
  unit: AssumptionUnit;
  /** Set for money units: the currency `value`, `low` and `high` are stated in. */
  currency?: Currency;
  value: number;
  low: number;
  high: number;
  basis: AssumptionBasis;
  source: AssumptionSource;
  additionalSources?: readonly AssumptionSource[];
}

// Keyed by id, so the compiler rejects a duplicate id. Labels and explanations live in the
// messages under `assumptions.<id>`; ids contain no dots for that reason.
const specs = {
  // General: working time and currency conversion.
  workingHoursPerYear: {
    group: 'general',
    unit: 'hoursPerYear',
    value: 1720,
    low: 1600,
    high: 1900,
    basis: 'derived',
    source: src.oecdHoursWorked,
  },
  workingDaysPerYear: {
    group: 'general',
    unit: 'daysPerYear',
    // 261 weekdays − about 25 days of leave − about 10 public holidays, rounded down.
    value: 220,
    low: 210,
    high: 230,
    basis: 'derived',
    source: src.workingTimeDirective,
  },
  // Rounded ECB reference rates of January 2026; fixed (no range), so not varied in the analysis.
  fxUsdPerEur: {
    group: 'general',
    unit: 'exchangeRate',
    currency: 'USD',
    value: 1.17,
    low: 1.17,
    high: 1.17,
    basis: 'published',
    source: src.ecbReferenceRates,
  },
  fxGbpPerEur: {
    group: 'general',
    unit: 'exchangeRate',
    currency: 'GBP',
    value: 0.87,
    low: 0.87,
    high: 0.87,
    basis: 'published',
    source: src.ecbReferenceRates,
  },
  fxChfPerEur: {
    group: 'general',
    unit: 'exchangeRate',
    currency: 'CHF',
    value: 0.93,
    low: 0.93,
    high: 0.93,
    basis: 'published',
    source: src.ecbReferenceRates,
  },

  // Fines: record-keeping.
  rkEnforcementProbabilityUs: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.05,
    low: 0.01,
    high: 0.15,
    basis: 'judgement',
    source: src.secLastWave,
  },
  rkEnforcementProbabilityUk: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.02,
    low: 0.005,
    high: 0.08,
    basis: 'judgement',
    source: src.ofgemMorganStanley,
  },
  rkEnforcementProbabilityOther: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.005,
    low: 0.001,
    high: 0.02,
    basis: 'judgement',
    source: src.mifid2,
  },
  rkFineShareOfRevenue: {
    group: 'fines',
    unit: 'shareOfRevenue',
    // The cited cases give fine amounts, not the firms' revenue: the ratio is our reading of them.
    value: 0.004,
    low: 0.0005,
    high: 0.02,
    basis: 'judgement',
    source: src.secLastWave,
    additionalSources: [src.ofgemMorganStanley],
  },
  rkFineMinimum: {
    group: 'fines',
    unit: 'money',
    currency: 'EUR',
    value: 100_000,
    low: 25_000,
    high: 500_000,
    basis: 'judgement',
    source: src.secLastWave,
  },
  regulatorInquiryMultiplier: {
    group: 'fines',
    unit: 'multiplier',
    value: 3,
    low: 1.5,
    high: 5,
    basis: 'judgement',
    source: src.secLastWave,
  },

  // Fines: data protection.
  dpEnforcementProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.01,
    low: 0.002,
    high: 0.05,
    basis: 'judgement',
    source: src.dpcWhatsapp,
    additionalSources: [src.aepdWhatsappFines],
  },
  dpFineBase: {
    group: 'fines',
    unit: 'money',
    currency: 'EUR',
    // Range: the AEPD's €2,000 and €70,000 WhatsApp fines. The default sits near the mean of the
    // AEPD WhatsApp fines on record (€2,000, €2,000, €4,000, €70,000: €19,500); not itself published.
    value: 20_000,
    low: 2_000,
    high: 70_000,
    basis: 'judgement',
    source: src.aepdWhatsappFines,
  },
  dpFineShareOfRevenue: {
    group: 'fines',
    unit: 'shareOfRevenue',
    value: 0.001,
    low: 0.0001,
    high: 0.005,
    basis: 'judgement',
    source: src.gdpr,
  },
  gdprCapFixed: {
    group: 'fines',
    unit: 'money',
    currency: 'EUR',
    value: 20_000_000,
    low: 20_000_000,
    high: 20_000_000,
    basis: 'published',
    source: src.gdpr,
  },
  gdprCapShareOfTurnover: {
    group: 'fines',
    unit: 'shareOfRevenue',
    value: 0.04,
    low: 0.04,
    high: 0.04,
    basis: 'published',
    source: src.gdpr,
    additionalSources: [src.ukDataProtectionAct],
  },
  ukGdprCapFixed: {
    group: 'fines',
    unit: 'money',
    currency: 'GBP',
    value: 17_500_000,
    low: 17_500_000,
    high: 17_500_000,
    basis: 'published',
    source: src.ukDataProtectionAct,
  },
  // The FADP's CHF 250,000 fines (Art. 60–63) fall on the responsible individuals, not the firm;
  // the business itself can be fined only up to CHF 50,000 (Art. 64(2)). The model prices the
  // firm's cost, so that is its cap.
  nfadpBusinessFineCap: {
    group: 'fines',
    unit: 'money',
    currency: 'CHF',
    value: 50_000,
    low: 50_000,
    high: 50_000,
    basis: 'published',
    source: src.swissFadp,
  },

  // Data loss.
  lostDeviceIncidentProbability: {
    group: 'dataLoss',
    unit: 'probability',
    // Chance that a lost phone holding client data becomes a reportable incident. Whether the
    // phone holds such data comes from the answers (personal data in chats), so the study's
    // "about 60 % hold sensitive data" is not applied a second time; 93 % are never recovered.
    value: 0.1,
    low: 0.01,
    high: 0.2,
    basis: 'judgement',
    source: src.lostSmartphones,
  },
  leaverIncidentProbability: {
    group: 'dataLoss',
    unit: 'probability',
    value: 0.05,
    low: 0.01,
    high: 0.2,
    basis: 'judgement',
    source: src.leaversTakeDataSurvey,
  },
  recordsPerIncident: {
    group: 'dataLoss',
    unit: 'records',
    value: 250,
    low: 50,
    high: 1000,
    basis: 'judgement',
    source: src.ibmBreach2024,
  },
  costPerRecord: {
    group: 'dataLoss',
    unit: 'moneyPerRecord',
    currency: 'USD',
    // IBM's 2024 per-record figure ($173, up from $156) is stated for intellectual-property
    // records; we apply it to client contacts and conversations, hence judgement.
    value: 173,
    low: 100,
    high: 250,
    basis: 'judgement',
    source: src.ibmBreach2024,
  },
  historyRebuildHours: {
    group: 'dataLoss',
    unit: 'hours',
    value: 8,
    low: 2,
    high: 40,
    basis: 'judgement',
    source: src.mckinseySocialEconomy,
  },

  // Turnover.
  alwaysOnTurnoverUplift: {
    group: 'turnover',
    unit: 'share',
    value: 0.05,
    low: 0.01,
    high: 0.2,
    basis: 'judgement',
    source: src.gallupBurnout,
  },
  replacementCostShare: {
    group: 'turnover',
    unit: 'shareOfSalary',
    value: 0.5,
    low: 0.21,
    high: 2,
    basis: 'published',
    source: src.gallupTurnoverCost,
    additionalSources: [src.capTurnoverCost],
  },

  // Sales.
  staffAbsenceShare: {
    group: 'sales',
    unit: 'share',
    // About 25 days of leave + 8 days of sickness over about 251 working days (261 weekdays − 10
    // public holidays): 33 / 251 = 0.13. The Directive sets the 4-week minimum leave.
    value: 0.13,
    low: 0.08,
    high: 0.18,
    basis: 'derived',
    source: src.workingTimeDirective,
  },
  unloggedDealLossShare: {
    group: 'sales',
    unit: 'share',
    value: 0.1,
    low: 0.02,
    high: 0.3,
    basis: 'judgement',
    source: src.mckinseySocialEconomy,
  },

  // Productivity.
  groupLimitMinutesPerDay: {
    group: 'productivity',
    unit: 'minutesPerDay',
    value: 3,
    low: 1,
    high: 10,
    basis: 'judgement',
    source: src.whatsappGroupLimit,
  },

  // Messaging.
  pricePerMessage: {
    group: 'messaging',
    unit: 'moneyPerMessage',
    currency: 'EUR',
    // Between Germany's utility (€0.0456) and marketing (€0.1131) template rates, leaning to utility.
    value: 0.06,
    low: 0.01,
    high: 0.12,
    basis: 'derived',
    source: src.metaPlatformPricing,
    additionalSources: [src.germanyMessageRates],
  },

  // Suite: prices (replaced by the MSP's own prices when it supplies them) and adoption.
  suiteLicencePerUserMonth: {
    group: 'suite',
    unit: 'moneyPerUserMonth',
    currency: 'USD',
    // Business Standard, paid yearly; range from Business Basic ($6) to Business Premium ($22).
    value: 12.5,
    low: 6,
    high: 22,
    basis: 'published',
    source: src.m365BusinessStandard,
  },
  suiteManagedServicePerUserMonth: {
    group: 'suite',
    unit: 'moneyPerUserMonth',
    currency: 'EUR',
    value: 15,
    low: 5,
    high: 40,
    basis: 'judgement',
    source: src.mspPricing,
  },
  suiteOnboardingPerUser: {
    group: 'suite',
    unit: 'moneyPerUser',
    currency: 'EUR',
    value: 100,
    low: 25,
    high: 300,
    basis: 'judgement',
    source: src.mspPricing,
  },
  adoptionRampMonths: {
    group: 'suite',
    unit: 'months',
    value: 3,
    low: 1,
    high: 6,
    basis: 'judgement',
    source: src.mspPricing,
  },

  // Suite: the share of each status-quo cost that remains once the suite is fully adopted.
  residualFines: {
    group: 'suite',
    unit: 'share',
    value: 0.15,
    low: 0.05,
    high: 0.4,
    basis: 'judgement',
    source: src.secLastWave,
  },
  residualDataLoss: {
    group: 'suite',
    unit: 'share',
    value: 0.2,
    low: 0.05,
    high: 0.5,
    basis: 'judgement',
    source: src.ibmBreach2024,
  },
  residualTurnover: {
    group: 'suite',
    unit: 'share',
    value: 0.6,
    low: 0.3,
    high: 0.9,
    basis: 'judgement',
    source: src.gallupBurnout,
  },
  residualSales: {
    group: 'suite',
    unit: 'share',
    value: 0.4,
    low: 0.2,
    high: 0.7,
    basis: 'judgement',
    source: src.mckinseySocialEconomy,
  },
  residualProductivity: {
    group: 'suite',
    unit: 'share',
    value: 0.5,
    low: 0.3,
    high: 0.8,
    basis: 'judgement',
    source: src.mckinseySocialEconomy,
  },
  // Per-message platform fees are charged whichever tool sends the messages.
  residualMessaging: {
    group: 'suite',
    unit: 'share',
    value: 1,
    low: 1,
    high: 1,
    basis: 'derived',
    source: src.metaPlatformPricing,
  },
} satisfies Record<string, AssumptionSpec>;

export type AssumptionId = keyof typeof specs;

export interface Assumption extends AssumptionSpec {
  id: AssumptionId;
}

export const assumptionIds = Object.keys(specs) as AssumptionId[];

export const assumptionRegistry: readonly Assumption[] = assumptionIds.map((id) => ({
  id,
  ...(specs[id] as AssumptionSpec),
}));

export const assumptionById = Object.fromEntries(
  assumptionRegistry.map((a) => [a.id, a]),
) as Record<AssumptionId, Assumption>;

export function isAssumptionId(id: string): id is AssumptionId {
  return Object.prototype.hasOwnProperty.call(specs, id);
}
