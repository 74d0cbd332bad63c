import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Report } from '@/lib/model';
import { HEIGHT, type ChartBase } from './charts/types';
import { money } from '@/lib/format/money';
import {
  CategoryChart,
  CumulativeChart,
  DriverChart,
  RangeChart,
  WhenVisible,
} from './report-charts';
import { categoryRows, cumulativeSeries, driverBars } from '@/lib/report/series';
import { useRangeSummary } from '@/components/results/range-summary';
import { yearsArgs } from '@/lib/i18n/years';

type Props = {
  report: Report;
  base: ChartBase;
  driverLabel: (id: string) => string;
};

/**
 * Four charts, each a figure with a caption and a sentence that says what it shows; the drawing
 * itself is hidden from assistive tech (the year table below carries the same numbers).
 */
export function ReportFigures({ report, base, driverLabel }: Props) {
  const t = useTranslations('report');
  const rangeSummary = useRangeSummary(report);
  const m = (x: number) => money(base.locale, report.currency, x);
  const years = report.horizonYears;
  const cumulative = cumulativeSeries(report, {
    start: t('charts.start'),
    year: (n) => t('charts.year', { year: String(n) }),
  });
  const categories = categoryRows(report, (c) => t(`categories.${c}`));
  const drivers = driverBars(report, driverLabel);
  const u = report.uncertainty;

  return (
    <section aria-labelledby="charts-title" className="mt-12">
      <h2 id="charts-title" className="text-2xl font-bold">
        {t('charts.title')}
      </h2>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <Figure
          title={t('charts.cumulativeTitle')}
          height={HEIGHT.cumulative}
          summary={t('charts.cumulativeSummary', {
            ...yearsArgs(years),
            statusQuo: m(report.statusQuo.total),
            suite: base.names.suite,
            suiteTotal: m(report.suite.total),
          })}
        >
          <CumulativeChart {...base} data={cumulative} />
        </Figure>
        <Figure
          title={t('charts.categoriesTitle')}
          height={HEIGHT.categories}
          summary={t('charts.categoriesSummary')}
        >
          <CategoryChart {...base} data={categories} />
        </Figure>
        <Figure title={t('charts.rangeTitle')} height={HEIGHT.range} summary={rangeSummary}>
          <RangeChart
            {...base}
            p10={u.p10}
            p50={u.p50}
            p90={u.p90}
            labels={{
              saving: t('charts.saving'),
              p10: t('charts.p10'),
              p50: t('charts.p50'),
              p90: t('charts.p90'),
            }}
          />
        </Figure>
        {drivers.length > 0 && (
          <Figure
            title={t('charts.driversTitle')}
            height={HEIGHT.drivers}
            summary={t('charts.driversSummary')}
            legend={
              <ol className="mt-3 space-y-1 text-sm text-slate-700">
                {drivers.map((d, i) => (
                  <li key={d.id} className="flex gap-2">
                    <span className="font-semibold tabular-nums">{i + 1}</span>
                    <span>
                      {d.label}: {m(d.low[1])} – {m(d.high[1])}
                    </span>
                  </li>
                ))}
              </ol>
            }
          >
            <DriverChart
              {...base}
              data={drivers}
              base={report.netSaving}
              labels={{ low: t('charts.low'), high: t('charts.high') }}
            />
          </Figure>
        )}
      </div>
    </section>
  );
}

function Figure({
  title,
  summary,
  height,
  legend,
  children,
}: {
  title: string;
  summary: string;
  height: number;
  legend?: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="print-avoid-break min-w-0 rounded-xl border border-slate-200 p-4">
      <figcaption>
        <span className="block font-semibold text-slate-900">{title}</span>
        <span className="mt-1 block text-sm text-slate-700">{summary}</span>
      </figcaption>
      {/* Fixed height: nothing moves when the chart arrives. */}
      <div className="mt-4" style={{ height }} aria-hidden="true">
        <WhenVisible>{children}</WhenVisible>
      </div>
      {legend}
    </figure>
  );
}
