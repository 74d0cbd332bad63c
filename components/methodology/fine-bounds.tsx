import { getTranslations } from 'next-intl/server';
import { fineRegimes, regimeSpecs } from '@/lib/model';
import { money } from '@/lib/format/money';

/** Each fine rule's floor and cap in its own currency, with the law or case behind the cap. */
export async function FineBounds({ locale }: { locale: string }) {
  const t = await getTranslations('methodology.fines');
  const names = await getTranslations('report.fines.regimes');
  return (
    <section aria-labelledby="fine-bounds" className="mt-14">
      <h2 id="fine-bounds" className="scroll-mt-6 text-2xl font-bold sm:text-3xl">
        {t('title')}
      </h2>
      <p className="mt-3 max-w-3xl text-slate-700">{t('intro')}</p>
      <div
        className="mt-4 overflow-x-auto rounded-xl border border-slate-200"
        role="region"
        aria-labelledby="fine-bounds"
        tabIndex={0}
      >
        <table className="w-full hyphens-auto text-sm sm:text-base">
          <caption className="px-3 pt-3 text-left text-sm text-slate-700">{t('caption')}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th scope="col" className="px-3 py-2">
                {t('regime')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('floor')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('cap')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {fineRegimes.map((regime) => {
              const spec = regimeSpecs[regime];
              const amount = (x: number) => money(locale, spec.currency, x);
              return (
                <tr key={regime} className="border-b border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {names(regime)}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{amount(spec.floor.amount)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{amount(spec.cap.amount)}</td>
                  <td className="px-3 py-2">
                    <a href={spec.cap.source.url} className="text-brand underline">
                      {spec.cap.source.publisher}, {spec.cap.source.year}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
