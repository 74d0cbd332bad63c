import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { constructMetadata } from '@/lib/seo/metadata';
import { ComingSoon } from '@/components/ui/coming-soon';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/insights'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'nav' });
  return constructMetadata({
    locale,
    title: t('insights'),
    description: t('insights'),
    path: '/insights',
  });
}

export default async function Page({ params }: PageProps<'/[locale]/insights'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('nav');
  return <ComingSoon title={t('insights')} />;
}
