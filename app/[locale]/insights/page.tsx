import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { articlesIn } from '@/lib/content/articles';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ArticleCard } from '@/components/insights/article-card';

export const generateMetadata = pageMetadata('insights', '/insights');

export default async function InsightsPage({ params }: PageProps<'/[locale]/insights'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('insights');
  const articles = articlesIn(locale);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:py-14">
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700">{t('lead')}</p>
      <div className="mt-10">
        {articles.length ? (
          articles.map((a) => <ArticleCard key={a.slug} article={a} />)
        ) : (
          <p className="text-slate-700">{t('empty')}</p>
        )}
      </div>
    </div>
  );
}
