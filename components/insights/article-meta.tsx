import { getFormatter, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/articles';
import { ArticleTags } from './article-tags';

/** Date and reading time, then the tags: the line under each article in the list. */
export async function ArticleMeta({ article }: { article: Article }) {
  const t = await getTranslations('insights');
  const format = await getFormatter();
  return (
    <div className="text-sm text-slate-600">
      <p>
        <time dateTime={article.date}>
          {/* Frontmatter dates are calendar days: format them in UTC so no time zone shifts them. */}
          {format.dateTime(new Date(article.date), { dateStyle: 'long', timeZone: 'UTC' })}
        </time>
        <span aria-hidden="true"> · </span>
        <span>{t('readingTime', { minutes: article.minutes })}</span>
      </p>
      <ArticleTags tags={article.tags} />
    </div>
  );
}
