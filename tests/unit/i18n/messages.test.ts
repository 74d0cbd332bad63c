import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareMessages, flatten, icuArguments } from '@/lib/i18n/message-keys';

const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const en = load('en');

describe('message catalogues', () => {
  for (const locale of ['de', 'it', 'es']) {
    it(`${locale} has exactly the English keys with the same ICU arguments`, () => {
      expect(compareMessages(en, load(locale))).toEqual({
        missing: [],
        extra: [],
        argumentMismatch: [],
        invalid: [],
      });
    });

    it(`${locale} is written in its own language, not left in English`, () => {
      const ours = flatten(load(locale));
      // Long sentences identical to English are untranslated copies; short labels may coincide.
      const copied = Object.entries(flatten(en))
        .filter(([key, text]) => text.length > 40 && ours[key] === text)
        .map(([key]) => key);
      expect(copied).toEqual([]);
    });
  }
});

describe('compareMessages', () => {
  it('finds missing and extra keys and changed arguments', () => {
    const base = {
      a: { b: 'Hello {name}', c: 'x' },
      d: '{count, plural, one {# day} other {# days}}',
    };
    const other = {
      a: { b: 'Hallo {nome}' },
      d: '{count, plural, one {# Tag} other {# Tage}}',
      e: 'y',
    };
    expect(compareMessages(base, other)).toEqual({
      missing: ['a.c'],
      extra: ['e'],
      argumentMismatch: ['a.b'],
      invalid: [],
    });
  });

  it('reads argument kinds inside plural branches', () => {
    expect(icuArguments('{n, plural, one {# of {total}} other {# of {total}}}')).toEqual([
      'n:plural',
      'total:argument',
    ]);
  });
});
