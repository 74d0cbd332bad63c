import { getTranslations } from 'next-intl/server';
import { retryDelivery } from '@/app/[locale]/inbox/actions';

/** "Retry now" for one dead delivery: a plain form, so it works without JavaScript. */
export async function RetryButton({
  id,
  locale,
  label,
}: {
  id: string;
  locale: string;
  label: string;
}) {
  const t = await getTranslations('delivery.inbox');
  return (
    <form action={retryDelivery} className="inline">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        aria-label={`${t('retry')}: ${label}`}
        className="min-h-11 rounded-lg border border-slate-400 px-3 font-semibold"
      >
        {t('retry')}
      </button>
    </form>
  );
}
