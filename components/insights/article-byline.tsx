import { getFormatter, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/articles';

/** Author, first publication, last update and reading time, at the top of an article. */
export async function ArticleByline({ article }: { article: Article }) {
  const t = await getTranslations('insights');
  const format = await getFormatter();
  // Frontmatter dates are calendar days: format them in UTC so no time zone shifts them.
  const day = (d: string) => format.dateTime(new Date(d), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <p className="flex flex-wrap gap-x-2 text-sm text-slate-600">
      <span>{t('author', { author: article.author })}</span>
      <span aria-hidden="true">·</span>
      <time dateTime={article.date}>{t('published', { date: day(article.date) })}</time>
      {article.updated && article.updated !== article.date && (
        <>
          <span aria-hidden="true">·</span>
          <time dateTime={article.updated}>{t('updated', { date: day(article.updated) })}</time>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>{t('readingTime', { minutes: article.minutes })}</span>
    </p>
  );
}
