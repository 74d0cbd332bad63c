import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { absoluteUrl } from '@/lib/seo/metadata';
import type { Answers } from '@/lib/answers/rules';
import { ReportQr } from './report-qr';
import { ShareActions } from './share-actions';
import './report-print.css';
import { yearsArgs } from '@/lib/i18n/years';

/** mailto: wants CRLF line breaks and every reserved character escaped (RFC 6068). */
function mailto(subject: string, body: string): string {
  const q = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${q(subject)}&body=${q(body)}`;
}

/**
 * The report's share bar (copy, native share, email, Save as PDF) and, on paper only, a QR code
 * of the same link. Every action shares the canonical URL in the page's language.
 */
export async function ReportShare({
  code,
  answers: { clientName, horizonYears },
  locale,
}: {
  code: string;
  answers: Answers;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'share' });
  const suite = getBrand().suite.name;
  const url = absoluteUrl(`/${locale}/report/${code}`);
  const subject = clientName ? t('emailSubjectClient', { client: clientName }) : t('emailSubject');
  const body = t('emailBody', { suite, ...yearsArgs(horizonYears), link: url });

  return (
    <section aria-labelledby="share-title" className="mt-6">
      <h2 id="share-title" className="sr-only">
        {t('title')}
      </h2>
      <ShareActions
        url={url}
        title={subject}
        text={t('nativeText', { suite })}
        mailto={mailto(subject, body)}
        labels={{
          copy: t('copy'),
          copied: t('copied'),
          copyFailed: t('copyFailed'),
          native: t('native'),
          email: t('email'),
          print: t('print'),
        }}
      />
      <ReportQr url={url} label={t('qrAlt')} title={t('qrTitle')} body={t('qrBody')} />
    </section>
  );
}
