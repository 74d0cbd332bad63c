import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pickMessages } from '@/lib/i18n/client-messages';
import { AssessmentStepper } from '@/components/questionnaire/assessment-stepper';
import { TrackEvent } from '@/components/funnel/track-event';

/** The assessment inside another site's frame; it finishes on the embed's own report. */
export default async function EmbedAssessmentPage({ params }: PageProps<'/embed/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('questionnaire');
  return (
    <div className="mx-auto max-w-2xl">
      <TrackEvent event="embed_loaded" />
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      <NextIntlClientProvider
        messages={pickMessages(await getMessages(), ['questionnaire', 'validation'])}
      >
        <AssessmentStepper reportPath="/embed/report" />
      </NextIntlClientProvider>
    </div>
  );
}
