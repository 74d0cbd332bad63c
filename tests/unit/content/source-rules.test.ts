import { describe, expect, it } from 'vitest';
import { sourceProblems } from '@/lib/content/source-rules';

const check = (url: string, locale: 'en' | 'de' | 'it' | 'es' = 'en') =>
  sourceProblems({ title: 'A source', publisher: 'A publisher', date: '2024', url }, locale);

describe('source rules', () => {
  it('accepts primary sources with a path', () => {
    expect(check('https://www.gesetze-im-internet.de/hgb/__257.html', 'de')).toEqual([]);
    expect(check('https://www.sec.gov/newsroom/press-releases/2021-262')).toEqual([]);
  });

  it('refuses a bare domain and plain http', () => {
    expect(check('https://thefutureofwork.pro')).toEqual([
      'is a bare domain; link the page itself',
    ]);
    expect(check('https://heydata.eu/')).toContain('is a bare domain; link the page itself');
    expect(check('http://example.org/page')).toEqual(['must be https']);
  });

  it('refuses blog copies, document copies, generated pages and law-reg.org, subdomains included', () => {
    const blocked = [
      'https://nitrorantsandopinions.blogspot.com/2012/02/post.html',
      'https://paperzz.com/doc/8637574',
      'https://fairstory.ai/stories/whatsapp',
      'https://law-reg.org/gdpr-en/regulation_translate/382',
    ];
    for (const url of blocked)
      expect(check(url), url).toEqual([expect.stringMatching(/not accepted/)]);
  });

  it('wants EUR-Lex in the article’s language, as legal-content or an ELI ending in it', () => {
    const celex = (lang: string) =>
      `https://eur-lex.europa.eu/legal-content/${lang}/TXT/?uri=CELEX:32016R0679`;
    expect(check(celex('DE'), 'de')).toEqual([]);
    expect(check(celex('EN'), 'de')).toEqual(['EUR-Lex opens in EN; use /legal-content/DE/']);
    expect(check(celex('ES'), 'it')).toEqual(['EUR-Lex opens in ES; use /legal-content/IT/']);
    expect(check('https://eur-lex.europa.eu/eli/reg/2016/679/oj/spa', 'es')).toEqual([]);
    expect(check('https://eur-lex.europa.eu/eli/reg/2016/679/oj', 'es')).toEqual([
      expect.stringMatching(/end it in \/oj\/spa/),
    ]);
  });

  it('wants fedlex in the reader’s language; never /en for a German or Italian reader', () => {
    const fedlex = (lang: string) => `https://www.fedlex.admin.ch/eli/cc/2022/491/${lang}`;
    expect(check(fedlex('de'), 'de')).toEqual([]);
    expect(check(fedlex('it'), 'it')).toEqual([]);
    expect(check(fedlex('en'), 'de')).toEqual(['fedlex opens in en; use /de']);
    expect(check(fedlex('en'), 'it')).toEqual(['fedlex opens in en; use /it']);
    expect(check(fedlex('fr'), 'es')).toEqual([]);
    expect(check(fedlex('en'), 'en')).toEqual([]);
  });

  it('refuses an English page for a German, Italian or Spanish reader, unless only English exists', () => {
    const aseryde = 'https://aseryde.com/en/la-aepd-advierte-algo';
    expect(check(aseryde, 'es')).toEqual([
      'an English page for a Spanish reader; link the es version',
    ]);
    expect(check(aseryde, 'en')).toEqual([]);
    // The Irish DPC publishes in English only.
    expect(check('https://www.dataprotection.ie/en/news-media/press-releases/x', 'de')).toEqual([]);
  });
});
