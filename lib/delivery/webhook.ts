import { Webhook } from 'standardwebhooks';
import type { Lead } from '@/lib/leads/store';
import { ATTEMPT_TIMEOUT_MS, failure, type Outcome } from './outcome';
import { leadCreatedEvent } from './payload';

/**
 * Posts the lead to the webhook, signed per Standard Webhooks: the id is the delivery row's (the
 * same on every retry, so the receiver can drop a repeat), the timestamp is this attempt's (so a
 * late retry is not refused as a replay). 2xx delivers; 410 means "stop sending"; the rest retry.
 */
export async function sendWebhook(
  { url, secret }: { url: string; secret: string },
  deliveryId: string,
  lead: Lead,
  context: { siteUrl: string; userAgent: string },
): Promise<Outcome> {
  const body = JSON.stringify(leadCreatedEvent(lead, context.siteUrl));
  const id = `msg_${deliveryId}`;
  const at = new Date();
  const signature = new Webhook(secret).sign(id, at, body);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': context.userAgent,
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { ok: true };
    if (res.status === 410)
      return { ok: false, error: 'HTTP 410: the receiver asked to stop', final: true };
    return { ok: false, error: `HTTP ${res.status}` };
  } catch (e) {
    return failure(e);
  }
}
