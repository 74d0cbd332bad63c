import { describe, expect, it } from 'vitest';
import { encodeReport } from '@/lib/report-link';
import { openLink } from '../support/links';

// Links already sent must keep opening. These codes were written by version 1 of the codec and are
// frozen here as text: if a change to the codec, the answers schema or its defaults stops one of
// them decoding to the same answers, old links in people's inboxes break — keep a reader for them
// (a v2 codec keeps readV1) instead of editing these strings.
// Version 1 is the first format ever issued, so no older (v0) link exists to read.
const golden = [
  {
    what: 'the schema defaults, no client name',
    code: '1sIqgGgQFAgYYBRAGAAEGDwQBAgIQGQAFAADfpNGp',
    answers: {
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
      // Not in version 1: the documented defaults for links made before version 3.
      licencesAlreadyPaidShare: 0,
      vatRecoverable: true,
    },
  },
  {
    what: 'a UK financial firm in GBP over 5 years, with a non-ASCII client name',
    code: '1muy_dAgEBiMcCAxIAAwGEgQBAgIQGQAFAAAcTcO8bGxlciAmIFPDtmhuZSDigJMgWsO8cmljaNnZWME',
    answers: {
      employees: 400,
      whatsappShare: 0.35,
      industry: 'financial-services',
      jurisdiction: 'uk',
      annualRevenue: 80_000_000,
      averageSalary: 72_000,
      currency: 'GBP',
      horizonYears: 5,
      recordKeepingDuty: 'yes',
      businessOnWhatsapp: 'always',
      archiving: 'partial',
      personalDataInChats: 'sometimes',
      contactSync: 'unknown',
      regulatorInquiry: true,
      devicesLostPerYear: 12,
      backupControl: 'personal',
      leaversTakeData: 'sometimes',
      turnoverRate: 0.18,
      afterHoursPressure: 'medium',
      mixedPhones: true,
      clientFacingStaff: 10,
      dealsOnWhatsapp: 0.2,
      crmLogging: 'sometimes',
      revenuePerClientFacing: 250_000,
      minutesLostPerDay: 5,
      groupsNearLimit: false,
      platformMessagesPerMonth: 0,
      // Financial services reclaim little input VAT (exempt supplies), so that is the default.
      licencesAlreadyPaidShare: 0,
      vatRecoverable: false,
      clientName: 'Müller & Söhne – Zürich',
    },
  },
] as const;

describe('version 1 links already sent', () => {
  it.each(golden)('$what still opens with the same answers', ({ code, answers }) => {
    const result = openLink(code);
    expect(result.ok).toBe(true);
    expect(result.ok && result.answers).toEqual(answers);
  });

  it.each(golden)('$what is still what the encoder writes', ({ code, answers }) => {
    // Same answers, same link: a report re-shared today matches the one sent before.
    expect(encodeReport(answers)).toBe(code);
  });

  it.each([
    ['0', 'older than the first version ever issued'],
    ['9', 'a later version than this deployment reads'],
    ['z', 'a version character no codec has used'],
  ])('a code whose version is %j (%s) explains itself as unsupported-version', (version) => {
    // The rest of the code is a valid v1 body: only the version decides.
    const code = version + golden[0].code.slice(1);
    expect(openLink(code)).toEqual({ ok: false, reason: 'unsupported-version' });
  });
});
