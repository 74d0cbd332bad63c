import { useTranslations } from 'next-intl';
import type { Report } from '@/lib/model';
import { count, percent } from '@/lib/format/money';
import { DataTable, cells } from '@/components/ui/data-table';
import { yearsArgs } from '@/lib/i18n/years';

/**
 * Each fine rule that applies: chance per year, size if it comes, chance of at least one over the
 * horizon, and the expected cost a year. Not async, so the report and the workshop share it.
 */
export function FinesTable({
  report,
  locale,
  headingLevel = 2,
}: {
  report: Pick<Report, 'fines' | 'currency' | 'horizonYears'>;
  locale: string;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('report.fines');
  const years = report.horizonYears;
  // Small chances need a decimal (0.4 %), large ones do not (35 %).
  const chance = (p: number) => percent(locale, p, p < 0.1 ? 1 : 0);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby="fines-title"
      className={`print-avoid-break ${headingLevel === 2 ? 'mt-12' : 'text-sm'}`}
      data-testid="fines"
    >
      <Heading
        id="fines-title"
        className={headingLevel === 2 ? 'text-2xl font-bold' : 'font-semibold'}
      >
        {t('title')}
      </Heading>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro', yearsArgs(years))}</p>
      {report.fines.length === 0 ? (
        <p className="mt-4 text-slate-700">{t('none')}</p>
      ) : (
        <DataTable
          labelledBy="fines-title"
          className="max-w-4xl"
          caption={t('caption', { currency: report.currency })}
          columns={[
            t('regime'),
            t('chancePerYear'),
            t('ifItHappens'),
            t('overHorizon', yearsArgs(years)),
            t('expected'),
          ]}
        >
          {report.fines.map((f) => (
            <tr key={f.regime} className={cells.row} data-regime={f.regime}>
              <th scope="row" className={cells.rowHead}>
                {t(`regimes.${f.regime}`)}
              </th>
              <td className={cells.number}>{chance(f.annualProbability)}</td>
              <td className={cells.number}>{count(locale, f.sizeIfItHappens, 0)}</td>
              <td className={cells.number}>{chance(f.probabilityOverHorizon)}</td>
              <td className={cells.number}>{count(locale, f.expectedPerYear, 0)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
