import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/**
 * `<AssessmentCta />` in an article: the call to the self-assessment, in the page's language.
 * `<AssessmentCta inline />` is the short mid-article one (after a cost table); it is no landmark
 * and its link has its own name, so the closing call stays the only one of its kind.
 */
export async function AssessmentCta({ inline = false }: { inline?: boolean }) {
  const t = await getTranslations('insights.cta');
  if (inline)
    return (
      <p className="no-print my-8 rounded-lg border-l-4 border-brand bg-slate-50 px-5 py-4">
        <span className="font-semibold text-slate-900">{t('inlineText')}</span>{' '}
        <Link href="/assessment" className="font-semibold text-brand underline">
          {t('inlineButton')}
        </Link>
      </p>
    );
  return (
    <aside
      aria-labelledby="assessment-cta"
      className="no-print my-10 rounded-xl border border-slate-200 bg-slate-50 p-6"
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
