import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect, type Connection } from '@/lib/db/connect';

/** A fresh, empty database of one kind, and how to throw it away. */
export type Target = {
  name: string;
  /** Why the suite is skipped on this kind, or null when it runs. */
  skip: string | null;
  open: () => Promise<{ conn: Connection; dispose: () => Promise<void> }>;
};

const serverUrl = process.env.TEST_DATABASE_URL;

export const pgliteTarget: Target = {
  name: 'PGlite',
  skip: null,
  async open() {
    const dir = mkdtempSync(path.join(tmpdir(), 'cof-pglite-'));
    const conn = await connect({ pgliteDir: path.join(dir, 'pglite') });
    return {
      conn,
      dispose: async () => {
        await conn.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A new, empty database on the TEST_DATABASE_URL server, and how to drop it. */
export async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cof_test_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
}

/** A scratch database on the TEST_DATABASE_URL server, created for one suite and dropped after. */
export const postgresTarget: Target = {
  name: 'PostgreSQL',
  skip: serverUrl
    ? null
    : 'TEST_DATABASE_URL is not set (.ci/run starts a PostgreSQL and sets it); skipping the server half',
  async open() {
    const scratch = await scratchDatabase();
    const conn = await connect({ url: scratch.url, pgliteDir: '' });
    return {
      conn,
      dispose: async () => {
        await conn.close();
        await scratch.drop();
      },
    };
  },
};

export const targets = [pgliteTarget, postgresTarget];
