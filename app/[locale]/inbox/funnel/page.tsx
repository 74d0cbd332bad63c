import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { getDb } from '@/lib/db';
import { inboxAccess } from '@/lib/inbox/access';
import { DIRECT, parseFunnelQuery } from '@/lib/funnel/query';
import { funnelStages } from '@/lib/funnel/stages';
import { funnelSources, funnelTotals, type FunnelCount } from '@/lib/funnel/store';
import { FunnelChart } from '@/components/inbox/funnel-chart';
import { SignInForm } from '@/components/inbox/sign-in-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/inbox/funnel'>): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: 'leads.funnel' });
  return {
    metadataBase: new URL(getBrand().siteUrl),
    title: `${t('title')} · ${getBrand().name}`,
    robots: { index: false, follow: false },
  };
}

const input = 'mt-1 min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2';

export default async function FunnelPage({
  params,
  searchParams,
}: PageProps<'/[locale]/inbox/funnel'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const access = await inboxAccess();
  if (access === 'off') notFound();
  if (access === 'signed-out') return <SignInForm locale={locale} />;

  const t = await getTranslations('leads.funnel');
  const ti = await getTranslations('leads.inbox');
  const query = parseFunnelQuery(await searchParams);
  let totals: FunnelCount[] | null = null;
  let sources: string[] = [];
  try {
    const db = await getDb();
    [totals, sources] = await Promise.all([funnelTotals(db, query.filter), funnelSources(db)]);
  } catch (e) {
    console.error('inbox: cannot read the funnel', e);
  }
  const chosen = query.values.source;
  const sourceOptions = [
    ...new Set([...sources.map((s) => s || DIRECT), ...(chosen ? [chosen] : [])]),
  ];
  const stages = totals && funnelStages(totals);

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p>
        <a href={`/${locale}/inbox`} className="font-semibold underline">
          {ti('title')}
        </a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      <div role="status" className="mt-3 font-medium text-red-800">
        {query.dropped && ti('badFilter')}
      </div>
      <form
        method="get"
        action={`/${locale}/inbox/funnel`}
        aria-label={ti('filters')}
        className="mt-4 grid gap-4 rounded-2xl bg-slate-50 p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4"
      >
        {(['from', 'to'] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`fu-${name}`} className="block font-semibold">
              {t(name)}
            </label>
            <input
              id={`fu-${name}`}
              name={name}
              type="date"
              defaultValue={query.values[name]}
              className={input}
            />
          </div>
        ))}
        <div>
          <label htmlFor="fu-locale" className="block font-semibold">
            {t('locale')}
          </label>
          <select
            id="fu-locale"
            name="locale"
            defaultValue={query.values.locale ?? ''}
            className={input}
          >
            <option value="">{ti('any')}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {ti(`languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="fu-source" className="block font-semibold">
            {t('source')}
          </label>
          <select id="fu-source" name="source" defaultValue={chosen ?? ''} className={input}>
            <option value="">{ti('any')}</option>
            {sourceOptions.map((s) => (
              <option key={s} value={s}>
                {s === DIRECT ? t('direct') : s}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
          <button
            type="submit"
            className="min-h-11 rounded-lg bg-brand px-5 font-semibold text-on-brand"
          >
            {t('apply')}
          </button>
          <a
            href={`/${locale}/inbox/funnel`}
            className="inline-flex min-h-11 items-center px-2 font-semibold underline"
          >
            {ti('reset')}
          </a>
        </div>
      </form>
      {stages === null ? (
        <p role="alert" className="mt-6 font-medium text-red-800">
          {t('unavailable')}
        </p>
      ) : (
        <div className="mt-6 space-y-8" data-testid="funnel">
          {[...stages.entries, ...stages.path].every((s) => s.count === 0) && (
            <p className="text-slate-700">{t('empty')}</p>
          )}
          <FunnelChart caption={t('entries')} stages={stages.entries} showDropOff={false} />
          <FunnelChart caption={t('path')} stages={stages.path} showDropOff />
        </div>
      )}
    </div>
  );
}
