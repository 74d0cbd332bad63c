/**
 * What a native editor would mark in a rendered sentence: ICU syntax left in, doubled or
 * misplaced spaces, the percent sign spaced against the locale's rule, a large number left
 * ungrouped, Italian articles that do not elide before a number spoken with a vowel, and
 * (for sentences that count things) a count of zero or "each of the <n>" constructions.
 */
export function sentenceProblems(
  locale: string,
  text: string,
  { counts = false }: { counts?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const flag = (what: string) => problems.push(`${what} in "${text}"`);

  if (/[{}#]/.test(text)) flag('raw ICU syntax');
  if (/ {2}/.test(text)) flag('double space');
  if (/ [,.;:!?)]/.test(text)) flag('space before punctuation');
  const bare = text.replace(/https?:\/\/\S+/g, '');
  if (/\d{5,}/.test(bare)) flag('large number without grouping');
  // docs/glossary.md: it and es group four digits too (1.024); a year (1900–2099) stays as is.
  if (locale === 'it' || locale === 'es') {
    // A legal reference (art. 2220, § 6001) is a name, not a quantity.
    const fours = [...bare.matchAll(/(?<![\d.,])\d{4}(?![\d.,])/g)].filter(
      (m) =>
        !/^(19|20)\d\d$/.test(m[0]) &&
        !/(art\.|§|artículo|articolo)\s?$/.test(bare.slice(0, m.index)),
    );
    if (fours.length > 0) flag('four-digit number without grouping');
  }
  if (
    /\b(about|rund|circa|unas|unos|alrededor de) (less than|weniger als|meno di|menos de)\b/i.test(
      text,
    )
  )
    flag('an approximation of "less than"');

  // CLDR: de and es put a no-break space before %, en and it write it closed up.
  if (locale === 'de' || locale === 'es') {
    if (/\d ?%/.test(text)) flag('percent sign not after a no-break space');
  } else if (/\d[\s\u00a0\u202f]%/.test(text)) flag('space before the percent sign');

  if (locale === 'it') problems.push(...italianArticles(text).map((p) => `${p} in "${text}"`));

  if (counts) {
    if (/(?<![\d.,])0(?![\d.,])\s\p{L}/u.test(text)) flag('a count of zero');
    if (/(?<![\d.,])0[\u00a0]?%/.test(text)) flag('a share that rounds to zero');
    const eachOf = {
      en: /each of the \d/i,
      de: /jedes der \d/i,
      it: /ognuno dei \d/i,
      es: /cada uno de los \d/i,
    }[locale];
    if (eachOf?.test(text)) flag('"each of the <n>" counts a rate');
  }
  return problems;
}

/** Italian reads these with a vowel first: uno, otto, undici, ottanta…, un milione. */
export function spokenWithVowel(italianNumber: string): boolean {
  const groups = italianNumber.split(',')[0]!.split('.');
  const lead = groups[0]!;
  if (lead.startsWith('8')) return true;
  if (lead === '11') return true;
  // "1" alone is "uno"; "1.000" is "mille"; "1.000.000" is "un milione".
  if (lead === '1') return groups.length !== 2;
  return false;
}

const NUMBER = String.raw`(\d[\d.]*(?:,\d+)?)`;
const PLAIN = new RegExp(
  String.raw`\b(il|nel|del|al|dal|sul|col|i|dei|nei|ai|dai|sui) ${NUMBER}`,
  'gi',
);
const ELIDED = new RegExp(String.raw`\b(l|nell|dell|all|dall|sull)'${NUMBER}`, 'gi');

function italianArticles(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(PLAIN)) {
    if (spokenWithVowel(m[2]!)) problems.push(`"${m[0]}" needs an elided article`);
  }
  for (const m of text.matchAll(ELIDED)) {
    if (!spokenWithVowel(m[2]!)) problems.push(`"${m[0]}" must not elide`);
  }
  return problems;
}
