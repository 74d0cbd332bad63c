import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requestReportEmail } from '@/lib/delivery/report-email';
import { parseFunnelQuery } from '@/lib/funnel/query';
import { funnelTotals } from '@/lib/funnel/store';
import { parseInboxQuery } from '@/lib/inbox/query';
import { listLeads } from '@/lib/leads/store';
import { submitLead } from '@/lib/leads/submit';
import { answersSchema, type PriceBook } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { migratedDatabase } from '../support/database';

// The inputs the fuzz tests found answered with a 5xx (or a database error behind a 200), each
// kept here as it was found.
const brand = JSON.parse(readFileSync('content/brand.json', 'utf8')) as {
  suite: PriceBook;
  legal: { privacyUrl: string };
};
const code = encodeReport(answersSchema.parse({ employees: 12, industry: 'retail' }));
const es = JSON.parse(readFileSync('messages/es.json', 'utf8')).leads.errors;

const db = migratedDatabase();

const post = (body: unknown) =>
  new Request('http://127.0.0.1/api/x', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('inputs the fuzz found', () => {
  it('a lead with a NUL character in a field: 422 on that field, not a 503 from the database', async () => {
    const lead = {
      name: 'Ana\u0000',
      email: 'ana@example.es',
      company: 'Ruiz SL',
      message: 'Hola',
      consent: true,
      reportCode: code,
      locale: 'es',
      fillMs: 8000,
      seller: '\u0000',
    };
    const result = await submitLead(post(lead), {
      rateLimit: () => ({ ok: true }),
      client: '198.51.100.7',
      suite: brand.suite,
      privacyUrl: brand.legal.privacyUrl,
      db: async () => db(),
    });
    expect(result.status).toBe(422);
    expect(result.body.fields).toEqual({ name: es.invalid, seller: es.invalid });
  });

  it('an inbox search with a NUL character is dropped before the database (the CSV answered 503)', async () => {
    const query = parseInboxQuery({ q: 'a\u0000b', seller: '\u0000' });
    expect(query.dropped).toBe(true);
    expect(query.filter).toEqual({});
    await expect(listLeads(db(), query.filter)).resolves.toMatchObject({ total: 0 });
  });

  it('a day that does not exist is dropped from the funnel and inbox filters', async () => {
    for (const from of ['2026-02-30', '2026-13-01', '0000-01-01']) {
      const funnel = parseFunnelQuery({ from });
      expect(funnel.dropped, from).toBe(true);
      await expect(funnelTotals(db(), funnel.filter)).resolves.toEqual([]);
      expect(parseInboxQuery({ from }).dropped, from).toBe(true);
    }
    // 2024 is a leap year (divisible by 4, not by 100): its 29 February exists.
    expect(parseFunnelQuery({ from: '2024-02-29' }).filter).toEqual({ from: '2024-02-29' });
    expect(parseInboxQuery({ to: '2024-02-29' }).dropped).toBe(false);
  });

  it('the report email on a site without a mail server: 404, not 503', async () => {
    const result = await requestReportEmail(
      post({ email: 'ana@example.es', reportCode: code, locale: 'it' }),
      {
        rateLimit: () => ({ ok: true }),
        client: '198.51.100.7',
        suite: brand.suite,
        db: async () => db(),
      },
    );
    expect(result).toMatchObject({ status: 404, body: { error: 'unavailable' } });
  });
});
