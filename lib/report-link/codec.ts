import { answersSchema, vatRecoverableByDefault, type Answers } from '@/lib/answers/schema';
import { choosePackage, isPriceBook, type PriceBook } from '@/lib/model/packages';
import type { AssumptionOverrides, SuitePricing } from '@/lib/model/types';
import { fromBase64url, BASE64URL } from './base64url';
import { acceptedOverrides, rawOverrides } from './overrides';
import { CHECKSUM_LENGTH, encodeAnswers, needsV3, sealCode, sealed } from './seal';
import { readV1 } from './v1';
import { readV2, writeV2 } from './v2';
import { readV3, writeV3, type V3Payload } from './v3';

export type DecodeFailure =
  | 'malformed'
  | 'checksum'
  | 'unsupported-version'
  | 'invalid-answers'
  | 'invalid-overrides'
  | 'too-long';

export type DecodeResult =
  | {
      ok: true;
      answers: Answers;
      overrides: AssumptionOverrides;
      /** Set when today's model could not take some overrides as the link states them. */
      adjusted?: string[];
      /** The MSP package the link names (v3); absent means the price book's default. */
      packageId?: string;
    }
  | { ok: false; reason: DecodeFailure };

export interface CodecOptions {
  /**
   * The suite the report is computed with: the MSP's quoted prices set the range and currency of
   * their assumptions, so overrides of them are checked against it. A price book: the package the
   * link names (or its default) is that suite.
   */
  suite?: SuitePricing | PriceBook;
  /** Encoding only: the package chosen from the price book; absent means its default. */
  packageId?: string;
}

function pricingFor(suite: CodecOptions['suite'], packageId: string | undefined) {
  if (!suite || !isPriceBook(suite)) return suite;
  return choosePackage(suite, packageId).pricing;
}

/**
 * A code is one version character, then base64url of the payload and a 4-byte checksum of
 * version and payload. Only [A-Za-z0-9_-], so it is safe in a path segment and never has a dot.
 * Version 1 carries the answers; version 2 the answers and the assumptions changed in a workshop;
 * version 3 adds the answers on licences already paid and VAT, and the MSP's package.
 */
export const CURRENT_VERSION = '3';
/**
 * Just above the longest code encodeReport can write, 1,312 characters: the longest v1 answers,
 * the v3 fields with a 24-byte package id, and all 53 assumptions overridden with 17-digit values
 * (tests/unit/report-link/v2.test.ts derives it). Typical links stay short: defaults 41 characters.
 */
export const MAX_CODE_LENGTH = 1314;

type Payload = V3Payload;
/**
 * Links made before version 3 say nothing of licences already paid or VAT: they open as the
 * model then computed them, with no licences paid, VAT as the industry usually treats it, and
 * the price book's default package.
 */
function beforeV3(fields: Record<string, unknown>): Record<string, unknown> {
  const industry = answersSchema.shape.industry.safeParse(fields.industry);
  return {
    ...fields,
    licencesAlreadyPaidShare: 0,
    vatRecoverable: industry.success ? vatRecoverableByDefault(industry.data) : true,
  };
}
const readers: Record<string, (bytes: Uint8Array) => Payload> = {
  '1': (bytes) => ({ fields: beforeV3(readV1(bytes)), overrides: [] }),
  '2': (bytes) => {
    const { fields, overrides } = readV2(bytes);
    return { fields: beforeV3(fields), overrides };
  },
  '3': readV3,
};
/**
 * The link code for a set of answers, the assumptions changed from their defaults and the chosen
 * package. Links stay as short and as old as they can: version 1 or 2 when the version 3 answers
 * are what an older link opens with and no package is named, else version 3. Throws on
 * answers the schema rejects or overrides the model would not apply as they are (a programming
 * error: pass the overrides the model took, `resolveAssumptions(…).overrides`).
 */
export function encodeReport(
  answers: Answers,
  overrides: AssumptionOverrides = {},
  { suite: book, packageId }: CodecOptions = {},
): string {
  const valid = answersSchema.parse(answers);
  const suite = pricingFor(book, packageId);
  const raw = rawOverrides(valid, overrides, suite);
  if (raw.length > 0 && acceptedOverrides(valid, raw, suite)?.adjusted.length !== 0) {
    throw new RangeError('overrides outside what the model applies unchanged');
  }
  if (packageId !== undefined || needsV3(valid))
    return sealCode('3', writeV3(valid, raw, packageId));
  return raw.length === 0 ? encodeAnswers(valid) : sealCode('2', writeV2(valid, raw));
}

function decode(code: unknown, { suite: book }: CodecOptions): DecodeResult {
  if (typeof code !== 'string' || code.length === 0) return { ok: false, reason: 'malformed' };
  if (code.length > MAX_CODE_LENGTH) return { ok: false, reason: 'too-long' };
  if (!BASE64URL.test(code)) return { ok: false, reason: 'malformed' };

  const version = code[0]!;
  const read = readers[version];
  if (!read) return { ok: false, reason: 'unsupported-version' };

  const body = fromBase64url(code.slice(1));
  if (!body || body.length <= CHECKSUM_LENGTH) return { ok: false, reason: 'malformed' };
  const payload = body.subarray(0, body.length - CHECKSUM_LENGTH);
  const expected = sealed(version, payload);
  const actual = body.subarray(body.length - CHECKSUM_LENGTH);
  if (!expected.every((b, i) => b === actual[i])) return { ok: false, reason: 'checksum' };

  let content: Payload;
  try {
    content = read(payload);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = answersSchema.safeParse(content.fields);
  if (!parsed.success) return { ok: false, reason: 'invalid-answers' };
  const { packageId } = content;
  const accepted = acceptedOverrides(parsed.data, content.overrides, pricingFor(book, packageId));
  if (!accepted) return { ok: false, reason: 'invalid-overrides' };
  const { overrides, adjusted } = accepted;
  return {
    ok: true,
    answers: parsed.data,
    overrides,
    ...(adjusted.length > 0 ? { adjusted } : {}),
    ...(packageId !== undefined ? { packageId } : {}),
  };
}

/**
 * Never throws: every input gets a result object. Pass the suite the report is computed with, so
 * the overrides are checked against the ranges the model will apply.
 */
export function decodeReport(code: unknown, options: CodecOptions = {}): DecodeResult {
  try {
    return decode(code, options);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
