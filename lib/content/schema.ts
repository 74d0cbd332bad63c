import { z } from 'zod';

/** The countries an article can be about (`countries:`), lower-case ISO codes plus `eu`. */
export const articleCountries = ['at', 'ch', 'de', 'it', 'es', 'uk', 'us', 'eu'] as const;

/** "is required" for a missing field, else the given wording (or zod's own). */
const missingOr = (message?: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message),
});

const text = (min: number, max: number) =>
  z
    .string(missingOr('must be text'))
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

const day = () => z.iso.date(missingOr('must be a date like 2026-10-01'));

const SOURCE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A real calendar day (2023-02-30 is refused), read in UTC. */
function isRealDay(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day)).getUTCDate() === day;
}

// YAML reads an unquoted 2016 as a number; a source's year is still a date.
const sourceDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z
    .string(missingOr('must be YYYY-MM-DD, YYYY-MM or YYYY'))
    .regex(SOURCE_DATE, 'must be YYYY-MM-DD, YYYY-MM or YYYY')
    .refine((d) => d.length < 10 || isRealDay(d), 'is not a real calendar day'),
);

export const sourceSchema = z
  .object({
    title: text(3, 300),
    publisher: text(2, 160),
    date: sourceDate,
    url: z.url({ protocol: /^https$/, ...missingOr('must be an https:// address') }),
  })
  .strict();

export const frontmatterSchema = z
  .object({
    // Search results cut titles past about 70 characters and descriptions past 155.
    title: text(5, 70),
    description: text(70, 155),
    date: day(),
    updated: day().optional(),
    author: text(2, 80),
    translationKey: z
      .string(missingOr())
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase-with-hyphens'),
    tags: z
      .array(text(1, 30), missingOr('must be a list like [DSGVO, Kosten]'))
      .min(1, 'needs at least one tag')
      .max(6, 'at most 6 tags')
      .refine((tags) => new Set(tags).size === tags.length, 'lists a tag twice'),
    legal: z.boolean('must be true or false').optional(),
    printable: z.boolean('must be true or false').optional(),
    countries: z
      .array(z.enum(articleCountries, `must be one of ${articleCountries.join(', ')}`))
      .min(1, 'leave it out rather than empty')
      .optional(),
    sources: z.array(sourceSchema, missingOr()).min(1, 'needs at least one source'),
  })
  .strict()
  .superRefine((fm, ctx) => {
    if (fm.updated && fm.updated < fm.date)
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'must not be before date' });
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
