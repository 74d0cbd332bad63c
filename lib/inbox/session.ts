import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'cof_inbox';
export const SESSION_HOURS = 12;

/** INBOX_SESSION_SECRET, or one derived from the password (changing it signs everyone out). */
export function sessionSecret(env: { INBOX_PASSWORD?: string; INBOX_SESSION_SECRET?: string }) {
  return (
    env.INBOX_SESSION_SECRET ??
    createHmac('sha256', 'cost-of-free inbox session')
      .update(env.INBOX_PASSWORD ?? '')
      .digest('hex')
  );
}

const sign = (secret: string, expires: number) =>
  createHmac('sha256', secret).update(`inbox:${expires}`).digest('base64url');

function same(a: string, b: string): boolean {
  // Digests first: equal lengths for timingSafeEqual, and no early exit on a length difference.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** A cookie value that says "signed in until <expires>", signed with the secret. */
export function createSession(secret: string, now = Date.now()): string {
  const expires = now + SESSION_HOURS * 3_600_000;
  return `${expires}.${sign(secret, expires)}`;
}

export function verifySession(value: string | undefined, secret: string, now = Date.now()) {
  const [expires, signature] = (value ?? '').split('.');
  const at = Number(expires);
  if (!Number.isSafeInteger(at) || at <= now || !signature) return false;
  return same(signature, sign(secret, at));
}

export function passwordMatches(given: string, expected: string): boolean {
  return same(given, expected);
}
