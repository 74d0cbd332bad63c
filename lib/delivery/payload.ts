import type { Lead } from '@/lib/leads/store';

/** The report a lead was sent from, as an absolute link the seller can open from the CRM. */
export const reportUrl = (siteUrl: string, locale: string, code: string) =>
  `${siteUrl}/${locale}/report/${code}`;

/**
 * The webhook body, version 1 (Standard Webhooks envelope: type, timestamp, data). Fields are
 * only ever added within a version; a change to one bumps `version`. `timestamp` is when the lead
 * arrived, so the body is the same on every attempt; the header timestamp is the attempt's.
 */
export function leadCreatedEvent(lead: Lead, siteUrl: string) {
  return {
    type: 'lead.created',
    version: 1,
    timestamp: lead.createdAt.toISOString(),
    data: {
      id: lead.id,
      createdAt: lead.createdAt.toISOString(),
      name: lead.name,
      email: lead.email,
      company: lead.company,
      phone: lead.phone ?? null,
      message: lead.message,
      locale: lead.locale,
      source: lead.source,
      reportUrl: reportUrl(siteUrl, lead.locale, lead.reportCode),
      netSaving: lead.figures.netSaving,
      currency: lead.figures.currency,
      verdict: lead.figures.verdict,
      horizonYears: lead.figures.horizonYears,
      attribution: {
        utmSource: lead.utm_source ?? null,
        utmMedium: lead.utm_medium ?? null,
        utmCampaign: lead.utm_campaign ?? null,
        referrer: lead.referrer ?? null,
        seller: lead.seller ?? null,
      },
      consent: { privacyUrl: lead.privacyUrl },
    },
  };
}

export type LeadCreatedEvent = ReturnType<typeof leadCreatedEvent>;
