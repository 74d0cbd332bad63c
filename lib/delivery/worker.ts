import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/routing';
import type { Brand } from '@/lib/brand/schema';
import type { Database, DeliveryRow } from '@/lib/db/types';
import type { LeadFigures } from '@/lib/leads/figures';
import { leadsByIds, type Lead } from '@/lib/leads/store';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import it from '@/messages/it.json';
import { backoffMs } from './backoff';
import type { DeliveryConfig } from './config';
import { sendMail } from './email';
import { sendHubspot } from './hubspot';
import { leadMail, prospectMail } from './mail-text';
import { claimDue, markDelivered, markFailed } from './outbox';
import type { Outcome } from './outcome';
import { sendWebhook } from './webhook';

/** Rows one worker attempts at once: few enough that each finishes well inside its lease. */
const BATCH = 8;

export type WorkerDeps = {
  db: Kysely<Database>;
  config: DeliveryConfig;
  brand: Brand;
  log?: Pick<Console, 'log' | 'warn' | 'error'>;
};

export type Worker = { id: string; nudge: () => void; stop: () => Promise<void> };

const catalogs = { en, de, it, es };
/** The consent sentence the prospect ticked, as plain text, for HubSpot's consent record. */
function consentText(locale: Locale, brand: string): string {
  const t = createTranslator({ locale, messages: catalogs[locale] as typeof en });
  return t.markup('leads.form.consent', { brand, link: (chunks) => chunks });
}

/** One attempt at one row; a destination whose variables were removed since waits, then dies. */
async function attempt(
  row: DeliveryRow,
  lead: Lead | undefined,
  deps: WorkerDeps,
): Promise<Outcome> {
  const { config, brand } = deps;
  const missing = (name: string): Outcome => ({ ok: false, error: `${name} is no longer set` });
  const siteUrl = brand.siteUrl;
  if (row.destination === 'prospect-email') {
    if (!config.mail) return missing('SMTP_URL');
    const p = row.payload as {
      email: string;
      reportCode: string;
      locale: Locale;
      figures: LeadFigures;
    };
    return sendMail(config.mail, [p.email], prospectMail(p, brand), {
      messageId: `report-${row.id}`,
      brand,
    });
  }
  if (!lead) return { ok: false, error: 'the lead is gone', final: true };
  switch (row.destination) {
    case 'webhook':
      if (!config.webhook) return missing('LEADS_WEBHOOK_URL');
      return sendWebhook(config.webhook, row.id, lead, {
        siteUrl,
        userAgent: `${brand.name} leads (Standard Webhooks)`,
      });
    case 'email':
      if (!config.email) return missing('LEADS_EMAIL_TO');
      return sendMail(config.email, config.email.to, leadMail(lead, brand, config.email.locale), {
        messageId: `lead-${lead.id}`,
        brand,
      });
    case 'hubspot':
      if (!config.hubspot) return missing('HUBSPOT_PORTAL_ID');
      return sendHubspot(config.hubspot, lead, {
        siteUrl,
        consentText: consentText(lead.locale, brand.name),
      });
    default:
      return { ok: false, error: `unknown destination "${row.destination}"`, final: true };
  }
}

/**
 * Delivers due outbox rows until stopped: claims a batch, attempts each, records the outcome,
 * and sleeps `pollMs` when nothing is due (a new lead in this process wakes it at once).
 */
export function startWorker(deps: WorkerDeps): Worker {
  const { db, config } = deps;
  const log = deps.log ?? console;
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  let stopped = false;
  let wake: (() => void) | undefined;
  let pendingNudge = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (pendingNudge) {
        pendingNudge = false;
        return resolve();
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  async function deliver(row: DeliveryRow, lead: Lead | undefined) {
    const outcome = await attempt(row, lead, deps);
    if (outcome.ok) return markDelivered(db, row.id);
    const delayMs = backoffMs(row.attempts, config.retry);
    await markFailed(db, row.id, id, outcome.error, { delayMs, final: !!outcome.final });
    if (outcome.final) log.warn(`delivery: ${row.destination} ${row.id} refused: ${outcome.error}`);
  }

  async function tick(): Promise<number> {
    const rows = await claimDue(db, id, BATCH, config.leaseMs);
    if (rows.length === 0) return 0;
    const ids = [...new Set(rows.flatMap((r) => (r.lead_id ? [r.lead_id] : [])))];
    const leads = new Map((await leadsByIds(db, ids)).map((l) => [l.id, l]));
    await Promise.all(
      rows.map((r) =>
        deliver(r, r.lead_id ? leads.get(r.lead_id) : undefined).catch((e: unknown) =>
          log.error(`delivery: could not record ${r.destination} ${r.id}`, e),
        ),
      ),
    );
    return rows.length;
  }

  const loop = (async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = await tick();
      } catch (e) {
        log.error(`delivery: worker ${id} could not claim rows`, e);
      }
      if (claimed === 0 && !stopped) await sleep(config.pollMs);
    }
  })();

  return {
    id,
    nudge() {
      if (wake) wake();
      else pendingNudge = true;
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
