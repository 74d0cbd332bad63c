'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getDb } from '@/lib/db';
import { serverEnv } from '@/lib/env/server-env';
import { clientAddress, createRateLimiter } from '@/lib/http/rate-limit';
import { inboxAccess } from '@/lib/inbox/access';
import {
  SESSION_COOKIE,
  SESSION_HOURS,
  createSession,
  passwordMatches,
  sessionSecret,
} from '@/lib/inbox/session';
import { deliveryConfig } from '@/lib/delivery/config';
import { retryNow } from '@/lib/delivery/outbox';
import { nudgeWorker } from '@/lib/delivery/running';
import { eraseLeads } from '@/lib/leads/store';

// Five wrong passwords per client per quarter hour: enough for typos, too few to guess one. Only
// failures count, so signing in again and again with the right password is never held up.
const failedSignIns = createRateLimiter({ limit: 5, windowMs: 15 * 60_000 });

const localeOf = (form: FormData) => {
  const locale = form.get('locale');
  return typeof locale === 'string' && hasLocale(routing.locales, locale)
    ? locale
    : routing.defaultLocale;
};

export async function signIn(form: FormData) {
  const locale = localeOf(form);
  const env = serverEnv();
  if (!env.INBOX_PASSWORD) redirect(`/${locale}`);
  const h = await headers();
  const client = clientAddress(h);
  // Checked before the password, so a sixth guess is refused even when it is right.
  const limited = failedSignIns.peek(client);
  if (!limited.ok) redirect(`/${locale}/inbox?signin=limited&wait=${limited.retryAfter}`);
  const password = form.get('password');
  if (typeof password !== 'string' || !passwordMatches(password, env.INBOX_PASSWORD)) {
    failedSignIns(client);
    redirect(`/${locale}/inbox?signin=wrong`);
  }
  (await cookies()).set(SESSION_COOKIE, createSession(sessionSecret(env)), {
    httpOnly: true,
    sameSite: 'strict',
    secure: h.get('x-forwarded-proto') === 'https',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
  redirect(`/${locale}/inbox`);
}

export async function signOut(form: FormData) {
  (await cookies()).delete(SESSION_COOKIE);
  redirect(`/${localeOf(form)}/inbox`);
}

/** GDPR Art. 17 from the inbox: every lead stored for the address. */
export async function erase(form: FormData) {
  const locale = localeOf(form);
  if ((await inboxAccess()) !== 'signed-in') redirect(`/${locale}/inbox`);
  const email = form.get('email');
  const count = typeof email === 'string' && email ? await eraseLeads(await getDb(), email) : 0;
  redirect(`/${locale}/inbox?erased=${count}`);
}

/** "Retry now" for a dead delivery: due at once, with a fresh day of retries. */
export async function retryDelivery(form: FormData) {
  const locale = localeOf(form);
  if ((await inboxAccess()) !== 'signed-in') redirect(`/${locale}/inbox`);
  const id = form.get('id');
  const valid = typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id);
  const retried =
    valid && (await retryNow(await getDb(), id, deliveryConfig(serverEnv()).retry.giveUpMs));
  if (retried) nudgeWorker();
  redirect(`/${locale}/inbox?retried=${retried ? 1 : 0}`);
}
