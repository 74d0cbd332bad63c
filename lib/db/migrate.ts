import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrationProvider } from './migrations';

/**
 * Applies every migration not yet applied, in order, and returns their names. Kysely's migrator
 * holds a lock meanwhile (an advisory lock on a server), so servers starting together apply each once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: migrations never see the app's types
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(
      `database migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${cause}`,
      { cause: error },
    );
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
