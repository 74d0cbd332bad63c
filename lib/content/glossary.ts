/**
 * The banned variants in docs/glossary.md: one fenced block per language, opened with
 * ```banned-<locale>, one entry a line: `variant → use instead (allowed: longer phrase, …)`.
 */
export type BannedTerm = { variant: string; use: string; allowed: string[] };
export type BannedTerms = Record<string, BannedTerm[]>;

const BLOCK = /^```banned-([a-z]{2})\s*\n([\s\S]*?)^```/gm;
const ENTRY = /^\s*(?:-\s+)?(.+?)\s*→\s*(.+?)\s*(?:\(allowed:\s*(.+)\))?\s*$/;

/** Reads every banned-<locale> block; a line that is not an entry is an error naming it. */
export function parseBannedTerms(markdown: string): BannedTerms {
  const result: BannedTerms = {};
  for (const [, locale, block] of markdown.matchAll(BLOCK)) {
    const terms = (result[locale!] ??= []);
    for (const line of block!.split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      const m = ENTRY.exec(line);
      if (!m) throw new Error(`glossary: banned-${locale}: cannot read the line "${line.trim()}"`);
      const allowed = m[3]?.split(',').map((s) => s.trim()) ?? [];
      terms.push({ variant: m[1]!, use: m[2]!, allowed: allowed.filter(Boolean) });
    }
  }
  return result;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The first letter may change case (a sentence start); the rest must match as written, so
// "MitarbeiterInnen" does not catch "Mitarbeiterinnen".
function wordRegex(phrase: string): RegExp {
  const first = phrase[0] ?? '';
  const head =
    first.toLowerCase() === first.toUpperCase()
      ? escape(first)
      : `[${first.toLowerCase()}${first.toUpperCase()}]`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${escape(phrase.slice(1))}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Each banned variant in `text` (whole words) outside its allowed phrases, in order. */
export function findBanned(
  text: string,
  terms: BannedTerm[],
): { found: string; at: number; term: BannedTerm }[] {
  const hits: { found: string; at: number; term: BannedTerm }[] = [];
  for (const term of terms) {
    const allowedRanges = term.allowed.flatMap((phrase) =>
      [...text.matchAll(wordRegex(phrase))].map((m) => [m.index, m.index + m[0].length]),
    );
    for (const m of text.matchAll(wordRegex(term.variant))) {
      const inside = allowedRanges.some(([from, to]) => m.index >= from! && m.index < to!);
      if (!inside) hits.push({ found: m[0], at: m.index, term });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}
