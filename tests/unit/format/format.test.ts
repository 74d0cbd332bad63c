import { describe, expect, it } from 'vitest';
import { assumptionValue } from '@/lib/format/assumption';
import { compactMoney, count, currencyAffix, date, money, percent } from '@/lib/format/money';

// Intl puts no-break spaces between number and unit; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const value = (locale: string, a: Parameters<typeof assumptionValue>[1], v: number) =>
  plain(assumptionValue(locale, a, v));

describe('one formatter for every page', () => {
  it('writes units out, not as abbreviations', () => {
    expect(value('de', { unit: 'hoursPerYear' }, 1720)).toBe('1.720 Stunden pro Jahr');
    expect(value('de', { unit: 'minutesPerDay' }, 5)).toBe('5 Minuten pro Tag');
    // "3 m." would read as metres in Spanish.
    expect(value('es', { unit: 'months' }, 3)).toBe('3 meses');
    expect(value('en', { unit: 'months' }, 1)).toBe('1 month');
  });

  it('shows shares and probabilities as percentages, to two decimals at most', () => {
    expect(value('en', { unit: 'probabilityPerYear' }, 0.05)).toBe('5%');
    expect(value('de', { unit: 'shareOfRevenue' }, 0.0005)).toBe('0,05 %');
    expect(value('it', { unit: 'share' }, 0.125)).toBe('12,5%');
  });

  it('shows money in its currency: whole from 100, cents below, finer for tiny prices', () => {
    expect(value('en', { unit: 'money', currency: 'EUR' }, 100_000)).toBe('€100,000');
    expect(value('de', { unit: 'money', currency: 'EUR' }, 100_000)).toBe('100.000 €');
    expect(value('en', { unit: 'moneyPerUserMonth', currency: 'USD' }, 12.5)).toBe('$12.50');
    expect(value('en', { unit: 'moneyPerUser', currency: 'EUR' }, 45)).toBe('€45');
    expect(value('de', { unit: 'moneyPerMessage', currency: 'EUR' }, 0.0456)).toBe('0,0456 €');
    expect(value('es', { unit: 'moneyPerMessage', currency: 'EUR' }, 0.06)).toBe('0,06 €');
  });

  it('shows an exchange rate in the target currency and a multiplier in the page language', () => {
    expect(value('en', { unit: 'exchangeRate', currency: 'GBP' }, 0.87)).toBe('£0.87');
    expect(value('it', { unit: 'multiplier' }, 1.5)).toBe('1,5×');
    expect(assumptionValue('de', { unit: 'multiplier' }, 2.6, (v) => `${v}-fach`)).toBe('2,6-fach');
  });

  it('groups four-digit numbers in Italian and Spanish, as their prose does', () => {
    // CLDR leaves 1250 ungrouped in it and es; docs/glossary.md asks for 1.250.
    expect(plain(money('it', 'EUR', 1250))).toBe('1.250 €');
    expect(plain(money('es', 'EUR', 1250))).toBe('1.250 €');
    expect(plain(money('en', 'EUR', 1250))).toBe('€1,250');
    expect(value('es', { unit: 'hours' }, 1720)).toBe('1.720 horas');
    expect(count('it', 1720)).toBe('1.720');
  });

  it('rounds amounts to whole units unless cents are asked for', () => {
    // 1,234.567 → 1,235 whole; 1,234.57 with cents.
    expect(money('en', 'USD', 1234.567)).toBe('$1,235');
    expect(money('en', 'USD', 1234.567, { cents: true })).toBe('$1,234.57');
    expect(plain(percent('fr', 0.5))).toBe('50 %');
  });

  it('writes axis ticks short, without a forced decimal, grouped as the prose', () => {
    expect(plain(compactMoney('de', 'EUR', 1250))).toBe('1.250 €');
    expect(plain(compactMoney('de', 'EUR', 1_500_000))).toBe('1,5 Mio. €');
    expect(plain(compactMoney('it', 'EUR', 250_000))).toBe('250K €');
    expect(compactMoney('en', 'EUR', -2500)).toBe('-€2.5K');
  });

  it('puts the currency sign where the locale puts it', () => {
    expect(currencyAffix('en', 'EUR')).toEqual({ symbol: '€', position: 'prefix' });
    expect(currencyAffix('de', 'EUR')).toEqual({ symbol: '€', position: 'suffix' });
  });

  it('writes a date in UTC, so no time zone moves it to another day', () => {
    // 23:30 UTC on 31 December is already 1 January in Berlin; the page says 31 December.
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    expect(new Date('2026-12-31T23:30:00Z').getDate()).toBe(1); // the reader's clock
    expect(date('de', '2026-12-31T23:30:00Z')).toBe('31. Dezember 2026');
    process.env.TZ = tz;
    expect(date('en', new Date(Date.UTC(2026, 0, 1, 0, 30)))).toBe('January 1, 2026');
  });
});
