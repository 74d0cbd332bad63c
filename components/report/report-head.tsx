import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import type { OpenedReport } from '@/lib/report/open';
import { PackageNote } from './package-note';
import { ReportHeadline } from './report-headline';

type Props = {
  opened: Extract<OpenedReport, { ok: true }>;
  locale: Locale;
  /** The site's page shows the report's scope and a larger title; the embed frame is tighter. */
  compact?: boolean;
};

/** The top of a report, on the site and in the embed frame: title, headline figures, package. */
export async function ReportHead({ opened, locale, compact = false }: Props) {
  const { answers, overrides, report, chosen } = opened;
  const brand = getBrand();
  const t = await getTranslations({ locale, namespace: 'report' });
  const size = compact ? 'text-2xl sm:text-3xl' : 'text-3xl sm:text-4xl';
  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t('eyebrow')}</p>
      <h1 className={`mt-1 font-bold text-balance text-slate-900 ${size}`}>
        {answers.clientName ? t('titleClient', { client: answers.clientName }) : t('title')}
      </h1>
      {!compact && (
        <p className="mt-2 text-slate-700">
          {t('scope', {
            users: report.licensedUsers,
            years: report.horizonYears,
            currency: report.currency,
          })}
        </p>
      )}
      <ReportHeadline
        report={report}
        suiteName={brand.suite.name}
        adjusted={Object.keys(overrides).length}
      />
      <PackageNote brand={brand.name} chosen={chosen} />
    </>
  );
}
