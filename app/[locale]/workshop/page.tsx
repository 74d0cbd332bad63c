import { NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { Workshop } from '@/components/workshop/workshop';
import { workshopMessages } from '@/components/workshop/workshop-messages';

export const generateMetadata = pageMetadata('workshop', '/workshop');

export default async function WorkshopPage({ params }: PageProps<'/[locale]/workshop'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { name, suite, legal } = getBrand();
  return (
    <NextIntlClientProvider messages={workshopMessages(await getMessages())}>
      {/* The brand's price book as the report page reads it, so both compute the same figures. */}
      <Workshop book={suite} suiteName={suite.name} brand={name} privacyUrl={legal.privacyUrl} />
    </NextIntlClientProvider>
  );
}
