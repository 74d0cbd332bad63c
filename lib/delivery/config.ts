import type { Locale } from '@/i18n/routing';
import type { ServerEnv } from '@/lib/env/server-env';

/** Where a lead goes. 'prospect-email' is the prospect's own copy, sent only when they ask. */
export const destinations = ['webhook', 'email', 'hubspot', 'prospect-email'] as const;
export type Destination = (typeof destinations)[number];

export type DeliveryConfig = {
  webhook?: { url: string; secret: string };
  email?: { smtpUrl: string; from: string; to: string[]; locale: Locale };
  /** The prospect's copy needs only a mail server and a sender. */
  mail?: { smtpUrl: string; from: string };
  hubspot?: { portalId: string; formId: string; baseUrl: string };
  retry: { baseMs: number; maxMs: number; giveUpMs: number };
  leaseMs: number;
  pollMs: number;
};

/** Each destination is on when its variables are set (lib/env checks they come in sets). */
export function deliveryConfig(env: ServerEnv): DeliveryConfig {
  const mail =
    env.SMTP_URL && env.MAIL_FROM ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : undefined;
  return {
    webhook:
      env.LEADS_WEBHOOK_URL && env.LEADS_WEBHOOK_SECRET
        ? { url: env.LEADS_WEBHOOK_URL, secret: env.LEADS_WEBHOOK_SECRET }
        : undefined,
    email:
      mail && env.LEADS_EMAIL_TO
        ? {
            ...mail,
            to: env.LEADS_EMAIL_TO.split(',').map((a) => a.trim()),
            locale: env.LEADS_EMAIL_LOCALE,
          }
        : undefined,
    mail,
    hubspot:
      env.HUBSPOT_PORTAL_ID && env.HUBSPOT_FORM_ID
        ? {
            portalId: env.HUBSPOT_PORTAL_ID,
            formId: env.HUBSPOT_FORM_ID,
            baseUrl: env.HUBSPOT_TEST_BASE_URL ?? 'https://api.hsforms.com',
          }
        : undefined,
    retry: {
      baseMs: env.LEADS_RETRY_BASE_MS,
      maxMs: env.LEADS_RETRY_MAX_MS,
      giveUpMs: env.LEADS_RETRY_GIVE_UP_SECONDS * 1000,
    },
    leaseMs: env.LEADS_LEASE_SECONDS * 1000,
    pollMs: env.LEADS_POLL_MS,
  };
}

/** The destinations every new lead gets an outbox row for. */
export function leadDestinations(config: DeliveryConfig): Destination[] {
  const out: Destination[] = [];
  if (config.webhook) out.push('webhook');
  if (config.email) out.push('email');
  if (config.hubspot) out.push('hubspot');
  return out;
}
