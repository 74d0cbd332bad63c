import { getArticles } from '@/lib/content/articles';
import { LanguageLinks } from './language-links';
import type { SlugGroup } from './switcher-path';

/**
 * Links to this page in every locale. Article slugs differ per language, so the links need each
 * article's translations: a few bytes per article, read on the server.
 */
export function LanguageSwitcher() {
  const groups = new Map<string, SlugGroup>();
  for (const a of getArticles()) {
    groups.set(a.translationKey, { ...groups.get(a.translationKey), [a.locale]: a.slug });
  }
  return <LanguageLinks articles={[...groups.values()]} />;
}
