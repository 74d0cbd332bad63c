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
} from '@/lib/model';

const logUniform = (min: number, max: number) =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);

/**
 * Answers a real client could give: 1 to 20,000 staff (log-uniform, so small firms are as common
 * as large ones), revenue €50k–600k a head, every option equally likely, up to 30 minutes lost.
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
    recordKeepingDuty: fc.constantFrom(...recordKeepingDuties),
    businessOnWhatsapp: fc.constantFrom(...businessFrequencies),
    archiving: fc.constantFrom(...archivingLevels),
    personalDataInChats: fc.constantFrom(...personalDataFrequencies),
    contactSync: fc.constantFrom(...contactSyncSettings),
    regulatorInquiry: fc.boolean(),
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
