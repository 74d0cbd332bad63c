import type { Locale } from '@/i18n/routing';

/** An article's slug in each language it exists in. */
export type SlugGroup = Partial<Record<Locale, string>>;

/**
 * The current page's path (after the locale) in another locale. Pages keep their path; an article
 * goes to its translation, or to that language's insights list when it has none.
 */
export function switcherPath(
  pathname: string,
  from: Locale,
  to: Locale,
  articles: readonly SlugGroup[],
): string {
  const slug = /^\/insights\/([^/]+)$/.exec(pathname)?.[1];
  const group = slug && articles.find((g) => g[from] === slug);
  if (!group) return pathname;
  return group[to] ? `/insights/${group[to]}` : '/insights';
}
