// Locale-aware number input: '1.234,5' in de/it/es, '1,234.5' in en. The site's locales use their
// separators written out (lib/format/locale-symbols.ts), any other Intl; the same code runs on the
// server, in the browser and in tests.
import { knownSeparators, type Separators } from '@/lib/format/locale-symbols';
import { numberFormat } from '@/lib/format/number-format';
import { grouped } from '@/lib/format/money';

export type { Separators } from '@/lib/format/locale-symbols';

const cache = new Map<string, Separators>();

export function separatorsFor(locale: string): Separators {
  let s = cache.get(locale) ?? knownSeparators(locale);
  if (!s) {
    const parts = numberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
    s = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    cache.set(locale, s);
  }
  return s;
}

// Spaces and apostrophes also group digits (1 234,5 / 1'234.5); symbols people type are ignored.
const IGNORED = /[\s\u00a0\u202f\u2009'’%€$£]|chf|fr\./gi;
const GROUPED = (g: string) => new RegExp(`^\\d{1,3}(\\${g}\\d{3})+$`);

function toNumber(integer: string, fraction: string, negative: boolean): number | null {
  if (!/^\d+$/.test(integer || '0') || !/^\d*$/.test(fraction)) return null;
  if (integer === '' && fraction === '') return null;
  const value = Number(`${integer || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/**
 * The number a person typed, or null when it is not one. Grouping is optional ('1250' and '1.250'
 * are both 1250 in Italian); a lone foreign mark that cannot group ('0.5' in German) is a decimal.
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const { group, decimal } = separatorsFor(locale);
  let s = text.replace(IGNORED, '');
  const negative = /^[-−]/.test(s);
  if (negative) s = s.slice(1);
  if (s === '' || /[^\d.,]/.test(s)) return null;

  const decimals = s.split(decimal).length - 1;
  if (decimals > 1) return null;
  if (decimals === 1) {
    const [int = '', frac = ''] = s.split(decimal);
    if (int.includes(group) && !GROUPED(group).test(int)) return null;
    return toNumber(int.split(group).join(''), frac, negative);
  }
  if (!s.includes(group)) return toNumber(s, '', negative);
  if (GROUPED(group).test(s)) return toNumber(s.split(group).join(''), '', negative);
  // One separator that cannot be grouping ('0.5' in German, '2,5' in English): a decimal mark.
  const parts = s.split(group);
  return parts.length === 2 ? toNumber(parts[0]!, parts[1]!, negative) : null;
}

/** Percent fields are asked 0–100 and stored 0–1; 15 digits drop binary noise (0.333, not 0.33299…). */
export const percentToShare = (p: number) => Number((p / 100).toPrecision(15));
export const shareToPercent = (s: number) => Number((s * 100).toPrecision(15));

/**
 * A stored value as the text an input shows, in the page's locale. Four digits are grouped in
 * every locale (Italian and Spanish prose writes 1.250, where CLDR would write 1250).
 */
export function formatInputNumber(value: number, locale: string, percent = false): string {
  const shown = percent ? shareToPercent(value) : value;
  // Written out with the locale's separators, so showing an answer builds no Intl.NumberFormat
  // (lib/format/decimal.ts).
  return grouped(locale, shown, { minimumFractionDigits: 0, maximumFractionDigits: 10 });
}

/** Kept here for the fields that import it with the other number helpers. */
export { currencyAffix } from '@/lib/format/money';
