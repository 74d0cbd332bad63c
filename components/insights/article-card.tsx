import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/content/articles';
import { ArticleMeta } from './article-meta';

type Props = {
  article: Article;
  /** h2 in the insights list; h3 on the home page, under its "latest" heading. */
  heading?: 'h2' | 'h3';
  /** The card's frame: a ruled list by default, a box where cards sit in a grid. */
  className?: string;
};

export function ArticleCard({
  article,
  heading: Heading = 'h2',
  className = 'border-b border-slate-200 py-8 first:pt-0 last:border-b-0',
}: Props) {
  return (
    <article className={className}>
      <Heading className="text-xl font-bold text-balance sm:text-2xl">
        <Link
          href={`/insights/${article.slug}`}
          className="text-slate-900 underline-offset-4 hover:text-brand hover:underline"
        >
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 max-w-3xl text-slate-700">{article.description}</p>
      <div className="mt-3">
        <ArticleMeta article={article} />
      </div>
    </article>
  );
}
