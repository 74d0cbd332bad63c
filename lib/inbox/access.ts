import 'server-only';
import { cookies } from 'next/headers';
import { serverEnv } from '@/lib/env/server-env';
import { SESSION_COOKIE, sessionSecret, verifySession } from './session';

/** 'off' unless INBOX_PASSWORD is set; then whether this request carries a valid session. */
export async function inboxAccess(): Promise<'off' | 'signed-out' | 'signed-in'> {
  const env = serverEnv();
  if (!env.INBOX_PASSWORD) return 'off';
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return verifySession(value, sessionSecret(env)) ? 'signed-in' : 'signed-out';
}
