import { getFormatter, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/articles';

/** Date and reading time, then the tags: the same line on the list and on the article. */
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
      <ul aria-label={t('tags')} className="mt-2 flex flex-wrap gap-2">
        {article.tags.map((tag) => (
          <li key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-slate-700">
            {tag}
          </li>
        ))}
      </ul>
    </div>
  );
}
