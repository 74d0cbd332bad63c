import { describe, expect, it } from 'vitest';
import { parseBannedTerms } from '@/lib/content/glossary';
import { articleProblems } from '@/lib/content/rules';
import type { Article } from '@/lib/content/scan';
import { indexSeeds } from '@/lib/content/seed-overlap';

const article = (change: Partial<Article> = {}): Article => ({
  title: 'WhatsApp at work and the GDPR',
  description: 'd'.repeat(80),
  date: '2026-12-01',
  author: 'Editorial team',
  translationKey: 'whatsapp-gdpr-guide',
  tags: ['GDPR'],
  sources: [
    {
      title: 'Cost of a Data Breach Report 2024',
      publisher: 'IBM',
      date: '2024-07-30',
      url: 'https://www.ibm.com/reports/data-breach',
    },
  ],
  locale: 'en',
  slug: 'whatsapp-gdpr',
  file: 'content/insights/en/whatsapp-gdpr.mdx',
  body: 'A first paragraph.\n\n<AssessmentCta />\n',
  minutes: 1,
  ...change,
});

describe('editorial rules', () => {
  it('passes a clean article', () => {
    expect(articleProblems(article())).toEqual([]);
  });

  it('names the field of each tag and source problem', () => {
    const problems = articleProblems(
      article({
        locale: 'de',
        tags: ['dsgvo'],
        sources: [
          { title: 'Copy', publisher: 'Blog', date: '2012', url: 'https://x.blogspot.com/a' },
          { title: 'Copy', publisher: 'Blog', date: '2012', url: 'https://x.blogspot.com/a' },
        ],
      }),
    );
    expect(problems).toEqual([
      'tags.0: write "DSGVO", not "dsgvo"',
      'sources.0.url: blogspot.com is not accepted: a blog copy; cite the study or its publisher',
      'sources.1.url: blogspot.com is not accepted: a blog copy; cite the study or its publisher',
      'sources.1.url: listed twice',
    ]);
  });

  it('wants the "not legal advice" note on an article that cites the law', () => {
    const gdpr = {
      title: 'Regulation (EU) 2016/679, Art. 6',
      publisher: 'EUR-Lex',
      date: '2016-04-27',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679',
    };
    expect(articleProblems(article({ sources: [gdpr] }))).toEqual([
      'legal: cites the law (eur-lex.europa.eu), so set legal: true for the note',
    ]);
    expect(articleProblems(article({ sources: [gdpr], legal: true }))).toEqual([]);
  });

  it('wants the call to the assessment as the last line', () => {
    expect(articleProblems(article({ body: '<AssessmentCta />\n\nA closing line.\n' }))).toEqual([
      'body: must end with the line <AssessmentCta />',
    ]);
  });

  it('reports a run shared with a seed, by field, and a banned variant', () => {
    // A made-up seed for this test only.
    const seeds = indexSeeds([
      { name: 'made-up.txt', text: 'one two three four five six seven eight nine ten' },
    ]);
    const banned = parseBannedTerms(
      '```banned-en\nUCC suite → managed communications suite\n```\n',
    );
    const problems = articleProblems(
      article({
        description: `Our ONE, two, three four five six seven eight. ${'d'.repeat(40)}`,
        body: 'A UCC suite.\n\n<AssessmentCta />\n',
      }),
      { seeds, banned },
    );
    expect(problems).toEqual([
      'description: shares 8 words in a row with seed made-up.txt: "one two three four five six seven eight"',
      'body: "UCC suite" is a banned variant (docs/glossary.md); use managed communications suite',
    ]);
  });
});
