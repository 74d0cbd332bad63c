import type { Migration, MigrationProvider } from 'kysely/migration';
import * as leads from './0001-leads';
import * as deliveries from './0002-deliveries';
import * as funnel from './0003-funnel';

/**
 * Every migration, in order. Listed by hand rather than read from a folder at run time, so the
 * server bundle and the command-line tools carry the same set. Never edit a shipped one: add one.
 */
export const migrations: Record<string, Migration> = {
  '0001-leads': leads,
  '0002-deliveries': deliveries,
  '0003-funnel': funnel,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
