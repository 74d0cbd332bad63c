import { answersSchema, type Answers } from '@/lib/model/answers';
import type { AssumptionId } from '@/lib/model/assumptions';
import type { AssumptionOverrides, SuitePricing } from '@/lib/model/types';
import { fromBase64url, BASE64URL } from './base64url';
import { acceptedOverrides, rawOverrides } from './overrides';
import { CHECKSUM_LENGTH, encodeAnswers, sealCode, sealed } from './seal';
import { readV1 } from './v1';
import { readV2, writeV2, type RawOverride } from './v2';

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
      adjusted?: AssumptionId[];
    }
  | { ok: false; reason: DecodeFailure };

export interface CodecOptions {
  /**
   * The suite the report is computed with (`computeReport`'s `suite`): the MSP's quoted prices set
   * the range and currency of their assumptions, so overrides of them are checked against it.
   */
  suite?: SuitePricing;
}

/**
 * A code is one version character, then base64url of the payload and a 4-byte checksum of
 * version and payload. Only [A-Za-z0-9_-], so it is safe in a path segment and never has a dot.
 * Version 1 carries the answers; version 2 the answers and the assumptions changed in a workshop.
 */
export const CURRENT_VERSION = '2';
/**
 * Just above the longest code encodeReport can write, 1,052 characters: the longest v1 answers
 * (497) plus all 42 assumptions overridden with 17-digit values (tests/unit/share/v2.test.ts
 * derives it). Typical links stay short: defaults 41, with three overrides 56.
 */
export const MAX_CODE_LENGTH = 1054;

type Payload = { fields: Record<string, unknown>; overrides: RawOverride[] };
const readers: Record<string, (bytes: Uint8Array) => Payload> = {
  '1': (bytes) => ({ fields: readV1(bytes), overrides: [] }),
  '2': readV2,
};
/**
 * The link code for a set of answers and the assumptions changed from their defaults: version 1
 * when none changed (links made before version 2 stay the same), else version 2. Throws on
 * answers the schema rejects or overrides the model would not apply as they are (a programming
 * error: pass the overrides the model took, `resolveAssumptions(…).overrides`).
 */
export function encodeReport(
  answers: Answers,
  overrides: AssumptionOverrides = {},
  { suite }: CodecOptions = {},
): string {
  const valid = answersSchema.parse(answers);
  const raw = rawOverrides(valid, overrides, suite);
  if (raw.length === 0) return encodeAnswers(valid);
  if (acceptedOverrides(valid, raw, suite)?.adjusted.length !== 0) {
    throw new RangeError('overrides outside what the model applies unchanged');
  }
  return sealCode('2', writeV2(valid, raw));
}

function decode(code: unknown, { suite }: CodecOptions): DecodeResult {
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
  const accepted = acceptedOverrides(parsed.data, content.overrides, suite);
  if (!accepted) return { ok: false, reason: 'invalid-overrides' };
  const { overrides, adjusted } = accepted;
  return adjusted.length > 0
    ? { ok: true, answers: parsed.data, overrides, adjusted }
    : { ok: true, answers: parsed.data, overrides };
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
