import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFunnelQuery } from '@/lib/funnel/query';
import { funnelTotals } from '@/lib/funnel/store';
import { attributionFrom } from '@/lib/funnel/visit';
import { parseInboxQuery, PAGE_SIZE } from '@/lib/inbox/query';
import { listLeads } from '@/lib/leads/store';
import { pickLocale } from '@/lib/leads/translate';
import { choosePackage, type PriceBook } from '@/lib/model';
import { sanitizeOgText } from '@/lib/og/render';
import { openReport } from '@/lib/report/open';
import { decodeFailures, decodeReport, encodeReport } from '@/lib/report-link';
import { overridesFromLink } from '@/lib/workshop';
import { migratedDatabase } from '../support/database';
import { validAnswers } from '../support/arbitraries';
import { anyText, FUZZ_RUNS } from './inputs';

// What the pages and images make of the parts of a URL a visitor controls, called in-process:
// every generated input gets an answer (a page, a notice, a dropped filter), never an exception.
const book = (JSON.parse(readFileSync('content/brand.json', 'utf8')) as { suite: PriceBook }).suite;
const codeChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~.%';

/** A report code: any text, code-like text, or a real code cut, extended or with a character changed. */
const reportCode = fc.oneof(
  anyText,
  fc.string({ unit: fc.constantFrom(...codeChars), maxLength: 120 }),
  fc
    .tuple(
      validAnswers,
      fc.nat(200),
      fc.constantFrom(...codeChars),
      fc.constantFrom('cut', 'swap', 'add'),
    )
    .map(([answers, at, c, how]) => {
      const code = encodeReport(answers);
      const i = at % (code.length + 1);
      if (how === 'cut') return code.slice(0, i);
      if (how === 'add') return code.slice(0, i) + c + code.slice(i);
      return code.slice(0, i) + c + code.slice(i + 1);
    }),
  validAnswers.map((answers) => encodeReport(answers)),
);

const queryValue = fc.oneof(
  fc.constant(undefined),
  anyText,
  fc.array(anyText, { maxLength: 3 }),
  fc.constantFrom('2026-02-30', '2026-12-01', '0000-00-00', 'de', '(direct)', 'embed', '99999999'),
);
const queryOf = (keys: string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), queryValue, {
    maxKeys: keys.length,
  });

const db = migratedDatabase();

describe(`${FUZZ_RUNS} generated URL inputs each, none ending in an exception`, () => {
  it('report codes: /report/<code>, its image, /embed/report/<code>, ?from= (assessment, workshop)', () => {
    let opened = 0;
    fc.assert(
      fc.property(fc.oneof(reportCode, fc.array(reportCode, { maxLength: 2 })), (code) => {
        // A repeated ?from= arrives as an array; a path segment as a string.
        const result = openReport(code as string, book, 16);
        if (!result.ok) {
          expect(decodeFailures).toContain(result.reason);
          return;
        }
        opened += 1;
        expect(Number.isFinite(result.report.netSaving)).toBe(true);
        // The workshop's ?from= takes the link's stated overrides into its own state.
        const linked = decodeReport(code);
        if (!linked.ok) throw new Error('opened, then did not decode');
        const pricing = choosePackage(book, linked.packageId).pricing;
        overridesFromLink(linked.answers, linked.stated, pricing);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // The real codes among the inputs open: the property reaches the model, not only the decoder.
    expect(opened).toBeGreaterThan(0);
  }, 120_000);

  it('text drawn into a social image (a client name from a code)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof sanitizeOgText(text)).toBe('string');
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the locale of an API answer: a body field and Accept-Language', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 1 }), anyText, (candidate, accept) => {
        expect(['en', 'de', 'it', 'es']).toContain(pickLocale(candidate, accept));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the embed and site query string (utm_*, seller, ref, referrer)', () => {
    const keys = ['utm_source', 'utm_medium', 'utm_campaign', 'seller', 'ref', 'referrer', 'host'];
    const search = fc.oneof(
      anyText,
      fc.webQueryParameters(),
      fc
        .array(fc.tuple(fc.constantFrom(...keys), anyText), { maxLength: 4 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(search, fc.oneof(anyText, fc.webUrl()), (query, referrer) => {
        const out = attributionFrom(query, referrer, 'http://127.0.0.1:3000');
        for (const value of Object.values(out)) expect(typeof value).toBe('string');
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the inbox and funnel filters, down to the database', async () => {
    // Each distinct filter the parsers let through goes to the database once (most inputs are
    // dropped to the same few filters; the query for one does not change with the input).
    const asked = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        queryOf(['q', 'from', 'to', 'locale', 'source', 'seller', 'page']),
        queryOf(['from', 'to', 'locale', 'source']),
        async (inbox, funnel) => {
          const { filter, page } = parseInboxQuery(inbox as Record<string, string>);
          const leads = { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
          const counts = parseFunnelQuery(funnel as Record<string, string>).filter;
          const key = JSON.stringify([leads, counts]);
          if (asked.has(key)) return;
          asked.add(key);
          await listLeads(db(), leads);
          await funnelTotals(db(), counts);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expect(asked.size).toBeGreaterThan(100);
  }, 240_000);
});
