import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { enqueueLead, enqueueProspectMail, recentProspectMails } from '@/lib/delivery/outbox';
import { eraseLeads, insertLead, listLeads, purgeLeads } from '@/lib/leads/store';
import { aLead } from './leads-fixture';
import { targets } from './targets';

// One storage suite, run against a real PGlite folder and a real PostgreSQL server.
for (const target of targets) {
  if (target.skip) console.warn(`storage suite on ${target.name} skipped: ${target.skip}`);

  describe.skipIf(target.skip)(`lead storage on ${target.name}`, () => {
    let conn: Connection;
    let dispose: () => Promise<void>;
    const ago = (id: string, days: number) =>
      sql`UPDATE leads SET created_at = now() - make_interval(days => ${days}) WHERE id = ${id}`.execute(
        conn.db,
      );

    beforeAll(async () => {
      ({ conn, dispose } = await target.open());
    }, 180_000);
    afterAll(() => dispose?.());

    it('applies each migration once, in order', async () => {
      expect(await migrateToLatest(conn.db)).toEqual([
        '0001-leads',
        '0002-deliveries',
        '0003-funnel',
      ]);
      expect(await migrateToLatest(conn.db)).toEqual([]);
    });

    it('stores a lead as typed and reads it back, figures to the cent', async () => {
      const hostile = '<script>alert(1)</script> =HYPERLINK("x") "quoted" ñ ü 漢';
      const lead = aLead({ name: hostile, message: hostile, phone: '+34 912 345 678' });
      lead.figures = { ...lead.figures, netSaving: -98765.43, verdict: 'whatsapp-cheaper' };
      const { id, replayed } = await insertLead(conn.db, {
        ...lead,
        seller: 'ana',
        utm_source: 'li',
      });
      expect(replayed).toBe(false);
      const { leads } = await listLeads(conn.db, { q: 'HYPERLINK' });
      expect(leads).toHaveLength(1);
      expect(leads[0]).toMatchObject({
        id,
        name: hostile,
        message: hostile,
        phone: '+34 912 345 678',
        seller: 'ana',
        utm_source: 'li',
        figures: {
          netSaving: -98765.43,
          verdict: 'whatsapp-cheaper',
          currency: 'EUR',
          horizonYears: 3,
        },
      });
      expect(leads[0]!.createdAt).toBeInstanceOf(Date);
    });

    it('returns the first lead when the same submission is posted again', async () => {
      const submissionId = '6f0c3a52-43a4-4b4e-9a9e-1d2f3c4b5a69';
      const first = await insertLead(conn.db, aLead({ submissionId, company: 'Replay Ltd' }));
      const again = await insertLead(conn.db, aLead({ submissionId, company: 'Replay Ltd' }));
      expect(again).toEqual({ id: first.id, replayed: true });
      expect((await listLeads(conn.db, { q: 'Replay' })).total).toBe(1);
    });

    it('filters by words, language, source, seller and date, newest first', async () => {
      const a = await insertLead(
        conn.db,
        aLead({ company: 'Filtro Uno', locale: 'it', seller: 'Marco' }),
      );
      const b = await insertLead(
        conn.db,
        aLead({ company: 'Filtro Due', locale: 'it', source: 'workshop' }),
      );
      const c = await insertLead(conn.db, aLead({ company: 'Filtro Tre', locale: 'de' }));
      await ago(a.id, 10);
      await ago(b.id, 5);
      const ids = async (f: Parameters<typeof listLeads>[1]) =>
        (await listLeads(conn.db, { q: 'Filtro', ...f })).leads.map((l) => l.id);

      expect(await ids({})).toEqual([c.id, b.id, a.id]);
      expect(await ids({ locale: 'it' })).toEqual([b.id, a.id]);
      expect(await ids({ source: 'workshop' })).toEqual([b.id]);
      expect(await ids({ seller: 'marco' })).toEqual([a.id]);
      expect(await ids({ q: 'filtro uno' })).toEqual([a.id]);
      // 10 and 5 days ago: from 7 days ago keeps b and c; until 7 days ago keeps a.
      const week = new Date(Date.now() - 7 * 86_400_000);
      expect(await ids({ from: week })).toEqual([c.id, b.id]);
      expect(await ids({ to: week })).toEqual([a.id]);
      const page = await listLeads(conn.db, { q: 'Filtro', limit: 2, offset: 2 });
      expect({ ids: page.leads.map((l) => l.id), total: page.total }).toEqual({
        ids: [a.id],
        total: 3,
      });
    });

    it('searches a % or _ as the character itself', async () => {
      await insertLead(conn.db, aLead({ company: 'Percent 100% Ltd' }));
      await insertLead(conn.db, aLead({ company: 'Percent 1000 Ltd' }));
      const { leads } = await listLeads(conn.db, { q: '100%' });
      expect(leads.map((l) => l.company)).toEqual(['Percent 100% Ltd']);
    });

    it('erases every lead of an address in any letter case, and nothing else', async () => {
      await insertLead(conn.db, aLead({ email: 'Erase.Me@Example.com' }));
      await insertLead(conn.db, aLead({ email: 'erase.me@example.com' }));
      const keep = await insertLead(conn.db, aLead({ email: 'keep.me@example.com' }));
      await enqueueLead(conn.db, keep.id, ['webhook'], 60_000);
      // A copy of a report the address asked for is erased with its leads.
      const figures = aLead().figures;
      await enqueueProspectMail(
        conn.db,
        { email: 'ERASE.me@example.com', reportCode: '1AAAA', locale: 'en', figures },
        60_000,
      );
      expect(await eraseLeads(conn.db, ' ERASE.me@example.COM ')).toBe(2);
      expect(await recentProspectMails(conn.db, 'erase.me@example.com', 24)).toBe(0);
      const kept = await conn.db.selectFrom('deliveries').select('lead_id').execute();
      expect(kept.map((d) => d.lead_id)).toContain(keep.id);
      expect((await listLeads(conn.db, { q: 'erase.me' })).total).toBe(0);
      expect((await listLeads(conn.db, { q: 'keep.me' })).leads.map((l) => l.id)).toEqual([
        keep.id,
      ]);
    });

    it('purges leads older than the retention period', async () => {
      const old = await insertLead(conn.db, aLead({ company: 'Purge Old' }));
      const recent = await insertLead(conn.db, aLead({ company: 'Purge Recent' }));
      await ago(old.id, 366);
      await ago(recent.id, 364);
      expect(await purgeLeads(conn.db, 365)).toBe(1);
      expect((await listLeads(conn.db, { q: 'Purge' })).leads.map((l) => l.id)).toEqual([
        recent.id,
      ]);
    });

    it('keeps all of 200 leads written at once, each in its own transaction', async () => {
      const before = (await listLeads(conn.db, { q: 'Burst' })).total;
      const saved = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          conn.db.transaction().execute((trx) => insertLead(trx, aLead({ company: `Burst ${i}` }))),
        ),
      );
      expect(new Set(saved.map((s) => s.id)).size).toBe(200);
      expect((await listLeads(conn.db, { q: 'Burst' })).total - before).toBe(200);
    });

    it('rolls a failed transaction back whole', async () => {
      await expect(
        conn.db.transaction().execute(async (trx) => {
          await insertLead(trx, aLead({ company: 'Rollback Ltd' }));
          throw new Error('a later write failed');
        }),
      ).rejects.toThrow('a later write failed');
      expect((await listLeads(conn.db, { q: 'Rollback' })).total).toBe(0);
    });
  });
}
