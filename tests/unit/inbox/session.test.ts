import { describe, expect, it } from 'vitest';
import { createSession, passwordMatches, sessionSecret, verifySession } from '@/lib/inbox/session';
import { parseInboxQuery } from '@/lib/inbox/query';

describe('inbox session', () => {
  const secret = sessionSecret({ INBOX_PASSWORD: 'correct horse battery' });
  const now = Date.UTC(2026, 11, 1);

  it('accepts its own cookie until it expires 12 hours later', () => {
    const cookie = createSession(secret, now);
    expect(verifySession(cookie, secret, now + 1000)).toBe(true);
    expect(verifySession(cookie, secret, now + 12 * 3_600_000)).toBe(false);
  });

  it('refuses a cookie with a changed expiry, another secret, or garbage', () => {
    const [, signature] = createSession(secret, now).split('.');
    expect(verifySession(`${now + 99 * 3_600_000}.${signature}`, secret, now)).toBe(false);
    expect(verifySession(createSession('another secret', now), secret, now)).toBe(false);
    for (const junk of [undefined, '', '.', 'abc', `${now + 1000}.`]) {
      expect(verifySession(junk, secret, now)).toBe(false);
    }
  });

  it('derives a different secret from each password, and prefers INBOX_SESSION_SECRET', () => {
    expect(sessionSecret({ INBOX_PASSWORD: 'another password' })).not.toBe(secret);
    expect(sessionSecret({ INBOX_PASSWORD: 'x', INBOX_SESSION_SECRET: 's'.repeat(32) })).toBe(
      's'.repeat(32),
    );
  });

  it('compares passwords exactly', () => {
    expect(passwordMatches('correct horse', 'correct horse')).toBe(true);
    expect(passwordMatches('correct hors', 'correct horse')).toBe(false);
  });
});

describe('inbox query', () => {
  it('reads search and filters; "until" includes its day', () => {
    const q = parseInboxQuery({ q: ' acme ', locale: 'es', source: 'workshop', to: '2026-12-01' });
    expect(q.filter).toMatchObject({ q: 'acme', locale: 'es', source: 'workshop' });
    expect(q.filter.to?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect([q.page, q.dropped]).toEqual([1, false]);
  });

  it('drops what it cannot read and says so', () => {
    const q = parseInboxQuery({
      locale: 'fr',
      from: '2026-13-45',
      page: '-3',
      seller: ['ana', 'x'],
    });
    expect(q.filter).toEqual({
      q: undefined,
      from: undefined,
      to: undefined,
      locale: undefined,
      source: undefined,
      seller: 'ana',
    });
    expect([q.page, q.dropped, q.values]).toEqual([1, true, { seller: 'ana' }]);
  });
});
