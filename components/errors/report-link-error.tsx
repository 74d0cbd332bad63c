import { getTranslations } from 'next-intl/server';
import { ErrorPanel } from './error-panel';
import type { DecodeFailure } from '@/lib/report-link';

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
    <ErrorPanel
      eyebrow={t('eyebrow')}
      title={t(`titles.${reason}`)}
      body={t(`bodies.${reason}`)}
      actions={{ assessment: t('start'), home: t('home') }}
    />
  );
}
