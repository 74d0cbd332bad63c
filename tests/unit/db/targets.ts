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

/** A scratch database on the TEST_DATABASE_URL server, created for one suite and dropped after. */
export const postgresTarget: Target = {
  name: 'PostgreSQL',
  skip: serverUrl
    ? null
    : 'TEST_DATABASE_URL is not set (.ci/run starts a PostgreSQL and sets it); skipping the server half',
  async open() {
    const name = `cof_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    const conn = await connect({ url: url.toString(), pgliteDir: '' });
    return {
      conn,
      dispose: async () => {
        await conn.close();
        const drop = new pg.Client({ connectionString: serverUrl });
        await drop.connect();
        await drop.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await drop.end();
      },
    };
  },
};

export const targets = [pgliteTarget, postgresTarget];
