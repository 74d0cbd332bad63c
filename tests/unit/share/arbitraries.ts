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
} from '@/lib/model/answers';

const share = fc.double({ min: 0, max: 1, noNaN: true });
const amount = (max: number) => fc.double({ min: 0, max, noNaN: true });
const count = (max: number) => fc.integer({ min: 0, max });

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
      recordKeepingDuty: fc.constantFrom(...recordKeepingDuties),
      businessOnWhatsapp: fc.constantFrom(...businessFrequencies),
      archiving: fc.constantFrom(...archivingLevels),
      personalDataInChats: fc.constantFrom(...personalDataFrequencies),
      contactSync: fc.constantFrom(...contactSyncSettings),
      regulatorInquiry: fc.boolean(),
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
