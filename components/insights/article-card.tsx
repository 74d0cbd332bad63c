import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/content/articles';
import { ArticleMeta } from './article-meta';

export function ArticleCard({ article }: { article: Article }) {
  return (
    <article className="border-b border-slate-200 py-8 first:pt-0 last:border-b-0">
      <h2 className="text-xl font-bold text-balance sm:text-2xl">
        <Link
          href={`/insights/${article.slug}`}
          className="text-slate-900 underline-offset-4 hover:text-brand hover:underline"
        >
          {article.title}
        </Link>
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">{article.description}</p>
      <div className="mt-3">
        <ArticleMeta article={article} />
      </div>
    </article>
  );
}
