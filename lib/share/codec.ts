import { answersSchema, type Answers } from '@/lib/model/answers';
import { fromBase64url, toBase64url, BASE64URL } from './base64url';
import { checksumBytes } from './checksum';
import { readV1, writeV1 } from './v1';

export type DecodeFailure =
  'malformed' | 'checksum' | 'unsupported-version' | 'invalid-answers' | 'too-long';

export type DecodeResult = { ok: true; answers: Answers } | { ok: false; reason: DecodeFailure };

/**
 * A code is one version character, then base64url of the payload and a 4-byte checksum of
 * version and payload. Only [A-Za-z0-9_-], so it is safe in a path segment and never has a dot.
 */
export const CURRENT_VERSION = '1';
/** Longest valid v1 code is about 520 characters (80-character name in 3-byte letters). */
export const MAX_CODE_LENGTH = 640;

const readers: Record<string, (bytes: Uint8Array) => Record<string, unknown>> = { '1': readV1 };
const CHECKSUM_LENGTH = 4;
const ascii = new TextEncoder();

function sealed(version: string, payload: Uint8Array): Uint8Array {
  const head = ascii.encode(version);
  const signed = new Uint8Array(head.length + payload.length);
  signed.set(head);
  signed.set(payload, head.length);
  return checksumBytes(signed);
}

/** The link code for a set of answers; throws on answers the schema rejects (a programming error). */
export function encodeReport(answers: Answers): string {
  const valid = answersSchema.parse(answers);
  const payload = writeV1(valid);
  const sum = sealed(CURRENT_VERSION, payload);
  const body = new Uint8Array(payload.length + CHECKSUM_LENGTH);
  body.set(payload);
  body.set(sum, payload.length);
  return CURRENT_VERSION + toBase64url(body);
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

  let fields: Record<string, unknown>;
  try {
    fields = read(payload);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = answersSchema.safeParse(fields);
  return parsed.success
    ? { ok: true, answers: parsed.data }
    : { ok: false, reason: 'invalid-answers' };
}

/** Never throws: every input gets a result object. */
export function decodeReport(code: unknown): DecodeResult {
  try {
    return decode(code);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
