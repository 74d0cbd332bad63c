import type { Currency, Industry, Jurisdiction } from '@/lib/answers/schema';
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
  /** One line: why this value and range. Required for judgement, shown beside the source. */
  rationale?: string;
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
    rationale:
      'More than 100 US firms were charged in the 2021–2025 off-channel sweep, out of some 3,300 broker-dealers and 15,000 advisers; a firm with unarchived business chats is put at 1 in 25 a year.',
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
    rationale:
      'Per employee, the precedents run from about $500 (JPMorgan, $125m, some 250,000 staff) to $5,000–10,000 for mid-sized firms (Moelis, Houlihan Lokey, $10–15m); smaller firms pay more per head.',
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
    rationale:
      'The CFTC charged fewer firms than the SEC (about 30 in the sweep), mostly swap dealers; a commodity trader with unarchived chats is put at half the SEC figure.',
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
    rationale:
      'The CFTC’s 2022 orders ($6m–100m on firms of a few thousand to 200,000 staff) come to $300–7,000 per employee; the value leans to the smaller firms this tool is for.',
    source: src.cftc2022OffChannel,
  },
  fcaFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.01,
    low: 0.002,
    high: 0.025,
    basis: 'judgement',
    rationale:
      'The FCA requires recorded communications (SYSC 10A) but has fined firms for chat records far less often than the SEC; put at a quarter of the US figure.',
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
    rationale:
      'No FCA firm fine for chat records is on record; sized like Ofgem’s case against Morgan Stanley, the only UK precedent.',
    source: src.ofgemMorganStanley,
  },
  ofgemFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.02,
    low: 0.005,
    high: 0.045,
    basis: 'judgement',
    rationale:
      'REMIT requires energy traders to keep their communications; Ofgem’s first such fine came in 2023. Put at half the SEC figure.',
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
    rationale:
      'Ofgem fined Morgan Stanley’s London arm £5.41m (after a 30 % discount) with a few thousand staff: about £1,000 per employee.',
    source: src.ofgemMorganStanley,
  },
  mifidFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.005,
    low: 0.001,
    high: 0.012,
    basis: 'judgement',
    rationale:
      'MiFID II Art. 16(7) requires recorded client communications, but EU supervisors have published few fines for chat records: put at an eighth of the US figure.',
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
    rationale:
      'With no EU precedent for chat records, sized like the UK’s only case (about £1,000 per employee), within MiFID II’s maximum.',
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
    rationale:
      'Business letters in chats must be kept for six to ten years (HGB § 257, c.c. 2220, Código de Comercio art. 30); a tax audit every few years rarely asks for them, so a penalty is put at 1 % a year.',
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
    rationale:
      'German law sets the delay penalty for missing records between €2,500 and €250,000 (AO § 146(2c)); €200 per employee puts a 50-person firm at €10,000.',
    source: src.aoDelayPenalty,
  },
  regulatorInquiryMultiplier: {
    group: 'fines',
    unit: 'multiplier',
    value: 3,
    low: 1.5,
    high: 5,
    basis: 'judgement',
    rationale:
      'A firm a regulator has already asked about its records is far more likely to be sanctioned for them; the record-keeping chance is tripled, data protection is a different authority and stays.',
    source: src.secLastWave,
  },
  gdprFineProbability: {
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
  gdprFinePerEmployee: {
    group: 'fines',
    unit: 'moneyPerEmployee',
    currency: 'EUR',
    value: 400,
    low: 50,
    high: 1_000,
    basis: 'judgement',
    rationale:
      'The AEPD’s WhatsApp fines on small employers run €2,000–70,000; €400 per employee puts a 50-person firm at €20,000, about their mean.',
    source: src.aepdWhatsappFines,
  },
  ukGdprFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.005,
    low: 0.001,
    high: 0.012,
    basis: 'judgement',
    rationale:
      'The ICO has answered WhatsApp cases with reprimands, not fines (NHS Lanarkshire, 2023): half the EU figure.',
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
    rationale:
      'No UK fine for WhatsApp at work is on record; sized like the EU’s, converted and slightly lower.',
    source: src.ukDataProtectionAct,
  },
  fadpFineProbability: {
    group: 'fines',
    unit: 'probabilityPerYear',
    value: 0.004,
    low: 0.001,
    high: 0.009,
    basis: 'judgement',
    rationale:
      'The Swiss FADP fines the firm only where naming the person responsible would be disproportionate (Art. 64): rarer than in the EU.',
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
    rationale: 'Sized like the EU’s AEPD cases, within the firm’s legal maximum of CHF 50,000.',
    source: src.swissFadp,
  },
  healthDataFineMultiplier: {
    group: 'fines',
    unit: 'multiplier',
    value: 2,
    low: 1.5,
    high: 3,
    basis: 'judgement',
    rationale:
      'Health data is a special category (GDPR Art. 9): breaches of it are reported, pursued and fined more often and harder; chance and size are each doubled.',
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
    // Microsoft 365 Business Standard, paid yearly. The range spans the list prices of chat-and-
    // meetings suites: Teams Essentials ($4) to Business Premium or Zoom Workplace Business ($22).
    value: 12.5,
    low: 4,
    high: 22,
    basis: 'published',
    rationale:
      'Microsoft 365 Business Standard at $12.50 a month paid yearly; the range runs from Teams Essentials ($4) to Business Premium ($22).',
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
    rationale:
      'Phone numbers and calling in the suite: Teams Phone ($10) with a calling plan, or a cloud phone seat (RingCentral from $30) less its chat; what the firm pays for phones today is not credited.',
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
  internalHoursPerUser: {
    group: 'suite',
    unit: 'hours',
    value: 3,
    low: 1,
    high: 6,
    basis: 'judgement',
    rationale:
      'The firm’s own time per user to move over: training, moving contacts and groups, learning the new habits; priced at the loaded hourly cost, once.',
    source: src.migrationEffort,
  },
  discountRate: {
    group: 'suite',
    unit: 'rate',
    value: 0.08,
    low: 0.05,
    high: 0.12,
    basis: 'derived',
    rationale:
      'A small firm’s cost of capital: Damodaran’s sector averages of 6–9 % (January 2026) plus a premium for size; used to discount later years’ savings.',
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
    rationale:
      'The standard VAT rate, charged on the suite when the firm cannot reclaim input VAT: EU 17–27 % (21 % in Spain), UK 20 %, Switzerland 8.1 %.',
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

/** Effective assumption values; money already converted into the answers' currency. */
export type Params = Record<AssumptionId, number>;

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
