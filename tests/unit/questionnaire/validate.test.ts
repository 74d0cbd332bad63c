import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/model';
import { fieldByKey, steps, validateFields } from '@/lib/questionnaire';

const profile = steps[0].fields;
const okProfile = {
  employees: '1.250',
  whatsappShare: '40',
  industry: 'legal',
  jurisdiction: 'uk',
  currency: 'GBP',
  annualRevenue: '12.500.000,50',
  averageSalary: '55.000',
  licencesAlreadyPaidShare: '30',
  vatRecoverable: 'false',
};

describe('steps', () => {
  it('ask for every answer key in the contract exactly once', () => {
    const asked = steps.flatMap((s) => s.fields.map((f) => f.key));
    expect(asked).toHaveLength(new Set(asked).size);
    expect([...asked].sort()).toEqual(Object.keys(answersSchema.shape).sort());
    expect(steps).toHaveLength(6);
  });
});

describe('validateFields', () => {
  it('parses German numbers and stores percentages as shares', () => {
    expect(validateFields(profile, okProfile, 'de')).toEqual({
      ok: true,
      values: {
        employees: 1250,
        whatsappShare: 0.4, // 40 % asked, 40 / 100 stored
        industry: 'legal',
        jurisdiction: 'uk',
        currency: 'GBP',
        annualRevenue: 12_500_000.5,
        averageSalary: 55_000,
        licencesAlreadyPaidShare: 0.3, // 30 % asked, stored as a share
        vatRecoverable: false,
      },
    });
  });

  it('maps each problem to a message key with bounds in the unit shown', () => {
    const result = validateFields(
      profile,
      {
        ...okProfile,
        employees: '12,5', // a fraction of a person
        whatsappShare: '120', // above 100 %
        industry: 'mining', // not an option
        annualRevenue: '', // left empty
        averageSalary: '0', // must be above zero
      },
      'de',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        employees: { key: 'integer' },
        whatsappShare: { key: 'max', params: { max: 100 } }, // schema max 1 → shown as 100 %
        industry: { key: 'choice' },
        annualRevenue: { key: 'required' },
        averageSalary: { key: 'above', params: { min: 0 } },
      },
    });
  });

  it('says "number" for text that is not one, and "min" for a lower bound', () => {
    const result = validateFields(profile, { ...okProfile, employees: 'viele' }, 'de');
    expect(result).toEqual({ ok: false, errors: { employees: { key: 'number' } } });
    const zero = validateFields(profile, { ...okProfile, employees: '0' }, 'de');
    expect(zero).toEqual({ ok: false, errors: { employees: { key: 'min', params: { min: 1 } } } });
  });

  it('reads yes/no answers and leaves an empty client name out', () => {
    const last = steps[5].fields;
    const result = validateFields(
      last,
      {
        minutesLostPerDay: '7.5',
        groupsNearLimit: 'true',
        platformMessagesPerMonth: '1,000',
        horizonYears: '5',
        clientName: '  ',
      },
      'en',
    );
    expect(result).toEqual({
      ok: true,
      values: {
        minutesLostPerDay: 7.5,
        groupsNearLimit: true,
        platformMessagesPerMonth: 1000,
        horizonYears: 5,
      },
    });
  });

  it('limits the client name to 80 characters', () => {
    const result = validateFields([fieldByKey.clientName], { clientName: 'x'.repeat(81) }, 'en');
    expect(result).toEqual({
      ok: false,
      errors: { clientName: { key: 'tooLong', params: { max: 80 } } },
    });
  });

  it('asks for an answer when a choice is missing', () => {
    const result = validateFields([fieldByKey.regulatorInquiry], {}, 'en');
    expect(result).toEqual({ ok: false, errors: { regulatorInquiry: { key: 'required' } } });
  });
});
