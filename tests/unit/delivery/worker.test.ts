import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brand } from '@/lib/brand/schema';
import type { Connection } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { backoffMs } from '@/lib/delivery/backoff';
import { deliveryConfig, type Destination } from '@/lib/delivery/config';
import { deadLetters, enqueueLead, retryNow } from '@/lib/delivery/outbox';
import { startWorker, type Worker } from '@/lib/delivery/worker';
import { PER_ADDRESS_PER_DAY, requestReportEmail } from '@/lib/delivery/report-email';
import { parseEnv } from '@/lib/env/server-env';
import { insertLead } from '@/lib/leads/store';
import { aLead } from '../db/leads-fixture';
import { pgliteTarget } from '../db/targets';
import { fakeHubspot } from './fakes/hubspot';
import { fakeSmtp } from './fakes/smtp';
import { webhookReceiver } from './fakes/webhook-receiver';
import { newSecret, reportCode, until } from './support';

const brand = JSON.parse(readFileSync('content/brand.json', 'utf8')) as Brand;

describe('backoff', () => {
  it('doubles from the base up to the cap, keeping at least half of each wait', () => {
    const timing = { baseMs: 10_000, maxMs: 3_600_000 };
    // Attempt n waits between half and all of min(cap, base × 2^(n−1)).
    expect(backoffMs(1, timing, () => 0)).toBe(5_000);
    expect(backoffMs(1, timing, () => 1)).toBe(10_000);
    expect(backoffMs(4, timing, () => 1)).toBe(80_000); // 10 s × 2³
    expect(backoffMs(30, timing, () => 0)).toBe(1_800_000); // capped: half of 1 h
    expect(backoffMs(30, timing, () => 1)).toBe(3_600_000);
  });

  it('tries about 40 times in the day before it gives up, with the defaults', () => {
    // Midpoint waits (¾ of each ceiling): 7.5 s, 15 s, … 1920 s for the first 9 attempts
    // (7.5 s × (2⁹ − 1) = 3832.5 s), then 2700 s each: ⌈(86400 − 3832.5) / 2700⌉ = 31 more → 40.
    const timing = { baseMs: 10_000, maxMs: 3_600_000 };
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 86_400_000) elapsed += backoffMs(++attempts, timing, () => 0.5);
    expect(attempts).toBe(40);
  });
});

describe('the worker against the fakes', () => {
  let conn: Connection;
  let dispose: () => Promise<void>;
  let status = 204;
  const secret = newSecret();
  let webhook: Awaited<ReturnType<typeof webhookReceiver>>;
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
  let hubspot: Awaited<ReturnType<typeof fakeHubspot>>;
  let worker: Worker;

  beforeAll(async () => {
    ({ conn, dispose } = await pgliteTarget.open());
    await migrateToLatest(conn.db);
    webhook = await webhookReceiver(secret, () => status);
    smtp = await fakeSmtp();
    hubspot = await fakeHubspot('11111111-2222-4333-8444-555555555555');
    const config = deliveryConfig(
      parseEnv({
        LEADS_WEBHOOK_URL: `${webhook.url}/hook`,
        LEADS_WEBHOOK_SECRET: secret,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'leads@example.com',
        LEADS_EMAIL_TO: 'sales@example.com',
        LEADS_EMAIL_LOCALE: 'de',
        HUBSPOT_PORTAL_ID: '42',
        // A form id the fake answers 404 for, as HubSpot does for an unknown form.
        HUBSPOT_FORM_ID: '0f0e0d0c-0b0a-4909-8807-060504030201',
        HUBSPOT_TEST_BASE_URL: hubspot.url,
        // 1–2 s between attempts: two attempts fall in different seconds.
        LEADS_RETRY_BASE_MS: '2000',
        LEADS_RETRY_MAX_MS: '2000',
        LEADS_RETRY_GIVE_UP_SECONDS: '60',
        LEADS_POLL_MS: '50',
      }),
    );
    worker = startWorker({ db: conn.db, config, brand, log: { ...console, warn: () => {} } });
  }, 180_000);
  afterAll(async () => {
    await worker?.stop();
    await Promise.all([webhook?.close(), smtp?.close(), hubspot?.close()]);
    await dispose?.();
  });

  const newLead = async (to: Destination[], over = {}) => {
    const { id } = await insertLead(conn.db, aLead(over));
    await enqueueLead(conn.db, id, to, 60_000);
    worker.nudge();
    return id;
  };
  const row = (leadId: string, destination: string) =>
    conn.db
      .selectFrom('deliveries')
      .selectAll()
      .where('lead_id', '=', leadId)
      .where('destination', '=', destination)
      .executeTakeFirstOrThrow();

  /** The row once it reaches `status` (the fake answers before the worker records the outcome). */
  const settled = async (leadId: string, destination: string, status: string) => {
    let r = await row(leadId, destination);
    for (let i = 0; i < 100 && r.status !== status; i++) {
      await new Promise((res) => setTimeout(res, 100));
      r = await row(leadId, destination);
    }
    return r;
  };

  it('retries a 503 with the same webhook-id, a fresh timestamp and a valid signature', async () => {
    status = 503;
    const before = webhook.refused;
    const id = await newLead(['webhook'], { utm_source: 'linkedin', seller: 'ana' });
    await until(() => webhook.refused >= before + 1, 10_000, 'a refused attempt');
    status = 204;
    await until(() => webhook.received.some((r) => r.body.data?.id === id), 10_000, 'delivery');
    const got = webhook.received.find((r) => r.body.data?.id === id)!;
    const delivered = await settled(id, 'webhook', 'delivered');
    expect(got.id).toBe(`msg_${delivered.id}`);
    // Both attempts carried the same id; the second a later timestamp (the wait was ≥ 1 s).
    const tries = webhook.attempts.filter((a) => a.id === got.id);
    expect(tries).toHaveLength(2);
    expect(Number(tries[1]!.timestamp)).toBeGreaterThan(Number(tries[0]!.timestamp));
    expect(got.valid).toBe(true);
    expect(got.body).toMatchObject({
      type: 'lead.created',
      version: 1,
      data: {
        id,
        reportUrl: `${brand.siteUrl}/en/report/1AAAA`,
        netSaving: 12345.67,
        currency: 'EUR',
        verdict: 'suite-cheaper',
        attribution: { utmSource: 'linkedin', seller: 'ana' },
      },
    });
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2, last_error: null });
  });

  it('stops at 410 and dead-letters the row; "retry now" delivers it', async () => {
    status = 410;
    const id = await newLead(['webhook']);
    let dead;
    for (let i = 0; i < 100 && dead?.status !== 'dead'; i++) {
      dead = await row(id, 'webhook');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    expect(dead!.last_error).toContain('410');
    expect((await deadLetters(conn.db)).map((d) => d.id)).toContain(dead!.id);
    status = 204;
    expect(await retryNow(conn.db, dead!.id, 60_000)).toBe(true);
    worker.nudge();
    await until(() => webhook.received.some((r) => r.body.data?.id === id), 10_000, 'delivery');
  });

  it('mails the MSP in its language, text and HTML, with a Message-ID per lead', async () => {
    const id = await newLead(['email'], { name: 'Ana <b>López</b>', company: 'López & Hijos' });
    await until(() => smtp.mails.some((m) => m.messageId.includes(id)), 10_000, 'the mail');
    const mail = smtp.mails.find((m) => m.messageId.includes(id))!;
    expect(mail.messageId).toBe(`<lead-${id}@${new URL(brand.siteUrl).hostname}>`);
    expect(mail.to).toEqual(['sales@example.com']);
    expect(mail.raw).toContain('multipart/alternative');
    expect(mail.raw).toContain('text/html');
    // The German strings and the prospect's name escaped in the HTML part.
    expect(mail.decoded).toMatch(/Nettoersparnis über 3 Jahre/);
    expect(mail.decoded).toContain(`${brand.siteUrl}/en/report/1AAAA`);
    expect(mail.decoded).toContain('Ana &#60;b&#62;López&#60;/b&#62;');
  });

  it('dead-letters a HubSpot refusal (unknown form) at once, with HubSpot’s answer', async () => {
    const id = await newLead(['hubspot']);
    let r;
    for (let i = 0; i < 100 && r?.status !== 'dead'; i++) {
      r = await row(id, 'hubspot');
      await new Promise((res) => setTimeout(res, 100));
    }
    expect(r).toMatchObject({ status: 'dead', attempts: 1 });
    expect(r!.last_error).toMatch(/^HTTP 404/);
  });

  describe('"email me my report"', () => {
    const ask = (body: unknown, over: Partial<Parameters<typeof requestReportEmail>[1]> = {}) =>
      requestReportEmail(
        new Request('http://localhost/api/report-email', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'it-IT' },
          body: JSON.stringify(body),
        }),
        {
          rateLimit: () => ({ ok: true }),
          client: '203.0.113.7',
          suite: brand.suite,
          mail: { giveUpMs: 60_000, saved: () => worker.nudge() },
          db: async () => conn.db,
          ...over,
        },
      );

    it('queues the link and figures, and the prospect gets a mail in their language', async () => {
      const result = await ask({ email: 'Marta@Example.it', reportCode, locale: 'it' });
      expect(result).toEqual({ status: 202, body: { queued: true } });
      // Addresses compare without regard to case (the mail servers lower-case the domain).
      const toMarta = (m: { to: string[] }) =>
        m.to.some((a) => a.toLowerCase() === 'marta@example.it');
      await until(() => smtp.mails.some(toMarta), 10_000, 'the prospect mail');
      const mail = smtp.mails.find(toMarta)!;
      expect(mail.decoded).toContain(`${brand.siteUrl}/it/report/${reportCode}`);
      expect(mail.decoded).toMatch(/Risparmio netto in 3 anni: -?[\d.]+\s€/);
      expect(mail.messageId).toMatch(/^<report-[0-9a-f-]{36}@/);
    });

    it(`refuses a ${PER_ADDRESS_PER_DAY + 1}th copy for one address in a day, in any letter case`, async () => {
      // The first was sent above; two more are allowed, then the address is at its limit.
      for (let i = 1; i < PER_ADDRESS_PER_DAY; i++) {
        expect((await ask({ email: 'marta@example.it', reportCode, locale: 'it' })).status).toBe(
          202,
        );
      }
      const refused = await ask({ email: 'MARTA@example.it', reportCode, locale: 'it' });
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: 'addressLimited' });
      expect(refused.body.message).toMatch(/Riprovi domani/);
    });

    it('answers a bad address, a damaged report, a busy client and no mail server with a 4xx', async () => {
      const bad = await ask({ email: 'not-an-address', reportCode, locale: 'es' });
      expect(bad).toMatchObject({ status: 422, body: { error: 'email' } });
      expect(bad.body.message).toMatch(/^Introduzca/);
      const damaged = await ask({
        email: 'a@example.com',
        reportCode: `${reportCode}x`,
        locale: 'de',
      });
      expect(damaged).toMatchObject({ status: 422, body: { error: 'report' } });
      const busy = await ask(
        { email: 'a@example.com', reportCode, locale: 'en' },
        { rateLimit: () => ({ ok: false, retryAfter: 120 }) },
      );
      expect(busy).toMatchObject({ status: 429, body: { error: 'rateLimited' } });
      const off = await ask(
        { email: 'a@example.com', reportCode, locale: 'en' },
        { mail: undefined },
      );
      expect(off).toMatchObject({ status: 404, body: { error: 'unavailable' } });
    });
  });
});
