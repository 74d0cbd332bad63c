import { readFileSync } from 'node:fs';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import compile from 'icu-minify/compile';
import { _createCache, _createIntlFormatters, createTranslator } from 'use-intl/core';
import formatPrecompiled from 'use-intl/format-message/format-only';
import { describe, expect, it } from 'vitest';
import { formats } from '@/i18n/formats';
import { flatten } from '@/lib/i18n/message-keys';

// The build compiles every message ahead of time (next.config.js, `precompile`) and formats it
// with next-intl's small runtime, which knows only the named styles in i18n/formats.ts (no
// built-in `percent`, `integer` or `currency`). Tests and scripts format the same catalogues with
// the full ICU runtime. Both must write the same text for every message, in every language.
const locales = ['en', 'de', 'it', 'es'] as const;
type Values = Record<string, unknown>;

/** Every argument a message reads, with a value of its kind: a small and a large case. */
function samples(elements: MessageFormatElement[], small: boolean, out: Values = {}): Values {
  for (const e of elements) {
    if (e.type === TYPE.argument) out[e.value] ??= small ? 'Ada' : 'Northwind Managed IT';
    if (e.type === TYPE.number) out[e.value] ??= small ? 0.083 : 1234567.891;
    if (e.type === TYPE.date || e.type === TYPE.time)
      out[e.value] ??= new Date(Date.UTC(2026, 0, 15, 9, 30));
    if (e.type === TYPE.plural) {
      out[e.value] ??= small ? 1 : 7;
      for (const o of Object.values(e.options)) samples(o.value, small, out);
    }
    if (e.type === TYPE.select) {
      // The first named branch in one case, `other` in the other.
      out[e.value] ??= small
        ? (Object.keys(e.options).find((k) => k !== 'other') ?? 'other')
        : 'zzz';
      for (const o of Object.values(e.options)) samples(o.value, small, out);
    }
    if (e.type === TYPE.tag) {
      out[e.value] = (chunks: string[]) => `<${e.value}>${chunks.join('')}</${e.value}>`;
      samples(e.children, small, out);
    }
  }
  return out;
}

const english = Object.keys(flatten(JSON.parse(readFileSync('messages/en.json', 'utf8')))).length;

describe('messages compiled for the build read as the full ICU runtime writes them', () => {
  for (const locale of locales) {
    it(`${locale}: every message, with small and large values`, () => {
      const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
      const t = createTranslator({ locale, messages, formats, timeZone: 'UTC' });
      const cache = _createCache();
      const formatters = _createIntlFormatters(cache);
      const entries = Object.entries(flatten(messages));
      const differ: string[] = [];
      for (const [key, message] of entries) {
        for (const small of [true, false]) {
          const values = samples(parse(message), small);
          const full = t.markup(key as never, values as never);
          const compiled = formatPrecompiled(
            key,
            compile(message),
            values as never,
            {
              cache,
              formatters,
              globalFormats: formats,
              locale,
              timeZone: 'UTC',
            } as never,
          );
          if (compiled !== full) differ.push(`${key}: "${full}" ≠ "${String(compiled)}"`);
        }
      }
      // Every message was formatted: each catalogue has exactly the English keys (messages.test.ts).
      expect(entries.length).toBe(english);
      expect(differ).toEqual([]);
    });
  }
});
