import { vatRecoverableByDefault } from '@/lib/answers/profile';
import { parseAnswers, type Answers } from '@/lib/answers/rules';
import { toBase64url } from './base64url';
import { checksumBytes } from './checksum';
import { writeV1 } from './v1';
import { writeV3 } from './v3';

export const CHECKSUM_LENGTH = 4;
const ascii = new TextEncoder();

/** The 4-byte checksum of version character and payload. */
export function sealed(version: string, payload: Uint8Array): Uint8Array {
  const head = ascii.encode(version);
  const signed = new Uint8Array(head.length + payload.length);
  signed.set(head);
  signed.set(payload, head.length);
  return checksumBytes(signed);
}

/** Version character, then base64url of the payload and its checksum. */
export function sealCode(version: string, payload: Uint8Array): string {
  const body = new Uint8Array(payload.length + CHECKSUM_LENGTH);
  body.set(payload);
  body.set(sealed(version, payload), payload.length);
  return version + toBase64url(body);
}

/** Whether the answers need version 3: an older link would open them with other values. */
export function needsV3(answers: Answers): boolean {
  return (
    answers.licencesAlreadyPaidShare !== 0 ||
    answers.vatRecoverable !== vatRecoverableByDefault(answers.industry)
  );
}

/**
 * The link code for answers alone (version 1, or 3 when the answers need it), the same as
 * `encodeReport(answers)`. Import it
 * from this file, not the index: the assessment, which never has overrides, then does not ship
 * the model's assumption registry that checking overrides needs (about 5 KB gzipped).
 * Throws on answers the rules refuse.
 */
export function encodeAnswers(answers: Answers): string {
  const valid = parseAnswers(answers);
  return needsV3(valid)
    ? sealCode('3', writeV3(valid, [], undefined))
    : sealCode('1', writeV1(valid));
}
