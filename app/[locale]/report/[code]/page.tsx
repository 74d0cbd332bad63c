import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { isAssumptionId } from '@/lib/model';
import { loadReport } from '@/lib/report/load';
import { constructMetadata } from '@/lib/seo/metadata';
import { AnswersSummary } from '@/components/report/answers-summary';
import { AssumptionsList } from '@/components/report/assumptions-list';
import { ContactBlock } from '@/components/report/contact-block';
import { LeadSection } from '@/components/leads/lead-section';
import { EmailReportSection } from '@/components/report/email-report-section';
import { ReportFigures } from '@/components/report/report-figures';
import { ReportHead } from '@/components/report/report-head';
import { FinesTable } from '@/components/report/fines-table';
import { RiskAreas } from '@/components/report/risk-areas';
import { YearTable } from '@/components/report/year-table';
import { ReportShare } from '@/components/share/report-share';
import { TrackEvent } from '@/components/funnel/track-event';
import { yearsArgs } from '@/lib/i18n/years';

// Every code is its own report, computed on request from the link alone.
export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/report/[code]'>): Promise<Metadata> {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  const t = await getTranslations({ locale, namespace: 'report' });
  const opened = loadReport(code);
  if (!opened.ok) {
    return {
      metadataBase: new URL(getBrand().siteUrl),
      title: t('linkError.metaTitle'),
      robots: { index: false },
    };
  }
  const client = opened.answers.clientName;
  return constructMetadata({
    locale,
    title: client ? t('metaTitleClient', { client }) : t('metaTitle'),
    description: t('metaDescription', {
      suite: getBrand().suite.name,
      ...yearsArgs(opened.answers.horizonYears),
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
  const opened = loadReport(code);
  // proxy.ts answers bad codes with a server-rendered 404 page; this is the fallback if it is bypassed.
  if (!opened.ok) notFound();

  const { answers, report } = opened;
  const th = await getTranslations('report.headline');
  // Drivers that are the prospect's own estimates read as the question they answered.
  const tq = (await getTranslations('questionnaire.fields')) as unknown as (key: string) => string;
  const names = { statusQuo: th('statusQuo'), suite: brand.suite.name };
  const label = await getTranslations('assumptions');

  return (
    <article className="mx-auto max-w-6xl px-4 py-8 sm:py-12">
      <TrackEvent event="report_viewed" />
      <ReportHead opened={opened} locale={locale} />
      <ReportShare code={code} answers={answers} locale={locale} />
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
        driverLabel={(id) => (isAssumptionId(id) ? label(`${id}.label`) : tq(`${id}.label`))}
      />
      <YearTable report={report} locale={locale} names={names} />
      <AnswersSummary answers={answers} code={code} locale={locale} />
      <AssumptionsList report={report} locale={locale} brandName={brand.name} />
      <ContactBlock />
    </article>
  );
}
