import { readFileSync } from 'node:fs';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { formats } from '@/i18n/formats';
import { answersSchema, industries, jurisdictions } from '@/lib/answers/schema';
import { helpValues } from '@/lib/questionnaire/help';
import { sentenceProblems } from '../i18n/sentence-problems';

const KEY = 'questionnaire.fields.recordKeepingDuty.help';

type Locale = 'en' | 'de' | 'it' | 'es';

function help(locale: Locale, jurisdiction: string, sector: string) {
  const errors: string[] = [];
  const t = createTranslator({
    locale,
    messages: JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')),
    formats,
    onError: (e) => errors.push(e.message),
  }) as unknown as (k: string, v: Record<string, string>) => string;
  const text = t(KEY, { jurisdiction, sector });
  expect(errors).toEqual([]);
  return text;
}

// The duty each reader's own law sets, named in their language's help (§ with a no-break space).
const expected: Record<string, Record<string, RegExp[]>> = {
  en: {
    eu: [/§ 257 HGB/, /§ 147 AO/, /§ 212 UGB/, /art\. 2220/, /art\. 30 Commercial Code/],
    uk: [/Companies Act 2006/, /386–388/],
    us: [/26 U\.S\.C\. § 6001/],
    ch: [/958f/, /ten years/],
  },
  de: {
    eu: [/§\u00a0257 HGB/, /§\u00a0147 AO/, /sechs Jahre/, /§\u00a0212 UGB/, /sieben Jahre/],
    uk: [/Companies Act 2006/],
    us: [/§\u00a06001/],
    ch: [/Art\.\u00a0958f OR/, /zehn Jahre/],
  },
  it: {
    eu: [/art\. 2220 del codice civile/, /dieci anni/],
    uk: [/Companies Act 2006/],
    us: [/§ 6001/],
    ch: [/958f del Codice delle obbligazioni/, /dieci anni/],
  },
  es: {
    eu: [/artículo 30 del Código de Comercio/, /seis años/],
    uk: [/Companies Act 2006/],
    us: [/§ 6001/],
    ch: [/958f/, /diez años/],
  },
};
const financeRule: Record<string, RegExp> = {
  eu: /MiFID II/,
  uk: /FCA.*SYSC 10A/,
  us: /SEC Rule 17a-4.*CFTC Rule 1\.31/,
  ch: /FIDLEG|FinSA|LSerFi/,
  other: /MiFID II/,
};

describe('record-keeping help', () => {
  it('is chosen by jurisdiction, and by sector only for financial firms', () => {
    const a = (over: object) => answersSchema.parse(over);
    expect(helpValues('recordKeepingDuty', a({ jurisdiction: 'ch', industry: 'energy' }))).toEqual({
      jurisdiction: 'ch',
      sector: 'other',
    });
    expect(
      helpValues('recordKeepingDuty', a({ jurisdiction: 'uk', industry: 'financial-services' })),
    ).toEqual({ jurisdiction: 'uk', sector: 'finance' });
    expect(helpValues('employees', a({}))).toBeUndefined();
  });

  for (const locale of ['en', 'de', 'it', 'es'] as const) {
    it(`${locale}: names the duties that bind the chosen jurisdiction and sector`, () => {
      for (const jurisdiction of jurisdictions) {
        const general = help(locale, jurisdiction, 'other');
        const finance = help(locale, jurisdiction, 'finance');
        expect(sentenceProblems(locale, general)).toEqual([]);
        expect(sentenceProblems(locale, finance)).toEqual([]);
        for (const law of expected[locale]![jurisdiction] ?? []) expect(general).toMatch(law);
        // Sector rules for regulated finance are added, never shown to other industries.
        expect(finance.startsWith(general)).toBe(true);
        expect(finance).toMatch(financeRule[jurisdiction]!);
        expect(general).not.toMatch(/MiFID|FCA|SEC Rule|CFTC/);
      }
    });
  }

  it('gives every industry a help text in every jurisdiction', () => {
    for (const industry of industries) {
      for (const jurisdiction of jurisdictions) {
        const values = helpValues(
          'recordKeepingDuty',
          answersSchema.parse({ industry, jurisdiction }),
        );
        expect(help('en', values!.jurisdiction, values!.sector).length).toBeGreaterThan(80);
      }
    }
  });
});
