import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { findArticle, getArticles } from '@/lib/content/articles';
import { getBrand } from '@/lib/brand/load';
import { ogSize, renderOgImage } from '@/lib/og/render';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = getBrand().name;

// Rendered at build time, one per article. An image route sits under no layout, so it lists
// both params itself.
export function generateStaticParams() {
  return getArticles().map((a) => ({ locale: a.locale, slug: a.slug }));
}

export default async function Image({ params }: PageProps<'/[locale]/insights/[slug]'>) {
  const { locale: raw, slug } = await params;
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'insights' });
  const article = findArticle(locale, slug);
  // An unknown slug still gets a branded image, never an error.
  if (!article) return renderOgImage({ locale, eyebrow: getBrand().name, title: t('title') });
  return renderOgImage({
    locale,
    eyebrow: `${t('title')} · ${t('readingTime', { minutes: article.minutes })}`,
    title: article.title,
    subtitle: article.description,
  });
}
