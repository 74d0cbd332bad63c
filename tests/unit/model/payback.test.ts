import { describe, expect, it } from 'vitest';
import { paybackMonth } from '@/lib/model';

// Years in cents; each year spread over 12 months, onboarding in month one.
describe('paybackMonth', () => {
  it('is month 1 when the suite is cheaper from the start', () => {
    expect(paybackMonth([1200], [600], 0)).toBe(1);
  });

  it('finds the month cumulative costs cross', () => {
    // Status quo 100 a month; suite 1,200 onboarding then (1,800 − 1,200) / 12 = 50 a month:
    // cumulative 100m vs 1,200 + 50m → equal at m = 24, so month 24 (ties count as paid back).
    expect(paybackMonth([1200, 1200], [1800, 600], 1200)).toBe(24);
  });

  it('is null when the suite is still dearer at the horizon', () => {
    expect(paybackMonth([1200, 1200], [1800, 700], 1200)).toBeNull();
  });

  it('needs the suite to stay cheaper until the horizon ends', () => {
    // Year one: 100 vs 50 a month (cheaper from month 1); year two: 100 vs 250 a month, so
    // cumulative suite overtakes in month 16 (1,600 vs 600 + 4 × 250 = 1,600 → tie, still ok)
    // and month 17 (1,700 vs 1,850): not paid back at the end.
    expect(paybackMonth([1200, 1200], [600, 3000], 0)).toBeNull();
  });
});
