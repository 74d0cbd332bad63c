// The answers' rules as plain data, and their check. The zod schema (`./schema`) is built from
// these rules for the server and the API; the browser checks answers here, without zod, which
// would add about 30 kB (gzip) to every page that edits or opens answers.

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

/** A finite number in [min, max] (above min, when `minExclusive`), whole when `int`. */
export interface NumberRule {
  kind: 'number';
  int?: true;
  min: number;
  minExclusive?: true;
  max: number;
  default: number;
}
export interface ChoiceRule<T extends string = string> {
  kind: 'choice';
  options: readonly T[];
  default: T;
}
export interface FlagRule {
  kind: 'flag';
  default: boolean;
}
/** Optional free text, trimmed, at most `max` characters. */
export interface TextRule {
  kind: 'text';
  max: number;
}
export type AnswerRule = NumberRule | ChoiceRule | FlagRule | TextRule;

const number = (r: Omit<NumberRule, 'kind'>): NumberRule => ({ kind: 'number', ...r });
const choice = <T extends string>(options: readonly T[], fallback: T): ChoiceRule<T> => ({
  kind: 'choice',
  options,
  default: fallback,
});
const flag = (fallback: boolean): FlagRule => ({ kind: 'flag', default: fallback });

/**
 * The questionnaire's answers. Every answer but the client name has a default, so an empty
 * object reads as a complete, valid answer set.
 */
export const answerRules = {
  employees: number({ int: true, min: 1, max: 1_000_000, default: 50 }),
  whatsappShare: number({ min: 0, max: 1, default: 0.6 }),
  industry: choice(industries, 'other'),
  jurisdiction: choice(jurisdictions, 'eu'),
  annualRevenue: number({ min: 0, max: 1e12, default: 5_000_000 }),
  averageSalary: number({ min: 0, minExclusive: true, max: 10_000_000, default: 60_000 }),
  currency: choice(currencies, 'EUR'),
  horizonYears: number({ int: true, min: 1, max: 5, default: 3 }),
  recordKeepingDuty: choice(recordKeepingDuties, 'no'),
  businessOnWhatsapp: choice(businessFrequencies, 'sometimes'),
  archiving: choice(archivingLevels, 'none'),
  personalDataInChats: choice(personalDataFrequencies, 'sometimes'),
  contactSync: choice(contactSyncSettings, 'unknown'),
  regulatorInquiry: flag(false),
  devicesLostPerYear: number({ min: 0, max: 1_000_000, default: 1 }),
  backupControl: choice(backupControls, 'personal'),
  leaversTakeData: choice(leaverDataFrequencies, 'sometimes'),
  turnoverRate: number({ min: 0, max: 1, default: 0.15 }),
  afterHoursPressure: choice(pressureLevels, 'medium'),
  mixedPhones: flag(true),
  clientFacingStaff: number({ int: true, min: 0, max: 1_000_000, default: 10 }),
  dealsOnWhatsapp: number({ min: 0, max: 1, default: 0.2 }),
  crmLogging: choice(crmLoggingLevels, 'sometimes'),
  revenuePerClientFacing: number({ min: 0, max: 10_000_000, default: 250_000 }),
  minutesLostPerDay: number({ min: 0, max: 480, default: 5 }),
  groupsNearLimit: flag(false),
  platformMessagesPerMonth: number({ min: 0, max: 100_000_000, default: 0 }),
  // Share of users whose current licences already include chat and meetings (e.g. Microsoft 365
  // with Teams): for them only the increment is charged.
  licencesAlreadyPaidShare: number({ min: 0, max: 1, default: 0 }),
  // Whether the firm reclaims input VAT; the questionnaire pre-fills it from the industry.
  vatRecoverable: flag(true),
  clientName: { kind: 'text', max: 80 } satisfies TextRule,
};

type Rules = typeof answerRules;
type ValueOf<R> =
  R extends ChoiceRule<infer T>
    ? T
    : R extends NumberRule
      ? number
      : R extends FlagRule
        ? boolean
        : string;
type RequiredKey = { [K in keyof Rules]: Rules[K] extends TextRule ? never : K }[keyof Rules];

export type Answers = { [K in RequiredKey]: ValueOf<Rules[K]> } & { clientName?: string };
/** Answers as a link, a form or a JSON body may give them: any may be left out for its default. */
export type AnswersInput = Partial<Answers>;
/** One answer's name: `clientName` included, though it is optional. */
export type AnswerKey = keyof Rules;

export const answerKeys = Object.keys(answerRules) as AnswerKey[];
export const isAnswerKey = (k: string): k is AnswerKey => Object.hasOwn(answerRules, k);

/** Why one answer is refused; `bound` in the answer's stored unit (shares 0–1). */
export type AnswerIssue =
  | { code: 'type' | 'integer' | 'choice' }
  | { code: 'min' | 'above' | 'max' | 'tooLong'; bound: number };

export type AnswerCheck = { ok: true; value: unknown } | { ok: false; issue: AnswerIssue };

function checkNumber(r: NumberRule, v: number): AnswerCheck {
  if (r.int && !Number.isInteger(v)) return { ok: false, issue: { code: 'integer' } };
  if (r.minExclusive ? v <= r.min : v < r.min)
    return { ok: false, issue: { code: r.minExclusive ? 'above' : 'min', bound: r.min } };
  if (v > r.max) return { ok: false, issue: { code: 'max', bound: r.max } };
  return { ok: true, value: v };
}

/** One answer checked against its rule: the value as stored (default filled, text trimmed). */
export function checkAnswer(key: AnswerKey, value: unknown): AnswerCheck {
  const rule: AnswerRule = answerRules[key];
  if (value === undefined) {
    return { ok: true, value: rule.kind === 'text' ? undefined : rule.default };
  }
  switch (rule.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? checkNumber(rule, value)
        : { ok: false, issue: { code: 'type' } };
    case 'choice':
      return (rule.options as readonly unknown[]).includes(value)
        ? { ok: true, value }
        : { ok: false, issue: { code: 'choice' } };
    case 'flag':
      return typeof value === 'boolean'
        ? { ok: true, value }
        : { ok: false, issue: { code: 'type' } };
    case 'text': {
      if (typeof value !== 'string') return { ok: false, issue: { code: 'type' } };
      const text = value.trim();
      return text.length > rule.max
        ? { ok: false, issue: { code: 'tooLong', bound: rule.max } }
        : { ok: true, value: text };
    }
  }
}

export type AnswersRead = { ok: true; answers: Answers } | { ok: false; refused: AnswerKey[] };

/** A whole answer set: every answer checked, defaults filled, unknown names dropped. */
export function readAnswers(input: unknown): AnswersRead {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, refused: [] };
  }
  const given = input as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  const refused: AnswerKey[] = [];
  for (const key of answerKeys) {
    const c = checkAnswer(key, given[key]);
    if (!c.ok) refused.push(key);
    else if (c.value !== undefined) answers[key] = c.value;
  }
  return refused.length === 0 ? { ok: true, answers: answers as Answers } : { ok: false, refused };
}

/** A whole answer set, or a throw naming the refused answers (for answers that must be valid). */
export function parseAnswers(input: unknown): Answers {
  const read = readAnswers(input);
  if (!read.ok)
    throw new TypeError(`answers refused: ${read.refused.join(', ') || 'not an object'}`);
  return read.answers;
}

/** Every answer at its default. */
export const defaultAnswers = (): Answers => parseAnswers({});
