import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
} from '@/lib/answers/schema';
import { MAX_CODE_LENGTH, encodeReport } from '@/lib/report-link';
import { toBase64url } from '@/lib/report-link/base64url';
import { checksumBytes } from '@/lib/report-link/checksum';
import { v1Layout, writeV1 } from '@/lib/report-link/v1';
import { codeChar, mutatedCode, typicalAnswers, validAnswers } from '../support/arbitraries';
import { openLink } from '../support/links';

const defaults = answersSchema.parse({});

// Builds a correctly sealed v1 code for values the schema would reject.
function encodeWithoutValidation(answers: Record<string, unknown>): string {
  const payload = writeV1(answers);
  const signed = new Uint8Array([...new TextEncoder().encode('1'), ...payload]);
  return '1' + toBase64url(new Uint8Array([...payload, ...checksumBytes(signed)]));
}

describe('encodeReport / decodeReport', () => {
  it('round-trips arbitrary valid answers exactly', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(openLink(encodeReport(answers))).toEqual({ ok: true, answers, overrides: {} });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps -0, the smallest double and 17-digit fractions bit for bit', () => {
    const answers = {
      ...defaults,
      whatsappShare: 0.1 + 0.2, // 0.30000000000000004: 17 significant digits
      turnoverRate: -0,
      averageSalary: Number.MIN_VALUE, // 5e-324
      annualRevenue: 1e12,
    };
    const decoded = openLink(encodeReport(answers));
    expect(decoded).toEqual({ ok: true, answers, overrides: {} });
    expect(decoded.ok && Object.is(decoded.answers.turnoverRate, -0)).toBe(true);
  });

  it(
    'writes codes from the base64url alphabet only, within the size cap',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(validAnswers, (answers) => {
          const code = encodeReport(answers);
          expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
        }),
        { numRuns: 1000 },
      );
    },
  );

  it('keeps a typical link at or under 400 characters (defaults: 41)', () => {
    // 1 version char + base64url of (5-byte choices + 11 numbers of 2–4 bytes + 4-byte checksum).
    expect(encodeReport(defaults)).toHaveLength(41);
    fc.assert(
      fc.property(typicalAnswers, (answers) => {
        expect(encodeReport(answers).length).toBeLessThanOrEqual(400);
      }),
    );
  });

  it('carries the client name only when one was typed', () => {
    const without = encodeReport(defaults);
    const withName = encodeReport({ ...defaults, clientName: 'Acme' });
    // 'Acme' adds a length byte and 4 bytes: 5 bytes → 6–7 base64url characters.
    expect(withName.length - without.length).toBeGreaterThanOrEqual(6);
    expect(openLink(without)).toEqual({ ok: true, answers: defaults, overrides: {} });
    expect(openLink(withName)).toEqual({
      ok: true,
      answers: { ...defaults, clientName: 'Acme' },
      overrides: {},
    });
  });

  it('gives every answer set its own code', () => {
    const a = encodeReport(defaults);
    const b = encodeReport({ ...defaults, employees: 51 });
    expect(a).not.toBe(b);
  });

  it('refuses to encode answers the schema rejects', () => {
    expect(() => encodeReport({ ...defaults, employees: 0 })).toThrow();
  });
});

describe('decodeReport failures', () => {
  const good = encodeReport({ ...defaults, clientName: 'Contoso' });

  it.each([
    ['', 'malformed'],
    ['1abc.def', 'malformed'],
    ['1abc def', 'malformed'],
    ['1abc%20', 'malformed'],
    ['1', 'malformed'],
    ['1AAAA', 'malformed'], // 3 bytes: shorter than the checksum alone
    ['1AAAAAAAA', 'checksum'], // 6 zero bytes: 2 of payload, 4 that do not match it
    ['9' + good.slice(1), 'unsupported-version'],
    ['0' + good.slice(1), 'unsupported-version'],
    ['1' + 'A'.repeat(MAX_CODE_LENGTH), 'too-long'],
  ] as const)('%j → %s', (code, reason) => {
    expect(openLink(code)).toEqual({ ok: false, reason });
  });

  it.each([null, undefined, 42, {}, ['1abc']])('non-string %j → malformed', (code) => {
    expect(openLink(code)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('catches a truncated link', () => {
    for (let cut = 1; cut < good.length - 1; cut++) {
      const result = openLink(good.slice(0, good.length - cut));
      expect(result.ok).toBe(false);
      expect(['malformed', 'checksum']).toContain(!result.ok && result.reason);
    }
  });

  it('catches every single-character edit after the version', { timeout: 60_000 }, () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 1; i < good.length; i++) {
      for (const ch of alphabet) {
        if (ch === good[i]) continue;
        const result = openLink(good.slice(0, i) + ch + good.slice(i + 1));
        expect(result.ok).toBe(false);
      }
    }
  });

  it('says invalid-answers for a well-formed code with out-of-range values', () => {
    // Version 1 stores numbers as they are, so the schema is the judge of range.
    const bypass = { ...defaults, employees: 0 };
    const code = encodeWithoutValidation(bypass);
    expect(openLink(code)).toEqual({ ok: false, reason: 'invalid-answers' });
  });
});

describe('decodeReport never throws', () => {
  it('10,000 random strings', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 800 }),
          fc.string({ unit: codeChar, maxLength: 120 }).map((s) => `1${s}`),
        ),
        (code) => {
          const result = openLink(code);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('10,000 mutated valid codes', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(mutatedCode(validAnswers.map((a) => encodeReport(a))), (code) => {
        const result = openLink(code);
        // A mutation that happens to spell another valid code must still decode to valid answers.
        if (result.ok) expect(answersSchema.safeParse(result.answers).success).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('version 1 layout', () => {
  it('carries every option the model offers, so no answer set is unsharable', () => {
    const model: Record<string, readonly unknown[]> = {
      industry: industries,
      jurisdiction: jurisdictions,
      currency: currencies,
      horizonYears: [1, 2, 3, 4, 5],
      recordKeepingDuty: recordKeepingDuties,
      businessOnWhatsapp: businessFrequencies,
      archiving: archivingLevels,
      personalDataInChats: personalDataFrequencies,
      contactSync: contactSyncSettings,
      backupControl: backupControls,
      leaversTakeData: leaverDataFrequencies,
      afterHoursPressure: pressureLevels,
      crmLogging: crmLoggingLevels,
      regulatorInquiry: [false, true],
      mixedPhones: [false, true],
      groupsNearLimit: [false, true],
    };
    for (const [key, options] of v1Layout.choices) {
      expect([...options].sort(), key).toEqual([...(model[key] ?? [])].sort());
    }
    // Version 3 carries the two answers added after version 1, right after the v1 answers.
    const v3 = ['licencesAlreadyPaidShare', 'vatRecoverable'];
    const carried = [...v1Layout.choices.map(([k]) => k), ...v1Layout.numbers, 'clientName', ...v3];
    expect(carried.sort()).toEqual(Object.keys(answersSchema.shape).sort());
  });
});
