import type { Currency, Industry } from './answers';
import * as src from './sources';
import type { AssumptionSource } from './sources';

export type { AssumptionSource };

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
  /** One line: why this value and range. Required for judgement, shown beside the source. */
  rationale?: string;
  source: AssumptionSource;
  additionalSources?: readonly AssumptionSource[];
  /** Where the figure differs by industry: the answers' industry picks its value and range. */
  byIndustry?: Partial<Record<Industry, AssumptionRange>>;
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
    rationale:
      'A full-time year: 220 working days of about 7.8 hours. OECD averages per worker run lower (1,343 in Germany, 1,799 in the US, 2023) because they include part-time work.',
    source: src.oecdHoursWorked,
  },
  workingDaysPerYear: {
    group: 'general',
    unit: 'daysPerYear',
    value: 220,
    low: 210,
    high: 230,
    basis: 'derived',
    rationale:
      '261 weekdays less about 25 days of leave, 10 public holidays and a few sick days; the Directive sets the four-week minimum of leave.',
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
    high: 0.13,
    basis: 'judgement',
    rationale:
      'More than 100 US firms were charged in the 2021–2025 off-channel sweep; for one firm that keeps business chats unarchived we put the yearly chance at 1 in 20.',
    source: src.secLastWave,
  },
  rkEnforcementProbabilityUk: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.02,
    low: 0.005,
    high: 0.05,
    basis: 'judgement',
    rationale:
      'UK regulators have fined record-keeping gaps far less often than the SEC (Ofgem’s first REMIT case came in 2023), so the chance is put well below the US figure.',
    source: src.ofgemMorganStanley,
  },
  rkEnforcementProbabilityOther: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.005,
    low: 0.001,
    high: 0.013,
    basis: 'judgement',
    rationale:
      'Elsewhere, recording duties exist (MiFID II Art. 16(7)) but off-channel fines are rare; the chance is put at a tenth of the US figure.',
    source: src.mifid2,
  },
  rkFineShareOfRevenue: {
    group: 'fines',
    unit: 'shareOfRevenue',
    value: 0.004,
    low: 0.0005,
    high: 0.0105,
    basis: 'judgement',
    rationale:
      'The cited cases give fine amounts, not the firms’ revenue; 0.4 % of yearly revenue is our reading of how they scale with a firm’s size.',
    source: src.secLastWave,
    additionalSources: [src.ofgemMorganStanley],
  },
  rkFineMinimum: {
    group: 'fines',
    unit: 'money',
    currency: 'EUR',
    value: 100_000,
    low: 25_000,
    high: 250_000,
    basis: 'judgement',
    rationale:
      'The smallest off-channel penalties were in the hundreds of thousands (a self-reporting firm paid $600,000 in 2025); a smaller firm’s fine is put lower, at €100,000.',
    source: src.secLastWave,
  },
  regulatorInquiryMultiplier: {
    group: 'fines',
    unit: 'multiplier',
    value: 3,
    low: 1.5,
    high: 5,
    basis: 'judgement',
    rationale:
      'A firm a regulator has already asked about its records is far more likely to be sanctioned than one it has never looked at; we triple the yearly chance.',
    source: src.secLastWave,
  },

  // Fines: data protection.
  dpEnforcementProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.01,
    low: 0.002,
    high: 0.026,
    basis: 'judgement',
    rationale:
      'Data-protection fines over WhatsApp at work are on record (the AEPD’s cases) but rare for any one firm: put at 1 % a year when client data is in the chats.',
    source: src.aepdWhatsappFines,
    additionalSources: [src.dpcWhatsapp],
  },
  dpFineBase: {
    group: 'fines',
    unit: 'money',
    currency: 'EUR',
    value: 20_000,
    low: 2_000,
    high: 56_000,
    basis: 'derived',
    rationale:
      'The mean of the AEPD’s WhatsApp fines on record (€2,000, €2,000, €4,000 and €70,000, reducible to €42,000) is about €20,000.',
    source: src.aepdWhatsappFines,
  },
  dpFineShareOfRevenue: {
    group: 'fines',
    unit: 'shareOfRevenue',
    value: 0.001,
    low: 0.0001,
    high: 0.0028,
    basis: 'judgement',
    rationale:
      'For a larger firm a fine grows with its size; we take 0.1 % of turnover, a fortieth of the legal maximum of 4 %.',
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
    // Whether the phone holds client data comes from the answers (personal data in chats), so the
    // study's "about 60 % hold sensitive data" is not applied a second time.
    value: 0.1,
    low: 0.01,
    high: 0.2,
    basis: 'judgement',
    rationale:
      'Most lost work phones are never recovered, but a locked phone rarely becomes a reportable breach; one in ten that carry client chats is put at becoming one.',
    source: src.lostSmartphones,
  },
  leaverIncidentProbability: {
    group: 'dataLoss',
    unit: 'probability',
    value: 0.05,
    low: 0.01,
    high: 0.13,
    basis: 'judgement',
    rationale:
      'Many leavers keep company data (59 % in Ponemon’s survey), but few misuse it; one in twenty of those who keep client chats is put at causing an incident.',
    source: src.leaversTakeDataSurvey,
  },
  recordsPerIncident: {
    group: 'dataLoss',
    unit: 'records',
    value: 250,
    low: 50,
    high: 650,
    basis: 'judgement',
    rationale:
      'One phone or one leaver holds the contacts and conversations of one person’s clients: a few hundred records, not a corporate breach.',
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
    rationale:
      'IBM’s 2024 cost per record ($173) is stated for intellectual-property records; we apply it to client contacts and conversations, and IBM’s breaches are larger than one phone.',
    source: src.ibmBreach2024,
  },
  historyRebuildHours: {
    group: 'dataLoss',
    unit: 'hours',
    value: 8,
    low: 2,
    high: 20,
    basis: 'judgement',
    rationale:
      'About a working day to rebuild what a lost chat history held (contacts, agreements, photos of documents) from other people and systems.',
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
    rationale:
      'Burned-out staff are 2.6 times as likely to leave (Gallup), but after-hours messaging is one cause among several; at full pressure it adds 5 % to the leavers.',
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
    rationale:
      'Between CAP’s median of 21 % of salary and Gallup’s 40 % for frontline and 80 % for technical staff; Gallup’s ½× to 2× includes leaders (200 %), rarely the people on WhatsApp, so the range stops at 90 %.',
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
    rationale:
      'About 25 days of leave and 8 days of sickness over about 251 working days: 33 / 251 = 0.13.',
    source: src.workingTimeDirective,
  },
  unloggedDealLossShare: {
    group: 'sales',
    unit: 'share',
    value: 0.1,
    low: 0.02,
    high: 0.26,
    basis: 'judgement',
    rationale:
      'When a deal lives only in one person’s chat and that person is away or leaves, most deals are picked up late rather than lost; one in ten is put at being lost.',
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
    rationale:
      'What a lost sale would have left after its direct costs: gross margin by industry from Damodaran’s sector tables (38 % across all industries; the methodology lists each industry).',
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
    rationale:
      'A group at its member limit (1,024) forces split groups and forwarded messages; a few minutes a day for the people in them.',
    source: src.whatsappGroupLimit,
  },
  productivityRecaptureShare: {
    group: 'productivity',
    unit: 'share',
    value: 0.5,
    low: 0.25,
    high: 0.75,
    basis: 'published',
    rationale:
      'Only part of a time saving becomes useful work: Forrester’s Total Economic Impact studies count half of it as recaptured.',
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
    rationale:
      'Between Germany’s utility (€0.0456) and marketing (€0.1131) template rates, leaning to utility; rates differ by country.',
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
    high: 35,
    basis: 'judgement',
    rationale:
      'A managed fee for user support, administration and security of a communications suite; MSPs price it per user, and the MSP’s own quote replaces it.',
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
    rationale:
      'One-time set-up, migration and training by the MSP, per user; the MSP’s own quote replaces it.',
    source: src.mspPricing,
  },
  adoptionRampMonths: {
    group: 'suite',
    unit: 'months',
    value: 3,
    low: 1,
    high: 6,
    basis: 'judgement',
    rationale:
      'Months until everyone works in the suite rather than in WhatsApp; until then the old risks run on in full.',
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
    rationale:
      'An archived, company-run channel closes the gap regulators fined; some business still slips onto private phones.',
    source: src.secLastWave,
  },
  residualDataLoss: {
    group: 'suite',
    unit: 'share',
    value: 0.2,
    low: 0.05,
    high: 0.5,
    basis: 'judgement',
    rationale:
      'Company-held history and remote wipe remove most of what a lost phone or a leaver takes; phones still get lost and people still copy data.',
    source: src.ibmBreach2024,
  },
  residualTurnover: {
    group: 'suite',
    unit: 'share',
    value: 0.6,
    low: 0.3,
    high: 0.9,
    basis: 'judgement',
    rationale:
      'Separate work and private chats and quiet hours ease the pressure, but a work app on the same phone can be just as always-on: most of the cost remains.',
    source: src.gallupBurnout,
  },
  residualSales: {
    group: 'suite',
    unit: 'share',
    value: 0.6,
    low: 0.4,
    high: 0.8,
    basis: 'judgement',
    rationale:
      'Without CRM integration the suite keeps a deal’s history with the company when its owner is away or leaves, but does not put it in a pipeline: less than half the loss goes.',
    source: src.mckinseySocialEconomy,
  },
  residualSalesWithCrm: {
    group: 'suite',
    unit: 'share',
    value: 0.35,
    low: 0.2,
    high: 0.5,
    basis: 'judgement',
    rationale:
      'With the offer’s CRM integration, conversations are also logged against the client record, so a colleague can see and follow the deal: about two thirds of the loss goes.',
    source: src.mckinseySocialEconomy,
  },
  residualProductivity: {
    group: 'suite',
    unit: 'share',
    value: 0.5,
    low: 0.3,
    high: 0.8,
    basis: 'judgement',
    rationale:
      'Search across company chats and integration with other tools remove about half of the time lost; some searching and re-typing remains.',
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
    rationale:
      'Platform fees are charged per message whichever tool sends it, so none of them goes.',
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
