import { getLocale, getTranslations } from 'next-intl/server';
import type { Assumption, AssumptionSource } from '@/lib/model';
import { assumptionValue } from '@/lib/format/assumption';

function SourceLink({ source }: { source: AssumptionSource }) {
  return (
    <>
      <a href={source.url} className="font-medium text-brand underline" rel="noopener">
        {source.title}
      </a>
      <span className="text-slate-600">
        {' '}
        — {source.publisher}, {source.year}
      </span>
    </>
  );
}

/** One registry entry; its element id is the assumption id, the anchor reports and the workshop link to. */
export async function AssumptionEntry({ assumption: a }: { assumption: Assumption }) {
  const t = await getTranslations('methodology.assumptions');
  const label = await getTranslations('assumptions');
  const units = await getTranslations('units');
  const basis = await getTranslations('basis');
  const locale = await getLocale();
  const value = (v: number) => assumptionValue(locale, a, v, (n) => units('times', { value: n }));
  const fixed = a.low === a.high;
  return (
    <article
      id={a.id}
      className="render-when-near scroll-mt-6 border-t border-slate-200 py-6 target:bg-amber-50"
    >
      <h4 className="text-lg font-semibold">{label(`${a.id}.label`)}</h4>
      <p className="mt-2 max-w-3xl text-slate-700">{label(`${a.id}.explanation`)}</p>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{t('default')}</dt>
          <dd className="text-base font-semibold">{value(a.value)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('range')}</dt>
          <dd className="text-base">
            {fixed ? '—' : t('rangeValue', { low: value(a.low), high: value(a.high) })}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('unit')}</dt>
          <dd>{units(a.unit)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('basis')}</dt>
          <dd>{basis(a.basis)}</dd>
        </div>
        <div className="col-span-2 sm:col-span-4">
          <dt className="text-slate-600">{t('source')}</dt>
          <dd className="break-words">
            <SourceLink source={a.source} />
            {a.additionalSources?.map((s) => (
              <span key={s.url} className="block">
                {t('alsoSources')}: <SourceLink source={s} />
              </span>
            ))}
          </dd>
        </div>
      </dl>
    </article>
  );
}
