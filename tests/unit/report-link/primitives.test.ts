import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '@/lib/report-link/base64url';
import { ByteReader, ByteWriter } from '@/lib/report-link/bytes';
import { fnv1a32 } from '@/lib/report-link/checksum';
import { readDecimal, writeDecimal } from '@/lib/report-link/decimal';

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('matches the RFC 4648 test vectors, unpadded', () => {
    const enc = (s: string) => toBase64url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
  });

  it('rejects padding, other alphabets, impossible lengths and stray low bits', () => {
    expect(fromBase64url('Zg==')).toBeNull();
    expect(fromBase64url('Zm+v')).toBeNull();
    expect(fromBase64url('Zm9vY')).toBeNull(); // 5 chars = 30 bits: not a whole byte count
    expect(fromBase64url('Zh')).toBeNull(); // 'h' sets a bit below the 8 that 'Zg' carries
  });
});

describe('decimal numbers', () => {
  const roundTrip = (x: number) => {
    const w = new ByteWriter();
    writeDecimal(w, x);
    const bytes = w.finish();
    const r = new ByteReader(bytes);
    const back = readDecimal(r);
    r.end();
    return { back, size: bytes.length };
  };

  it('round-trips every finite double bit for bit', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(roundTrip(x).back, x)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('spends two bytes on everyday values', () => {
    // header (exponent, sign) + mantissa: 0.6 = 6e-1, 5000000 = 5e6, 50 = 5e1, 0 = 0e0.
    for (const x of [0.6, 5_000_000, 50, 0, 0.15]) expect(roundTrip(x).size).toBe(2);
  });

  it('rejects non-canonical spellings', () => {
    const bytes = new ByteWriter().varint(0n).varint(10n).finish(); // 10e0: should be 1e1
    expect(() => readDecimal(new ByteReader(bytes))).toThrow();
  });
});

describe('fnv1a32', () => {
  it('matches the published test vectors', () => {
    const h = (s: string) => fnv1a32(new TextEncoder().encode(s)).toString(16);
    expect(h('')).toBe('811c9dc5');
    expect(h('a')).toBe('e40c292c');
    expect(h('foobar')).toBe('bf9cf968');
  });
});
