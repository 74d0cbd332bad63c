import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyAffix,
  formatInputNumber,
  parseLocaleNumber,
  percentToShare,
  shareToPercent,
} from '@/lib/questionnaire';

describe('parseLocaleNumber', () => {
  it.each([
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'de', 1234.5],
    ['1.234,5', 'it', 1234.5],
    ['1.234,5', 'es', 1234.5],
    ['1234,5', 'es', 1234.5],
    ['2.500.000', 'de', 2_500_000],
    ['2,500,000', 'en', 2_500_000],
    ['1 234,5', 'de', 1234.5],
    ['1\u202f234,5', 'de', 1234.5],
    ["1'234.5", 'en', 1234.5],
    [' 42 ', 'en', 42],
    ['0', 'de', 0],
    [',5', 'de', 0.5],
    ['15 %', 'de', 15],
    ['€ 60.000', 'de', 60_000],
    ['CHF 120,000', 'en', 120_000],
    ['-3', 'en', -3],
  ])('%j in %s → %d', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  it.each([
    // One separator that cannot be grouping reads as the decimal mark people meant.
    ['0.5', 'de', 0.5],
    ['2,5', 'en', 2.5],
    // Three digits after one group mark are grouping, as the locale says.
    ['1.500', 'de', 1500],
    ['1,500', 'en', 1500],
  ])('%j in %s → %d (foreign decimal mark)', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  it.each([
    ['', 'en'],
    ['   ', 'de'],
    ['abc', 'en'],
    ['12a', 'en'],
    ['1,2,3', 'en'],
    ['1.23.4', 'de'],
    ['1,23,456.7', 'en'],
    ['1.2,5', 'de'],
    ['1e5', 'en'],
    ['0x10', 'en'],
    ['Infinity', 'en'],
    ['.', 'en'],
  ])('%j in %s → null', (text, locale) => {
    expect(parseLocaleNumber(text, locale)).toBeNull();
  });

  it('reads back what formatInputNumber writes, in every locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'de', 'it', 'es'),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (locale, whole, cents) => {
          const value = (whole * 100 + cents) / 100; // one division: no binary noise
          expect(parseLocaleNumber(formatInputNumber(value, locale), locale)).toBe(value);
        },
      ),
    );
  });
});

describe('four-digit numbers', () => {
  // Locale, how a box shows 1250, the same with a half, and a reading the locale's decimal mark makes.
  it.each([
    ['en', '1,250', '1,250.5', '1.250'],
    ['de', '1.250', '1.250,5', '1,250'],
    ['it', '1.250', '1.250,5', '1,250'],
    ['es', '1.250', '1.250,5', '1,250'],
  ])('%s: shown grouped as %j, read grouped or not', (locale, grouped, half, decimal) => {
    expect(formatInputNumber(1250, locale)).toBe(grouped);
    expect(formatInputNumber(1250.5, locale)).toBe(half);
    expect(parseLocaleNumber(grouped, locale)).toBe(1250);
    expect(parseLocaleNumber('1250', locale)).toBe(1250);
    expect(parseLocaleNumber(half, locale)).toBe(1250.5);
    // The locale's decimal mark never groups: '1,250' in Italian is one and a quarter.
    expect(parseLocaleNumber(decimal, locale)).toBe(1.25);
  });
});

describe('percent fields', () => {
  it('store 0–1 without binary noise', () => {
    expect(percentToShare(15)).toBe(0.15);
    expect(percentToShare(33.3)).toBe(0.333); // 33.3 / 100 is 0.33299999999999996 in binary
    expect(shareToPercent(0.15)).toBe(15); // 0.15 × 100 is 15.000000000000002 in binary
    expect(formatInputNumber(0.075, 'de', true)).toBe('7,5');
  });
});

describe('formatInputNumber', () => {
  it('groups and marks decimals the way each locale writes them', () => {
    expect(formatInputNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatInputNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatInputNumber(1234567.5, 'it')).toBe('1.234.567,5');
    expect(formatInputNumber(12345.5, 'es')).toBe('12.345,5');
  });
});

describe('currencyAffix', () => {
  it('puts the sign where the locale puts it', () => {
    expect(currencyAffix('en', 'EUR')).toEqual({ symbol: '€', position: 'prefix' });
    expect(currencyAffix('de', 'EUR')).toEqual({ symbol: '€', position: 'suffix' });
    expect(currencyAffix('en', 'GBP')).toEqual({ symbol: '£', position: 'prefix' });
    expect(currencyAffix('de', 'USD')).toEqual({ symbol: '$', position: 'suffix' });
  });
});
