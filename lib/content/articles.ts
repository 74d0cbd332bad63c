import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { scanArticles, type Article } from './scan';

export type { Article };

let cached: Article[] | undefined;

/** Every article, newest first. An invalid file stops the build with its name and field. */
export function getArticles(): Article[] {
  if (!cached) {
    const { articles, errors } = scanArticles(path.join(process.cwd(), 'content', 'insights'));
    if (errors.length) throw new Error(`Invalid articles:\n${errors.join('\n')}`);
    cached = articles;
  }
  return cached;
}

export function articlesIn(locale: Locale): Article[] {
  return getArticles().filter((a) => a.locale === locale);
}

export function findArticle(locale: Locale, slug: string): Article | undefined {
  return getArticles().find((a) => a.locale === locale && a.slug === slug);
}

/** The same article in every language it exists in. */
export function translationsOf(article: Pick<Article, 'translationKey'>): Article[] {
  return getArticles().filter((a) => a.translationKey === article.translationKey);
}
