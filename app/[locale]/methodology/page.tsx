import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { constructMetadata } from '@/lib/seo/metadata';
import { AssumptionList, assumptionGroups } from '@/components/methodology/assumption-list';
import { FineBounds } from '@/components/methodology/fine-bounds';
import { ModelExplainer } from '@/components/methodology/model-explainer';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/methodology'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'methodology' });
  return constructMetadata({
    locale,
    title: t('metaTitle'),
    description: t('metaDescription'),
    path: '/methodology',
  });
}

export default async function MethodologyPage({ params }: PageProps<'/[locale]/methodology'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('methodology');
  const groupName = await getTranslations('groups');
  const link = 'text-brand underline';
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:py-14">
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-3xl text-lg text-slate-700">{t('lead')}</p>
      <nav aria-labelledby="contents" className="mt-8 rounded-xl bg-slate-50 p-5">
        <h2 id="contents" className="font-semibold">
          {t('contents')}
        </h2>
        <ul className="mt-2 space-y-1">
          <li>
            <a href="#how-it-works" className={link}>
              {t('model.title')}
            </a>
          </li>
          <li>
            <a href="#fine-bounds" className={link}>
              {t('fines.title')}
            </a>
          </li>
          <li>
            <a href="#assumptions" className={link}>
              {t('assumptions.title')}
            </a>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 pl-4">
              {assumptionGroups().map(([group]) => (
                <li key={group}>
                  <a href={`#group-${group}`} className={link}>
                    {groupName(group)}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        </ul>
      </nav>
      <ModelExplainer />
      <FineBounds locale={locale} />
      <AssumptionList />
    </div>
  );
}
