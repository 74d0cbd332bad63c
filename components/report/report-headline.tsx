import { useTranslations } from 'next-intl';
import type { Report } from '@/lib/model';
import { HeadlineMetrics } from '@/components/results/headline-metrics';
import { useVerdict } from '@/components/results/use-verdict';

type Props = {
  report: Report;
  suiteName: string;
  /** How many assumptions a seller changed in a workshop (carried by the link). */
  adjusted: number;
};

/** The verdict and the headline figures: server-rendered, no JS needed. */
export function ReportHeadline({ report, suiteName, adjusted }: Props) {
  const t = useTranslations('report.headline');
  const verdict = useVerdict(report, suiteName);
  return (
    <section aria-labelledby="result-title" className="mt-8">
      <h2 id="result-title" className="sr-only">
        {t('title')}
      </h2>
      <p className="max-w-3xl text-xl font-semibold text-balance text-slate-900 sm:text-2xl">
        {verdict}
      </p>
      {adjusted > 0 && (
        <p className="mt-2 text-slate-700" data-testid="workshop-adjusted">
          {t('adjusted', { count: adjusted })}
        </p>
      )}
      <HeadlineMetrics report={report} suiteName={suiteName} variant="page" />
    </section>
  );
}
