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
  funnel_daily: FunnelDailyTable;
}

export type LeadRow = Selectable<LeadTable>;
