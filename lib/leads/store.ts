import { sql, type Kysely } from 'kysely';
import type { Database, LeadRow } from '@/lib/db/types';
import type { Verdict } from '@/lib/model';
import type { LeadFigures } from './figures';
import type { LeadInput } from './input';

/** A lead as it is stored: what the prospect typed, the report's figures, where it came from. */
type Optional = 'phone' | 'utm_source' | 'utm_medium' | 'utm_campaign' | 'referrer' | 'seller';
export type NewLead = Omit<LeadInput, 'website' | 'fillMs' | 'consent' | Optional> &
  Partial<Pick<LeadInput, Optional>> & { figures: LeadFigures; privacyUrl: string };

export type Lead = Omit<NewLead, 'submissionId'> & { id: string; createdAt: Date };

/**
 * Stores one lead and returns its id. A retried post with the same submission id returns the
 * lead stored the first time (`replayed`). Takes a Kysely or a transaction, so whatever must be
 * written with the lead (deliveries, later) commits or fails with it.
 */
export async function insertLead(
  db: Kysely<Database>,
  lead: NewLead,
): Promise<{ id: string; replayed: boolean }> {
  const inserted = await db
    .insertInto('leads')
    .values({
      submission_id: lead.submissionId ?? null,
      name: lead.name,
      email: lead.email,
      company: lead.company,
      phone: lead.phone ?? null,
      message: lead.message,
      locale: lead.locale,
      source: lead.source,
      report_code: lead.reportCode,
      privacy_url: lead.privacyUrl,
      net_saving: lead.figures.netSaving,
      verdict: lead.figures.verdict,
      currency: lead.figures.currency,
      horizon_years: lead.figures.horizonYears,
      utm_source: lead.utm_source ?? null,
      utm_medium: lead.utm_medium ?? null,
      utm_campaign: lead.utm_campaign ?? null,
      referrer: lead.referrer ?? null,
      seller: lead.seller ?? null,
    })
    .onConflict((oc) => oc.column('submission_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, replayed: false };
  const first = await db
    .selectFrom('leads')
    .select('id')
    .where('submission_id', '=', lead.submissionId!)
    .executeTakeFirstOrThrow();
  return { id: first.id, replayed: true };
}

export type LeadFilter = {
  /** Words to find in name, email, company, message, seller or campaign. */
  q?: string;
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  locale?: string;
  source?: string;
  seller?: string;
  limit?: number;
  offset?: number;
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered(db: Kysely<Database>, f: LeadFilter) {
  let query = db.selectFrom('leads');
  if (f.from) query = query.where('created_at', '>=', f.from);
  if (f.to) query = query.where('created_at', '<', f.to);
  if (f.locale) query = query.where('locale', '=', f.locale);
  if (f.source) query = query.where('source', '=', f.source);
  if (f.seller) query = query.where(sql<string>`lower(seller)`, '=', f.seller.toLowerCase());
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = likePattern(word);
    query = query.where((eb) =>
      eb.or(
        (['name', 'email', 'company', 'message', 'seller', 'utm_campaign'] as const).map((c) =>
          eb(c, 'ilike', pattern),
        ),
      ),
    );
  }
  return query;
}

/** Newest first, with the number of leads the filter matches in all. */
export async function listLeads(
  db: Kysely<Database>,
  filter: LeadFilter = {},
): Promise<{ leads: Lead[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, filter)
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.limit ?? 1_000_000)
      .offset(filter.offset ?? 0)
      .execute(),
    filtered(db, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { leads: rows.map(toLead), total: Number(count.n) };
}

/** The leads with these ids (the delivery worker's read). */
export async function leadsByIds(db: Kysely<Database>, ids: string[]): Promise<Lead[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('leads').selectAll().where('id', 'in', ids).execute();
  return rows.map(toLead);
}

/** GDPR Art. 17: every lead stored for this address, in any letter case. Returns how many. */
export async function eraseLeads(db: Kysely<Database>, email: string): Promise<number> {
  const address = email.trim().toLowerCase();
  // Copies of a report mailed to the address are kept apart from leads (their deliveries go
  // with the lead by cascade).
  await db
    .deleteFrom('deliveries')
    .where('lead_id', 'is', null)
    .where(sql<string>`lower(payload->>'email')`, '=', address)
    .execute();
  const result = await db
    .deleteFrom('leads')
    .where(sql<string>`lower(email)`, '=', address)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes leads older than the retention period; returns how many. */
export async function purgeLeads(
  db: Kysely<Database>,
  retentionDays: number,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  await db
    .deleteFrom('deliveries')
    .where('lead_id', 'is', null)
    .where('created_at', '<', cutoff)
    .execute();
  const result = await db.deleteFrom('leads').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

function toLead(row: LeadRow): Lead {
  return {
    id: row.id,
    createdAt: new Date(row.created_at),
    name: row.name,
    email: row.email,
    company: row.company,
    phone: row.phone ?? undefined,
    message: row.message,
    locale: row.locale as Lead['locale'],
    source: row.source as Lead['source'],
    reportCode: row.report_code,
    privacyUrl: row.privacy_url,
    figures: {
      netSaving: Number(row.net_saving),
      verdict: row.verdict as Verdict,
      currency: row.currency,
      horizonYears: row.horizon_years,
    },
    utm_source: row.utm_source ?? undefined,
    utm_medium: row.utm_medium ?? undefined,
    utm_campaign: row.utm_campaign ?? undefined,
    referrer: row.referrer ?? undefined,
    seller: row.seller ?? undefined,
  };
}
