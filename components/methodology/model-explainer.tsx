import { getTranslations } from 'next-intl/server';
import { defaultSamples } from '@/lib/model/monte-carlo';
import { exposureCategories } from '@/lib/model';

const SECTIONS = ['compare', 'suite', 'uncertainty', 'drivers', 'risk', 'limits'] as const;

/** How the model works, in prose: the categories, the suite, Monte Carlo, drivers, limits. */
export async function ModelExplainer() {
  const t = await getTranslations('methodology.model');
  const category = await getTranslations('categories');
  const paragraph = (key: (typeof SECTIONS)[number]) =>
    key === 'uncertainty' ? t('uncertainty', { samples: defaultSamples }) : t(key);
  const heading = 'mt-8 text-xl font-semibold';
  return (
    <section aria-labelledby="how-it-works" className="mt-12">
      <h2 id="how-it-works" className="scroll-mt-6 text-2xl font-bold sm:text-3xl">
        {t('title')}
      </h2>
      <div className="max-w-3xl text-lg leading-relaxed text-slate-800">
        <h3 className={heading}>{t('compareTitle')}</h3>
        <p className="mt-3">{paragraph('compare')}</p>
        <h3 className={heading}>{t('statusQuoTitle')}</h3>
        <p className="mt-3">{t('statusQuo')}</p>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {exposureCategories.map((c) => (
            <li key={c}>
              <strong>{category(c)}:</strong> {t(`categories.${c}`)}
            </li>
          ))}
        </ul>
        {SECTIONS.slice(1).map((key) => (
          <div key={key}>
            <h3 className={heading}>{t(`${key}Title`)}</h3>
            <p className="mt-3">{paragraph(key)}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
