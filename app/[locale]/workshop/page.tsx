import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { constructMetadata } from '@/lib/seo/metadata';
import { Workshop } from '@/components/workshop/workshop';
import { workshopMessages } from '@/components/workshop/workshop-messages';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/workshop'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'workshop' });
  return constructMetadata({
    locale,
    title: t('metaTitle'),
    description: t('metaDescription'),
    path: '/workshop',
  });
}

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
