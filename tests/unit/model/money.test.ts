import { describe, expect, it } from 'vitest';
import { fromCents, roundHalfAwayFromZero, toCents } from '@/lib/model';

describe('money', () => {
  it('rounds half away from zero, never to -0', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3); // Math.round would give -2
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
  });

  it('converts to integer cents once and back', () => {
    expect(toCents(842.3999999999999)).toBe(84240); // 12,000 × 0.0702 in floating point
    expect(toCents(-0.005)).toBe(-1);
    expect(fromCents(84240)).toBe(842.4);
    expect(Object.is(fromCents(-0), 0)).toBe(true);
  });
});
