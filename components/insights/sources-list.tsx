import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/articles';

export async function SourcesList({ sources }: { sources: Article['sources'] }) {
  const t = await getTranslations('insights');
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-slate-200 pt-8">
      <h2 id="sources" className="text-xl font-bold">
        {t('sources')}
      </h2>
      <ol className="mt-4 list-decimal space-y-2 pl-6 text-slate-700 marker:text-slate-500">
        {sources.map((s) => (
          <li key={s.url} className="break-words">
            <a href={s.url} className="text-brand underline" rel="noopener">
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
