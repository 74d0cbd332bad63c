import { describe, expect, it } from 'vitest';
import { answersSchema, choosePackage, type PriceBook } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { checksumBytes } from '@/lib/report-link/checksum';
import { linkFor, openLink } from '../support/links';

const book: PriceBook = {
  currency: 'EUR',
  defaultPackage: 'voice',
  packages: [
    {
      id: 'chat',
      name: 'Chat',
      licencePerUserMonth: 10.8,
      telephonyPerUserMonth: 0,
      managedServicePerUserMonth: 8,
      onboardingPerUser: 45,
      crmIntegration: false,
    },
    {
      id: 'voice',
      name: 'Voice',
      licencePerUserMonth: 10.8,
      telephonyPerUserMonth: 15,
      managedServicePerUserMonth: 10,
      onboardingPerUser: 60,
      crmIntegration: false,
    },
  ],
};
const defaults = answersSchema.parse({});

describe('version 3: licences already paid, VAT and the package', () => {
  it('writes version 3 only when an older link would open differently', () => {
    expect(linkFor(defaults, {}, { suite: book })[0]).toBe('1');
    expect(encodeReport({ ...defaults, licencesAlreadyPaidShare: 0.4 })[0]).toBe('3');
    // 'other' reclaims VAT by default; saying it does not needs version 3.
    expect(encodeReport({ ...defaults, vatRecoverable: false })[0]).toBe('3');
    // Healthcare's default is "not reclaimable": the same answer fits version 1.
    const clinic = { ...defaults, industry: 'healthcare' as const, vatRecoverable: false };
    expect(encodeReport(clinic)[0]).toBe('1');
    expect(linkFor(defaults, {}, { suite: book, packageId: 'chat' })[0]).toBe('3');
  });

  it('round-trips the new answers, the package and overrides of its prices', () => {
    const answers = { ...defaults, licencesAlreadyPaidShare: 0.35, vatRecoverable: false };
    const overrides = { suiteManagedServicePerUserMonth: 12, residualFines: 0.2 };
    const code = linkFor(answers, overrides, { suite: book, packageId: 'chat' });
    expect(openLink(code, book)).toEqual({
      ok: true,
      answers,
      overrides,
      packageId: 'chat',
    });
  });

  it('opens a link whose package is gone with the default, and flags it', () => {
    const code = linkFor(defaults, {}, { suite: book, packageId: 'chat' });
    const smaller: PriceBook = { ...book, packages: book.packages.slice(1) };
    const decoded = openLink(code, smaller);
    expect(decoded.ok && decoded.packageId).toBe('chat');
    const chosen = choosePackage(smaller, decoded.ok ? decoded.packageId : undefined);
    expect(chosen.missing).toBe(true);
    expect(chosen.package.id).toBe('voice');
  });

  it.each([
    ['a VAT byte other than 0 or 1', 2],
    ['a package id longer than 24 bytes', 25],
  ])('%s → malformed', (_, bad) => {
    const code = encodeReport({ ...defaults, licencesAlreadyPaidShare: 0.5 });
    const body = Buffer.from(code.slice(1), 'base64url');
    const payload = body.subarray(0, body.length - 4);
    // The payload ends: share, VAT byte, package length 0, override count 0.
    const tampered = Uint8Array.from(payload);
    if (bad === 2) tampered[tampered.length - 3] = 2;
    else tampered[tampered.length - 2] = 25;
    const signed = new Uint8Array([...Buffer.from('3'), ...tampered]);
    const resealed =
      '3' +
      Buffer.from(new Uint8Array([...tampered, ...checksumBytes(signed)])).toString('base64url');
    expect(openLink(resealed)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('version 3 links already sent', () => {
  // Frozen as text, like the v1 and v2 golden codes.
  const golden = [
    {
      what: 'half the licences already paid, VAT not reclaimed, the "chat" package, one override',
      code: '3sIqgGgQFAgYYBRAGAAEGDwQBAgIQGQAFAAACBQAEY2hhdAEhAgLmZwny',
      answers: { ...defaults, licencesAlreadyPaidShare: 0.5, vatRecoverable: false },
      overrides: { residualFines: 0.2 },
      packageId: 'chat',
    },
  ];
  it.each(golden)(
    '$what still opens with the same input',
    ({ code, answers, overrides, packageId }) => {
      expect(openLink(code, book)).toEqual({
        ok: true,
        answers,
        overrides,
        packageId,
      });
      expect(linkFor(answers, overrides, { suite: book, packageId })).toBe(code);
    },
  );
});
