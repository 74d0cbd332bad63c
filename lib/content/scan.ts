import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales, type Locale } from '@/i18n/routing';
import { parseArticle, readingMinutes } from './parse';
import type { Frontmatter } from './schema';

export type Article = Frontmatter & {
  locale: Locale;
  slug: string;
  file: string;
  body: string;
  minutes: number;
};

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads every article under root/<locale>/*.mdx, collecting every problem instead of stopping at one. */
export function scanArticles(root: string): { articles: Article[]; errors: string[] } {
  const articles: Article[] = [];
  const errors: string[] = [];
  for (const locale of locales) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(root, locale)).filter((n) => n.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const name of names) {
      const full = path.join(root, locale, name);
      const file = path.relative(process.cwd(), full);
      const slug = name.replace(/\.mdx$/, '');
      if (!SLUG.test(slug)) {
        errors.push(`${file}: file name must be lowercase-with-hyphens`);
        continue;
      }
      try {
        const { frontmatter, body } = parseArticle(readFileSync(full, 'utf8'), file);
        articles.push({ ...frontmatter, locale, slug, file, body, minutes: readingMinutes(body) });
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
  }
  const seen = new Map<string, string>();
  for (const a of articles) {
    const key = `${a.locale}:${a.translationKey}`;
    const other = seen.get(key);
    if (other)
      errors.push(`${a.file}: translationKey "${a.translationKey}" is also used by ${other}`);
    seen.set(key, a.file);
  }
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return { articles, errors };
}

/** For each translation key, the locales it has no article in. */
export function missingTranslations(
  articles: Article[],
): { translationKey: string; missing: Locale[] }[] {
  const byKey = new Map<string, Set<Locale>>();
  for (const a of articles)
    byKey.set(a.translationKey, (byKey.get(a.translationKey) ?? new Set()).add(a.locale));
  return [...byKey]
    .map(([translationKey, have]) => ({
      translationKey,
      missing: locales.filter((l) => !have.has(l)),
    }))
    .filter((m) => m.missing.length > 0)
    .sort((a, b) => a.translationKey.localeCompare(b.translationKey));
}
