import { z } from 'zod';
import { locales } from '@/i18n/routing';

/** An unset variable and an empty one (`INBOX_PASSWORD=` in a .env file) mean the same: not set. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const wholeNumber = (min: number, max: number, fallback: number, unit: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? fallback : Number(v)),
    z
      .number(`must be a whole number of ${unit}`)
      .int(`must be a whole number of ${unit}`)
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`),
  );

const isLoopback = (u: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(u).hostname);
/** https anywhere; plain http only on this machine (the test fakes). */
const endpoint = z
  .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
  .refine((u) => u.startsWith('https:') || isLoopback(u), 'must be an https:// URL');
/** Standard Webhooks secrets: "whsec_" and 24 to 64 random bytes in base64. */
const webhookSecret = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'must be whsec_ followed by base64 (see .env.example)')
  .refine((s) => {
    // A malformed secret is reported once, by the pattern above.
    if (!/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(s)) return true;
    const bytes = Buffer.from(s.slice(6), 'base64').length;
    return bytes >= 24 && bytes <= 64;
  }, 'must hold 24 to 64 random bytes (openssl rand -base64 32)');
const addressList = z
  .string()
  .refine(
    (s) => s.split(',').every((a) => z.email().safeParse(a.trim()).success),
    'must be one email address or several separated by commas',
  );

const baseSchema = z.object({
  /** A PostgreSQL server; unset, leads go to the embedded PGlite database under PGLITE_DIR. */
  DATABASE_URL: optional(
    z.url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a postgres:// or postgresql:// URL',
    }),
  ),
  PGLITE_DIR: z.preprocess(
    (v) => (v === '' || v === undefined ? 'data/pglite' : v),
    z.string().regex(/^[^\0]+$/, 'must be a folder path'),
  ),
  /** Another brand file than content/brand.json (read by lib/brand/load.ts). */
  BRAND_FILE: optional(z.string().regex(/\.json$/, 'must be a path to a .json file')),
  /** Turns the inbox on. */
  INBOX_PASSWORD: optional(z.string().min(12, 'must be at least 12 characters')),
  /** Signs inbox sessions; derived from INBOX_PASSWORD when unset. */
  INBOX_SESSION_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  LEADS_RETENTION_DAYS: wholeNumber(1, 3650, 365, 'days'),
  LEADS_RATE_LIMIT: wholeNumber(1, 1_000_000, 10, 'requests'),
  LEADS_RATE_WINDOW_SECONDS: wholeNumber(1, 86_400, 600, 'seconds'),
  /** At most EVENTS_RATE_LIMIT funnel events per client address per minute. */
  EVENTS_RATE_LIMIT: wholeNumber(1, 1_000_000, 60, 'events'),

  /** "off": this server delivers nothing (another process runs `npm run worker`). */
  LEADS_WORKER: z.preprocess(
    (v) => (v === '' || v === undefined ? 'on' : v),
    z.enum(['on', 'off'], 'must be on or off'),
  ),
  LEADS_WEBHOOK_URL: optional(endpoint),
  LEADS_WEBHOOK_SECRET: optional(webhookSecret),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })),
  MAIL_FROM: optional(z.email('must be an email address')),
  LEADS_EMAIL_TO: optional(addressList),
  LEADS_EMAIL_LOCALE: z.preprocess(
    (v) => (v === '' || v === undefined ? 'en' : v),
    z.enum(locales, `must be one of ${locales.join(', ')}`),
  ),
  HUBSPOT_PORTAL_ID: optional(
    z.string().regex(/^\d{1,12}$/, 'must be the portal number, digits only'),
  ),
  HUBSPOT_FORM_ID: optional(z.uuid('must be the form GUID, like 0f0e…-…')),
  /** Tests only: the fake HubSpot on this machine instead of api.hsforms.com. */
  HUBSPOT_TEST_BASE_URL: optional(
    z.url('must be a URL').refine(isLoopback, 'must point at 127.0.0.1 (it exists for tests only)'),
  ),
  /** Retry timing: the first wait, the longest wait, and when to give up and dead-letter. */
  LEADS_RETRY_BASE_MS: wholeNumber(10, 3_600_000, 10_000, 'milliseconds'),
  LEADS_RETRY_MAX_MS: wholeNumber(10, 86_400_000, 3_600_000, 'milliseconds'),
  LEADS_RETRY_GIVE_UP_SECONDS: wholeNumber(1, 30 * 86_400, 86_400, 'seconds'),
  /** How long a worker owns a claimed row; more than the 10 s an attempt may take. */
  LEADS_LEASE_SECONDS: wholeNumber(15, 3600, 60, 'seconds'),
  /** How often an idle worker looks for due rows. */
  LEADS_POLL_MS: wholeNumber(50, 60_000, 1000, 'milliseconds'),
});

/** Variables that only work together: each named when its partner is missing. */
const together: [string, string[]][] = [
  ['LEADS_WEBHOOK_URL', ['LEADS_WEBHOOK_SECRET']],
  ['LEADS_WEBHOOK_SECRET', ['LEADS_WEBHOOK_URL']],
  ['LEADS_EMAIL_TO', ['SMTP_URL', 'MAIL_FROM']],
  ['SMTP_URL', ['MAIL_FROM']],
  ['MAIL_FROM', ['SMTP_URL']],
  ['HUBSPOT_PORTAL_ID', ['HUBSPOT_FORM_ID']],
  ['HUBSPOT_FORM_ID', ['HUBSPOT_PORTAL_ID']],
];

export const envSchema = baseSchema.superRefine((env, ctx) => {
  const set = env as Record<string, unknown>;
  for (const [given, needs] of together) {
    if (set[given] === undefined) continue;
    for (const name of needs) {
      if (set[name] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: `must be set when ${given} is set` });
      }
    }
  }
  if (env.LEADS_RETRY_MAX_MS < env.LEADS_RETRY_BASE_MS) {
    ctx.addIssue({
      code: 'custom',
      path: ['LEADS_RETRY_MAX_MS'],
      message: 'must be at least LEADS_RETRY_BASE_MS',
    });
  }
});

export type ServerEnv = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Validates the variables; throws an EnvError that names every bad one. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
  throw new EnvError(`invalid environment (see .env.example)\n${lines.join('\n')}`);
}

let cached: ServerEnv | undefined;

/** The server's configuration, read once per process. */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
