import { describe, expect, it } from 'vitest';
import { currencies } from '@/lib/answers/rules';
import { routing } from '@/i18n/routing';
import { currencyAffix } from '@/lib/format/money';
import { knownCurrencyAffix, knownSeparators } from '@/lib/format/locale-symbols';
import { formatInputNumber, separatorsFor } from '@/lib/questionnaire';

// The written-out table must say what Intl says, for every locale the site serves: a locale added
// to i18n/routing.ts without its entries fails here.
describe('the locales’ separators and currency signs, written out', () => {
  for (const locale of routing.locales) {
    it(`${locale}: as Intl.NumberFormat gives them`, () => {
      const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
      expect(knownSeparators(locale)).toEqual({
        group: parts.find((p) => p.type === 'group')?.value,
        decimal: parts.find((p) => p.type === 'decimal')?.value,
      });
      for (const currency of currencies) {
        const money = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
        }).formatToParts(1);
        const at = money.findIndex((p) => p.type === 'currency');
        expect(knownCurrencyAffix(locale, currency), currency).toEqual({
          symbol: money[at]?.value,
          position: at > money.findIndex((p) => p.type === 'integer') ? 'suffix' : 'prefix',
        });
      }
    });
  }

  it('leaves any other locale or currency to Intl', () => {
    expect(knownSeparators('fr')).toBeUndefined();
    expect(knownCurrencyAffix('en', 'JPY')).toBeUndefined();
    expect(knownSeparators('constructor')).toBeUndefined();
    expect(knownCurrencyAffix('toString', 'EUR')).toBeUndefined();
    // French groups with a narrow no-break space (U+202F) and writes a decimal comma.
    expect(separatorsFor('fr')).toEqual({ group: '\u202f', decimal: ',' });
    expect(currencyAffix('en', 'JPY')).toEqual({ symbol: '¥', position: 'prefix' });
  });
});

describe('formatInputNumber without Intl', () => {
  const intl = (value: number, locale: string) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 10, useGrouping: 'always' }).format(
      value,
    );
  // Answers are counts, amounts, hours and percentages: whole numbers, cents, a few decimals,
  // from 0 to billions, plus the edges (negative, tiny, the largest safe integer).
  const values = [0, 1, 7, 12, 999, 1000, 1250, 12345.6, 0.5, 0.075, 3.14159, 2 / 3, 1e-7];
  values.push(-1250.5, 1234567.89, 987654321, 1e15, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 1e21, -0);
  let seed = 42;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const digits = seed % 5; // 0–4 decimals
    values.push(Math.round((seed / 2 ** 31) * 10 ** (seed % 10)) / 10 ** digits);
  }
  for (const locale of routing.locales) {
    it(`${locale}: the same text as Intl for ${values.length} values`, () => {
      const differ = values.filter((v) => formatInputNumber(v, locale) !== intl(v, locale));
      expect(differ.map((v) => [v, formatInputNumber(v, locale), intl(v, locale)])).toEqual([]);
      // Percent fields show the share × 100: 0.075 → 7.5.
      expect(formatInputNumber(0.075, locale, true)).toBe(intl(7.5, locale));
    });
  }
});
