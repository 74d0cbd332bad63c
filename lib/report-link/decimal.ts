import { ByteReader, ByteWriter, DecodeError } from './bytes';

// A number as sign, decimal exponent and integer mantissa, taken from JavaScript's shortest
// round-trip spelling: 0.6 costs two bytes, and any double comes back bit for bit.
const SPELLING = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
const MAX_EXPONENT = 400;

const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

export function writeDecimal(w: ByteWriter, x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`cannot encode ${x}`);
  const negative = x < 0 || Object.is(x, -0);
  const [, int = '', frac = '', exp = '0'] = SPELLING.exec(String(Math.abs(x)))!;
  let digits = (int + frac).replace(/^0+/, '');
  let exponent = Number(exp) - frac.length;
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exponent += 1;
  }
  if (digits === '') exponent = 0;
  w.varint(BigInt(zigzag(exponent) * 2 + (negative ? 1 : 0)));
  w.varint(BigInt(digits || '0'));
}

export function readDecimal(r: ByteReader): number {
  const header = Number(r.varint(2));
  const negative = header % 2 === 1;
  const exponent = unzigzag(Math.floor(header / 2));
  const mantissa = r.varint(9);
  if (Math.abs(exponent) > MAX_EXPONENT) throw new DecodeError('exponent out of range');
  // One spelling per number: no trailing zeros in the mantissa, zero has exponent 0.
  if (mantissa === 0n ? exponent !== 0 : mantissa % 10n === 0n) {
    throw new DecodeError('non-canonical number');
  }
  const value = Number(`${mantissa}e${exponent}`);
  if (!Number.isFinite(value)) throw new DecodeError('number out of range');
  return negative ? -value : value;
}
