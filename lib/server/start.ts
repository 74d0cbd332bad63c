import { EnvError, serverEnv } from '@/lib/env/server-env';

/**
 * Server start: a bad environment stops it with the variable's name; the database is opened and
 * migrated right away.
 */
export async function startServer() {
  try {
    serverEnv();
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    console.error(`Cost of Free cannot start: ${e.message}`);
    process.exit(1);
  }
  const { getConnection } = await import('@/lib/db');
  // Opened in the background: pages serve at once (reports need no database), the first lead
  // post waits for it, and lead posts answer 503 while it cannot be opened.
  const opened = getConnection();
  opened.catch((e: unknown) =>
    console.error(`database: cannot open (${e instanceof Error ? e.message : String(e)})`),
  );
  if (serverEnv().LEADS_WORKER === 'on') {
    const { runWorkerWhenOpen } = await import('@/lib/delivery/boot');
    runWorkerWhenOpen(getConnection);
  }
}
