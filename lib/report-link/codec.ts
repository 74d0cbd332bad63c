import { vatRecoverableByDefault } from '@/lib/answers/profile';
import {
  checkAnswer,
  parseAnswers,
  readAnswers,
  type Answers,
  type Industry,
} from '@/lib/answers/rules';
import type { StatedOverride } from '@/lib/model/overrides';
import { fromBase64url, BASE64URL } from './base64url';
import { CHECKSUM_LENGTH, encodeAnswers, needsV3, sealCode, sealed } from './seal';
import { readV1 } from './v1';
import { readV2, writeV2 } from './v2';
import { readV3, writeV3, type V3Payload } from './v3';

/** Every reason a code can fail, for pages that explain each one. */
export const decodeFailures = [
  'malformed',
  'checksum',
  'unsupported-version',
  'invalid-answers',
  'invalid-overrides',
  'too-long',
] as const;
export type DecodeFailure = (typeof decodeFailures)[number];

export type DecodeResult =
  | {
      ok: true;
      answers: Answers;
      /**
       * The changed assumptions as the link states them. What the model applies of them (ranges,
       * currencies, retired ids) is its own policy: `acceptOverrides` in lib/model.
       */
      stated: StatedOverride[];
      /** The MSP package the link names (v3); absent means the price book's default. */
      packageId?: string;
    }
  | { ok: false; reason: DecodeFailure };

export interface CodecOptions {
  /** The package chosen from the MSP's price book; absent means its default. */
  packageId?: string;
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
  const industry = checkAnswer('industry', fields.industry);
  return {
    ...fields,
    licencesAlreadyPaidShare: 0,
    vatRecoverable: industry.ok ? vatRecoverableByDefault(industry.value as Industry) : true,
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
 * The link code for a set of answers, the assumptions changed from their defaults (as the model
 * applied them: `statedOverrides(report.assumptions)`) and the chosen package. Links stay as short
 * and as old as they can: version 1 or 2 when the version 3 answers are what an older link opens
 * with and no package is named, else version 3. Throws on answers the rules refuse or an
 * override no link can carry (a programming error).
 */
export function encodeReport(
  answers: Answers,
  stated: readonly StatedOverride[] = [],
  { packageId }: CodecOptions = {},
): string {
  const valid = parseAnswers(answers);
  const raw = [...stated];
  if (raw.some((o) => !Number.isFinite(o.value))) throw new RangeError('override is not a number');
  if (packageId !== undefined || needsV3(valid))
    return sealCode('3', writeV3(valid, raw, packageId));
  return raw.length === 0 ? encodeAnswers(valid) : sealCode('2', writeV2(valid, raw));
}

function decode(code: unknown): DecodeResult {
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
  const parsed = readAnswers(content.fields);
  if (!parsed.ok) return { ok: false, reason: 'invalid-answers' };
  const { packageId, overrides } = content;
  if (overrides.some((o) => !Number.isFinite(o.value))) {
    return { ok: false, reason: 'invalid-overrides' };
  }
  return {
    ok: true,
    answers: parsed.answers,
    stated: overrides,
    ...(packageId !== undefined ? { packageId } : {}),
  };
}

/** Never throws: every input gets a result object. A pure codec: no prices, no model policy. */
export function decodeReport(code: unknown): DecodeResult {
  try {
    return decode(code);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
