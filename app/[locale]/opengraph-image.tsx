import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { ogSize, renderOgImage } from '@/lib/og/render';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = getBrand().name;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The localized default social image for every page in this locale without one of its own. */
export default async function Image({ params }: PageProps<'/[locale]'>) {
  const raw = (await params).locale;
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'seo' });
  return renderOgImage({
    locale,
    eyebrow: t('ogEyebrow'),
    title: t('ogTitle'),
    subtitle: t('ogSubtitle'),
  });
}
