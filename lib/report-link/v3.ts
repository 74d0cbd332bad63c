import { ByteReader, ByteWriter, DecodeError } from './bytes';
import { readDecimal, writeDecimal } from './decimal';
import { readV1From, writeV1Into } from './v1';
import { readOverridesFrom, writeOverridesInto, type RawOverride } from './v2';

// Version 3: the v1 answers; then the answers added with the suite's whole cost (the share of
// licences already paid, whether VAT is reclaimed); the MSP's package, if the link names one;
// then the changed assumptions as in v2, possibly none. Frozen like v1: a new field means v4.

const MAX_PACKAGE_BYTES = 24;
const utf8 = new TextEncoder();

export interface V3Payload {
  fields: Record<string, unknown>;
  overrides: RawOverride[];
  packageId?: string;
}

export function writeV3(
  answers: Record<string, unknown>,
  overrides: RawOverride[],
  packageId: string | undefined,
): Uint8Array {
  const w = writeV1Into(new ByteWriter(), answers);
  writeDecimal(w, answers.licencesAlreadyPaidShare as number);
  w.byte(answers.vatRecoverable === true ? 1 : 0);
  const id = utf8.encode(packageId ?? '');
  if (id.length > MAX_PACKAGE_BYTES) throw new RangeError('package id too long');
  w.varint(BigInt(id.length)).raw(id);
  return writeOverridesInto(w, overrides).finish();
}

/** The raw answers, overrides and package; throws DecodeError when the bytes do not fit v3. */
export function readV3(bytes: Uint8Array): V3Payload {
  const r = new ByteReader(bytes);
  const fields = readV1From(r);
  fields.licencesAlreadyPaidShare = readDecimal(r);
  const vat = r.byte();
  if (vat > 1) throw new DecodeError('vatRecoverable out of range');
  fields.vatRecoverable = vat === 1;
  const length = Number(r.varint(1));
  if (length > MAX_PACKAGE_BYTES) throw new DecodeError('package id too long');
  const packageId = new TextDecoder('utf-8', { fatal: true }).decode(r.raw(length));
  const overrides = readOverridesFrom(r, { allowNone: true });
  r.end();
  return packageId ? { fields, overrides, packageId } : { fields, overrides };
}
