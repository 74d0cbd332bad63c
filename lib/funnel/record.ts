import type { Kysely } from 'kysely';
import { z } from 'zod';
import { locales } from '@/i18n/routing';
import type { Database } from '@/lib/db/types';
import { readCapped } from '@/lib/http/body';
import { stepCount } from '@/lib/questionnaire/steps';
import { FIRST_COUNTED_STEP, funnelEvents } from './events';
import { countEvent } from './store';

/** An event is a few dozen bytes; anything larger is not ours. */
export const MAX_EVENT_BYTES = 1024;

export const eventSchema = z
  .object({
    event: z.enum(funnelEvents),
    locale: z.enum(locales),
    source: z
      .string()
      .regex(/^[a-z0-9._-]{0,64}$/)
      .default(''),
    step: z.number().int().min(FIRST_COUNTED_STEP).max(stepCount).optional(),
  })
  .strict()
  .refine((e) => (e.event === 'step_reached') === (e.step !== undefined), {
    message: 'step goes with step_reached, and only with it',
    path: ['step'],
  });

/** Crawlers, previews, monitors and scripted clients: not people, not counted. */
const BOT =
  /bot|crawl|spider|slurp|archiver|preview|facebookexternalhit|headless|lighthouse|pingdom|monitor|curl|wget|python|java\/|go-http|node-fetch|axios|okhttp|^$/i;

export function isBot(userAgent: string | null): boolean {
  return BOT.test(userAgent ?? '');
}

export type RecordDeps = {
  rateLimit: (client: string) => { ok: true } | { ok: false; retryAfter: number };
  client: string;
  db: () => Promise<Kysely<Database>>;
  now?: () => Date;
};

export type RecordResult = { status: number; body?: Record<string, string> };

/**
 * POST /api/events: adds one to a daily counter. A 204 for a counted (or deliberately ignored:
 * a bot's) event, a 4xx for bad input or too many; never a 5xx: if the database is away, the
 * count is dropped and logged, since a lost count must not cost the visitor anything.
 */
export async function recordEvent(request: Request, deps: RecordDeps): Promise<RecordResult> {
  if (isBot(request.headers.get('user-agent'))) return { status: 204 };
  const limited = deps.rateLimit(deps.client);
  if (!limited.ok) return { status: 429, body: { error: 'rateLimited' } };
  // sendBeacon with a Blob sends its type; text/plain is what some browsers fall back to.
  if (!/^(application\/json|text\/plain)\b/i.test(request.headers.get('content-type') ?? '')) {
    return { status: 415, body: { error: 'unsupportedType' } };
  }
  const text = await readCapped(request, MAX_EVENT_BYTES).catch(() => '');
  if (text === null) return { status: 413, body: { error: 'tooLarge' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 400, body: { error: 'badJson' } };
  }
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { status: 422, body: { error: 'invalid' } };
  const { event, locale, source, step } = parsed.data;
  const day = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
  try {
    await countEvent(await deps.db(), { day, event, locale, source, step: step ?? 0 });
  } catch (e) {
    console.error('funnel: could not count an event', e);
    return { status: 202, body: { error: 'notCounted' } };
  }
  return { status: 204 };
}
