import { sql, type Kysely } from 'kysely';

// Migrations speak plain PostgreSQL and never import the app's types: they must keep working
// when those types move on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('leads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submission_id', 'uuid', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('report_code', 'text', (c) => c.notNull())
    .addColumn('privacy_url', 'text', (c) => c.notNull())
    .addColumn('net_saving', sql`numeric(16, 2)`, (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('horizon_years', 'smallint', (c) => c.notNull())
    .addColumn('utm_source', 'text')
    .addColumn('utm_medium', 'text')
    .addColumn('utm_campaign', 'text')
    .addColumn('referrer', 'text')
    .addColumn('seller', 'text')
    .execute();
  // The inbox lists newest first; retention deletes by age; erasure finds an address in any case.
  await db.schema.createIndex('leads_created_at').on('leads').column('created_at').execute();
  await sql`CREATE INDEX leads_email_lower ON leads (lower(email))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('leads').execute();
}
