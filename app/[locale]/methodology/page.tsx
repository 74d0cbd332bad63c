import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { AssumptionList } from '@/components/methodology/assumption-list';
import { TableOfContents } from '@/components/methodology/table-of-contents';
import { FineBounds } from '@/components/methodology/fine-bounds';
import { ModelExplainer } from '@/components/methodology/model-explainer';

export const generateMetadata = pageMetadata('methodology', '/methodology');

export default async function MethodologyPage({ params }: PageProps<'/[locale]/methodology'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('methodology');
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:py-14">
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-3xl text-lg text-slate-700">{t('lead')}</p>
      <TableOfContents />
      <ModelExplainer />
      <FineBounds locale={locale} />
      <AssumptionList />
    </div>
  );
}
