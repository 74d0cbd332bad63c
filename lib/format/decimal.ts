import { knownCurrencySymbol, knownPercentSuffix, knownSeparators } from './locale-symbols';

// Numbers written out for the site's own locales, so a page can show its figures while it
// hydrates without building an Intl.NumberFormat (lib/format/locale-symbols.ts says why).
// Intl rounds the number's shortest decimal form, half away from zero; so does this, on the
// digits of String(value). tests/unit/format/decimal.test.ts holds it to Intl's output.

export type Digits = { minimumFractionDigits: number; maximumFractionDigits: number };
export type DecimalShape = Digits & {
  /** Powers of ten to move the decimal point right by: 2 for a share shown as a percentage. */
  scale?: number;
};

/**
 * `value` grouped always and rounded to the shape, with the sign Intl gives it ("-" for any
 * negative, -0 included); undefined for a locale outside the table or a number String() writes
 * with an exponent, which the caller leaves to Intl.
 */
export function decimalText(
  locale: string,
  value: number,
  shape: DecimalShape,
): string | undefined {
  const separators = knownSeparators(locale);
  const written = String(Math.abs(value));
  if (!separators || !/^\d+(\.\d+)?$/.test(written)) return undefined;
  const { minimumFractionDigits: min, maximumFractionDigits: max, scale = 0 } = shape;
  const [whole = '', part = ''] = written.split('.');
  // All digits as one integer string, with the point `point` places from its end.
  const padded = part.padEnd(scale, '0');
  let digits = whole + padded;
  let point = padded.length - scale;
  if (point > max) {
    const roundUp = digits[digits.length - point + max]! >= '5';
    digits = digits.slice(0, digits.length - point + max);
    if (roundUp) digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
    point = max;
  }
  let integer = digits.slice(0, digits.length - point).replace(/^0+(?=\d)/, '') || '0';
  let fraction = digits.slice(digits.length - point).replace(/0+$/, '');
  fraction = fraction.padEnd(min, '0');
  integer = integer.replace(/\B(?=(\d{3})+$)/g, separators.group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + integer + (fraction ? separators.decimal + fraction : '');
}

/** An amount with its currency sign, as Intl's currency style writes it; undefined as above. */
export function moneyText(
  locale: string,
  currency: string,
  value: number,
  shape: Digits,
): string | undefined {
  const sign = knownCurrencySymbol(locale, currency);
  const number = decimalText(locale, value, shape);
  if (!sign || number === undefined) return undefined;
  const minus = number.startsWith('-') ? '-' : '';
  const digits = number.slice(minus.length);
  if (sign.position === 'suffix') return `${minus}${digits}\u00a0${sign.symbol}`;
  // A sign in letters ("CHF") is kept apart from the digits; "€" and "$" touch them.
  return `${minus}${sign.symbol}${/\p{L}$/u.test(sign.symbol) ? '\u00a0' : ''}${digits}`;
}

/** A share as a percentage below 1,000 % (where Spanish starts grouping); undefined as above. */
export function percentText(locale: string, share: number, digits: number): string | undefined {
  const suffix = knownPercentSuffix(locale);
  if (!suffix || !(Math.abs(share) < 9.995)) return undefined;
  const number = decimalText(locale, share, {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    scale: 2,
  });
  return number === undefined ? undefined : number + suffix;
}
