import { getTranslations } from 'next-intl/server';
import { ErrorPanel } from './error-panel';
import { decodeFailures, type DecodeFailure } from '@/lib/report-link';

// The codec lists its own failures, so a new reason cannot fall back to the generic 404 unseen.
export const isLinkFailure = (v: unknown): v is DecodeFailure =>
  (decodeFailures as readonly unknown[]).includes(v);

/** Says what is wrong with a report link, in the page's language, and offers a fresh start. */
export async function ReportLinkError({ reason }: { reason: DecodeFailure }) {
  const t = await getTranslations('report.linkError');
  return (
    <ErrorPanel
      eyebrow={t('eyebrow')}
      title={t(`titles.${reason}`)}
      body={t(`bodies.${reason}`)}
      actions={{ assessment: t('start'), home: t('home') }}
    />
  );
}
