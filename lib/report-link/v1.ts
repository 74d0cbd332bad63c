import type { AnswersInput } from '@/lib/answers/rules';
import { ByteReader, ByteWriter, DecodeError } from './bytes';
import { readDecimal, writeDecimal } from './decimal';

// Version 1 of the link layout. These tables are frozen: the position of every field and the
// index of every option are part of links already sent. A new field or option means version 2.
const CHOICES = [
  [
    'industry',
    [
      'financial-services',
      'energy',
      'healthcare',
      'public-sector',
      'legal',
      'professional-services',
      'retail',
      'manufacturing',
      'other',
    ],
  ],
  ['jurisdiction', ['eu', 'uk', 'us', 'ch', 'other']],
  ['currency', ['EUR', 'GBP', 'USD', 'CHF']],
  ['horizonYears', [1, 2, 3, 4, 5]],
  ['recordKeepingDuty', ['yes', 'no', 'unsure']],
  ['businessOnWhatsapp', ['never', 'sometimes', 'often', 'always']],
  ['archiving', ['none', 'partial', 'full']],
  ['personalDataInChats', ['never', 'sometimes', 'often']],
  ['contactSync', ['allowed', 'blocked', 'unknown']],
  ['regulatorInquiry', [false, true]],
  ['backupControl', ['company', 'personal', 'none']],
  ['leaversTakeData', ['never', 'sometimes', 'often']],
  ['afterHoursPressure', ['low', 'medium', 'high']],
  ['mixedPhones', [false, true]],
  ['crmLogging', ['always', 'sometimes', 'never']],
  ['groupsNearLimit', [false, true]],
] as const satisfies readonly (readonly [
  keyof AnswersInput,
  readonly (string | number | boolean)[],
])[];

const NUMBERS = [
  'employees',
  'whatsappShare',
  'annualRevenue',
  'averageSalary',
  'devicesLostPerYear',
  'turnoverRate',
  'clientFacingStaff',
  'dealsOnWhatsapp',
  'revenuePerClientFacing',
  'minutesLostPerDay',
  'platformMessagesPerMonth',
] as const satisfies readonly (keyof AnswersInput)[];

/** Exposed for the test that fails when the model gains a field or option v1 cannot carry. */
export const v1Layout = { choices: CHOICES, numbers: NUMBERS };

const MAX_NAME_BYTES = 4 * 80;
const utf8 = new TextEncoder();

/** The last choice digit says whether a client name follows. */
const RADICES = [...CHOICES.map(([, options]) => options.length), 2];
const MAX_CHOICE_BYTES = Math.ceil(RADICES.reduce((bits, r) => bits + Math.log2(r), 0) / 7);

export function writeV1(answers: Record<string, unknown>): Uint8Array {
  return writeV1Into(new ByteWriter(), answers).finish();
}

/** Writes the v1 answers onto `w`: version 2 continues where they end. */
export function writeV1Into(w: ByteWriter, answers: Record<string, unknown>): ByteWriter {
  // Mixed radix: every option index is a digit of one integer, so seventeen choices fit in ~5 bytes.
  const digits = CHOICES.map(([key, options]) => {
    const i = (options as readonly unknown[]).indexOf(answers[key]);
    if (i < 0) throw new RangeError(`${key}: no v1 code for ${String(answers[key])}`);
    return i;
  });
  const name = answers.clientName;
  digits.push(typeof name === 'string' ? 1 : 0);
  let packed = 0n;
  for (let i = digits.length - 1; i >= 0; i--) {
    packed = packed * BigInt(RADICES[i]!) + BigInt(digits[i]!);
  }
  w.varint(packed);
  for (const key of NUMBERS) writeDecimal(w, answers[key] as number);
  if (typeof name === 'string') {
    const bytes = utf8.encode(name);
    w.varint(BigInt(bytes.length)).raw(bytes);
  }
  return w;
}

/** The raw field values (not yet validated); throws DecodeError when the bytes do not fit v1. */
export function readV1(bytes: Uint8Array): Record<string, unknown> {
  const r = new ByteReader(bytes);
  const out = readV1From(r);
  r.end();
  return out;
}

/** Reads the v1 answers from `r`, leaving it just after them. */
export function readV1From(r: ByteReader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let packed = r.varint(MAX_CHOICE_BYTES + 1);
  const digits = RADICES.map((radix) => {
    const d = Number(packed % BigInt(radix));
    packed /= BigInt(radix);
    return d;
  });
  if (packed !== 0n) throw new DecodeError('choice out of range');
  CHOICES.forEach(([key, options], i) => {
    out[key] = options[digits[i]!];
  });
  for (const key of NUMBERS) out[key] = readDecimal(r);
  if (digits[CHOICES.length] === 1) {
    const length = Number(r.varint(2));
    if (length > MAX_NAME_BYTES) throw new DecodeError('name too long');
    out.clientName = new TextDecoder('utf-8', { fatal: true }).decode(r.raw(length));
  }
  return out;
}
