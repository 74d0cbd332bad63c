import { sql, type Kysely } from 'kysely';

// The transactional outbox: one row per lead and destination, written in the lead's transaction,
// delivered by a worker. A prospect's "email me my report" is a row without a lead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lead_id', 'uuid', (c) => c.references('leads.id').onDelete('cascade'))
    .addColumn('destination', 'text', (c) => c.notNull())
    // pending → delivered, or dead (given up, or refused for good); "retry now" makes it pending.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Retries stop here; "retry now" moves it on.
    .addColumn('give_up_at', 'timestamptz', (c) => c.notNull())
    // A worker owns a row it claimed until then; a worker that died loses it when it passes.
    .addColumn('lease_until', 'timestamptz')
    .addColumn('leased_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'timestamptz')
    // What a row without a lead needs (the prospect's address, report code and language).
    .addColumn('payload', 'jsonb')
    .execute();
  await sql`CREATE UNIQUE INDEX deliveries_lead_destination ON deliveries (lead_id, destination) WHERE lead_id IS NOT NULL`.execute(
    db,
  );
  // The worker's claim reads due pending rows only.
  await sql`CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending'`.execute(
    db,
  );
  // The per-address limit of "email me my report" counts recent requests for one address.
  await sql`CREATE INDEX deliveries_recipient ON deliveries (lower(payload->>'email'), created_at) WHERE lead_id IS NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deliveries').execute();
}
