import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/types';
import type { FunnelEvent } from './events';

export type FunnelHit = {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  event: FunnelEvent;
  locale: string;
  source: string;
  step: number;
};

/** Adds one to the day's counter for this event, language, source and step. */
export async function countEvent(db: Kysely<Database>, hit: FunnelHit): Promise<void> {
  await db
    .insertInto('funnel_daily')
    .values({ ...hit, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['day', 'event', 'locale', 'source', 'step'])
        .doUpdateSet({ count: sql<number>`funnel_daily.count + 1` }),
    )
    .execute();
}

export type FunnelFilter = {
  /** First day, inclusive (YYYY-MM-DD). */
  from?: string;
  /** Last day, inclusive. */
  to?: string;
  locale?: string;
  /** '' selects direct visits. */
  source?: string;
};

export type FunnelCount = { event: string; step: number; count: number };

/** Each event's (and step's) total over the filtered days. */
export async function funnelTotals(
  db: Kysely<Database>,
  filter: FunnelFilter = {},
): Promise<FunnelCount[]> {
  let query = db
    .selectFrom('funnel_daily')
    .select(['event', 'step', (eb) => eb.fn.sum<string>('count').as('n')])
    .groupBy(['event', 'step']);
  if (filter.from) query = query.where('day', '>=', filter.from);
  if (filter.to) query = query.where('day', '<=', filter.to);
  if (filter.locale) query = query.where('locale', '=', filter.locale);
  if (filter.source !== undefined) query = query.where('source', '=', filter.source);
  const rows = await query.execute();
  return rows.map((r) => ({ event: r.event, step: r.step, count: Number(r.n) }));
}

/** The sources seen, busiest first, for the inbox's filter. */
export async function funnelSources(db: Kysely<Database>, limit = 50): Promise<string[]> {
  const rows = await db
    .selectFrom('funnel_daily')
    .select(['source', (eb) => eb.fn.sum<string>('count').as('n')])
    .groupBy('source')
    .orderBy('n', 'desc')
    .orderBy('source')
    .limit(limit)
    .execute();
  return rows.map((r) => r.source);
}
