import { z } from 'zod';

export const industries = [
  'financial-services',
  'energy',
  'healthcare',
  'public-sector',
  'legal',
  'professional-services',
  'retail',
  'manufacturing',
  'other',
] as const;
export const jurisdictions = ['eu', 'uk', 'us', 'ch', 'other'] as const;
export const currencies = ['EUR', 'GBP', 'USD', 'CHF'] as const;
export const recordKeepingDuties = ['yes', 'no', 'unsure'] as const;
export const businessFrequencies = ['never', 'sometimes', 'often', 'always'] as const;
export const archivingLevels = ['none', 'partial', 'full'] as const;
export const personalDataFrequencies = ['never', 'sometimes', 'often'] as const;
export const contactSyncSettings = ['allowed', 'blocked', 'unknown'] as const;
export const backupControls = ['company', 'personal', 'none'] as const;
export const leaverDataFrequencies = ['never', 'sometimes', 'often'] as const;
export const pressureLevels = ['low', 'medium', 'high'] as const;
export const crmLoggingLevels = ['always', 'sometimes', 'never'] as const;

export type Industry = (typeof industries)[number];
export type Jurisdiction = (typeof jurisdictions)[number];
export type Currency = (typeof currencies)[number];

/**
 * The questionnaire's answers. Every field has a default, so `answersSchema.parse({})` is a
 * complete, valid answer set. No custom messages: the UI maps zod issue codes to its own text.
 */
export const answersSchema = z.object({
  employees: z.number().int().min(1).max(1_000_000).default(50),
  whatsappShare: z.number().min(0).max(1).default(0.6),
  industry: z.enum(industries).default('other'),
  jurisdiction: z.enum(jurisdictions).default('eu'),
  annualRevenue: z.number().min(0).max(1e12).default(5_000_000),
  averageSalary: z.number().positive().max(10_000_000).default(60_000),
  currency: z.enum(currencies).default('EUR'),
  horizonYears: z.number().int().min(1).max(5).default(3),
  recordKeepingDuty: z.enum(recordKeepingDuties).default('no'),
  businessOnWhatsapp: z.enum(businessFrequencies).default('sometimes'),
  archiving: z.enum(archivingLevels).default('none'),
  personalDataInChats: z.enum(personalDataFrequencies).default('sometimes'),
  contactSync: z.enum(contactSyncSettings).default('unknown'),
  regulatorInquiry: z.boolean().default(false),
  devicesLostPerYear: z.number().min(0).max(1_000_000).default(1),
  backupControl: z.enum(backupControls).default('personal'),
  leaversTakeData: z.enum(leaverDataFrequencies).default('sometimes'),
  turnoverRate: z.number().min(0).max(1).default(0.15),
  afterHoursPressure: z.enum(pressureLevels).default('medium'),
  mixedPhones: z.boolean().default(true),
  clientFacingStaff: z.number().int().min(0).max(1_000_000).default(10),
  dealsOnWhatsapp: z.number().min(0).max(1).default(0.2),
  crmLogging: z.enum(crmLoggingLevels).default('sometimes'),
  revenuePerClientFacing: z.number().min(0).max(10_000_000).default(250_000),
  minutesLostPerDay: z.number().min(0).max(480).default(5),
  groupsNearLimit: z.boolean().default(false),
  platformMessagesPerMonth: z.number().min(0).max(100_000_000).default(0),
  // Share of users whose current licences already include chat and meetings (e.g. Microsoft 365
  // with Teams): for them only the increment is charged.
  licencesAlreadyPaidShare: z.number().min(0).max(1).default(0),
  // Whether the firm reclaims input VAT; the questionnaire pre-fills it from the industry.
  vatRecoverable: z.boolean().default(true),
  clientName: z.string().trim().max(80).optional(),
});

export type Answers = z.output<typeof answersSchema>;
export type AnswersInput = z.input<typeof answersSchema>;
/** One answer's name: `clientName` included, though it is optional. */
export type AnswerKey = keyof AnswersInput;

export const answerKeys = Object.keys(answersSchema.shape) as AnswerKey[];
export const isAnswerKey = (k: string): k is AnswerKey => (answerKeys as string[]).includes(k);

const currencyByJurisdiction: Partial<Record<Jurisdiction, Currency>> = {
  eu: 'EUR',
  uk: 'GBP',
  us: 'USD',
  ch: 'CHF',
};

// Rough fully loaded yearly staff cost, in the pre-filled currency; the prospect edits it.
const salaryByCurrency: Record<Currency, number> = {
  EUR: 60_000,
  GBP: 55_000,
  USD: 85_000,
  CHF: 120_000,
};

const dutyByIndustry: Record<Industry, Answers['recordKeepingDuty']> = {
  'financial-services': 'yes',
  energy: 'yes',
  healthcare: 'unsure',
  'public-sector': 'unsure',
  legal: 'unsure',
  'professional-services': 'no',
  retail: 'no',
  manufacturing: 'no',
  other: 'no',
};

/**
 * Banks, insurers and healthcare supply mostly VAT-exempt services and public bodies act outside
 * VAT, so they reclaim little input VAT (VAT Directive Art. 132, 135 and 13): the suite costs
 * them its price plus VAT. Also the default for links made before the answer existed.
 */
export function vatRecoverableByDefault(industry: Industry): boolean {
  return !(
    industry === 'financial-services' ||
    industry === 'healthcare' ||
    industry === 'public-sector'
  );
}

/** Pre-fills for the questionnaire once industry and jurisdiction are known. */
export function profileDefaults(industry: Industry, jurisdiction: Jurisdiction): Partial<Answers> {
  const currency = currencyByJurisdiction[jurisdiction];
  return {
    industry,
    jurisdiction,
    recordKeepingDuty: dutyByIndustry[industry],
    vatRecoverable: vatRecoverableByDefault(industry),
    ...(currency ? { currency, averageSalary: salaryByCurrency[currency] } : {}),
  };
}
