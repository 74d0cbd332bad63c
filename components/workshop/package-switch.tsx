'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { PriceBook } from '@/lib/model';
import { price } from '@/lib/format/money';

type Props = {
  book: PriceBook;
  value: string;
  brand: string;
  onChange: (packageId: string) => void;
};

/** The MSP's packages as radio buttons: the result and the report link follow the choice. */
export function PackageSwitch({ book, value, brand, onChange }: Props) {
  const t = useTranslations('workshop.package');
  const locale = useLocale();
  if (book.packages.length < 2) return null;
  return (
    <fieldset className="mt-4 max-w-3xl" data-testid="package-switch">
      <legend className="font-semibold text-slate-900">{t('label')}</legend>
      <p id="package-help" className="text-sm text-slate-700">
        {t('help', { brand })}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {book.packages.map((p) => {
          const monthly =
            p.licencePerUserMonth + p.telephonyPerUserMonth + p.managedServicePerUserMonth;
          return (
            <label
              key={p.id}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-400 bg-white px-3 py-2 has-[:checked]:border-brand has-[:checked]:ring-2 has-[:checked]:ring-brand"
            >
              <input
                type="radio"
                name="package"
                value={p.id}
                checked={p.id === value}
                onChange={() => onChange(p.id)}
                aria-describedby="package-help"
                className="h-4 w-4"
              />
              <span>
                <span className="font-medium">{p.name}</span>{' '}
                <span className="text-sm text-slate-700">
                  {t('perUser', { price: price(locale, book.currency, monthly) })}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
