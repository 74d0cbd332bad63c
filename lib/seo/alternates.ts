import type { Locale } from '@/i18n/routing';
import { translationsOf, type Article } from '@/lib/content/articles';

/** Path after the locale of an article in each language it exists in, e.g. { de: '/insights/x' }. */
export function articlePaths(
  article: Pick<Article, 'translationKey'>,
): Partial<Record<Locale, string>> {
  return Object.fromEntries(translationsOf(article).map((a) => [a.locale, `/insights/${a.slug}`]));
}
