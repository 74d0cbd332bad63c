import { z } from 'zod';

export const frontmatterSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(5, 'must be at least 5 characters')
      .max(90, 'must be at most 90 characters'),
    description: z
      .string()
      .trim()
      .min(50, 'must be at least 50 characters')
      .max(200, 'must be at most 200 characters'),
    date: z.iso.date('must be a date like 2026-10-01'),
    translationKey: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase-with-hyphens'),
    tags: z.array(z.string().trim().min(1).max(30)).min(1, 'needs at least one tag').max(6),
    sources: z
      .array(
        z.object({
          title: z.string().trim().min(1, 'must not be empty'),
          url: z.url({ protocol: /^https?$/ }),
        }),
      )
      .min(1, 'needs at least one source'),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
