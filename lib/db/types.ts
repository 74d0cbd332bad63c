import type { ColumnType, Generated, Selectable } from 'kysely';

/** Written once by the database, read as a Date. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** numeric comes back from both drivers as a string: exact cents, converted where it is read. */
type Money = ColumnType<string, number | string, never>;

export interface LeadTable {
  id: Generated<string>;
  created_at: CreatedAt;
  /** The form's own id for one fill: a retried post returns the stored lead instead of a copy. */
  submission_id: string | null;
  name: string;
  email: string;
  company: string;
  phone: string | null;
  message: string;
  locale: string;
  /** Where the form stood: 'report', 'workshop' or 'embed'. */
  source: string;
  report_code: string;
  /** The privacy notice the prospect agreed to, as linked when they sent the form. */
  privacy_url: string;
  // What the prospect saw, computed from the report code at submit time.
  net_saving: Money;
  verdict: string;
  currency: string;
  horizon_years: number;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  referrer: string | null;
  seller: string | null;
}

/** A timestamp the application writes (and the database may default). */
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface DeliveryTable {
  id: Generated<string>;
  created_at: CreatedAt;
  lead_id: string | null;
  /** 'webhook' | 'email' | 'hubspot' | 'prospect-email' */
  destination: string;
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Stamp;
  give_up_at: ColumnType<Date, Date | string, Date | string>;
  lease_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  leased_by: string | null;
  last_error: string | null;
  delivered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  payload: ColumnType<unknown, string | null | undefined, string | null>;
}

/** One day's count of one funnel event for one language, source and step (0: none). */
export interface FunnelDailyTable {
  /** The UTC day, as YYYY-MM-DD. */
  day: ColumnType<string, string, never>;
  event: string;
  locale: string;
  /** utm_source or the referring site's host; '' for a direct visit. */
  source: string;
  step: number;
  count: number;
}

export interface Database {
  leads: LeadTable;
  deliveries: DeliveryTable;
  funnel_daily: FunnelDailyTable;
}

export type LeadRow = Selectable<LeadTable>;
export type DeliveryRow = Selectable<DeliveryTable>;
