import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env/server-env';

describe('server environment', () => {
  it('has working defaults: PGlite under data/, inbox off, a year of retention', () => {
    expect(parseEnv({})).toEqual({
      PGLITE_DIR: 'data/pglite',
      LEADS_RETENTION_DAYS: 365,
      LEADS_RATE_LIMIT: 10,
      LEADS_RATE_WINDOW_SECONDS: 600,
      EVENTS_RATE_LIMIT: 60,
    });
  });

  it('names BRAND_FILE when it is not a .json path', () => {
    expect(() => parseEnv({ BRAND_FILE: 'content/brand.yaml' })).toThrow(
      /BRAND_FILE: must be a path to a \.json file/,
    );
    expect(parseEnv({ BRAND_FILE: 'tests/brand.json' }).BRAND_FILE).toBe('tests/brand.json');
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
