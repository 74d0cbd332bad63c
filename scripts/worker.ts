// npm run worker: delivers the outbox without a web server, e.g. beside servers started with
// LEADS_WORKER=off, or as extra workers. Any number may run against one PostgreSQL (they claim
// rows with FOR UPDATE SKIP LOCKED). With PGlite only one process may open the folder: while a
// server owns it, that server's own worker delivers, and this script stops with a message.
import { getBrand } from '@/lib/brand/load';
import { connect, describe } from '@/lib/db/connect';
import { DatabaseBusyError } from '@/lib/db/lock';
import { migrateToLatest } from '@/lib/db/migrate';
import { deliveryConfig, leadDestinations } from '@/lib/delivery/config';
import { startWorker } from '@/lib/delivery/worker';
import { parseEnv, type ServerEnv } from '@/lib/env/server-env';

let env: ServerEnv;
try {
  env = parseEnv(process.env);
} catch (e) {
  console.error(`Cost of Free worker cannot start: ${(e as Error).message}`);
  process.exit(1);
}
const dbConfig = { url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR };
const config = deliveryConfig(env);
let conn;
try {
  conn = await connect(dbConfig);
} catch (e) {
  if (e instanceof DatabaseBusyError) {
    console.error(
      `${e.message}: PGlite allows one process per folder, and that server delivers the leads ` +
        'itself. To run separate workers, use PostgreSQL (DATABASE_URL).',
    );
  } else console.error(`${describe(dbConfig)}: ${(e as Error).message}`);
  process.exit(1);
}
await migrateToLatest(conn.db);
const worker = startWorker({ db: conn.db, config, brand: getBrand() });
const on = leadDestinations(config);
console.log(
  `worker ${worker.id} on ${describe(dbConfig)}: ${on.length ? on.join(', ') : 'no lead destination set'}`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    // Finishes the attempts under way, so their outcome is recorded rather than left to the lease.
    await worker.stop();
    await conn.close();
    process.exit(0);
  });
}
