/**
 * The funnel's events, in the order a visitor meets them. Shared by the pages that send them,
 * POST /api/events and the inbox chart; nothing here may identify a person.
 */
export const funnelEvents = [
  'landing_viewed',
  'embed_loaded',
  'assessment_started',
  'step_reached',
  'report_viewed',
  'lead_submitted',
] as const;
export type FunnelEvent = (typeof funnelEvents)[number];

/** "Step N reached" counts steps 2 to N: step 1 is the start itself. */
export const FIRST_COUNTED_STEP = 2;

/** Where a visit came from, as the funnel counts it: lower case, at most 64 plain characters. */
export function sourceLabel(utmSource?: string, referrer?: string): string {
  let text = utmSource ?? '';
  if (!text && referrer) {
    try {
      text = new URL(referrer).hostname;
    } catch {
      text = '';
    }
  }
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
