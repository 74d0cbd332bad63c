import { describe, expect, it } from 'vitest';
import { formatAssumptionValue } from '@/components/methodology/format-value';

const inLocale = (locale: string) => (value: number, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options).format(value).replace(/\s/g, ' ');

describe('formatAssumptionValue', () => {
  it('shows shares and probabilities as percentages, to two decimals at most', () => {
    expect(formatAssumptionValue(inLocale('en'), { unit: 'probabilityPerYear' }, 0.05)).toBe('5%');
    expect(formatAssumptionValue(inLocale('de'), { unit: 'shareOfRevenue' }, 0.0005)).toBe(
      '0,05 %',
    );
    expect(formatAssumptionValue(inLocale('it'), { unit: 'share' }, 0.125)).toBe('12,5%');
  });

  it('shows money in its own currency: whole from 100, cents below, finer for tiny prices', () => {
    const money = { unit: 'money', currency: 'EUR' } as const;
    expect(formatAssumptionValue(inLocale('en'), money, 100_000)).toBe('€100,000');
    expect(formatAssumptionValue(inLocale('de'), money, 100_000)).toBe('100.000 €');
    const perUser = { unit: 'moneyPerUserMonth', currency: 'USD' } as const;
    expect(formatAssumptionValue(inLocale('en'), perUser, 12.5)).toBe('$12.50');
    const perMessage = { unit: 'moneyPerMessage', currency: 'EUR' } as const;
    expect(formatAssumptionValue(inLocale('es'), perMessage, 0.0456)).toBe('0,0456 €');
    expect(formatAssumptionValue(inLocale('es'), perMessage, 0.06)).toBe('0,06 €');
  });

  it('shows exchange rates in the target currency, multipliers with ×, counts as numbers', () => {
    expect(
      formatAssumptionValue(inLocale('en'), { unit: 'exchangeRate', currency: 'GBP' }, 0.87),
    ).toBe('£0.87');
    expect(formatAssumptionValue(inLocale('it'), { unit: 'multiplier' }, 1.5)).toBe('1,5×');
    expect(formatAssumptionValue(inLocale('de'), { unit: 'hoursPerYear' }, 1720)).toBe('1.720');
  });

  it('writes a multiplier the way the page language does, through units.times', () => {
    const fach = (v: string) => `${v}-fach`;
    expect(formatAssumptionValue(inLocale('de'), { unit: 'multiplier' }, 2.6, fach)).toBe(
      '2,6-fach',
    );
  });

  it('groups four-digit numbers in Italian and Spanish, as their prose does', () => {
    // CLDR leaves 1720 ungrouped in it and es; docs/glossary.md asks for 1.720.
    expect(formatAssumptionValue(inLocale('it'), { unit: 'hoursPerYear' }, 1720)).toBe('1.720');
    expect(formatAssumptionValue(inLocale('es'), { unit: 'hours' }, 1720)).toBe('1.720');
    const money = { unit: 'money' as const, currency: 'EUR' as const };
    expect(formatAssumptionValue(inLocale('es'), money, 2000)).toBe('2.000 €');
  });
});
