import 'server-only';
import { getBrand } from '@/lib/brand/load';
import { serverEnv } from '@/lib/env/server-env';
import { runCommand } from './commands';
import { connect, describe, type Connection } from './connect';
import { socketPath } from './lock';
import { migrateToLatest } from './migrate';
import { listenForTools } from './tool-socket';
import { purgeLeads } from '@/lib/leads/store';

const DAY_MS = 86_400_000;
// On globalThis: Next bundles route handlers and instrumentation apart, and two module copies
// must still share one connection (two PGlite instances on one folder would corrupt it).
const KEY = Symbol.for('cost-of-free.database');
type Holder = { [KEY]?: Promise<Connection> };

/** The server's one database connection, opened, migrated and serving the tools on first use. */
export function getConnection(): Promise<Connection> {
  const holder = globalThis as Holder;
  holder[KEY] ??= open().catch((e: unknown) => {
    // The next request tries again (a server that was down may be back).
    delete holder[KEY];
    throw e;
  });
  return holder[KEY];
}

export async function getDb() {
  return (await getConnection()).db;
}

async function open(): Promise<Connection> {
  const env = serverEnv();
  const config = { url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR };
  const conn = await connect(config);
  try {
    const applied = await migrateToLatest(conn.db);
    if (applied.length) console.log(`database: applied ${applied.join(', ')}`);
    const ctx = { siteUrl: getBrand().siteUrl, retentionDays: env.LEADS_RETENTION_DAYS };
    if (conn.kind === 'pglite') {
      await listenForTools(socketPath(config.pgliteDir), (request) =>
        runCommand(conn, request, ctx),
      );
    }
    schedulePurge(conn, env.LEADS_RETENTION_DAYS);
  } catch (e) {
    await conn.close();
    throw e;
  }
  console.log(`database: ${describe(config)}`);
  return conn;
}

/** Retention: leads older than LEADS_RETENTION_DAYS go now and then once a day. */
function schedulePurge(conn: Connection, days: number) {
  const purge = () =>
    purgeLeads(conn.db, days)
      .then((n) => n > 0 && console.log(`database: purged ${n} leads older than ${days} days`))
      .catch((e: unknown) => console.error('database: purge failed', e));
  void purge();
  setInterval(purge, DAY_MS).unref();
}
