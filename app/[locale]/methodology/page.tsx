import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { constructMetadata } from '@/lib/seo/metadata';
import { ComingSoon } from '@/components/ui/coming-soon';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/methodology'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'nav' });
  return constructMetadata({
    locale,
    title: t('methodology'),
    description: t('methodology'),
    path: '/methodology',
  });
}

export default async function Page({ params }: PageProps<'/[locale]/methodology'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('nav');
  return <ComingSoon title={t('methodology')} />;
}
