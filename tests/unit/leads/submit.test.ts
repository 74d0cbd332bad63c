import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { answersSchema, choosePackage, computeReport, type PriceBook } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { listLeads } from '@/lib/leads/store';
import { MAX_BODY_BYTES, submitLead, type SubmitDeps } from '@/lib/leads/submit';
import { migratedDatabase } from '../support/database';
import { linkFor } from '../support/links';

const brand = JSON.parse(readFileSync('content/brand.json', 'utf8')) as {
  suite: PriceBook;
  legal: { privacyUrl: string };
};
const code = encodeReport(answersSchema.parse({ employees: 40, industry: 'legal' }));
const es = JSON.parse(readFileSync('messages/es.json', 'utf8')).leads.errors;
const de = JSON.parse(readFileSync('messages/de.json', 'utf8')).leads.errors;

const valid = {
  name: 'Lucía Pérez',
  email: 'lucia@example.es',
  company: 'Pérez Abogados',
  message: 'Quisiera revisar las cifras.',
  consent: true,
  reportCode: code,
  locale: 'es',
  fillMs: 8000,
};

const db = migratedDatabase();

const deps = (over: Partial<SubmitDeps> = {}): SubmitDeps => ({
  rateLimit: () => ({ ok: true }),
  client: '203.0.113.9',
  suite: brand.suite,
  privacyUrl: brand.legal.privacyUrl,
  db: async () => db(),
  ...over,
});
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/leads', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/leads', () => {
  it('stores a valid lead with the figures of its report and answers 201 with its id', async () => {
    const result = await submitLead(
      post({ ...valid, seller: 'ana', utm_source: 'linkedin' }),
      deps(),
    );
    expect(result.status).toBe(201);
    const { leads } = await listLeads(db(), { q: 'Pérez Abogados' });
    expect(leads.map((l) => l.id)).toEqual([result.body.id]);
    expect(leads[0]).toMatchObject({ seller: 'ana', utm_source: 'linkedin', reportCode: code });
    expect(leads[0]!.privacyUrl).toBe(brand.legal.privacyUrl);
  });

  it('answers in the prospect’s language beside each field: missing consent, bad email', async () => {
    const result = await submitLead(post({ ...valid, consent: false, email: 'lucia@' }), deps());
    expect(result.status).toBe(422);
    expect(result.body.fields).toEqual({ consent: es.consent, email: es.email });
    expect(result.body.message).toBe(es.fix);
  });

  it('refuses a tampered report code with its reason; keeps a lead whose link no longer fits', async () => {
    // Flip one payload character: the checksum no longer matches.
    const tampered = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    const a = await submitLead(post({ ...valid, reportCode: tampered, locale: 'de' }), deps());
    expect([a.status, a.body.reason, a.body.message]).toEqual([
      422,
      'checksum',
      de.report.checksum,
    ]);
    // A link whose workshop values no longer fit this deployment (other prices, or a range that
    // has narrowed since) still opens, clamped, and so does its lead: losing the prospect would
    // be worse than recomputing. Here a managed service of 100 set against a quote of 120 opens
    // at this brand's top of €35 a month, and the lead keeps the figures the report shows.
    const answers = answersSchema.parse({ employees: 40, industry: 'legal' });
    const pricing = choosePackage(brand.suite).pricing;
    const other = { ...pricing, managedServicePerUserMonth: 120 };
    const foreign = linkFor(answers, { suiteManagedServicePerUserMonth: 100 }, { suite: other });
    const b = await submitLead(
      post({ ...valid, company: 'Otra Marca SL', reportCode: foreign }),
      deps(),
    );
    expect(b.status).toBe(201);
    const [stored] = (await listLeads(db(), { q: 'Otra Marca SL' })).leads;
    const shown = computeReport(answers, {
      suite: pricing,
      overrides: { suiteManagedServicePerUserMonth: 35 },
    });
    expect(stored!.figures.netSaving).toBe(shown.netSaving);
  });

  it('stores HTML and script in every field as plain text, unchanged', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const body = {
      ...valid,
      name: script,
      company: `${script} Ltd`,
      message: script,
      utm_source: script,
      utm_medium: script,
      utm_campaign: script,
      referrer: script,
      seller: script,
    };
    const result = await submitLead(post(body), deps());
    expect(result.status).toBe(201);
    const { leads } = await listLeads(db(), { q: 'onerror' });
    expect(leads.find((l) => l.id === result.body.id)).toMatchObject({
      name: script,
      message: script,
      seller: script,
      referrer: script,
    });
  });

  it('refuses a body over 16 KiB unread (413), bad JSON (400) and other content types (415)', async () => {
    const big = { ...valid, message: 'x'.repeat(1024 * 1024) };
    expect((await submitLead(post(big), deps())).status).toBe(413);
    // Just over the cap with no content-length header: the stream is cut at 16 KiB + 1.
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(' '.repeat(MAX_BODY_BYTES + 1)));
        c.close();
      },
    });
    const streamed = new Request('http://localhost/api/leads', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await submitLead(streamed, deps())).status).toBe(413);
    expect(
      (await submitLead(post('{"name":', { 'accept-language': 'it-IT,it' }), deps())).body,
    ).toMatchObject({
      error: 'badJson',
      message: JSON.parse(readFileSync('messages/it.json', 'utf8')).leads.errors.badJson,
    });
    expect((await submitLead(post('[]'), deps())).status).toBe(400);
    expect((await submitLead(post(valid, { 'content-type': 'text/plain' }), deps())).status).toBe(
      415,
    );
  });

  it('turns away a filled honeypot and a form sent faster than a person can', async () => {
    const trap = await submitLead(post({ ...valid, website: 'https://spam.example' }), deps());
    expect([trap.status, trap.body.message]).toEqual([422, es.honeypot]);
    const quick = await submitLead(post({ ...valid, fillMs: 400 }), deps());
    expect([quick.status, quick.body.fields]).toEqual([422, { fillMs: es.fillTime }]);
  });

  it('stores a retried submission once and returns the first id', async () => {
    const body = { ...valid, submissionId: '0f5f3a2e-1d4c-4b6a-8e9f-2a3b4c5d6e7f' };
    const first = await submitLead(post(body), deps());
    const again = await submitLead(post(body), deps());
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
  });

  it('answers 429 with Retry-After past the client’s limit', async () => {
    let t = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 600_000, now: () => t });
    const d = deps({ rateLimit: limiter });
    expect((await submitLead(post(valid), d)).status).toBe(201);
    expect((await submitLead(post({ ...valid, consent: false }), d)).status).toBe(422);
    const third = await submitLead(post(valid, { 'accept-language': 'es' }), d);
    // Window 600 s, no time passed: retry after 600 s, 10 minutes.
    expect([third.status, third.headers?.['retry-after']]).toEqual([429, '600']);
    expect(third.body.message).toBe(es.rateLimited.replace(/\{minutes.*\}\./, '10 minutos.'));
    t = 600_000;
    expect((await submitLead(post(valid), d)).status).toBe(201);
  });

  it('says so (503) when the database cannot be reached, and nothing else breaks', async () => {
    const down = deps({ db: () => Promise.reject(new Error('connection refused')) });
    const result = await submitLead(post(valid), down);
    expect([result.status, result.body.message]).toEqual([503, es.unavailable]);
  });
});
