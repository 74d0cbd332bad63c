import { sql, type Kysely } from 'kysely';

// Funnel counters: one row per day, event, language, source and step, nothing about a person.
// Step 0 stands for "no step", so the primary key needs no NULLs.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('funnel_daily')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('step', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('funnel_daily_pk', ['day', 'event', 'locale', 'source', 'step'])
    .execute();
  await sql`COMMENT ON TABLE funnel_daily IS 'daily event counts; no IP, identifier or cookie'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('funnel_daily').execute();
}
