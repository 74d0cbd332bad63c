import { describe, expect, it } from 'vitest';
import { currencies } from '@/lib/answers/rules';
import { routing } from '@/i18n/routing';
import { decimalText } from '@/lib/format/decimal';
import { count, money, percent, price } from '@/lib/format/money';

// money, price, count and percent write the site's locales out by hand; Intl is the oracle they
// must match character for character (the options are the ones money.ts gave Intl before).
const always = { useGrouping: 'always' } as const;
const intl = {
  money: (l: string, c: string, v: number, cents: boolean) =>
    new Intl.NumberFormat(l, {
      style: 'currency',
      currency: c,
      ...always,
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    }).format(v),
  price: (l: string, c: string, v: number) =>
    new Intl.NumberFormat(l, {
      style: 'currency',
      currency: c,
      ...always,
      minimumFractionDigits: Number.isInteger(v) || v >= 100 ? 0 : 2,
      maximumFractionDigits: v >= 100 ? 0 : v > 0 && v < 0.1 ? 4 : 2,
    }).format(v),
  count: (l: string, v: number, d: number) =>
    new Intl.NumberFormat(l, { maximumFractionDigits: d, ...always }).format(v),
  percent: (l: string, v: number, d: number) =>
    new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: d }).format(v),
};

// Amounts, prices and shares as the model makes them, plus the edges of rounding: exact halves
// (0.5, 2.5, 1234.5), halves that are not exact in binary (1.005, 2.675, 0.125 is exact), carries
// (999.995, 9.9999), negatives that round to zero, -0, and numbers String() writes with exponents.
const values = [0, -0, 0.5, 1.5, 2.5, -2.5, 1234.5, 1.005, 2.675, 0.125, 999.995, 9.9999, 99999.5];
values.push(-0.001, -0.4, 0.0049, 0.00005, 0.015, 1e-7, 1e21, 1e15 + 0.5, Number.MAX_SAFE_INTEGER);
values.push(NaN, Infinity, -Infinity, 0.1 + 0.2, 2 / 3, 1 / 3, 12345678.9, 0.035, 0.0751, 7.45);
let seed = 7;
for (let i = 0; i < 800; i++) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  const magnitude = 10 ** ((seed % 12) - 4); // 0.0001 to 10 million
  const sign = seed % 7 === 0 ? -1 : 1;
  values.push((sign * Math.round((seed / 2 ** 31) * magnitude * 1e6)) / 1e6);
  values.push((sign * Math.round((seed / 2 ** 31) * 1e7)) / 1000); // three decimals, halves common
}
const shares = values.map((v) => v / 1000).concat([0.155, 0.0005, 0.125, 9.99, 9.995, 12.5]);

function mismatches<T>(inputs: T[], ours: (v: T) => string, theirs: (v: T) => string) {
  return inputs.filter((v) => ours(v) !== theirs(v)).map((v) => [v, ours(v), theirs(v)]);
}

describe('figures written out without Intl', () => {
  for (const locale of routing.locales) {
    it(`${locale}: money and prices as Intl writes them, in every currency (${values.length} values)`, () => {
      for (const c of currencies) {
        for (const cents of [false, true]) {
          const differ = mismatches(
            values,
            (v) => money(locale, c, v, { cents }),
            (v) => intl.money(locale, c, v, cents),
          );
          expect(differ, `${c}, cents ${cents}`).toEqual([]);
        }
        const differ = mismatches(
          values,
          (v) => price(locale, c, v),
          (v) => intl.price(locale, c, v),
        );
        expect(differ, `${c} price`).toEqual([]);
      }
    });

    it(`${locale}: counts and percentages as Intl writes them`, () => {
      for (const digits of [0, 1, 2]) {
        expect(
          mismatches(
            values,
            (v) => count(locale, v, digits),
            (v) => intl.count(locale, v, digits),
          ),
        ).toEqual([]);
        expect(
          mismatches(
            shares,
            (v) => percent(locale, v, digits),
            (v) => intl.percent(locale, v, digits),
          ),
        ).toEqual([]);
      }
    });
  }

  it('rounds the shortest decimal half away from zero, as Intl does, not the binary value', () => {
    // 1.005 is 1.00499999999999989… in binary, so (1.005).toFixed(2) is "1.00"; Intl gives 1.01.
    expect(decimalText('en', 1.005, { minimumFractionDigits: 0, maximumFractionDigits: 2 })).toBe(
      '1.01',
    );
    // 999.995 to two decimals carries into the thousands: 999.99 + 0.01 = 1,000.00.
    expect(decimalText('de', 999.995, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe(
      '1.000,00',
    );
    // A share of 0.075 moved two places: 7.5.
    expect(
      decimalText('it', 0.075, { minimumFractionDigits: 0, maximumFractionDigits: 2, scale: 2 }),
    ).toBe('7,5');
  });

  it('leaves exponents, other locales and other currencies to Intl', () => {
    const shape = { minimumFractionDigits: 0, maximumFractionDigits: 2 };
    expect(decimalText('en', 1e21, shape)).toBeUndefined();
    expect(decimalText('en', 1e-7, shape)).toBeUndefined();
    expect(decimalText('fr', 1, shape)).toBeUndefined();
    // French: narrow no-break space (U+202F) groups, no-break space (U+00A0) before the sign.
    expect(money('fr', 'EUR', 1250)).toBe('1\u202f250\u00a0€');
    expect(money('en', 'JPY', 1250)).toBe('¥1,250');
  });
});
