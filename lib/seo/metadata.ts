import type { Metadata } from 'next';
import { getBrand } from '@/lib/brand/load';
import { locales, type Locale } from '@/i18n/routing';
import { pageTitle } from './title';

const ogLocale: Record<Locale, string> = { en: 'en_GB', de: 'de_DE', it: 'it_IT', es: 'es_ES' };

type Options = {
  locale: Locale;
  title: string;
  description: string;
  /** Path after the locale, e.g. '/assessment'; '' for the landing page. */
  path: string;
  /** Locales this page exists in; all by default. */
  available?: readonly Locale[];
  /** Per-locale path when slugs differ between languages. */
  pathFor?: Partial<Record<Locale, string>>;
  noIndex?: boolean;
  type?: 'website' | 'article';
  /** Path of the page's own social image, e.g. '/en/report/abc/opengraph-image'; else the locale's default. */
  image?: string;
  /** For type 'article': og:article:published_time, modified_time, author and tag. */
  article?: { publishedTime: string; modifiedTime?: string; authors?: string[]; tags: string[] };
};

/** Absolute URL of a path on the deployed site, e.g. absoluteUrl('/en/insights'). */
export function absoluteUrl(path: string): string {
  return `${getBrand().siteUrl}${path}`;
}

/**
 * One place builds title, canonical, hreflang alternates and social tags for every page.
 * The social image is named here, not left to Next's file convention: a page's `openGraph`
 * replaces the images of every opengraph-image.tsx, its own segment's included. A page with its
 * own image route (articles, reports) passes `image`; the rest get app/[locale]/opengraph-image.
 */
export function constructMetadata(o: Options): Metadata {
  const brand = getBrand();
  const available = o.available ?? locales;
  const url = (l: Locale) => `/${l}${o.pathFor?.[l] ?? o.path}`;
  const languages: Record<string, string> = Object.fromEntries(available.map((l) => [l, url(l)]));
  if (available.includes('en')) languages['x-default'] = url('en');
  const image = {
    url: o.image ?? `/${o.locale}/opengraph-image`,
    width: 1200,
    height: 630,
    type: 'image/png',
    // A page's own image shows its title; the default shows the brand's message.
    alt: o.image ? o.title : brand.name,
  };
  return {
    metadataBase: new URL(brand.siteUrl),
    title: pageTitle(o.title, brand.name),
    description: o.description,
    alternates: { canonical: url(o.locale), languages },
    openGraph: {
      siteName: brand.name,
      title: o.title,
      description: o.description,
      locale: ogLocale[o.locale],
      alternateLocale: available.filter((l) => l !== o.locale).map((l) => ogLocale[l]),
      url: url(o.locale),
      images: [image],
      ...(o.type === 'article' ? { type: 'article', ...o.article } : { type: 'website' }),
    },
    twitter: {
      card: 'summary_large_image',
      title: o.title,
      description: o.description,
      images: [image],
    },
    robots: o.noIndex ? { index: false, follow: true } : undefined,
    icons: { icon: brand.logo },
  };
}
