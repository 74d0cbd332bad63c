import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { EmbedDocument } from '@/components/embed/embed-document';

// Reached as /<locale>/embed: proxy.ts rewrites it here, so this document replaces the site's.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: LayoutProps<'/embed/[locale]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'embed' });
  const questionnaire = await getTranslations({ locale, namespace: 'questionnaire' });
  return {
    metadataBase: new URL(getBrand().siteUrl),
    title: t('metaTitle', { brand: getBrand().name }),
    // The embed is the assessment: its description says what the steps are.
    description: questionnaire('metaDescription'),
    robots: { index: false, follow: false },
  };
}

export default async function EmbedLayout({ children, params }: LayoutProps<'/embed/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <EmbedDocument locale={locale}>{children}</EmbedDocument>;
}
