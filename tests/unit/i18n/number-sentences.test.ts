import { readFileSync } from 'node:fs';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { answersSchema, riskCategories, type Answers } from '@/lib/model';
import { formats } from '@/i18n/formats';
import { flatten, icuArguments } from '@/lib/i18n/message-keys';
import { riskNote } from '@/lib/report/risk-notes';
import { sentenceProblems } from './sentence-problems';

// Every sentence the app builds from numbers, rendered the way next-intl renders it, in every
// locale, over values at the edges: 0, 1, fractions, numbers Italian says with a vowel, and
// millions. The output is read for broken grammar, not only for the presence of the key.
const locales = ['en', 'de', 'it', 'es'] as const;
type Locale = (typeof locales)[number];
type Tree = { [k: string]: string | Tree };
const catalogue = (l: Locale): Tree => JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'));

function render(locale: Locale, key: string, values: Record<string, string | number>) {
  const errors: string[] = [];
  const t = createTranslator({
    locale,
    messages: catalogue(locale),
    formats,
    onError: (e) => errors.push(`${locale} ${key}: ${e.message}`),
  }) as unknown as (k: string, v: Record<string, string | number>) => string;
  const text = t(key, values);
  return { text, errors };
}

// Values by argument name; a number argument the table does not know gets the generic set.
const numbers: Record<string, number[]> = {
  years: [1, 2, 3, 5],
  month: [1, 2, 8, 11, 36, 60],
  samples: [1000, 2000, 10_000],
  probability: [0, 0.01, 0.08, 0.11, 0.5, 0.8, 0.83, 1],
  share: [0.004, 0.005, 0.01, 0.08, 0.11, 0.5, 0.83, 1],
  rate: [0.004, 0.01, 0.08, 0.11, 0.15, 0.83, 1],
  devices: [0.5, 1, 1.5, 2, 8, 11, 83, 1250, 1_000_000],
  hours: [0, 1, 2, 8, 11, 83, 1760, 1_000_000],
  users: [1, 2, 8, 11, 83, 1250, 1_000_000],
  count: [0, 1, 2, 11, 1_000_000],
  minutes: [1, 2, 8, 11],
};
const genericNumbers = [0, 1, 0.5, 2, 8, 11, 83, 1_000_000];
const money = (locale: Locale, n: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(n);

function plainValue(locale: Locale, name: string): string {
  if (/^(p\d+|amount|low|high|point|value|statusQuo|suiteTotal)$/.test(name))
    return money(locale, 12_345);
  if (name === 'client') return 'Müller GmbH';
  if (name === 'currency') return 'EUR';
  if (name === 'link') return 'https://example.test/r/abc';
  return `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/** Every combination would explode; each number argument walks its list with the others fixed. */
function valueSets(locale: Locale, message: string): Record<string, string | number>[] {
  const args = icuArguments(message).map((a) => a.split(':') as [string, string]);
  const numeric = args.filter(([, kind]) => kind === 'plural' || kind === 'number');
  const base: Record<string, string | number> = {};
  for (const [name, kind] of args) {
    base[name] =
      kind === 'plural' || kind === 'number'
        ? (numbers[name] ?? genericNumbers)[1]!
        : plainValue(locale, name);
  }
  return numeric.flatMap(([name]) =>
    (numbers[name] ?? genericNumbers).map((n) => ({ ...base, [name]: n })),
  );
}

describe('sentences built from numbers', () => {
  for (const locale of locales) {
    it(`${locale}: every plural or number message reads correctly over edge values`, () => {
      const found: string[] = [];
      for (const [key, message] of Object.entries(flatten(catalogue(locale)))) {
        if (!/\{\w+, (plural|number)/.test(message)) continue;
        for (const values of valueSets(locale, message)) {
          const { text, errors } = render(locale, key, values);
          found.push(...errors, ...sentenceProblems(locale, text).map((p) => `${key}: ${p}`));
        }
      }
      expect(found).toEqual([]);
    });

    it(`${locale}: every risk note reads correctly for 0, 1, fractions and large values`, () => {
      const edgeAnswers: Answers[] = [];
      const a = (over: Partial<Answers>) => answersSchema.parse(over);
      for (const devicesLostPerYear of [0, 0.5, 1, 1.5, 2, 8, 11, 83, 1250, 1_000_000]) {
        for (const backupControl of ['none', 'personal', 'company'] as const)
          edgeAnswers.push(a({ devicesLostPerYear, backupControl }));
      }
      for (const turnoverRate of [0, 0.004, 0.01, 0.08, 0.11, 0.5, 1])
        edgeAnswers.push(a({ turnoverRate, afterHoursPressure: 'high' }));
      for (const dealsOnWhatsapp of [0, 0.004, 0.005, 0.01, 0.08, 0.11, 0.83, 1]) {
        for (const crmLogging of ['never', 'sometimes', 'always'] as const)
          edgeAnswers.push(a({ dealsOnWhatsapp, crmLogging }));
      }
      for (const minutesLostPerDay of [0, 0.01, 0.1, 0.3, 1, 5, 83, 480]) {
        for (const groupsNearLimit of [false, true])
          edgeAnswers.push(a({ minutesLostPerDay, groupsNearLimit }));
      }

      const found: string[] = [];
      for (const answers of edgeAnswers) {
        for (const c of riskCategories) {
          const note = riskNote(c, answers);
          const params = 'params' in note ? note.params : {};
          const { text, errors } = render(locale, `report.notes.${note.key}`, params);
          const problems = sentenceProblems(locale, text, { counts: true });
          found.push(...errors, ...problems.map((p) => `${note.key}: ${p}`));
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('the checks catch the breaks the copy audit found', () => {
    const count = { counts: true };
    expect(sentenceProblems('en', 'so each of the 0 phones lost a year', count)).not.toEqual([]);
    expect(sentenceProblems('de', 'Jedes der 1,5 verlorenen Handys', count)).not.toEqual([]);
    expect(sentenceProblems('it', 'La suite conviene nel 83% dei casi.')).not.toEqual([]);
    expect(sentenceProblems('it', 'ognuno dei 8 telefoni')).not.toEqual([]);
    expect(sentenceProblems('it', "Nell'80% dei casi, il 10% e l'11%.")).toEqual([]);
    expect(sentenceProblems('it', "l'2% dei casi")).not.toEqual([]);
    expect(sentenceProblems('es', 'cada uno de los 0 móviles', count)).not.toEqual([]);
    expect(sentenceProblems('de', 'In 80 % der Fälle')).not.toEqual([]); // plain space
    expect(sentenceProblems('de', 'In 80\u00a0% der Fälle')).toEqual([]);
    expect(sentenceProblems('en', 'In  80% of {samples} runs')).toHaveLength(2);
    expect(sentenceProblems('es', 'unos 1000000 móviles')).not.toEqual([]);
    expect(sentenceProblems('en', 'with 0% of staff leaving', count)).not.toEqual([]);
    expect(sentenceProblems('es', 'unas 1760 horas al año')).not.toEqual([]);
    expect(sentenceProblems('es', 'desde 2021, unas 1.760 horas')).toEqual([]);
    expect(sentenceProblems('de', 'rund weniger als eine Stunde')).not.toEqual([]);
  });
});
