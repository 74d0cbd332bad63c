import { EnvError, serverEnv } from '@/lib/env/server-env';

/**
 * Server start: a bad environment stops it with the variable's name, and the database is opened
 * and migrated before the first lead arrives.
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
  // The site works without it (reports need no database); lead posts answer 503 until it opens.
  await getConnection().catch((e: unknown) =>
    console.error(`database: cannot open (${e instanceof Error ? e.message : String(e)})`),
  );
}
