import type { Locale } from '@/i18n/routing';

/**
 * Terms with one right spelling, keyed by their lower-case form. A tag word that matches one of
 * these case-insensitively must be written exactly so ("dsgvo" is refused, "DSGVO" passes).
 */
export const fixedSpellings: Record<string, string> = Object.fromEntries(
  [
    'DSGVO',
    'GDPR',
    'RGPD',
    'LOPDGDD',
    'UK GDPR',
    'revDSG',
    'DSG',
    'FADP',
    'AEPD',
    'EDPB',
    'EDÖB',
    'DPF',
    'CRM',
    'MDM',
    'BYOD',
    'CFTC',
    'MiFID',
    'HGB',
    'UGB',
    'BAO',
    'GoBD',
    'IBM',
    'SMS',
    'WhatsApp',
  ].flatMap((term) => term.split(' ').map((word) => [word.toLowerCase(), word])),
);

const WORDS = /[\p{L}\p{N}]+/gu;

/** Problems with one tag of an article in `locale`: tags are shown exactly as written. */
export function tagProblems(tag: string, locale: Locale): string[] {
  const problems: string[] = [];
  for (const [word] of tag.matchAll(WORDS)) {
    const right = fixedSpellings[word.toLowerCase()];
    if (right && word !== right) problems.push(`write "${right}", not "${word}"`);
  }
  // German nouns are capitalised; a tag is a noun ("Kosten", not "kosten").
  const first = tag.match(WORDS)?.[0] ?? '';
  const known = first.toLowerCase() in fixedSpellings; // reported above if misspelt
  if (locale === 'de' && !known && first && first[0] === first[0]!.toLowerCase())
    problems.push(
      `German tags start with a capital letter ("${first[0]!.toUpperCase()}${first.slice(1)}")`,
    );
  return problems;
}
