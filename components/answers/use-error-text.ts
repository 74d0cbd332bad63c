'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { money } from '@/lib/format/money';
import type { Currency } from '@/lib/answers';
import type { FieldError, FieldKind } from '@/lib/questionnaire';

/** One example per kind of number, in the unit the person types. */
const EXAMPLES = { integer: 1250, decimal: 2.5, money: 60000, percent: 15 } as const;
const grouped = { useGrouping: 'always' } as const; // 1.250 in Italian and Spanish too

/**
 * A validation message in the page's language, for both the questionnaire and the workshop.
 * Bounds are given in the units the person types; `bound` formats one the way the box shows its
 * values (by default: money in `currency`, percentages, plain numbers).
 */
export function useErrorText(currency?: Currency) {
  const t = useTranslations('validation');
  const format = useFormatter();
  const locale = useLocale();
  const plain = (x: number) => format.number(x, grouped);
  const boundOf = (kind: FieldKind) => (x: number) =>
    kind === 'money' && currency
      ? money(locale, currency, x)
      : kind === 'percent'
        ? format.number(x / 100, { style: 'percent', maximumFractionDigits: 2 })
        : plain(x);

  return (error: FieldError, kind: FieldKind, bound = boundOf(kind)) => {
    switch (error.key) {
      case 'number':
        return t('number', {
          example: plain(kind in EXAMPLES ? EXAMPLES[kind as keyof typeof EXAMPLES] : 2.5),
        });
      case 'min':
      case 'above':
        return t(error.key, { min: bound(error.params?.min ?? 0) });
      case 'max':
        return t('max', { max: bound(error.params?.max ?? 0) });
      case 'tooLong':
        return t('tooLong', { max: plain(error.params?.max ?? 0) });
      default:
        return t(error.key);
    }
  };
}
