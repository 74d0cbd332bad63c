import type { Formats } from 'next-intl';

/**
 * Named ICU formats for every translator (server, client, tests). `{n, number, grouped}` writes
 * 1.250 in Italian and Spanish as their prose does (docs/glossary.md), where CLDR writes 1250.
 */
export const formats = {
  number: { grouped: { useGrouping: 'always' } },
} satisfies Formats;
