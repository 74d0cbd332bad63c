import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { pickMessages } from '@/lib/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { AssessmentStepper } from '@/components/questionnaire/assessment-stepper';

export const generateMetadata = pageMetadata('questionnaire', '/assessment');

export default async function AssessmentPage({ params }: PageProps<'/[locale]/assessment'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('questionnaire');

  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('intro')}</p>
      <NextIntlClientProvider
        messages={pickMessages(await getMessages(), ['questionnaire', 'validation'])}
      >
        {/* "Edit answers" on a report links here with ?from=<code>: the stepper reads it in the
            browser, so this page stays static; a bad code gets a notice, not an error. */}
        <AssessmentStepper />
      </NextIntlClientProvider>
    </div>
  );
}
