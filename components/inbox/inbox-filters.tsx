import { getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/routing';
import type { InboxQuery } from '@/lib/inbox/query';
import { leadSources } from '@/lib/leads/input';

const input = 'mt-1 min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2';

/** Search and filters as a GET form: every view of the inbox has its own link. */
export async function InboxFilters({
  values,
  locale,
}: {
  values: InboxQuery['values'];
  locale: string;
}) {
  const t = await getTranslations('leads.inbox');
  const text = (name: 'q' | 'seller', label: string, hint?: string) => (
    <div className={name === 'q' ? 'sm:col-span-2' : ''}>
      <label htmlFor={`f-${name}`} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`f-${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={`f-${name}`}
        name={name}
        type={name === 'q' ? 'search' : 'text'}
        defaultValue={values[name]}
        aria-describedby={hint ? `f-${name}-hint` : undefined}
        className={input}
      />
    </div>
  );
  const date = (name: 'from' | 'to', label: string) => (
    <div>
      <label htmlFor={`f-${name}`} className="block font-semibold">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type="date"
        defaultValue={values[name]}
        className={input}
      />
    </div>
  );
  const choice = (name: 'locale' | 'source', label: string, options: [string, string][]) => (
    <div>
      <label htmlFor={`f-${name}`} className="block font-semibold">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={values[name] ?? ''} className={input}>
        <option value="">{t('any')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form method="get" action={`/${locale}/inbox`} aria-label={t('filters')}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {text('q', t('search'), t('searchHint'))}
        {text('seller', t('seller'))}
        {choice(
          'locale',
          t('locale'),
          locales.map((l) => [l, t(`languages.${l}`)]),
        )}
        {date('from', t('from'))}
        {date('to', t('to'))}
        {choice(
          'source',
          t('source'),
          leadSources.map((s) => [s, t(`sources.${s}`)]),
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="min-h-11 rounded-lg bg-brand px-5 font-semibold text-on-brand"
        >
          {t('apply')}
        </button>
        <a
          href={`/${locale}/inbox`}
          className="inline-flex min-h-11 items-center px-2 font-semibold underline"
        >
          {t('reset')}
        </a>
      </div>
    </form>
  );
}
