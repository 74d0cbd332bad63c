import type { MetadataRoute } from 'next';
import { locales, type Locale } from '@/i18n/routing';
import { getArticles } from '@/lib/content/articles';
import { articlePaths } from '@/lib/seo/alternates';
import { absoluteUrl } from '@/lib/seo/metadata';

// The pages that exist in every locale; reports are private links and stay out.
const PAGES = ['', '/assessment', '/workshop', '/insights', '/methodology'];

/** Each locale's URL with its hreflang alternates, as on the page itself (x-default: English). */
function entry(locale: Locale, paths: Partial<Record<Locale, string>>, lastModified?: string) {
  const languages: Record<string, string> = {};
  for (const l of locales)
    if (paths[l] !== undefined) languages[l] = absoluteUrl(`/${l}${paths[l]}`);
  if (languages.en) languages['x-default'] = languages.en;
  return {
    url: absoluteUrl(`/${locale}${paths[locale]}`),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  };
}

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = PAGES.flatMap((path) => {
    const paths = Object.fromEntries(locales.map((l) => [l, path]));
    return locales.map((l) => entry(l, paths));
  });
  const articles = getArticles().map((a) => entry(a.locale, articlePaths(a), a.date));
  return [...pages, ...articles];
}
