import type { Currency, Industry, Jurisdiction } from '@/lib/answers/rules';
import * as src from './sources';
import type { AssumptionSource } from './sources';

/**
 * published: the figure as a source states it; derived: computed from sourced figures (the
 * rationale shows how); judgement: ours, explained in one line of rationale, with the source as
 * context only.
 */
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
  'moneyPerEmployee',
  'rate',
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
  /** Where the figure differs by industry: the answers' industry picks its value and range. */
  byIndustry?: Partial<Record<Industry, AssumptionRange>>;
  /** Where the figure differs by jurisdiction (e.g. a VAT rate): the answers' jurisdiction picks. */
  byJurisdiction?: Partial<Record<Jurisdiction, AssumptionRange>>;
}

export interface AssumptionRange {
  value: number;
  low: number;
  high: number;
}

// Gross margin per industry, mapped from Damodaran's sector tables: financial services to
// non-bank financial services and brokerage (69 %, 53 %), energy between utilities (44 %) and
// traders and refiners (a few per cent), healthcare to hospitals (30 %), legal and professional
// services to business services (30 %), manufacturing to machinery (38 %); retail keeps about a
// third. Each value is its triangle's mean (mode 3·value − low − high inside the range).
const GROSS_MARGIN_BY_INDUSTRY: Partial<Record<Industry, AssumptionRange>> = {
  'financial-services': { value: 0.6, low: 0.45, high: 0.75 },
  energy: { value: 0.25, low: 0.05, high: 0.45 },
  healthcare: { value: 0.3, low: 0.2, high: 0.45 },
  legal: { value: 0.3, low: 0.2, high: 0.45 },
  'professional-services': { value: 0.3, low: 0.2, high: 0.45 },
  retail: { value: 0.33, low: 0.2, high: 0.45 },
  manufacturing: { value: 0.35, low: 0.25, high: 0.45 },
};

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

  // Fines, per regime: a yearly chance for a firm whose business chats are fully exposed (the
  // answers scale it down), and a size per employee, bounded by each regime's floor and cap
  // (lib/model/fines.ts). Record keeping: one regime per firm, the sector regulator where there
  // is one, else the commercial-law retention duty that binds every business.
  secFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.04,
    low: 0.01,
    high: 0.08,
    basis: 'judgement',
    source: src.secLastWave,
    additionalSources: [src.sec2022OffChannel],
  },
  secFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'USD',
    value: 4_000,
    low: 500,
    high: 10_000,
    basis: 'derived',
    source: src.sec2022OffChannel,
    additionalSources: [src.sec2021JpMorgan],
  },
  cftcFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.02,
    low: 0.005,
    high: 0.04,
    basis: 'judgement',
    source: src.cftc2022OffChannel,
  },
  cftcFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'USD',
    value: 3_000,
    low: 500,
    high: 7_000,
    basis: 'derived',
    source: src.cftc2022OffChannel,
  },
  fcaFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.01,
    low: 0.002,
    high: 0.025,
    basis: 'judgement',
    source: src.fcaRecordKeeping,
  },
  fcaFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'GBP',
    value: 1_000,
    low: 200,
    high: 2_500,
    basis: 'judgement',
    source: src.ofgemMorganStanley,
  },
  ofgemFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.02,
    low: 0.005,
    high: 0.045,
    basis: 'judgement',
    source: src.ofgemMorganStanley,
  },
  ofgemFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'GBP',
    value: 1_000,
    low: 200,
    high: 2_500,
    basis: 'derived',
    source: src.ofgemMorganStanley,
  },
  mifidFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.005,
    low: 0.001,
    high: 0.012,
    basis: 'judgement',
    source: src.mifid2,
  },
  mifidFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'EUR',
    value: 1_000,
    low: 100,
    high: 2_500,
    basis: 'judgement',
    source: src.mifid2Sanctions,
    additionalSources: [src.ofgemMorganStanley],
  },
  retentionFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.01,
    low: 0.002,
    high: 0.025,
    basis: 'judgement',
    source: src.hgbRetention,
    additionalSources: [src.aoDelayPenalty],
  },
  retentionFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'EUR',
    value: 200,
    low: 50,
    high: 500,
    basis: 'judgement',
    source: src.aoDelayPenalty,
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
  gdprFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.01,
    low: 0.002,
    high: 0.026,
    basis: 'judgement',
    source: src.aepdWhatsappFines,
    additionalSources: [src.dpcWhatsapp],
  },
  gdprFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'EUR',
    value: 400,
    low: 50,
    high: 1_000,
    basis: 'judgement',
    source: src.aepdWhatsappFines,
  },
  ukGdprFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.005,
    low: 0.001,
    high: 0.012,
    basis: 'judgement',
    source: src.icoLanarkshire,
  },
  ukGdprFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'GBP',
    value: 300,
    low: 50,
    high: 800,
    basis: 'judgement',
    source: src.ukDataProtectionAct,
  },
  fadpFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.004,
    low: 0.001,
    high: 0.009,
    basis: 'judgement',
    source: src.swissFadp,
  },
  fadpFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'CHF',
    value: 300,
    low: 50,
    high: 800,
    basis: 'judgement',
    source: src.swissFadp,
  },
  healthDataFineMultiplier: {
    group: 'fines',
    unit: 'multiplier',
    value: 2,
    low: 1.5,
    high: 3,
    basis: 'judgement',
    source: src.gdprSpecialCategories,
  },

  // Data loss.
  lostDeviceIncidentProbability: {
    group: 'dataLoss',
    unit: 'probability',
    // Whether the phone holds client data comes from the answers (personal data in chats), so the
    // study's "about 60 % hold sensitive data" is not applied a second time.
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
    high: 0.13,
    basis: 'judgement',
    source: src.leaversTakeDataSurvey,
  },
  recordsPerIncident: {
    group: 'dataLoss',
    unit: 'records',
    value: 250,
    low: 50,
    high: 650,
    basis: 'judgement',
    source: src.ibmBreach2024,
  },
  costPerRecord: {
    group: 'dataLoss',
    unit: 'moneyPerRecord',
    currency: 'USD',
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
    high: 20,
    basis: 'judgement',
    source: src.lostSmartphones,
  },

  // Turnover.
  alwaysOnTurnoverUplift: {
    group: 'turnover',
    unit: 'share',
    value: 0.05,
    low: 0.01,
    high: 0.13,
    basis: 'judgement',
    source: src.gallupBurnout,
  },
  replacementCostShare: {
    group: 'turnover',
    unit: 'shareOfSalary',
    // Mode 0.39: 3 × 0.5 − 0.21 − 0.9 (the value is the distribution's mean).
    value: 0.5,
    low: 0.21,
    high: 0.9,
    basis: 'derived',
    source: src.gallupTurnoverCost,
    additionalSources: [src.gallupTurnoverByRole, src.capTurnoverCost],
  },

  // Sales.
  staffAbsenceShare: {
    group: 'sales',
    unit: 'share',
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
    high: 0.26,
    basis: 'judgement',
    source: src.mckinseySocialEconomy,
  },
  grossMarginShare: {
    group: 'sales',
    unit: 'share',
    // A lost sale costs its margin, not its revenue: the goods or hours not sold are not paid for.
    value: 0.38,
    low: 0.25,
    high: 0.5,
    basis: 'derived',
    source: src.grossMarginBySector,
    byIndustry: GROSS_MARGIN_BY_INDUSTRY,
  },

  // Productivity.
  groupLimitMinutesPerDay: {
    group: 'productivity',
    unit: 'minutesPerDay',
    value: 3,
    low: 1,
    high: 7,
    basis: 'judgement',
    source: src.whatsappGroupLimit,
  },
  productivityRecaptureShare: {
    group: 'productivity',
    unit: 'share',
    value: 0.5,
    low: 0.25,
    high: 0.75,
    basis: 'published',
    source: src.forresterTeiRecapture,
  },

  // Messaging.
  pricePerMessage: {
    group: 'messaging',
    unit: 'moneyPerMessage',
    currency: 'EUR',
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
    // Microsoft 365 Business Standard, paid yearly. The range spans the list prices of chat-and-
    // meetings suites: Teams Essentials ($4) to Business Premium or Zoom Workplace Business ($22).
    value: 12.5,
    low: 4,
    high: 22,
    basis: 'published',
    source: src.m365BusinessStandard,
  },
  suiteTelephonyPerUserMonth: {
    group: 'suite',
    unit: 'moneyPerUserMonth',
    currency: 'USD',
    value: 15,
    low: 8,
    high: 24,
    basis: 'derived',
    source: src.teamsPhonePricing,
    additionalSources: [src.ucaasListPrices],
  },
  suiteManagedServicePerUserMonth: {
    group: 'suite',
    unit: 'moneyPerUserMonth',
    currency: 'EUR',
    value: 15,
    low: 5,
    high: 35,
    basis: 'judgement',
    source: src.mspPricing,
  },
  suiteOnboardingPerUser: {
    group: 'suite',
    unit: 'moneyPerUser',
    currency: 'EUR',
    value: 100,
    low: 25,
    high: 250,
    basis: 'judgement',
    source: src.mspPricing,
  },
  internalHoursPerUser: {
    group: 'suite',
    unit: 'hours',
    value: 3,
    low: 1,
    high: 6,
    basis: 'judgement',
    source: src.migrationEffort,
  },
  discountRate: {
    group: 'suite',
    unit: 'rate',
    value: 0.08,
    low: 0.05,
    high: 0.12,
    basis: 'derived',
    source: src.damodaranCostOfCapital,
  },
  vatRate: {
    group: 'suite',
    unit: 'share',
    // The EU's standard rates run from 17 % (Luxembourg) to 27 % (Hungary); the jurisdiction picks.
    value: 0.21,
    low: 0.17,
    high: 0.27,
    basis: 'published',
    source: src.vatRates,
    additionalSources: [src.vatDirective],
    byJurisdiction: {
      uk: { value: 0.2, low: 0.2, high: 0.2 },
      ch: { value: 0.081, low: 0.081, high: 0.081 },
      us: { value: 0, low: 0, high: 0 },
      other: { value: 0.2, low: 0.1, high: 0.25 },
    },
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
    high: 0.35,
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
    value: 0.6,
    low: 0.4,
    high: 0.8,
    basis: 'judgement',
    source: src.mckinseySocialEconomy,
  },
  residualSalesWithCrm: {
    group: 'suite',
    unit: 'share',
    value: 0.35,
    low: 0.2,
    high: 0.5,
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

/** Effective assumption values; money already converted into the answers' currency. */
export type Params = Record<AssumptionId, number>;

/** An assumption's figures: what the model computes with. */
export interface AssumptionFigures extends AssumptionSpec {
  id: AssumptionId;
}

/** A registry entry: the figures and, for a judgement, the one line of why (`./rationales`). */
export interface Assumption extends AssumptionFigures {
  rationale?: string;
}

export const assumptionIds = Object.keys(specs) as AssumptionId[];

/** The figures in registry order; `assumptionRegistry` (./registry) adds the rationales. */
export const assumptionFigures: readonly AssumptionFigures[] = assumptionIds.map((id) => ({
  id,
  ...(specs[id] as AssumptionSpec),
}));

export const assumptionById = Object.fromEntries(assumptionFigures.map((a) => [a.id, a])) as Record<
  AssumptionId,
  AssumptionFigures
>;

export function isAssumptionId(id: string): id is AssumptionId {
  return Object.prototype.hasOwnProperty.call(specs, id);
}
