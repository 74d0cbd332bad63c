import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/types';
import { readCapped } from '@/lib/http/body';
import type { PriceBook } from '@/lib/model';
import { figuresFor } from './figures';
import { fieldErrors, leadInputSchema } from './input';
import { insertLead } from './store';
import { leadErrorText, pickLocale } from './translate';

/** Larger bodies are refused unread: a lead is a few hundred bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

export type SubmitDeps = {
  /** Counts the client's request against its limit. */
  rateLimit: (client: string) => { ok: true } | { ok: false; retryAfter: number };
  client: string;
  suite: PriceBook;
  privacyUrl: string;
  db: () => Promise<Kysely<Database>>;
};

export type SubmitResult = {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
};

/**
 * POST /api/leads: every input gets a 2xx or a 4xx with a message in the prospect's language;
 * only a database that cannot be reached answers 503, and the form keeps what was typed.
 */
export async function submitLead(request: Request, deps: SubmitDeps): Promise<SubmitResult> {
  const accept = request.headers.get('accept-language');
  const fail = (
    status: number,
    key: 'unsupportedType' | 'tooLarge' | 'badJson' | 'honeypot' | 'unavailable',
    locale = pickLocale(null, accept),
    headers?: Record<string, string>,
  ) => ({ status, body: { error: key, message: leadErrorText(locale)(key) }, headers });

  const limited = deps.rateLimit(deps.client);
  if (!limited.ok) {
    const t = leadErrorText(pickLocale(null, accept));
    return {
      status: 429,
      body: {
        error: 'rateLimited',
        message: t('rateLimited', { minutes: Math.ceil(limited.retryAfter / 60) }),
      },
      headers: { 'retry-after': String(limited.retryAfter) },
    };
  }
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return fail(415, 'unsupportedType');
  }
  const text = await readCapped(request, MAX_BODY_BYTES).catch(() => '');
  if (text === null) return fail(413, 'tooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(400, 'badJson');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(400, 'badJson');

  const locale = pickLocale((raw as { locale?: unknown }).locale, accept);
  const t = leadErrorText(locale);
  if ((raw as { website?: unknown }).website) return fail(422, 'honeypot', locale);
  const parsed = leadInputSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const fields = Object.fromEntries(Object.entries(errors).map(([f, key]) => [f, t(key)]));
    return { status: 422, body: { error: 'invalid', message: t('fix'), fields } };
  }
  const input = parsed.data;
  const figures = figuresFor(input.reportCode, deps.suite);
  if (!figures.ok) {
    const message = t(`report.${figures.reason}`);
    return {
      status: 422,
      body: {
        error: 'reportCode',
        reason: figures.reason,
        message,
        fields: { reportCode: message },
      },
    };
  }

  try {
    const db = await deps.db();
    // The honeypot, fill time and consent flag were checked above; the rest is the lead.
    const lead = { ...input, figures: figures.figures, privacyUrl: deps.privacyUrl };
    const saved = await db.transaction().execute((trx) => insertLead(trx, lead));
    return { status: saved.replayed ? 200 : 201, body: { id: saved.id } };
  } catch (e) {
    console.error('leads: could not store a lead', e);
    return fail(503, 'unavailable', locale, { 'retry-after': '30' });
  }
}
