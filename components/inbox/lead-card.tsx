import { getTranslations } from 'next-intl/server';
import { erase } from '@/app/[locale]/inbox/actions';
import type { DeliveryStatus } from '@/lib/delivery/outbox';
import type { Lead } from '@/lib/leads/store';
import { DeliveryList } from './delivery-status';
import { dateTime, money } from '@/lib/format/money';
import { yearsArgs } from '@/lib/i18n/years';

/** One lead. Everything the prospect typed is rendered as text (React escapes it), never as HTML. */
export async function LeadCard({
  lead,
  locale,
  deliveries = [],
}: {
  lead: Lead;
  locale: string;
  deliveries?: DeliveryStatus[];
}) {
  const t = await getTranslations('leads.inbox');
  const { figures } = lead;
  const saving = money(locale, figures.currency, figures.netSaving);
  const received = dateTime(locale, lead.createdAt);
  const row = (label: string, value: React.ReactNode) => (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold text-slate-700">{label}:</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </div>
  );

  return (
    <article
      aria-labelledby={`lead-${lead.id}`}
      data-lead-id={lead.id}
      className="rounded-xl border border-slate-200 p-4 sm:p-5"
    >
      <h2 id={`lead-${lead.id}`} className="text-lg font-bold break-words text-slate-900">
        {lead.name} · {lead.company}
      </h2>
      <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {row(t('received'), <time dateTime={lead.createdAt.toISOString()}>{received}</time>)}
        {row(
          t('email'),
          <a href={`mailto:${lead.email}`} className="underline">
            {lead.email}
          </a>,
        )}
        {lead.phone && row(t('phone'), lead.phone)}
        {row(t('locale'), t(`languages.${lead.locale}`))}
        {row(t('source'), t(`sources.${lead.source}`))}
        {lead.seller && row(t('seller'), lead.seller)}
        {lead.utm_campaign &&
          row(
            t('campaign'),
            [lead.utm_source, lead.utm_medium, lead.utm_campaign].filter(Boolean).join(' / '),
          )}
        {lead.referrer && row(t('referrer'), lead.referrer)}
        {row(
          t('netSaving'),
          <span data-metric="net-saving" data-value={figures.netSaving}>
            {saving} ({t('horizon', yearsArgs(figures.horizonYears))})
          </span>,
        )}
        {row(t('verdict'), t(`verdicts.${figures.verdict}`))}
      </dl>
      <h3 className="sr-only">{t('message')}</h3>
      <p className="mt-3 rounded-lg bg-slate-50 p-3 break-words whitespace-pre-wrap text-slate-900">
        {lead.message}
      </p>
      <DeliveryList deliveries={deliveries} locale={locale} />
      <div className="mt-3 flex flex-wrap items-start gap-x-4 gap-y-2">
        <a
          href={`/${locale}/report/${lead.reportCode}`}
          className="inline-flex min-h-11 items-center font-semibold text-slate-900 underline"
        >
          {t('openReport')}
        </a>
        <details className="min-w-0">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800">
            {t('erase')}
          </summary>
          <form action={erase} className="mt-2 rounded-lg bg-red-50 p-3">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="email" value={lead.email} />
            <p className="text-sm break-words">{t('eraseQuestion', { email: lead.email })}</p>
            <button
              type="submit"
              className="mt-2 min-h-11 rounded-lg bg-red-800 px-4 font-semibold text-white"
            >
              {t('eraseYes')}
            </button>
          </form>
        </details>
      </div>
    </article>
  );
}
