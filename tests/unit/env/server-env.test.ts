import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { envSchema, parseEnv } from '@/lib/env/server-env';

describe('server environment', () => {
  it('has working defaults: PGlite under data/, inbox off, a year of retention', () => {
    expect(parseEnv({})).toEqual({
      PGLITE_DIR: 'data/pglite',
      LEADS_RETENTION_DAYS: 365,
      LEADS_RATE_LIMIT: 10,
      LEADS_RATE_WINDOW_SECONDS: 600,
      EVENTS_RATE_LIMIT: 60,
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

describe('delivery variables', () => {
  const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

  it('names the missing partner of a destination variable', () => {
    expect(() => parseEnv({ LEADS_WEBHOOK_URL: 'https://hooks.example.com/x' })).toThrow(
      '  - LEADS_WEBHOOK_SECRET: must be set when LEADS_WEBHOOK_URL is set',
    );
    expect(() => parseEnv({ LEADS_EMAIL_TO: 'sales@example.com' })).toThrow(
      '  - SMTP_URL: must be set when LEADS_EMAIL_TO is set\n  - MAIL_FROM: must be set when LEADS_EMAIL_TO is set',
    );
    expect(() => parseEnv({ HUBSPOT_FORM_ID: '0f0e0d0c-0b0a-4909-8807-060504030201' })).toThrow(
      '  - HUBSPOT_PORTAL_ID: must be set when HUBSPOT_FORM_ID is set',
    );
  });

  it('refuses bad values, each named', () => {
    expect(() =>
      parseEnv({
        LEADS_WEBHOOK_URL: 'http://hooks.example.com/x',
        LEADS_WEBHOOK_SECRET: 'hunter2',
        SMTP_URL: 'https://mail.example.com',
        LEADS_EMAIL_LOCALE: 'fr',
        HUBSPOT_TEST_BASE_URL: 'https://api.hsforms.com',
        LEADS_LEASE_SECONDS: '5',
        LEADS_WORKER: 'maybe',
      }),
    ).toThrow(
      [
        '  - LEADS_WORKER: must be on or off',
        '  - LEADS_WEBHOOK_URL: must be an https:// URL',
        '  - LEADS_WEBHOOK_SECRET: must be whsec_ followed by base64 (see .env.example)',
        '  - SMTP_URL: must be an smtp:// or smtps:// URL',
        '  - LEADS_EMAIL_LOCALE: must be one of en, de, it, es',
        '  - HUBSPOT_TEST_BASE_URL: must point at 127.0.0.1 (it exists for tests only)',
        '  - LEADS_LEASE_SECONDS: must be at least 15',
      ].join('\n'),
    );
    // 16 bytes is below the 24 Standard Webhooks asks for.
    expect(() =>
      parseEnv({
        LEADS_WEBHOOK_URL: 'https://hooks.example.com/x',
        LEADS_WEBHOOK_SECRET: `whsec_${Buffer.alloc(16).toString('base64')}`,
      }),
    ).toThrow('LEADS_WEBHOOK_SECRET: must hold 24 to 64 random bytes');
    expect(() => parseEnv({ LEADS_RETRY_BASE_MS: '5000', LEADS_RETRY_MAX_MS: '1000' })).toThrow(
      'LEADS_RETRY_MAX_MS: must be at least LEADS_RETRY_BASE_MS',
    );
  });

  it('takes a complete set, with plain http only on this machine', () => {
    const env = parseEnv({
      LEADS_WEBHOOK_URL: 'http://127.0.0.1:4000/hook',
      LEADS_WEBHOOK_SECRET: secret,
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: 'leads@example.com',
      LEADS_EMAIL_TO: 'a@example.com, b@example.com',
      HUBSPOT_PORTAL_ID: '1234567',
      HUBSPOT_FORM_ID: '0f0e0d0c-0b0a-4909-8807-060504030201',
    });
    expect(env.LEADS_WEBHOOK_SECRET).toBe(secret);
    expect(env.LEADS_EMAIL_TO).toBe('a@example.com, b@example.com');
  });
});

it('lists every variable in .env.example', () => {
  const example = readFileSync('.env.example', 'utf8');
  const missing = Object.keys(envSchema.shape).filter(
    (name) => !new RegExp(`^${name}=`, 'm').test(example),
  );
  expect(missing).toEqual([]);
});
