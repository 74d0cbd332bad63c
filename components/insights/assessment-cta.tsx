import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** `<AssessmentCta />` in an article: the call to the self-assessment, in the page's language. */
export async function AssessmentCta() {
  const t = await getTranslations('insights.cta');
  return (
    <aside
      aria-labelledby="assessment-cta"
      className="my-10 rounded-xl border border-slate-200 bg-slate-50 p-6"
    >
      <h2 id="assessment-cta" className="text-xl font-bold text-slate-900">
        {t('title')}
      </h2>
      <p className="mt-2 text-slate-700">{t('body')}</p>
      <Link
        href="/assessment"
        className="mt-4 inline-block rounded-lg bg-brand px-5 py-3 font-semibold text-on-brand hover:opacity-90"
      >
        {t('button')}
      </Link>
    </aside>
  );
}
