'use client';

import { useTranslations } from 'next-intl';
import type { Answers, AssumptionOverrides, PriceBook } from '@/lib/model';
import { reportCode } from '@/lib/workshop';
import { LeadFormLoader } from './lead-form-loader';

type Props = {
  answers: Answers;
  overrides: AssumptionOverrides;
  book: PriceBook;
  packageId?: string;
  brand: string;
  privacyUrl: string;
  className?: string;
};

/** "Talk to an expert" at the end of the workshop: the lead carries the workshop's own report link. */
export function WorkshopLead({
  answers,
  overrides,
  book,
  packageId,
  brand,
  privacyUrl,
  className,
}: Props) {
  const t = useTranslations('leads.form');
  return (
    <section
      aria-labelledby="lead-title"
      className={`rounded-2xl border border-slate-200 p-5 sm:p-8 ${className ?? ''}`}
    >
      <h2 id="lead-title" className="text-2xl font-bold text-slate-900">
        {t('title', { brand })}
      </h2>
      <p className="mt-2 max-w-2xl text-slate-700">{t('workshopIntro', { brand })}</p>
      <LeadFormLoader
        reportCode={reportCode(answers, overrides, book, packageId)}
        source="workshop"
        brand={brand}
        privacyUrl={privacyUrl}
        openLabel={t('open')}
        loadingLabel={t('loading')}
      />
    </section>
  );
}
