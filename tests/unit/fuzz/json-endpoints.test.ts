import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestReportEmail } from '@/lib/delivery/report-email';
import { recordEvent } from '@/lib/funnel/record';
import { submitLead } from '@/lib/leads/submit';
import { answersSchema, type PriceBook } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { migratedDatabase } from '../support/database';
import { FUZZ_RUNS, jsonBody, requestFor } from './inputs';

// The three JSON endpoints' handlers, called as the routes call them (app/api/*/route.ts) with a
// throwaway PGlite database and no rate limit, so every input reaches the handler: zero 5xx.
const brand = JSON.parse(readFileSync('content/brand.json', 'utf8')) as {
  suite: PriceBook;
  legal: { privacyUrl: string };
};
const code = encodeReport(answersSchema.parse({ employees: 12, industry: 'retail' }));
const lead = {
  name: 'Ana Ruiz',
  email: 'ana@example.es',
  company: 'Ruiz SL',
  phone: '+34 600 000 000',
  message: 'Hola',
  consent: true,
  reportCode: code,
  locale: 'es',
  source: 'report',
  utm_source: 'linkedin',
  seller: 'ana',
  fillMs: 8000,
  submissionId: '4f1c2b8e-9d3a-4e1b-8c2d-7a6b5c4d3e2f',
};
const event = { event: 'step_reached', locale: 'de', source: 'embed', step: 2 };
const reportEmail = { email: 'ana@example.es', reportCode: code, locale: 'it' };

const db = migratedDatabase();

const free = () => ({ ok: true }) as const;

describe(`${FUZZ_RUNS} generated bodies per JSON endpoint, none answered with a 5xx`, () => {
  it('POST /api/leads', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(jsonBody(lead), async (input) => {
        const result = await submitLead(requestFor('/api/leads', input), {
          rateLimit: free,
          client: '198.51.100.7',
          suite: brand.suite,
          privacyUrl: brand.legal.privacyUrl,
          db: async () => db(),
        });
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        expect(result.status).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // Some inputs get through to the database, not only the checks in front of it.
    expect(statuses.get(201)).toBeGreaterThan(0);
  }, 240_000);

  it('POST /api/events', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(jsonBody(event), async (input) => {
        const result = await recordEvent(requestFor('/api/events', input), {
          rateLimit: free,
          client: '198.51.100.7',
          db: async () => db(),
        });
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        expect(result.status).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(statuses.get(204)).toBeGreaterThan(0);
  }, 240_000);

  it('POST /api/report-email', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(jsonBody(reportEmail), async (input) => {
        const result = await requestReportEmail(requestFor('/api/report-email', input), {
          rateLimit: free,
          client: '198.51.100.7',
          suite: brand.suite,
          mail: { giveUpMs: 60_000 },
          db: async () => db(),
        });
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        expect(result.status).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(statuses.get(202) ?? statuses.get(200) ?? statuses.get(201)).toBeGreaterThan(0);
  }, 240_000);
});
