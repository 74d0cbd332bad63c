import type { Currency } from '@/lib/answers/rules';
import { decimalText, moneyText, percentText, type Digits } from './decimal';
import { knownCurrencyAffix, type Affix } from './locale-symbols';
import { numberFormat } from './number-format';

// The one place amounts become text, for every page, social image and email, always with the
// reader's locale. Italian and Spanish prose group four-digit numbers (docs/glossary.md), unlike
// CLDR, so every figure groups always. The site's own locales and currencies are written out
// (lib/format/decimal.ts) and Intl formats the rest.

const grouping = { useGrouping: 'always' } as const;

/** An amount in whole currency units (the headline and tables round the model's cents), or cents. */
export function money(
  locale: string,
  currency: string,
  value: number,
  { cents = false }: { cents?: boolean } = {},
): string {
  const digits = cents ? 2 : 0;
  return amount(locale, currency, value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A price as a quote states it: cents below 100, whole units above, four decimals per message. */
export function price(locale: string, currency: string, value: number): string {
  return amount(locale, currency, value, {
    minimumFractionDigits: Number.isInteger(value) || value >= 100 ? 0 : 2,
    maximumFractionDigits: value >= 100 ? 0 : value > 0 && value < 0.1 ? 4 : 2,
  });
}

function amount(locale: string, currency: string, value: number, digits: Digits): string {
  return (
    moneyText(locale, currency, value, digits) ??
    numberFormat(locale, { style: 'currency', currency, ...grouping, ...digits }).format(value)
  );
}

/**
 * Axis ticks: short amounts like "€1.2M" / "1,2 Mio. €". No forced decimal ("250,0K €"), and German
 * thousands, which CLDR does not shorten, grouped as the prose groups them ("1.250 €").
 */
export function compactMoney(locale: string, currency: Currency, value: number): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
    ...grouping,
  }).format(value);
}

/** The currency sign and whether it goes before or after the amount in this locale. */
export function currencyAffix(locale: string, currency: string): Affix {
  const known = knownCurrencyAffix(locale, currency);
  if (known) return known;
  const parts = numberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(1);
  const at = parts.findIndex((p) => p.type === 'currency');
  const integerAt = parts.findIndex((p) => p.type === 'integer');
  return {
    symbol: parts[at]?.value ?? currency,
    position: at >= 0 && at > integerAt ? 'suffix' : 'prefix',
  };
}

/** A share as a percentage: 0.15 → "15 %" / "15%", up to `digits` decimals. */
export function percent(locale: string, share: number, digits = 2): string {
  return (
    percentText(locale, share, digits) ??
    numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share)
  );
}

/** A plain count or measure, grouped: 1250 → "1.250" in Italian, up to `digits` decimals. */
export function count(locale: string, value: number, digits = 2): string {
  return grouped(locale, value, { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** A number grouped always, with exactly the fraction digits asked for: the input boxes' text. */
export function grouped(locale: string, value: number, digits: Digits): string {
  return (
    decimalText(locale, value, digits) ??
    numberFormat(locale, { ...digits, ...grouping }).format(value)
  );
}

/** A calendar date, always in UTC so no reader's time zone shifts it by a day. */
export function date(locale: string, value: Date | string, style: 'long' | 'medium' = 'long') {
  const at = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(at);
}

/** A numeric answer as the report lists it: money in the answers' currency, shares as percent. */
export function answerNumber(
  locale: string,
  kind: 'money' | 'percent' | 'integer' | 'decimal',
  value: number,
  currency: string,
): string {
  if (kind === 'money') return money(locale, currency, value, { cents: !Number.isInteger(value) });
  if (kind === 'percent') return percent(locale, value);
  return count(locale, value);
}

/** A moment, such as when a lead arrived: in UTC, and saying so. */
export function dateTime(locale: string, value: Date): string {
  return (
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(value) + ' UTC'
  );
}
