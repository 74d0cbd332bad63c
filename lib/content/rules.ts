import type { Article } from './scan';
import { findBanned, type BannedTerms } from './glossary';
import { sharedRuns, type SeedIndex } from './seed-overlap';
import { sourceProblems } from './source-rules';
import { tagProblems } from './tag-rules';

export type RuleContext = { seeds?: SeedIndex; banned?: BannedTerms };

// Where the law itself is published: an article citing it carries the "not legal advice" note.
const STATUTE_HOSTS = [
  'eur-lex.europa.eu',
  'gesetze-im-internet.de',
  'ris.bka.gv.at',
  'fedlex.admin.ch',
  'normattiva.it',
  'boe.es',
  'legislation.gov.uk',
];

const CTA = '<AssessmentCta />';

/** The editorial rules `npm run content:check` applies beyond the schema, as "field: problem". */
export function articleProblems(article: Article, ctx: RuleContext = {}): string[] {
  const problems: string[] = [];
  article.tags.forEach((tag, i) => {
    for (const p of tagProblems(tag, article.locale)) problems.push(`tags.${i}: ${p}`);
  });

  const seen = new Set<string>();
  article.sources.forEach((source, i) => {
    for (const p of sourceProblems(source, article.locale)) problems.push(`sources.${i}.url: ${p}`);
    if (seen.has(source.url)) problems.push(`sources.${i}.url: listed twice`);
    seen.add(source.url);
  });

  const statute = article.sources
    .map((s) => new URL(s.url).hostname)
    .find((h) => STATUTE_HOSTS.some((d) => h === d || h.endsWith(`.${d}`)));
  if (statute && !article.legal)
    problems.push(`legal: cites the law (${statute}), so set legal: true for the note`);

  const lastLine = article.body.trim().split('\n').at(-1)?.trim();
  if (lastLine !== CTA) problems.push(`body: must end with the line ${CTA}`);

  const fields = { title: article.title, description: article.description, body: article.body };
  if (ctx.seeds)
    for (const [field, text] of Object.entries(fields))
      for (const run of sharedRuns(text, ctx.seeds))
        problems.push(
          `${field}: shares ${run.words} words in a row with seed ${run.seed}: "${run.text}"`,
        );

  const banned = ctx.banned?.[article.locale] ?? [];
  for (const [field, text] of Object.entries(fields))
    for (const { found, term } of findBanned(text, banned))
      problems.push(`${field}: "${found}" is a banned variant (docs/glossary.md); use ${term.use}`);
  return problems;
}
