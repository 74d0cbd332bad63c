import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** The localized 404 body; the locale comes from the request (set by the proxy). */
export async function NotFoundContent() {
  const t = await getTranslations('notFound');
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-slate-700">{t('body')}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href="/"
          className="rounded-lg border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50"
        >
          {t('home')}
        </Link>
        <Link
          href="/assessment"
          className="rounded-lg bg-brand px-4 py-2 font-semibold text-on-brand hover:opacity-90"
        >
          {t('assessment')}
        </Link>
      </div>
    </div>
  );
}
