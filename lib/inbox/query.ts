import { z } from 'zod';
import { isCalendarDay } from '@/lib/http/calendar-day';
import { locales } from '@/i18n/routing';
import { leadSources, storable } from '@/lib/leads/input';
import type { LeadFilter } from '@/lib/leads/store';

export const PAGE_SIZE = 50;

const day = z
  .string()
  .refine(isCalendarDay)
  .transform((s) => new Date(`${s}T00:00:00Z`));

const fields = {
  q: z.string().trim().max(200).refine(storable),
  from: day,
  to: day,
  locale: z.enum(locales),
  source: z.enum(leadSources),
  seller: z.string().trim().max(100).refine(storable),
  page: z.coerce.number().int().min(1).max(100_000),
};
type Key = keyof typeof fields;

export type InboxQuery = {
  filter: LeadFilter;
  page: number;
  /** The values as given, for the form to show them again. */
  values: Partial<Record<Key, string>>;
  /** Some value could not be read and was left out. */
  dropped: boolean;
};

/** The inbox's search and filters from its query string; a bad value is dropped, never a 500. */
export function parseInboxQuery(params: Record<string, string | string[] | undefined>): InboxQuery {
  const values: Partial<Record<Key, string>> = {};
  const parsed: Partial<{ [K in Key]: z.infer<(typeof fields)[K]> }> = {};
  let dropped = false;
  for (const key of Object.keys(fields) as Key[]) {
    const raw = params[key];
    const text = Array.isArray(raw) ? raw[0] : raw;
    if (text === undefined || text === '') continue;
    const result = fields[key].safeParse(text);
    if (result.success) {
      values[key] = text;
      (parsed as Record<Key, unknown>)[key] = result.data;
    } else dropped = true;
  }
  const page = parsed.page ?? 1;
  return {
    filter: {
      q: parsed.q || undefined,
      from: parsed.from,
      // "Until" a day includes that day.
      to: parsed.to && new Date(parsed.to.getTime() + 86_400_000),
      locale: parsed.locale,
      source: parsed.source,
      seller: parsed.seller || undefined,
    },
    page,
    values,
    dropped,
  };
}
