import { z } from 'zod';

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

export const envSchema = z.object({
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
