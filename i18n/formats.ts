import type { Formats } from 'next-intl';

/**
 * Named ICU formats for every translator (server, client, tests). `{n, number, grouped}` writes
 * 1.250 in Italian and Spanish as their prose does (docs/glossary.md), where CLDR writes 1250.
 * `percent` is ICU's own style, spelled out: the build's precompiled messages know only the
 * styles named here (tests/unit/i18n/precompiled-messages.test.ts holds both runtimes to it).
 */
export const formats = {
  number: { grouped: { useGrouping: 'always' }, percent: { style: 'percent' } },
} satisfies Formats;
