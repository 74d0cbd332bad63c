import { getTranslations } from 'next-intl/server';
import type { Report } from '@/lib/model';

/** Years × both options: the numbers behind the charts, readable without them. */
export async function YearTable({
  report,
  locale,
  names,
}: {
  report: Report;
  locale: string;
  names: { statusQuo: string; suite: string };
}) {
  const t = await getTranslations('report');
  // The caption names the currency, so cells carry plain numbers and fit a phone's width.
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const m = (x: number) => whole.format(x);
  const rows = report.statusQuo.byYear.map((statusQuo, i) => {
    const suite = report.suite.byYear[i] ?? 0;
    return { year: i + 1, statusQuo, suite, saving: Math.round((statusQuo - suite) * 100) / 100 };
  });
  const cell = 'px-2 py-2 text-right tabular-nums sm:px-3';
  return (
    <section aria-labelledby="table-title" className="print-avoid-break mt-12">
      <h2 id="table-title" className="text-2xl font-bold">
        {t('table.title')}
      </h2>
      <div
        className="mt-4 max-w-3xl overflow-x-auto rounded-xl border border-slate-200"
        role="region"
        aria-labelledby="table-title"
        tabIndex={0}
      >
        <table className="w-full hyphens-auto text-sm sm:text-base">
          <caption className="px-3 pt-3 text-left text-sm text-slate-700">
            {t('table.caption', { currency: report.currency })}
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs sm:text-base">
              <th scope="col" className="px-2 py-2 sm:px-3">
                {t('table.year')}
              </th>
              <th scope="col" className="px-2 py-2 sm:px-3 text-right">
                {names.statusQuo}
              </th>
              <th scope="col" className="px-2 py-2 sm:px-3 text-right">
                {names.suite}
              </th>
              <th scope="col" className="px-2 py-2 sm:px-3 text-right">
                {t('table.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-2 sm:px-3 text-left font-normal">
                  {r.year}
                </th>
                <td className={cell}>{m(r.statusQuo)}</td>
                <td className={cell}>{m(r.suite)}</td>
                <td className={cell}>{m(r.saving)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-bold">
              <th scope="row" className="px-2 py-2 sm:px-3 text-left">
                {t('table.total')}
              </th>
              <td className={cell}>{m(report.statusQuo.total)}</td>
              <td className={cell}>{m(report.suite.total)}</td>
              <td className={cell}>{m(report.netSaving)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
