import { describe, expect, it } from 'vitest';
import { ContentError, parseArticle } from '@/lib/content/parse';

const FILE = 'content/insights/en/example.mdx';
const base: Record<string, string> = {
  title: 'WhatsApp at work and the GDPR',
  // 70 characters exactly: the shortest description accepted.
  description: 'd'.repeat(70),
  date: '2026-12-01',
  author: 'Editorial team',
  translationKey: 'whatsapp-gdpr-guide',
  tags: '[GDPR, WhatsApp Business]',
  sources: [
    '',
    '  - title: "Regulation (EU) 2016/679, Art. 6"',
    '    publisher: "Official Journal of the European Union (EUR-Lex)"',
    '    date: 2016-04-27',
    '    url: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679',
  ].join('\n'),
};

function file(change: Record<string, string | undefined> = {}) {
  const fields = { ...base, ...change };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\nBody.\n`;
}

function errorOf(text: string): string {
  try {
    parseArticle(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected the article to be rejected');
}

const source = (fields: Record<string, string | undefined>) => {
  const all = {
    title: '"A source"',
    publisher: '"A publisher"',
    date: '2024-07',
    url: 'https://example.org/report',
    ...fields,
  };
  const lines = Object.entries(all).filter(([, v]) => v !== undefined);
  return `\n${lines.map(([k, v], i) => `${i ? '    ' : '  - '}${k}: ${v}`).join('\n')}`;
};

describe('article frontmatter', () => {
  it('accepts the new format, with optional fields and a year as a source date', () => {
    const { frontmatter } = parseArticle(
      file({
        updated: '2026-12-03',
        legal: 'true',
        printable: 'false',
        countries: '[eu, uk]',
        sources: source({ date: '2016' }),
      }),
      FILE,
    );
    expect(frontmatter).toMatchObject({
      author: 'Editorial team',
      updated: '2026-12-03',
      legal: true,
      printable: false,
      countries: ['eu', 'uk'],
      sources: [{ publisher: 'A publisher', date: '2016' }],
    });
  });

  it('names the file and each missing field', () => {
    const message = errorOf(file({ author: undefined, sources: source({ publisher: undefined }) }));
    expect(message).toContain(`${FILE}: invalid frontmatter`);
    expect(message).toMatch(/- author: is required/);
    expect(message).toMatch(/- sources\.0\.publisher: is required/);
  });

  it('limits the title to 70 and the description to 70–155 characters', () => {
    expect(() => parseArticle(file({ title: 't'.repeat(70) }), FILE)).not.toThrow();
    expect(errorOf(file({ title: 't'.repeat(71) }))).toMatch(/- title: must be at most 70/);
    expect(() => parseArticle(file({ description: 'd'.repeat(155) }), FILE)).not.toThrow();
    expect(errorOf(file({ description: 'd'.repeat(156) }))).toMatch(/- description: .*155/);
    expect(errorOf(file({ description: 'd'.repeat(69) }))).toMatch(/- description: .*70/);
  });

  it('takes https sources only, dated YYYY, YYYY-MM or a real YYYY-MM-DD', () => {
    expect(errorOf(file({ sources: source({ url: 'http://example.org/x' }) }))).toMatch(
      /- sources\.0\.url: must be an https:\/\/ address/,
    );
    expect(errorOf(file({ sources: source({ date: '27.04.2016' }) }))).toMatch(
      /- sources\.0\.date: must be YYYY-MM-DD, YYYY-MM or YYYY/,
    );
    expect(errorOf(file({ sources: source({ date: '2023-02-30' }) }))).toMatch(
      /- sources\.0\.date: is not a real calendar day/,
    );
    expect(errorOf(file({ sources: source({ date: '2024-13' }) }))).toMatch(/sources\.0\.date/);
  });

  it('refuses an update before the first publication, and unknown countries or fields', () => {
    expect(errorOf(file({ updated: '2026-11-30' }))).toMatch(/- updated: must not be before date/);
    expect(errorOf(file({ countries: '[fr]' }))).toMatch(/- countries\.0: must be one of/);
    expect(errorOf(file({ legal: 'yes' }))).toMatch(/- legal: must be true or false/);
    expect(errorOf(file({ writer: 'Ana' }))).toMatch(/- \(root\): .*writer/);
    expect(errorOf(file({ tags: '[GDPR, GDPR]' }))).toMatch(/- tags: lists a tag twice/);
  });
});
