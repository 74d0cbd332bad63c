import { useTranslations } from 'next-intl';
import type { Report } from '@/lib/model';

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
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // Small chances need a decimal (0.4 %), large ones do not (35 %).
  const percent = (p: number) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: p < 0.1 ? 1 : 0,
    }).format(p);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cell = 'px-2 py-2 text-right tabular-nums sm:px-3';
  const head = 'px-2 py-2 text-right sm:px-3';
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
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro', { years })}</p>
      {report.fines.length === 0 ? (
        <p className="mt-4 text-slate-700">{t('none')}</p>
      ) : (
        <div
          className="mt-4 max-w-4xl overflow-x-auto rounded-xl border border-slate-200"
          role="region"
          aria-labelledby="fines-title"
          tabIndex={0}
        >
          <table className="w-full hyphens-auto text-sm sm:text-base">
            <caption className="px-3 pt-3 text-left text-sm text-slate-700">
              {t('caption', { currency: report.currency })}
            </caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs sm:text-base">
                <th scope="col" className="px-2 py-2 sm:px-3">
                  {t('regime')}
                </th>
                <th scope="col" className={head}>
                  {t('chancePerYear')}
                </th>
                <th scope="col" className={head}>
                  {t('ifItHappens')}
                </th>
                <th scope="col" className={head}>
                  {t('overHorizon', { years })}
                </th>
                <th scope="col" className={head}>
                  {t('expected')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.fines.map((f) => (
                <tr key={f.regime} className="border-b border-slate-100" data-regime={f.regime}>
                  <th scope="row" className="px-2 py-2 text-left font-normal sm:px-3">
                    {t(`regimes.${f.regime}`)}
                  </th>
                  <td className={cell}>{percent(f.annualProbability)}</td>
                  <td className={cell}>{money.format(f.sizeIfItHappens)}</td>
                  <td className={cell}>{percent(f.probabilityOverHorizon)}</td>
                  <td className={cell}>{money.format(f.expectedPerYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
