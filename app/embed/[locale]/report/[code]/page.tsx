import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { loadReport } from '@/lib/report/load';
import { TrackEvent } from '@/components/funnel/track-event';
import { LeadSection } from '@/components/leads/lead-section';
import { ReportHead } from '@/components/report/report-head';

// Every code is its own report, computed on request from the link alone.
export const dynamic = 'force-dynamic';

/**
 * The report's headline and the lead form inside the frame; the whole report opens in the top
 * window at its normal link, which carries the answers and nothing about the visit.
 */
export default async function EmbedReportPage({
  params,
}: PageProps<'/embed/[locale]/report/[code]'>) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const opened = loadReport(code);
  if (!opened.ok) {
    // As the site's link error says it, but the way forward stays in the frame.
    const tl = await getTranslations('report.linkError');
    return (
      <div className="mx-auto max-w-xl text-center">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{tl('eyebrow')}</p>
        <h1 className="mt-2 text-2xl font-bold text-balance">{tl(`titles.${opened.reason}`)}</h1>
        <p className="mt-4 text-slate-700">{tl(`bodies.${opened.reason}`)}</p>
        <a
          href={`/${locale}/embed`}
          className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand px-5 py-2 font-semibold text-on-brand hover:opacity-90"
        >
          {tl('start')}
        </a>
      </div>
    );
  }
  const te = await getTranslations('embed');

  return (
    <article className="mx-auto max-w-4xl">
      <TrackEvent event="report_viewed" />
      <ReportHead opened={opened} locale={locale} compact />
      <p className="mt-6">
        <a
          href={`/${locale}/report/${code}`}
          target="_top"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 px-5 font-semibold text-slate-900 underline hover:bg-slate-50"
        >
          {te('openFullReport')}
        </a>
      </p>
      <LeadSection reportCode={code} source="embed" />
    </article>
  );
}
