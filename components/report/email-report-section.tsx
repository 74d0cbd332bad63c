import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { deliveryConfig } from '@/lib/delivery/config';
import { serverEnv } from '@/lib/env/server-env';
import { EmailReport } from './email-report';

/** Shown only when this site can send mail (SMTP_URL and MAIL_FROM are set). */
export async function EmailReportSection({ code, locale }: { code: string; locale: string }) {
  if (!deliveryConfig(serverEnv()).mail) return null;
  const t = await getTranslations('delivery.emailMe');
  const { delivery } = await getMessages();
  return (
    <section
      aria-labelledby="email-report-title"
      className="mt-8 rounded-2xl bg-slate-50 p-5 ring-1 ring-slate-200 print:hidden"
    >
      <h2 id="email-report-title" className="text-xl font-bold text-slate-900">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-2xl text-slate-700">{t('intro')}</p>
      <NextIntlClientProvider messages={{ delivery: { emailMe: delivery.emailMe } }}>
        <EmailReport code={code} locale={locale} />
      </NextIntlClientProvider>
    </section>
  );
}
