'use client';

import { useLocale, useTranslations } from 'next-intl';
import { money } from '@/lib/format/money';
import { costCategories, riskCategories, type Report } from '@/lib/model';
import { rangeAxis } from '@/lib/report/series';
import { FinesTable } from '@/components/report/fines-table';
import { useRangeSummary } from '@/components/results/range-summary';
import { DataTable, cells } from '@/components/ui/data-table';

type Props = { report: Report; suiteName: string };

/** Under the headline: how certain the saving is, risk by area, what moves it, and where it comes from. */
export function ResultDetails({ report, suiteName }: Props) {
  const tc = useTranslations('report.charts');
  const tr = useTranslations('report.risk');
  const tw = useTranslations('workshop.results');
  const tcat = useTranslations('categories');
  const ta = useTranslations('assumptions');
  const tq = useTranslations('questionnaire');
  const th = useTranslations('report.headline');
  const locale = useLocale();
  const m = (x: number) => money(locale, report.currency, x);
  const { p10, p50, p90 } = report.uncertainty;
  const at = rangeAxis(report);
  const rangeSummary = useRangeSummary(report);
  const rows = costCategories.filter(
    (c) => report.statusQuo.byCategory[c] !== 0 || report.suite.byCategory[c] !== 0,
  );
  const h3 = 'text-base font-semibold text-slate-900';

  return (
    <div className="mt-5 space-y-5">
      <section aria-labelledby="range-title">
        <h3 id="range-title" className={h3}>
          {tc('rangeTitle')}
        </h3>
        <div aria-hidden="true" className="relative mt-2 h-6 rounded bg-slate-100">
          <div
            className="absolute inset-y-0 rounded bg-brand/30"
            style={{ left: `${at(p10)}%`, width: `${at(p90) - at(p10)}%` }}
          />
          <div
            className="absolute inset-y-0 w-1 bg-brand"
            style={{ left: `calc(${at(p50)}% - 2px)` }}
          />
          <div className="absolute -inset-y-1 w-0.5 bg-slate-900" style={{ left: `${at(0)}%` }} />
        </div>
        <p className="mt-2 text-sm text-slate-700">{rangeSummary}</p>
      </section>

      <section aria-labelledby="risk-title">
        <h3 id="risk-title" className={h3}>
          {tr('title')}
        </h3>
        <ul className="mt-2 space-y-1.5">
          {riskCategories.map((c) => (
            <li
              key={c}
              className="grid grid-cols-[minmax(0,9rem)_1fr_2.5rem] items-center gap-2 text-sm"
            >
              <span className="text-slate-800">{tcat(c)}</span>
              <span aria-hidden="true" className="h-2.5 rounded bg-slate-100">
                <span
                  className="block h-full rounded bg-accent"
                  style={{ width: `${report.risk.byCategory[c]}%` }}
                />
              </span>
              <span className="text-right font-semibold tabular-nums">
                {report.risk.byCategory[c]}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <FinesTable report={report} locale={locale} headingLevel={3} />

      {report.drivers.length > 0 && (
        <section aria-labelledby="drivers-title">
          <h3 id="drivers-title" className={h3}>
            {tc('driversTitle')}
          </h3>
          <ol className="mt-2 space-y-1.5 text-sm">
            {report.drivers.slice(0, 3).map((d) => (
              <li key={d.assumptionId}>
                {/* An estimate is an answer: it links to its field, an assumption to its row. */}
                <a
                  href={d.kind === 'estimate' ? `#w-${d.assumptionId}` : `#a-${d.assumptionId}`}
                  onClick={() =>
                    focusLater(
                      d.kind === 'estimate' ? `w-${d.assumptionId}` : `a-${d.assumptionId}-input`,
                    )
                  }
                  className="font-semibold text-brand underline underline-offset-4"
                >
                  {d.kind === 'estimate'
                    ? tq(`fields.${d.assumptionId}.label`)
                    : ta(`${d.assumptionId}.label`)}
                </a>
                <span className="block text-slate-700">
                  {tw('driverRange', { low: m(d.savingAtLow), high: m(d.savingAtHigh) })}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="categories-title">
        <h3 id="categories-title" className={h3}>
          {tc('categoriesTitle')}
        </h3>
        <DataTable
          labelledBy="categories-title"
          className="text-sm"
          columns={[tw('category'), th('statusQuo'), suiteName]}
        >
          {rows.map((c) => (
            <tr key={c} className={cells.row}>
              <th scope="row" className={cells.rowHead}>
                {tcat(c)}
              </th>
              <td className={cells.number}>{m(report.statusQuo.byCategory[c])}</td>
              <td className={cells.number}>{m(report.suite.byCategory[c])}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}

/** After the jump to an assumption, put the cursor in its box (fixed ones have none). */
function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus({ preventScroll: true }));
}
