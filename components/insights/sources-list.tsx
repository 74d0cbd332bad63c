import { getFormatter, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/articles';

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A source's own date as precise as it is given: "2016", "April 2016" or "27 April 2016" (UTC). */
function sourceDate(format: Formatter, date: string): string {
  if (date.length === 4) return date;
  const day = new Date(date.length === 7 ? `${date}-01` : date);
  return date.length === 7
    ? format.dateTime(day, { year: 'numeric', month: 'long', timeZone: 'UTC' })
    : format.dateTime(day, { dateStyle: 'long', timeZone: 'UTC' });
}

export async function SourcesList({ sources }: { sources: Article['sources'] }) {
  const t = await getTranslations('insights');
  const format = await getFormatter();
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-slate-200 pt-8">
      <h2 id="sources" className="text-xl font-bold">
        {t('sources')}
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6 text-slate-700 marker:text-slate-500">
        {sources.map((s) => (
          <li key={s.url} className="break-words">
            <a href={s.url} className="text-brand underline" rel="noopener">
              {s.title}
            </a>
            <span className="text-slate-600">
              {/[.?!]$/.test(s.title) ? ' ' : '. '}
              {s.publisher}, <time dateTime={s.date}>{sourceDate(format, s.date)}</time>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
