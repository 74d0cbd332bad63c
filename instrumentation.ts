// Runs once when the server starts: a bad environment stops it with the variable's name, and the
// database is opened and migrated before the first lead arrives.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { EnvError, serverEnv } = await import('./lib/env/server-env');
  try {
    serverEnv();
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    console.error(`Cost of Free cannot start: ${e.message}`);
    process.exit(1);
  }
  const { getConnection } = await import('./lib/db');
  // The site works without it (reports need no database); lead posts answer 503 until it opens.
  await getConnection().catch((e: unknown) =>
    console.error(`database: cannot open (${e instanceof Error ? e.message : String(e)})`),
  );
}
