import type { Locale } from '@/i18n/routing';
import type { Source } from './schema';

/** Hosts never accepted as a source, with the reason the check prints. Subdomains count too. */
export const blockedHosts: Record<string, string> = {
  'blogspot.com': 'a blog copy; cite the study or its publisher',
  'blogger.com': 'a blog copy; cite the study or its publisher',
  'paperzz.com': 'a document copy; cite the publisher',
  'scribd.com': 'a document copy; cite the publisher',
  'pastebin.com': 'a pasted copy; cite the publisher',
  'fairstory.ai': 'a generated page; cite the company or the report itself',
  'law-reg.org': 'an unofficial copy of the law; link EUR-Lex in the article’s language',
};

/**
 * Official publishers whose pages exist only in English: an `/en/` page of theirs is fine in any
 * language. Anywhere else, an `/en/` page in a German, Italian or Spanish article is refused.
 */
export const englishOnlyHosts = [
  'dataprotection.ie',
  'edpb.europa.eu',
  'sec.gov',
  'cftc.gov',
  'ofgem.gov.uk',
  'ico.org.uk',
  'legislation.gov.uk',
  'gov.uk',
];

const EUR_LEX_ELI_LANGUAGE: Record<Locale, string> = {
  en: 'eng',
  de: 'deu',
  it: 'ita',
  es: 'spa',
};

const readerOf: Record<Locale, string> = {
  en: 'an English',
  de: 'a German',
  it: 'an Italian',
  es: 'a Spanish',
};

const hostIs = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** EUR-Lex must open in the article's language: /legal-content/DE/… or an ELI ending in /deu. */
function eurLexProblem(url: URL, locale: Locale): string | undefined {
  const want = locale.toUpperCase();
  const legalContent = /^\/legal-content\/([A-Z]{2})\//i.exec(url.pathname);
  if (legalContent) {
    const got = legalContent[1]!.toUpperCase();
    return got === want ? undefined : `EUR-Lex opens in ${got}; use /legal-content/${want}/`;
  }
  const eli = /^\/eli\/.+\/oj(?:\/([a-z]{3}))?\/?$/.exec(url.pathname);
  if (eli) {
    const want3 = EUR_LEX_ELI_LANGUAGE[locale];
    if (eli[1] === want3) return undefined;
    return `EUR-Lex ELI address without the article's language; end it in /oj/${want3}`;
  }
  return `EUR-Lex address without a language; use /legal-content/${want}/TXT/?uri=CELEX:…`;
}

// Fedlex publishes in de, fr, it and rm (official) and en (unofficial). A Spanish reader gets no
// Spanish text, so any official language is accepted there.
function fedlexProblem(url: URL, locale: Locale): string | undefined {
  const lang = /\/(de|fr|it|rm|en)\/?$/.exec(url.pathname)?.[1];
  if (!lang) return 'fedlex address without a language; end it in /de, /fr or /it';
  if (locale === 'es')
    return lang === 'en' ? 'fedlex in English for a Spanish reader; use /fr' : undefined;
  return lang === locale ? undefined : `fedlex opens in ${lang}; use /${locale}`;
}

/** Every problem with one source of an article in `locale`, as plain sentences. */
export function sourceProblems(source: Source, locale: Locale): string[] {
  const problems: string[] = [];
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return ['is not a valid address'];
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:') problems.push('must be https');
  if ((url.pathname === '/' || url.pathname === '') && !url.search)
    problems.push('is a bare domain; link the page itself');
  for (const [domain, reason] of Object.entries(blockedHosts))
    if (hostIs(host, domain)) problems.push(`${domain} is not accepted: ${reason}`);
  if (hostIs(host, 'eur-lex.europa.eu')) {
    const p = eurLexProblem(url, locale);
    if (p) problems.push(p);
  } else if (hostIs(host, 'fedlex.admin.ch')) {
    const p = fedlexProblem(url, locale);
    if (p) problems.push(p);
  } else if (
    locale !== 'en' &&
    /^\/en(-[a-z]{2})?(\/|$)/i.test(url.pathname) &&
    !englishOnlyHosts.some((d) => hostIs(host, d))
  ) {
    problems.push(`an English page for ${readerOf[locale]} reader; link the ${locale} version`);
  }
  return problems;
}
