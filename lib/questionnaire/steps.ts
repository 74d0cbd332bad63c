import {
  answerRules,
  archivingLevels,
  backupControls,
  businessFrequencies,
  contactSyncSettings,
  crmLoggingLevels,
  currencies,
  industries,
  jurisdictions,
  leaverDataFrequencies,
  personalDataFrequencies,
  pressureLevels,
  recordKeepingDuties,
  type AnswerKey,
} from '@/lib/answers';

/**
 * integer and decimal: plain numbers; money: in the chosen currency; percent: asked 0–100,
 * stored 0–1; select: one of `options`; boolean: yes or no; text: free text (the client name).
 */
export type FieldKind = 'integer' | 'decimal' | 'money' | 'percent' | 'select' | 'boolean' | 'text';

/** The phone keyboard for a number field: whole numbers get digits only. */
export function keyboardFor(kind: FieldKind): 'numeric' | 'decimal' | undefined {
  if (kind === 'integer') return 'numeric';
  return kind === 'decimal' || kind === 'money' || kind === 'percent' ? 'decimal' : undefined;
}

export type Field =
  | { key: AnswerKey; kind: 'integer' | 'decimal' | 'money' | 'percent' }
  | { key: AnswerKey; kind: 'select'; options: readonly (string | number)[] }
  | { key: AnswerKey; kind: 'boolean' }
  | { key: AnswerKey; kind: 'text'; optional: true; maxLength: number };

/**
 * How many characters a box takes. A name may run past its rule's maximum, so an over-long one
 * earns the rule's message instead of being cut off without a word; no number needs more than 24.
 */
export function typedLengthFor(field: Field): number {
  return field.kind === 'text' ? field.maxLength + 20 : 24;
}

const select = (key: AnswerKey, options: readonly (string | number)[]): Field => ({
  key,
  kind: 'select',
  options,
});

// The six sections of the product brief, in the order a prospect answers them. Labels, help
// texts and option names are messages: questionnaire.fields.<key>.{label,help,options.<value>}.
export const steps = [
  {
    id: 'profile',
    fields: [
      { key: 'employees', kind: 'integer' },
      { key: 'whatsappShare', kind: 'percent' },
      select('industry', industries),
      select('jurisdiction', jurisdictions),
      select('currency', currencies),
      { key: 'annualRevenue', kind: 'money' },
      { key: 'averageSalary', kind: 'money' },
      // What the suite would really cost the firm: licences it already pays, VAT it cannot reclaim.
      { key: 'licencesAlreadyPaidShare', kind: 'percent' },
      { key: 'vatRecoverable', kind: 'boolean' },
    ],
  },
  {
    id: 'compliance',
    fields: [
      select('recordKeepingDuty', recordKeepingDuties),
      select('businessOnWhatsapp', businessFrequencies),
      select('archiving', archivingLevels),
      select('personalDataInChats', personalDataFrequencies),
      select('contactSync', contactSyncSettings),
      { key: 'regulatorInquiry', kind: 'boolean' },
    ],
  },
  {
    id: 'dataLoss',
    fields: [
      { key: 'devicesLostPerYear', kind: 'decimal' },
      select('backupControl', backupControls),
      select('leaversTakeData', leaverDataFrequencies),
    ],
  },
  {
    id: 'people',
    fields: [
      { key: 'turnoverRate', kind: 'percent' },
      select('afterHoursPressure', pressureLevels),
      { key: 'mixedPhones', kind: 'boolean' },
    ],
  },
  {
    id: 'sales',
    fields: [
      { key: 'clientFacingStaff', kind: 'integer' },
      { key: 'dealsOnWhatsapp', kind: 'percent' },
      select('crmLogging', crmLoggingLevels),
      { key: 'revenuePerClientFacing', kind: 'money' },
    ],
  },
  {
    id: 'productivity',
    fields: [
      { key: 'minutesLostPerDay', kind: 'decimal' },
      { key: 'groupsNearLimit', kind: 'boolean' },
      { key: 'platformMessagesPerMonth', kind: 'integer' },
      // How the report is framed: the horizon, and a name a seller may type for the client.
      select('horizonYears', [1, 2, 3, 4, 5]),
      { key: 'clientName', kind: 'text', optional: true, maxLength: answerRules.clientName.max },
    ],
  },
] as const satisfies readonly { id: string; fields: readonly Field[] }[];

export type Step = (typeof steps)[number];
export type StepId = Step['id'];
export const stepCount = steps.length;

export const fieldByKey = Object.fromEntries(
  steps.flatMap((s) => s.fields.map((f) => [f.key, f as Field])),
) as Record<AnswerKey, Field>;

export const isNumericKind = (kind: FieldKind) =>
  kind === 'integer' || kind === 'decimal' || kind === 'money' || kind === 'percent';
