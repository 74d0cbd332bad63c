import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { constructMetadata } from '@/lib/seo/metadata';
import { ComingSoon } from '@/components/ui/coming-soon';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/workshop'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'nav' });
  return constructMetadata({
    locale,
    title: t('workshop'),
    description: t('workshop'),
    path: '/workshop',
  });
}

export default async function Page({ params }: PageProps<'/[locale]/workshop'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('nav');
  return <ComingSoon title={t('workshop')} />;
}
