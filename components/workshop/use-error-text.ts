'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { FieldError } from '@/lib/questionnaire';

/**
 * A validation message in the page's language. `bound` formats a min or max (given in the units
 * the person types) the way the field shows its values.
 */
export function useErrorText() {
  const t = useTranslations('validation');
  const format = useFormatter();
  return (error: FieldError, bound: (shown: number) => string, example = 1250.5) => {
    switch (error.key) {
      case 'number':
        return t('number', { example: format.number(example) });
      case 'min':
      case 'above':
        return t(error.key, { min: bound(error.params?.min ?? 0) });
      case 'max':
        return t('max', { max: bound(error.params?.max ?? 0) });
      case 'tooLong':
        return t('tooLong', { max: format.number(error.params?.max ?? 0) });
      default:
        return t(error.key);
    }
  };
}
