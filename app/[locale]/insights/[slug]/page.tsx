import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { articlesIn, findArticle } from '@/lib/content/articles';
import { articlePaths } from '@/lib/seo/alternates';
import { constructMetadata } from '@/lib/seo/metadata';
import { ArticleBody } from '@/components/insights/article-body';
import { ArticleJsonLd } from '@/components/insights/article-json-ld';
import { ArticleByline } from '@/components/insights/article-byline';
import { ArticleTags } from '@/components/insights/article-tags';
import { PrintButton } from '@/components/insights/print-button';
import { SourcesList } from '@/components/insights/sources-list';

// Every article is built ahead; an unknown slug falls through to the server-rendered root 404.
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return articlesIn(params.locale as Locale).map((a) => ({ slug: a.slug }));
}

async function load(params: PageProps<'/[locale]/insights/[slug]'>['params']) {
  const { locale, slug } = await params;
  // Normally unreachable (dynamicParams = false); a guard should the route ever render on demand.
  return findArticle(locale as Locale, slug) ?? notFound();
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/insights/[slug]'>): Promise<Metadata> {
  const article = await load(params);
  const paths = articlePaths(article);
  return constructMetadata({
    locale: article.locale,
    title: article.title,
    description: article.description,
    path: `/insights/${article.slug}`,
    // hreflang only to the languages this article exists in.
    available: Object.keys(paths) as Locale[],
    pathFor: paths,
    image: `/${article.locale}/insights/${article.slug}/opengraph-image`,
    type: 'article',
    article: {
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      authors: [article.author],
      tags: article.tags,
    },
  });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/insights/[slug]'>) {
  const article = await load(params);
  setRequestLocale(article.locale);
  const t = await getTranslations('insights');
  return (
    <article
      className="mx-auto max-w-3xl px-4 py-10 sm:py-14"
      data-printable={article.printable || undefined}
    >
      <ArticleJsonLd article={article} />
      <p className="no-print text-sm">
        <Link href="/insights" className="font-semibold text-brand underline">
          {t('all')}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl leading-tight font-bold text-balance sm:text-4xl">
        {article.title}
      </h1>
      <p className="mt-4 text-xl text-slate-700">{article.description}</p>
      <div className="mt-5 border-b border-slate-200 pb-6">
        <ArticleByline article={article} />
        <ArticleTags tags={article.tags} />
        {article.printable && (
          <div className="mt-5">
            <PrintButton label={t('print')} />
          </div>
        )}
      </div>
      {article.legal && (
        <p role="note" className="mt-6 rounded-lg bg-amber-50 px-4 py-3 text-base text-slate-800">
          {t('legalNote')}
        </p>
      )}
      <ArticleBody source={article.body} />
      <SourcesList sources={article.sources} />
    </article>
  );
}
