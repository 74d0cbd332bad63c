import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBanned, parseBannedTerms } from '@/lib/content/glossary';
import { flatten } from '@/lib/i18n/message-keys';

// The interface follows docs/glossary.md like the articles do: one word per concept.
const banned = parseBannedTerms(readFileSync('docs/glossary.md', 'utf8'));

describe('messages follow the glossary', () => {
  for (const locale of ['en', 'de', 'it', 'es']) {
    it(`messages/${locale}.json uses none of the glossary's banned variants`, () => {
      const messages = flatten(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')));
      const hits = Object.entries(messages).flatMap(([key, text]) =>
        findBanned(text, banned[locale] ?? []).map(
          ({ found, term }) => `${key}: "${found}" → ${term.use}`,
        ),
      );
      expect(hits).toEqual([]);
    });
  }
});

describe('search snippets', () => {
  for (const locale of ['en', 'de', 'it', 'es']) {
    it(`${locale}: every fixed meta description fits a search result (155 characters)`, () => {
      const messages = flatten(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')));
      const long = Object.entries(messages)
        .filter(([key, text]) => key.endsWith('.metaDescription') && !text.includes('{'))
        .filter(([, text]) => text.length > 155)
        .map(([key, text]) => `${key}: ${text.length}`);
      expect(long).toEqual([]);
    });
  }
});
