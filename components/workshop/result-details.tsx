'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { costCategories, riskCategories, type Report } from '@/lib/model';

import { FinesTable } from '@/components/report/fines-table';
import { rangeNoteKey } from '@/components/report/range-note';

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
  const format = useFormatter();
  const locale = useLocale();
  const money = (x: number) =>
    format.number(x, { style: 'currency', currency: report.currency, maximumFractionDigits: 0 });
  const { p10, p50, p90, samples, probabilitySuiteCheaper } = report.uncertainty;
  const noteKey = rangeNoteKey(report);

  // The P10–P90 band on an axis that always shows zero, so "saving or not" reads at a glance.
  const lo = Math.min(p10, 0);
  const hi = Math.max(p90, 0);
  const at = (x: number) => (hi > lo ? ((x - lo) / (hi - lo)) * 100 : 50);
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
        <p className="mt-2 text-sm text-slate-700">
          {tc('rangeSummary', {
            samples,
            p10: money(p10),
            p50: money(p50),
            p90: money(p90),
            probability: probabilitySuiteCheaper,
          })}
          {noteKey && ` ${tc(noteKey, { point: money(report.netSaving) })}`}
        </p>
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
                  {tw('driverRange', { low: money(d.savingAtLow), high: money(d.savingAtHigh) })}
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
        {/* Scrolls sideways rather than pushing the page wider when amounts are long. */}
        <div
          role="region"
          aria-labelledby="categories-title"
          tabIndex={0}
          className="mt-2 overflow-x-auto"
        >
          <table className="w-full text-sm tabular-nums">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-2 font-semibold">
                  {tw('category')}
                </th>
                <th scope="col" className="py-1 pr-2 text-right font-semibold">
                  {th('statusQuo')}
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  {suiteName}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {tcat(c)}
                  </th>
                  <td className="py-1 pr-2 text-right">{money(report.statusQuo.byCategory[c])}</td>
                  <td className="py-1 text-right">{money(report.suite.byCategory[c])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

/** After the jump to an assumption, put the cursor in its box (fixed ones have none). */
function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus({ preventScroll: true }));
}
