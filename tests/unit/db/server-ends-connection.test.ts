import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type Connection } from '@/lib/db/connect';
import { postgresTarget, scratchDatabase } from './targets';

// PostgreSQL ends connections on its own: a restart, a failover, an administrator's
// pg_terminate_backend. Pooled and idle, such a connection errors with no query to fail; a pool
// nobody listens to then throws, and the server process dies with every request in flight.
describe.skipIf(postgresTarget.skip)('a connection the server ends while idle', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let conn: Connection;
  beforeAll(async () => {
    scratch = await scratchDatabase();
    conn = await connect({ url: scratch.url, pgliteDir: '' });
  });
  afterAll(async () => {
    await conn?.close();
    await scratch?.drop();
  });

  it('is logged and replaced: the process lives and the next query works', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // Two queries at once leave two idle connections in the pool.
      await Promise.all([
        sql`SELECT pg_sleep(0.05)`.execute(conn.db),
        sql`SELECT 1`.execute(conn.db),
      ]);
      const admin = new pg.Client({ connectionString: scratch.url });
      await admin.connect();
      const ended = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      await admin.end();
      expect(ended.rowCount).toBe(2);
      await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(2));
      expect(String(logged.mock.calls[0]![0])).toMatch(/^database: an idle connection was closed/);
      const after = await sql<{ n: number }>`SELECT 1 AS n`.execute(conn.db);
      expect(after.rows).toEqual([{ n: 1 }]);
    } finally {
      logged.mockRestore();
    }
  });
});
