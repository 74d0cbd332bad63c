import { describe, expect, it } from 'vitest';
import { assumptionValue, money } from '@/components/report/format';

// Intl puts no-break spaces between number and unit; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('report formatting', () => {
  it('writes units out, as the methodology does, not as abbreviations', () => {
    expect(plain(assumptionValue('de', 'EUR', 'hoursPerYear', 1720))).toBe(
      '1.720 Stunden pro Jahr',
    );
    expect(plain(assumptionValue('de', 'EUR', 'minutesPerDay', 5))).toBe('5 Minuten pro Tag');
    // "3 m." would read as metres in Spanish.
    expect(plain(assumptionValue('es', 'EUR', 'months', 3))).toBe('3 meses');
    expect(plain(assumptionValue('en', 'EUR', 'months', 1))).toBe('1 month');
  });

  it('writes a multiplier in the page language and a per-message price to four decimals', () => {
    expect(assumptionValue('de', 'EUR', 'multiplier', 2.6, (v) => `${v}-fach`)).toBe('2,6-fach');
    expect(assumptionValue('en', 'EUR', 'multiplier', 2.6)).toBe('2.6×');
    expect(plain(assumptionValue('de', 'EUR', 'moneyPerMessage', 0.0456))).toBe('0,0456 €');
    expect(plain(assumptionValue('en', 'USD', 'moneyPerUserMonth', 12.5))).toBe('$12.50');
  });

  it('groups four-digit amounts in Italian and Spanish', () => {
    expect(plain(money('it', 'EUR', 1250))).toBe('1.250 €');
    expect(plain(money('es', 'EUR', 1250))).toBe('1.250 €');
    expect(plain(money('en', 'EUR', 1250))).toBe('€1,250');
  });
});
