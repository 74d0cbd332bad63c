import { z } from 'zod';
import { isCalendarDay } from '@/lib/http/calendar-day';
import { locales } from '@/i18n/routing';
import type { FunnelFilter } from './store';

/** How the source filter names direct visits (source ''), which a query string cannot select. */
export const DIRECT = '(direct)';

const day = z.string().refine(isCalendarDay);

const fields = {
  from: day,
  to: day,
  locale: z.enum(locales),
  source: z.union([z.literal(DIRECT), z.string().regex(/^[a-z0-9._-]{1,64}$/)]),
};
type Key = keyof typeof fields;

export type FunnelQuery = {
  filter: FunnelFilter;
  values: Partial<Record<Key, string>>;
  /** Some value could not be read and was left out. */
  dropped: boolean;
};

/** The funnel view's filters from its query string; a bad value is dropped, never a 500. */
export function parseFunnelQuery(
  params: Record<string, string | string[] | undefined>,
): FunnelQuery {
  const values: Partial<Record<Key, string>> = {};
  let dropped = false;
  for (const key of Object.keys(fields) as Key[]) {
    const raw = params[key];
    const text = Array.isArray(raw) ? raw[0] : raw;
    if (text === undefined || text === '') continue;
    if (fields[key].safeParse(text).success) values[key] = text;
    else dropped = true;
  }
  const source = values.source === DIRECT ? '' : values.source;
  return {
    filter: { from: values.from, to: values.to, locale: values.locale, source },
    values,
    dropped,
  };
}
