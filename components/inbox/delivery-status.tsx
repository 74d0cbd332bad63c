import { getTranslations } from 'next-intl/server';
import type { DeliveryStatus } from '@/lib/delivery/outbox';
import { RetryButton } from './retry-button';

const tone = {
  delivered: 'text-green-800',
  pending: 'text-slate-800',
  dead: 'text-red-800',
} as Record<string, string>;

/** Where one lead has gone: each destination's state, and for a failed one its error and a retry. */
export async function DeliveryList({
  deliveries,
  locale,
}: {
  deliveries: DeliveryStatus[];
  locale: string;
}) {
  if (deliveries.length === 0) return null;
  const t = await getTranslations('delivery.inbox');
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold text-slate-700">{t('title')}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {deliveries.map((d) => {
          const name = t(`destinations.${d.destination as 'webhook'}`);
          return (
            <li
              key={d.id}
              data-destination={d.destination}
              data-status={d.status}
              className="flex flex-wrap items-center gap-x-2 gap-y-1"
            >
              <span className="font-semibold">{name}:</span>
              <span className={tone[d.status]}>
                {t(`status.${d.status as 'pending'}`, { attempts: d.attempts })}
              </span>
              {d.status !== 'delivered' && d.last_error && (
                <span className="min-w-0 break-words text-slate-700">
                  {t('lastError', { error: d.last_error })}
                </span>
              )}
              {d.status === 'dead' && <RetryButton id={d.id} locale={locale} label={name} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Every dead letter, with who it was for: what needs a person's attention first. */
export async function DeadLetters({
  letters,
  locale,
}: {
  letters: DeliveryStatus[];
  locale: string;
}) {
  if (letters.length === 0) return null;
  const t = await getTranslations('delivery.inbox');
  return (
    <section
      aria-labelledby="dead-letters"
      className="mt-6 rounded-2xl bg-red-50 p-4 ring-1 ring-red-200"
    >
      <h2 id="dead-letters" className="text-xl font-bold text-red-900">
        {t('deadTitle')}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{t('deadIntro')}</p>
      <ul className="mt-3 space-y-2 text-sm">
        {letters.map((d) => {
          const name = t(`destinations.${d.destination as 'webhook'}`);
          return (
            <li
              key={d.id}
              data-dead-letter={d.id}
              className="flex flex-wrap items-center gap-x-2 gap-y-1"
            >
              <span className="font-semibold">{name}</span>
              <span>
                {d.lead_id ? (
                  <a href={`#lead-${d.lead_id}`} className="underline">
                    {t('deadLead', { id: d.lead_id.slice(0, 8) })}
                  </a>
                ) : (
                  t('deadProspect')
                )}
              </span>
              <span className="min-w-0 break-words text-slate-800">
                {t('lastError', { error: d.last_error ?? '' })}
              </span>
              <RetryButton id={d.id} locale={locale} label={name} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
