import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env/server-env';

describe('server environment', () => {
  it('has working defaults: PGlite under data/, inbox off, a year of retention', () => {
    expect(parseEnv({})).toEqual({
      PGLITE_DIR: 'data/pglite',
      LEADS_RETENTION_DAYS: 365,
      LEADS_RATE_LIMIT: 10,
      LEADS_RATE_WINDOW_SECONDS: 600,
      // Delivery: a worker in the server, no destination, retries from 10 s up to an hour for a day.
      LEADS_WORKER: 'on',
      LEADS_EMAIL_LOCALE: 'en',
      LEADS_RETRY_BASE_MS: 10_000,
      LEADS_RETRY_MAX_MS: 3_600_000,
      LEADS_RETRY_GIVE_UP_SECONDS: 86_400,
      LEADS_LEASE_SECONDS: 60,
      LEADS_POLL_MS: 1000,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', INBOX_PASSWORD: '' }).INBOX_PASSWORD).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    expect(() =>
      parseEnv({
        DATABASE_URL: 'mysql://x',
        INBOX_PASSWORD: 'short',
        LEADS_RETENTION_DAYS: 'a year',
        LEADS_RATE_LIMIT: '0',
      }),
    ).toThrow(
      [
        'invalid environment (see .env.example)',
        '  - DATABASE_URL: must be a postgres:// or postgresql:// URL',
        '  - INBOX_PASSWORD: must be at least 12 characters',
        '  - LEADS_RETENTION_DAYS: must be a whole number of days',
        '  - LEADS_RATE_LIMIT: must be at least 1',
      ].join('\n'),
    );
  });
});
