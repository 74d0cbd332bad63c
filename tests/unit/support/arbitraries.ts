// The test data generators every unit suite shares: answers over the whole schema, typical and
// realistic answers, the MSP's prices and the overrides a workshop can set.
import fc from 'fast-check';
import {
  answersSchema,
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
  type Answers,
} from '@/lib/answers/schema';
import {
  resolveAssumptions,
  type AssumptionId,
  type AssumptionOverrides,
  type SuitePricing,
} from '@/lib/model';

/** Any share, 0 to 1. */
export const share = fc.double({ min: 0, max: 1, noNaN: true });
const amount = (max: number) => fc.double({ min: 0, max, noNaN: true });
const count = (max: number) => fc.integer({ min: 0, max });

/** The compliance step's answers, every option equally likely. */
const compliance = {
  recordKeepingDuty: fc.constantFrom(...recordKeepingDuties),
  businessOnWhatsapp: fc.constantFrom(...businessFrequencies),
  archiving: fc.constantFrom(...archivingLevels),
  personalDataInChats: fc.constantFrom(...personalDataFrequencies),
  contactSync: fc.constantFrom(...contactSyncSettings),
  regulatorInquiry: fc.boolean(),
};

/** Any answer set the schema accepts, spread over the whole range of every field. */
export const validAnswers: fc.Arbitrary<Answers> = fc
  .record(
    {
      employees: fc.integer({ min: 1, max: 1_000_000 }),
      whatsappShare: share,
      industry: fc.constantFrom(...industries),
      jurisdiction: fc.constantFrom(...jurisdictions),
      annualRevenue: fc.oneof(amount(1e12), count(1e9)),
      averageSalary: fc.double({ min: Number.MIN_VALUE, max: 10_000_000, noNaN: true }),
      currency: fc.constantFrom(...currencies),
      horizonYears: fc.integer({ min: 1, max: 5 }),
      ...compliance,
      devicesLostPerYear: fc.oneof(amount(1_000_000), count(50)),
      backupControl: fc.constantFrom(...backupControls),
      leaversTakeData: fc.constantFrom(...leaverDataFrequencies),
      turnoverRate: share,
      afterHoursPressure: fc.constantFrom(...pressureLevels),
      mixedPhones: fc.boolean(),
      clientFacingStaff: count(1_000_000),
      dealsOnWhatsapp: share,
      crmLogging: fc.constantFrom(...crmLoggingLevels),
      revenuePerClientFacing: amount(10_000_000),
      minutesLostPerDay: amount(480),
      groupsNearLimit: fc.boolean(),
      platformMessagesPerMonth: fc.oneof(amount(100_000_000), count(10_000)),
      licencesAlreadyPaidShare: fc.oneof(fc.constant(0), share),
      vatRecoverable: fc.boolean(),
      clientName: fc.string({ unit: 'binary', maxLength: 80 }),
    },
    { requiredKeys: [] },
  )
  .map((raw) => answersSchema.safeParse(raw))
  .filter((r) => r.success)
  .map((r) => r.data!);

/** Answers a prospect would plausibly type: round figures, no client name. */
export const typicalAnswers: fc.Arbitrary<Answers> = fc
  .record({
    employees: fc.integer({ min: 1, max: 5000 }),
    whatsappShare: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    industry: fc.constantFrom(...industries),
    jurisdiction: fc.constantFrom(...jurisdictions),
    annualRevenue: fc.integer({ min: 0, max: 2000 }).map((k) => k * 100_000),
    averageSalary: fc.integer({ min: 20, max: 200 }).map((k) => k * 1000),
    turnoverRate: fc.integer({ min: 0, max: 60 }).map((p) => p / 100),
    dealsOnWhatsapp: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    minutesLostPerDay: fc.integer({ min: 0, max: 60 }),
    platformMessagesPerMonth: fc.integer({ min: 0, max: 50_000 }),
  })
  .map((raw) => answersSchema.parse(raw));

const logUniform = (min: number, max: number) =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);

/**
 * Answers a real client could give: 1 to 20,000 staff (log-uniform, so small firms are as common
 * as large ones), revenue €50k–600k a head, every option equally likely, up to 30 minutes lost.
 * Suites sample it with fixed seeds: reordering its fields changes the answers they see.
 */
export const realisticAnswers: fc.Arbitrary<Answers> = fc
  .record({
    employees: logUniform(1, 20_000).map((x) => Math.max(1, Math.round(x))),
    whatsappShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
    industry: fc.constantFrom(...industries),
    jurisdiction: fc.constantFrom(...jurisdictions),
    currency: fc.constantFrom(...currencies),
    revenuePerHead: fc.double({ min: 50_000, max: 600_000, noNaN: true }),
    averageSalary: fc.double({ min: 25_000, max: 150_000, noNaN: true }),
    horizonYears: fc.integer({ min: 1, max: 5 }),
    ...compliance,
    lossRate: fc.double({ min: 0, max: 0.08, noNaN: true }),
    backupControl: fc.constantFrom(...backupControls),
    leaversTakeData: fc.constantFrom(...leaverDataFrequencies),
    turnoverRate: fc.double({ min: 0, max: 0.4, noNaN: true }),
    afterHoursPressure: fc.constantFrom(...pressureLevels),
    mixedPhones: fc.boolean(),
    clientFacingShare: fc.double({ min: 0, max: 1, noNaN: true }),
    dealsOnWhatsapp: fc.double({ min: 0, max: 0.6, noNaN: true }),
    crmLogging: fc.constantFrom(...crmLoggingLevels),
    revenuePerClientFacing: fc.double({ min: 50_000, max: 600_000, noNaN: true }),
    minutesLostPerDay: fc.double({ min: 0, max: 30, noNaN: true }),
    groupsNearLimit: fc.boolean(),
    platformMessagesPerMonth: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000 })),
  })
  .map(({ revenuePerHead, lossRate, clientFacingShare, ...a }) =>
    answersSchema.parse({
      ...a,
      annualRevenue: Math.round(a.employees * revenuePerHead),
      devicesLostPerYear: Math.round(a.employees * lossRate),
      clientFacingStaff: Math.round(a.employees * clientFacingShare),
    }),
  );

/** The MSP's prices as the brand file allows them (0–10,000 a month, 0–100,000 once), or none. */
export const validSuite: fc.Arbitrary<SuitePricing | undefined> = fc.option(
  fc.record({
    licencePerUserMonth: fc.oneof(amount(10_000), fc.constantFrom(0, 10.8)),
    managedServicePerUserMonth: fc.oneof(amount(10_000), count(40)),
    onboardingPerUser: fc.oneof(amount(100_000), count(300)),
    currency: fc.constantFrom(...currencies),
  }),
  { nil: undefined },
);

/**
 * Overrides the model applies as they are, for these answers and this suite: any subset of the
 * assumptions, each anywhere in the range `resolveAssumptions` gives it (the quoted prices' ranges
 * follow the suite), as an arbitrary double or a round figure a seller would type.
 */
export function validOverrides(
  answers: Answers,
  suite: SuitePricing | undefined,
): fc.Arbitrary<AssumptionOverrides> {
  const ranged = resolveAssumptions(answers, { suite }).assumptions.map(({ id, low, high }) => {
    const round = fc
      .integer({ min: 0, max: 100 })
      .map((k) => Number((low + ((high - low) * k) / 100).toPrecision(3)));
    const value = fc.oneof(fc.double({ min: low, max: high, noNaN: true }), round);
    return [id, value.filter((v) => v >= low && v <= high)] as const;
  });
  return fc.record(Object.fromEntries(ranged) as Record<AssumptionId, fc.Arbitrary<number>>, {
    requiredKeys: [],
  });
}

/** A character a report code can hold: the base64url alphabet. */
export const codeChar = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
);

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'insert', 'swap'),
  ch: codeChar,
});

/** A code with one to four characters replaced, deleted, inserted or swapped with the next. */
export function mutatedCode(codes: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(codes, fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([original, edits]) => {
      let code = original;
      for (const { at, kind, ch } of edits) {
        const i = at % Math.max(code.length, 1);
        if (kind === 'replace') code = code.slice(0, i) + ch + code.slice(i + 1);
        if (kind === 'delete') code = code.slice(0, i) + code.slice(i + 1);
        if (kind === 'insert') code = code.slice(0, i) + ch + code.slice(i);
        if (kind === 'swap')
          code = code.slice(0, i) + code.slice(i + 1, i + 2) + code[i] + code.slice(i + 2);
      }
      return code;
    });
}
