import { describe, expect, it } from 'vitest';
import { answersSchema, industries, jurisdictions, profileDefaults } from '@/lib/model';

describe('answersSchema', () => {
  it('fills a complete, valid default answer set', () => {
    expect(answersSchema.parse({})).toEqual({
      employees: 50,
      whatsappShare: 0.6,
      industry: 'other',
      jurisdiction: 'eu',
      annualRevenue: 5_000_000,
      averageSalary: 60_000,
      currency: 'EUR',
      horizonYears: 3,
      recordKeepingDuty: 'no',
      businessOnWhatsapp: 'sometimes',
      archiving: 'none',
      personalDataInChats: 'sometimes',
      contactSync: 'unknown',
      regulatorInquiry: false,
      devicesLostPerYear: 1,
      backupControl: 'personal',
      leaversTakeData: 'sometimes',
      turnoverRate: 0.15,
      afterHoursPressure: 'medium',
      mixedPhones: true,
      clientFacingStaff: 10,
      dealsOnWhatsapp: 0.2,
      crmLogging: 'sometimes',
      revenuePerClientFacing: 250_000,
      minutesLostPerDay: 5,
      groupsNearLimit: false,
      platformMessagesPerMonth: 0,
      licencesAlreadyPaidShare: 0,
      vatRecoverable: true,
    });
  });

  it.each([
    [{ employees: 0 }, 'too_small'],
    [{ employees: 2.5 }, 'invalid_type'],
    [{ whatsappShare: 1.2 }, 'too_big'],
    [{ averageSalary: 0 }, 'too_small'],
    [{ horizonYears: 6 }, 'too_big'],
    [{ industry: 'mining' }, 'invalid_value'],
    [{ minutesLostPerDay: 481 }, 'too_big'],
    [{ annualRevenue: Number.POSITIVE_INFINITY }, 'invalid_type'],
    [{ clientName: 'x'.repeat(81) }, 'too_big'],
  ])('rejects %j with a %s issue the UI can localize', (input, code) => {
    const result = answersSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe(code);
  });

  it('trims the client name', () => {
    expect(answersSchema.parse({ clientName: '  Acme GmbH  ' }).clientName).toBe('Acme GmbH');
  });
});

describe('profileDefaults', () => {
  it('pre-fills currency, salary and record-keeping duty', () => {
    expect(profileDefaults('financial-services', 'uk')).toEqual({
      industry: 'financial-services',
      jurisdiction: 'uk',
      recordKeepingDuty: 'yes',
      // Financial services supply VAT-exempt services: little input VAT to reclaim.
      vatRecoverable: false,
      currency: 'GBP',
      averageSalary: 55_000,
    });
    expect(profileDefaults('healthcare', 'ch')).toMatchObject({
      recordKeepingDuty: 'unsure',
      currency: 'CHF',
    });
    expect(profileDefaults('retail', 'other')).toEqual({
      industry: 'retail',
      jurisdiction: 'other',
      recordKeepingDuty: 'no',
      vatRecoverable: true,
    });
  });

  it('always yields answers the schema accepts', () => {
    for (const industry of industries) {
      for (const jurisdiction of jurisdictions) {
        expect(answersSchema.safeParse(profileDefaults(industry, jurisdiction)).success).toBe(true);
      }
    }
  });
});
