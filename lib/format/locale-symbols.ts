// The digit separators and currency signs of the site's locales, written out, so the assessment
// can show and read numbers without building an Intl.NumberFormat while it loads: the first one a
// page builds costs 15–35 ms on a fast machine (ICU loading its data), about four times that on a
// phone. tests/unit/format/locale-symbols.test.ts holds every entry to what Intl says.
import type { Currency } from '@/lib/answers/rules';

export type Separators = { group: string; decimal: string };
export type Affix = { symbol: string; position: 'prefix' | 'suffix' };

const SEPARATORS: Record<string, Separators> = {
  en: { group: ',', decimal: '.' },
  de: { group: '.', decimal: ',' },
  it: { group: '.', decimal: ',' },
  es: { group: '.', decimal: ',' },
};

// The narrow sign is the same in the four locales; only its side differs.
const SIGNS: Record<Currency, string> = { EUR: '€', GBP: '£', USD: '$', CHF: 'CHF' };
const SIDE: Record<string, Affix['position']> = {
  en: 'prefix',
  de: 'suffix',
  it: 'suffix',
  es: 'suffix',
};

// Intl's default ('symbol') sign, where a locale's differs from the narrow one.
const SYMBOLS: Record<string, Partial<Record<Currency, string>>> = {
  it: { USD: 'USD' },
  es: { GBP: 'GBP', USD: 'US$' },
};

// German and Spanish put a no-break space before the percent sign.
const PERCENT: Record<string, string> = { en: '%', de: '\u00a0%', it: '%', es: '\u00a0%' };

/** The separators of one of the site's locales; undefined for any other. */
export function knownSeparators(locale: string): Separators | undefined {
  return Object.hasOwn(SEPARATORS, locale) ? SEPARATORS[locale] : undefined;
}

/** A currency's narrow sign and side in one of the site's locales; undefined otherwise. */
export function knownCurrencyAffix(locale: string, currency: string): Affix | undefined {
  if (!Object.hasOwn(SIGNS, currency) || !Object.hasOwn(SIDE, locale)) return undefined;
  return { symbol: SIGNS[currency as Currency], position: SIDE[locale]! };
}

/** A currency's default sign as Intl writes amounts with it, and its side; undefined otherwise. */
export function knownCurrencySymbol(locale: string, currency: string): Affix | undefined {
  const narrow = knownCurrencyAffix(locale, currency);
  const symbol = Object.hasOwn(SYMBOLS, locale)
    ? SYMBOLS[locale]![currency as Currency]
    : undefined;
  return narrow && { ...narrow, symbol: symbol ?? narrow.symbol };
}

/** What follows a percentage in one of the site's locales; undefined for any other. */
export function knownPercentSuffix(locale: string): string | undefined {
  return Object.hasOwn(PERCENT, locale) ? PERCENT[locale] : undefined;
}
