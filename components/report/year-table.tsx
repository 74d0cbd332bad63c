import { getTranslations } from 'next-intl/server';
import type { Report } from '@/lib/model';
import { count } from '@/lib/format/money';
import { yearRows } from '@/lib/report/series';
import { DataTable, cells } from '@/components/ui/data-table';

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
  const m = (x: number) => count(locale, x, 0);
  return (
    <section aria-labelledby="table-title" className="print-avoid-break mt-12">
      <h2 id="table-title" className="text-2xl font-bold">
        {t('table.title')}
      </h2>
      <DataTable
        labelledBy="table-title"
        className="max-w-3xl"
        caption={t('table.caption', { currency: report.currency })}
        columns={[t('table.year'), names.statusQuo, names.suite, t('table.difference')]}
        footer={
          <tr className="font-bold">
            <th scope="row" className="px-2 py-2 text-left sm:px-3">
              {t('table.total')}
            </th>
            <td className={cells.number}>{m(report.statusQuo.total)}</td>
            <td className={cells.number}>{m(report.suite.total)}</td>
            <td className={cells.number}>{m(report.netSaving)}</td>
          </tr>
        }
      >
        {yearRows(report).map((r) => (
          <tr key={r.year} className={cells.row}>
            <th scope="row" className={cells.rowHead}>
              {r.year}
            </th>
            <td className={cells.number}>{m(r.statusQuo)}</td>
            <td className={cells.number}>{m(r.suite)}</td>
            <td className={cells.number}>{m(r.saving)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
