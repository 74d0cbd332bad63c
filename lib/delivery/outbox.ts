import { sql, type Kysely } from 'kysely';
import type { Database, DeliveryRow } from '@/lib/db/types';
import type { LeadFigures } from '@/lib/leads/figures';
import type { Destination } from './config';

type Db = Kysely<Database>;

/**
 * One pending row per destination for a new lead. Called inside the lead's transaction, so the
 * lead and its deliveries commit together or not at all.
 */
export async function enqueueLead(
  trx: Db,
  leadId: string,
  to: readonly Destination[],
  giveUpMs: number,
): Promise<void> {
  if (to.length === 0) return;
  const giveUp = sql<Date>`now() + make_interval(secs => ${giveUpMs / 1000})`;
  await trx
    .insertInto('deliveries')
    .values(to.map((destination) => ({ lead_id: leadId, destination, give_up_at: giveUp })))
    .execute();
}

/** The prospect's own copy of a report: what the mail needs, without a lead. */
export type ProspectMail = {
  email: string;
  reportCode: string;
  locale: string;
  figures: LeadFigures;
};

export async function enqueueProspectMail(
  db: Db,
  mail: ProspectMail,
  giveUpMs: number,
): Promise<string> {
  const row = await db
    .insertInto('deliveries')
    .values({
      destination: 'prospect-email',
      payload: JSON.stringify(mail),
      give_up_at: sql<Date>`now() + make_interval(secs => ${giveUpMs / 1000})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** How many copies were asked for this address in the last `hours` (any letter case). */
export async function recentProspectMails(db: Db, email: string, hours: number): Promise<number> {
  const row = await db
    .selectFrom('deliveries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('lead_id', 'is', null)
    .where(sql<string>`lower(payload->>'email')`, '=', email.trim().toLowerCase())
    .where('created_at', '>', sql<Date>`now() - make_interval(hours => ${hours})`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Takes up to `limit` due rows for this worker until the lease ends. SKIP LOCKED lets workers on
 * many servers claim at once without waiting on or taking each other's rows; the lease hands a
 * row back when its worker dies mid-delivery. Times are the database's clock, shared by all.
 */
export async function claimDue(
  db: Db,
  worker: string,
  limit: number,
  leaseMs: number,
): Promise<DeliveryRow[]> {
  const { rows } = await sql<DeliveryRow>`
    UPDATE deliveries AS d
    SET lease_until = now() + make_interval(secs => ${leaseMs / 1000}),
        leased_by = ${worker},
        attempts = d.attempts + 1
    FROM (
      SELECT id FROM deliveries
      WHERE status = 'pending' AND next_attempt_at <= now()
        AND (lease_until IS NULL OR lease_until < now())
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE d.id = due.id
    RETURNING d.*`.execute(db);
  return rows;
}

export async function markDelivered(db: Db, id: string): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({
      status: 'delivered',
      delivered_at: sql<Date>`now()`,
      lease_until: null,
      leased_by: null,
      last_error: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * Records a failed attempt: the row waits `delayMs`, or is dead-lettered when the wait would pass
 * its give-up time or the destination refused it for good. Only while this worker still holds
 * it: a worker whose lease ran out must not overwrite the one that took over.
 */
export async function markFailed(
  db: Db,
  id: string,
  worker: string,
  error: string,
  { delayMs, final }: { delayMs: number; final: boolean },
): Promise<void> {
  const next = sql<Date>`now() + make_interval(secs => ${delayMs / 1000})`;
  await db
    .updateTable('deliveries')
    .set({
      status: final
        ? 'dead'
        : sql<string>`CASE WHEN ${next} > give_up_at THEN 'dead' ELSE 'pending' END`,
      next_attempt_at: next,
      lease_until: null,
      leased_by: null,
      last_error: error.slice(0, 1000),
    })
    .where('id', '=', id)
    .where('leased_by', '=', worker)
    .where('status', '=', 'pending')
    .execute();
}

/** The inbox's "retry now": a dead row is due at once, with a fresh give-up period. */
export async function retryNow(db: Db, id: string, giveUpMs: number): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set({
      status: 'pending',
      next_attempt_at: sql<Date>`now()`,
      give_up_at: sql<Date>`now() + make_interval(secs => ${giveUpMs / 1000})`,
      lease_until: null,
      leased_by: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type DeliveryStatus = Pick<
  DeliveryRow,
  'id' | 'lead_id' | 'destination' | 'status' | 'attempts' | 'last_error' | 'delivered_at'
> & { next_attempt_at: Date };

/** Each listed lead's deliveries, by lead id. */
export async function deliveriesFor(
  db: Db,
  leadIds: string[],
): Promise<Map<string, DeliveryStatus[]>> {
  const out = new Map<string, DeliveryStatus[]>();
  if (leadIds.length === 0) return out;
  const rows = await db
    .selectFrom('deliveries')
    .select([
      'id',
      'lead_id',
      'destination',
      'status',
      'attempts',
      'last_error',
      'delivered_at',
      'next_attempt_at',
    ])
    .where('lead_id', 'in', leadIds)
    .orderBy('destination')
    .execute();
  for (const row of rows) {
    const list = out.get(row.lead_id!) ?? [];
    list.push({ ...row, next_attempt_at: new Date(row.next_attempt_at) });
    out.set(row.lead_id!, list);
  }
  return out;
}

/** Dead letters, newest first: what needs a person. */
export async function deadLetters(db: Db, limit = 100): Promise<DeliveryStatus[]> {
  const rows = await db
    .selectFrom('deliveries')
    .select([
      'id',
      'lead_id',
      'destination',
      'status',
      'attempts',
      'last_error',
      'delivered_at',
      'next_attempt_at',
    ])
    .where('status', '=', 'dead')
    .orderBy('next_attempt_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, next_attempt_at: new Date(r.next_attempt_at) }));
}
