import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireLock } from './lock';
import type { Database } from './types';

export type DbConfig = { url?: string; pgliteDir: string };

export type Connection = {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** The embedded database, for what only it can do (a backup of its folder). */
  pglite?: PGlite;
  close: () => Promise<void>;
};

/** Where the leads live is one decision: a PostgreSQL server when a URL is given, else PGlite. */
export function describe(config: DbConfig): string {
  if (!config.url) return `PGlite at ${path.resolve(config.pgliteDir)}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export async function connect(config: DbConfig): Promise<Connection> {
  if (config.url) {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // A pooled connection the server ends while idle (a restart, a failover, an administrator)
    // makes the pool emit 'error'; unheard, that kills the whole process. The pool has already
    // dropped that connection and opens a new one for the next query: saying so is enough.
    pool.on('error', (e) =>
      console.error(`database: an idle connection was closed (${e.message})`),
    );
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const lock = acquireLock(config.pgliteDir);
  try {
    const pglite = await PGlite.create(path.resolve(config.pgliteDir));
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        lock.release();
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}
