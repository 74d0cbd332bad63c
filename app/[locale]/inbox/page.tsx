import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { getDb } from '@/lib/db';
import { serverEnv } from '@/lib/env/server-env';
import { inboxAccess } from '@/lib/inbox/access';
import { PAGE_SIZE, parseInboxQuery } from '@/lib/inbox/query';
import { deadLetters, deliveriesFor, type DeliveryStatus } from '@/lib/delivery/outbox';
import { listLeads, type Lead } from '@/lib/leads/store';
import { DeadLetters } from '@/components/inbox/delivery-status';
import { InboxFilters } from '@/components/inbox/inbox-filters';
import { LeadCard } from '@/components/inbox/lead-card';
import { SignInForm } from '@/components/inbox/sign-in-form';
import { signOut } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/inbox'>): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: 'leads.inbox' });
  return {
    metadataBase: new URL(getBrand().siteUrl),
    title: `${t('metaTitle')} · ${getBrand().name}`,
    description: t('metaDescription'),
    robots: { index: false, follow: false },
  };
}

export default async function InboxPage({ params, searchParams }: PageProps<'/[locale]/inbox'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const access = await inboxAccess();
  if (access === 'off') notFound();
  const search = await searchParams;
  if (access === 'signed-out') {
    const error =
      search.signin === 'wrong' || search.signin === 'limited' ? search.signin : undefined;
    return <SignInForm locale={locale} error={error} waitSeconds={Number(search.wait) || 60} />;
  }

  const t = await getTranslations('leads.inbox');
  const tDelivery = await getTranslations('delivery.inbox');
  const tf = await getTranslations('leads.funnel');
  const query = parseInboxQuery(search);
  let result: { leads: Lead[]; total: number } | null = null;
  let deliveries = new Map<string, DeliveryStatus[]>();
  let dead: DeliveryStatus[] = [];
  try {
    const offset = (query.page - 1) * PAGE_SIZE;
    const db = await getDb();
    result = await listLeads(db, { ...query.filter, limit: PAGE_SIZE, offset });
    [deliveries, dead] = await Promise.all([
      deliveriesFor(
        db,
        result.leads.map((l) => l.id),
      ),
      deadLetters(db),
    ]);
  } catch (e) {
    console.error('inbox: cannot list leads', e);
  }
  const pages = Math.max(1, Math.ceil((result?.total ?? 0) / PAGE_SIZE));
  const link = (changes: Record<string, string>) =>
    `?${new URLSearchParams({ ...query.values, ...changes })}`;
  const erased = typeof search.erased === 'string' ? Number(search.erased) : null;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-slate-900">{t('title')}</h1>
        <a href={`/${locale}/inbox/funnel`} className="ml-auto font-semibold underline">
          {tf('title')}
        </a>
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="min-h-11 rounded-lg border border-slate-400 px-4 font-semibold"
          >
            {t('signOut')}
          </button>
        </form>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {t('retention', { days: serverEnv().LEADS_RETENTION_DAYS })}
      </p>
      <div role="status" className="mt-3 font-medium text-slate-900">
        {erased !== null && Number.isInteger(erased) && t('erased', { count: erased })}
        {query.dropped && <span className="text-red-800">{t('badFilter')}</span>}
        {search.retried === '1' && tDelivery('retried')}
      </div>
      <DeadLetters letters={dead} locale={locale} />
      <div className="mt-4 rounded-2xl bg-slate-50 p-4 ring-1 ring-slate-200">
        <InboxFilters values={query.values} locale={locale} />
      </div>
      {result === null ? (
        <p role="alert" className="mt-6 font-medium text-red-800">
          {t('unavailable')}
        </p>
      ) : (
        <>
          <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
            <p className="font-semibold" data-testid="lead-count" data-value={result.total}>
              {t('count', { count: result.total })}
            </p>
            <a
              href={`/api/inbox/export?${new URLSearchParams(query.values)}`}
              download
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 px-4 font-semibold"
            >
              {t('export')}
            </a>
          </div>
          {result.leads.length === 0 ? (
            <p className="mt-4 text-slate-700">{t('empty')}</p>
          ) : (
            <ol className="mt-4 space-y-4">
              {result.leads.map((lead) => (
                <li key={lead.id}>
                  <LeadCard lead={lead} locale={locale} deliveries={deliveries.get(lead.id)} />
                </li>
              ))}
            </ol>
          )}
          {pages > 1 && (
            <nav
              aria-label={t('page', { page: String(query.page), pages: String(pages) })}
              className="mt-6 flex flex-wrap gap-4"
            >
              {query.page > 1 && (
                <a
                  href={link({ page: String(query.page - 1) })}
                  className="min-h-11 font-semibold underline"
                >
                  {t('newer')}
                </a>
              )}
              <span>{t('page', { page: String(query.page), pages: String(pages) })}</span>
              {query.page < pages && (
                <a
                  href={link({ page: String(query.page + 1) })}
                  className="min-h-11 font-semibold underline"
                >
                  {t('older')}
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
