import { toCsv } from './csv';
import type { Lead } from './store';

const header = [
  'id',
  'created_at',
  'name',
  'email',
  'company',
  'phone',
  'message',
  'locale',
  'source',
  'seller',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'referrer',
  'net_saving',
  'verdict',
  'currency',
  'horizon_years',
  'report_url',
] as const;

/** The leads as one CSV, the same from the inbox and from `npm run leads:export`. */
export function leadsCsv(leads: readonly Lead[], siteUrl: string): string {
  return toCsv(
    header,
    leads.map((l) => [
      l.id,
      l.createdAt.toISOString(),
      l.name,
      l.email,
      l.company,
      l.phone,
      l.message,
      l.locale,
      l.source,
      l.seller,
      l.utm_source,
      l.utm_medium,
      l.utm_campaign,
      l.referrer,
      l.figures.netSaving,
      l.figures.verdict,
      l.figures.currency,
      l.figures.horizonYears,
      `${siteUrl}/${l.locale}/report/${l.reportCode}`,
    ]),
  );
}
