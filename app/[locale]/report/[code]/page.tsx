import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { assumptionById, isAssumptionId } from '@/lib/model';
import { openReport } from '@/lib/report/open';
import { constructMetadata } from '@/lib/seo/metadata';
import { decodeReport } from '@/lib/report-link';
import { AnswersSummary } from '@/components/report/answers-summary';
import { AssumptionsList, assumptionLabeller } from '@/components/report/assumptions-list';
import { ContactBlock } from '@/components/report/contact-block';
import { LeadSection } from '@/components/leads/lead-section';
import { EmailReportSection } from '@/components/report/email-report-section';
import { ReportFigures } from '@/components/report/report-figures';
import { ReportHeadline } from '@/components/report/report-headline';
import { PackageNote } from '@/components/report/package-note';
import { FinesTable } from '@/components/report/fines-table';
import { RiskAreas } from '@/components/report/risk-areas';
import { YearTable } from '@/components/report/year-table';
import { ReportShare } from '@/components/share/report-share';
import { TrackEvent } from '@/components/funnel/track-event';

// Every code is its own report, computed on request from the link alone.
export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/report/[code]'>): Promise<Metadata> {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  const t = await getTranslations({ locale, namespace: 'report' });
  const decoded = decodeReport(code, { suite: getBrand().suite });
  if (!decoded.ok) {
    return {
      metadataBase: new URL(getBrand().siteUrl),
      title: t('linkError.metaTitle'),
      robots: { index: false },
    };
  }
  const client = decoded.answers.clientName;
  return constructMetadata({
    locale,
    title: client ? t('metaTitleClient', { client }) : t('metaTitle'),
    description: t('metaDescription', {
      suite: getBrand().suite.name,
      years: decoded.answers.horizonYears,
    }),
    path: `/report/${code}`,
    image: `/${locale}/report/${code}/opengraph-image`,
    noIndex: true,
  });
}

export default async function ReportPage({ params }: PageProps<'/[locale]/report/[code]'>) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const brand = getBrand();
  // The suite decides which prices a workshop could set: proxy.ts, this page and its image agree.
  const opened = openReport(code, brand.suite);
  // proxy.ts answers bad codes with a server-rendered 404 page; this is the fallback if it is bypassed.
  if (!opened.ok) notFound();

  const { answers, overrides, report, chosen } = opened;
  const t = await getTranslations('report');
  const th = await getTranslations('report.headline');
  // Drivers that are the prospect's own estimates read as the question they answered.
  const tq = (await getTranslations('questionnaire.fields')) as unknown as (key: string) => string;
  const names = { statusQuo: th('statusQuo'), suite: brand.suite.name };
  const label = await assumptionLabeller();

  return (
    <article className="mx-auto max-w-6xl px-4 py-8 sm:py-12">
      <TrackEvent event="report_viewed" />
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t('eyebrow')}</p>
      <h1 className="mt-1 text-3xl font-bold text-balance text-slate-900 sm:text-4xl">
        {answers.clientName ? t('titleClient', { client: answers.clientName }) : t('title')}
      </h1>
      <p className="mt-2 text-slate-700">
        {t('scope', {
          users: report.licensedUsers,
          years: report.horizonYears,
          currency: report.currency,
        })}
      </p>

      <ReportHeadline
        report={report}
        locale={locale}
        suiteName={brand.suite.name}
        adjusted={Object.keys(overrides).length}
      />
      <PackageNote brand={brand.name} chosen={chosen} />
      <ReportShare code={code} locale={locale} />
      <EmailReportSection code={code} locale={locale} />
      <LeadSection reportCode={code} />
      <RiskAreas report={report} answers={answers} />
      <FinesTable report={report} locale={locale} />
      <ReportFigures
        report={report}
        base={{
          locale,
          currency: report.currency,
          colors: { statusQuo: brand.colors.accent, suite: brand.colors.primary },
          names,
        }}
        driverLabel={(id) =>
          isAssumptionId(id) ? label(id, assumptionById[id].source.title) : tq(`${id}.label`)
        }
      />
      <YearTable report={report} locale={locale} names={names} />
      <AnswersSummary answers={answers} code={code} locale={locale} />
      <AssumptionsList
        report={report}
        answers={answers}
        suite={chosen.pricing}
        overrides={overrides}
        locale={locale}
        brandName={brand.name}
      />
      <ContactBlock />
    </article>
  );
}
