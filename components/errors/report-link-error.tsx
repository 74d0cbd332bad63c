import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { DecodeFailure } from '@/lib/share';

export const linkFailures = [
  'malformed',
  'checksum',
  'unsupported-version',
  'invalid-answers',
  'invalid-overrides',
  'too-long',
] as const satisfies readonly DecodeFailure[];

export const isLinkFailure = (v: unknown): v is DecodeFailure =>
  (linkFailures as readonly unknown[]).includes(v);

/** Says what is wrong with a report link, in the page's language, and offers a fresh start. */
export async function ReportLinkError({ reason }: { reason: DecodeFailure }) {
  const t = await getTranslations('report.linkError');
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t('eyebrow')}</p>
      <h1 className="mt-2 text-3xl font-bold text-balance">{t(`titles.${reason}`)}</h1>
      <p className="mt-4 text-slate-700">{t(`bodies.${reason}`)}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href="/assessment"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand px-5 py-2 font-semibold text-on-brand hover:opacity-90"
        >
          {t('start')}
        </Link>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-5 py-2 font-semibold hover:bg-slate-50"
        >
          {t('home')}
        </Link>
      </div>
    </div>
  );
}
