import { afterAll, beforeAll } from 'vitest';
import type { Connection } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { pgliteTarget, type Target } from '../db/targets';

/**
 * A fresh database with every migration for the suite that calls this: opened before its tests
 * and thrown away after them. The returned function gives the database once the tests run.
 */
export function migratedDatabase(target: Target = pgliteTarget): () => Connection['db'] {
  let opened: Awaited<ReturnType<Target['open']>> | undefined;
  beforeAll(async () => {
    opened = await target.open();
    await migrateToLatest(opened.conn.db);
    // Opening and migrating take seconds alone, far longer on a busy 2-core machine.
  }, 180_000);
  afterAll(() => opened?.dispose());
  return () => opened!.conn.db;
}
