import type { Lead } from '@/lib/leads/store';
import { ATTEMPT_TIMEOUT_MS, failure, type Outcome } from './outcome';
import { reportUrl } from './payload';

export type HubspotConfig = { portalId: string; formId: string; baseUrl: string };

/** The form's fields are HubSpot contact properties; the rest goes into the message. */
export function hubspotSubmission(lead: Lead, siteUrl: string, consentText: string) {
  const [firstname, ...rest] = lead.name.split(/\s+/);
  const link = reportUrl(siteUrl, lead.locale, lead.reportCode);
  const field = (name: string, value: string) => ({ objectTypeId: '0-1', name, value });
  const fields = [
    field('email', lead.email),
    field('firstname', firstname ?? lead.name),
    field('lastname', rest.join(' ')),
    field('company', lead.company),
    field('message', `${lead.message}\n\n${link}`),
  ];
  if (lead.phone) fields.push(field('phone', lead.phone));
  return {
    submittedAt: lead.createdAt.getTime(),
    fields,
    // pageUri ties the submission to the report page the prospect sent it from.
    context: { pageUri: link, pageName: `Report ${lead.reportCode}` },
    legalConsentOptions: {
      consent: { consentToProcess: true, text: consentText, communications: [] },
    },
  };
}

/**
 * A Forms API v3 submission (no key needed), so HubSpot records a form submission with its
 * consent, not an "offline source" contact. 2xx delivers; 429 and 5xx retry; any other 4xx is
 * a form or field mismatch no retry will fix, so it is dead-lettered with HubSpot's answer.
 */
export async function sendHubspot(
  config: HubspotConfig,
  lead: Lead,
  context: { siteUrl: string; consentText: string },
): Promise<Outcome> {
  const url = `${config.baseUrl}/submissions/v3/integration/submit/${config.portalId}/${config.formId}`;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(hubspotSubmission(lead, context.siteUrl, context.consentText)),
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const text = (await res.text()).slice(0, 300);
    if (res.ok) return { ok: true };
    const final = res.status >= 400 && res.status < 500 && res.status !== 429 && res.status !== 408;
    return { ok: false, error: `HTTP ${res.status}: ${text}`, final };
  } catch (e) {
    return failure(e);
  }
}
