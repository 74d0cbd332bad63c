import type { Kysely } from 'kysely';
import { createTranslator } from 'use-intl/core';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { locales } from '@/i18n/routing';
import type { Database } from '@/lib/db/types';
import { readCapped } from '@/lib/http/body';
import { figuresFor } from '@/lib/leads/figures';
import { pickLocale } from '@/lib/leads/translate';
import type { PriceBook } from '@/lib/model';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import it from '@/messages/it.json';
import { enqueueProspectMail, recentProspectMails } from './outbox';

/** Copies one address may receive per day: enough to retry a typo, too few to flood a mailbox. */
export const PER_ADDRESS_PER_DAY = 3;

const catalogs = { en, de, it, es };
type ErrorKey = keyof typeof en.delivery.emailMe.errors;

const bodySchema = z.object({
  email: z.string().trim().max(254).pipe(z.email()),
  reportCode: z.string().trim().min(1).max(4000),
  locale: z.enum(locales),
});

export type ReportEmailDeps = {
  rateLimit: (client: string) => { ok: true } | { ok: false; retryAfter: number };
  client: string;
  suite: PriceBook;
  /** Unset when no mail server is configured. */
  mail?: { giveUpMs: number; saved?: () => void };
  db: () => Promise<Kysely<Database>>;
};

/**
 * POST /api/report-email: queues the prospect's own copy of a report (the link and its
 * figures) in the outbox. Only on request, limited per client and per address; a 4xx with a
 * message in the prospect's language for anything wrong.
 */
export async function requestReportEmail(
  request: Request,
  deps: ReportEmailDeps,
): Promise<{ status: number; body: { error?: string; message?: string; queued?: boolean } }> {
  let locale: Locale = pickLocale(null, request.headers.get('accept-language'));
  const fail = (status: number, key: ErrorKey, values?: Record<string, number>) => {
    const t = createTranslator({
      locale,
      messages: catalogs[locale] as typeof en,
      namespace: 'delivery.emailMe.errors',
    });
    return { status, body: { error: key, message: t(key, values as never) } };
  };

  const limited = deps.rateLimit(deps.client);
  if (!limited.ok) return fail(429, 'rateLimited', { minutes: Math.ceil(limited.retryAfter / 60) });
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return fail(415, 'badRequest');
  }
  const text = await readCapped(request, 8 * 1024).catch(() => '');
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? '');
  } catch {
    return fail(400, 'badRequest');
  }
  locale = pickLocale(
    (raw as { locale?: unknown } | null)?.locale,
    request.headers.get('accept-language'),
  );
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      422,
      parsed.error.issues.some((i) => i.path[0] === 'email') ? 'email' : 'badRequest',
    );
  }
  // No mail server: the report page offers no such form, so the address serves nothing here.
  if (!deps.mail) return fail(404, 'unavailable');
  const { email, reportCode } = parsed.data;
  const figures = figuresFor(reportCode, deps.suite);
  if (!figures.ok) return fail(422, 'report');
  try {
    const db = await deps.db();
    if ((await recentProspectMails(db, email, 24)) >= PER_ADDRESS_PER_DAY) {
      return fail(429, 'addressLimited');
    }
    await enqueueProspectMail(
      db,
      { email, reportCode, locale: parsed.data.locale, figures: figures.figures },
      deps.mail.giveUpMs,
    );
  } catch (e) {
    console.error('report email: could not queue', e);
    return fail(503, 'unavailable');
  }
  deps.mail.saved?.();
  return { status: 202, body: { queued: true } };
}
