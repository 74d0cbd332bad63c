import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createSession, SESSION_COOKIE, sessionSecret } from '@/lib/inbox/session';
import { answersSchema } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { E2E_INBOX_PASSWORD } from './fixtures/server';

// The built server under generated URLs and bodies: a bounded sample per route (the 10,000 per
// input run in-process, tests/unit/fuzz). Every answer must be below 500. Each request comes from
// its own client address (X-Forwarded-For), so the rate limits never stand in for the handler.
// The 10,000-input runs are in-process (tests/unit/fuzz); over HTTP a sample per route suffices.
const PER_ROUTE = 100;
const CONCURRENCY = 4;
const SEED = 16;
const code = encodeReport(answersSchema.parse({ employees: 30, industry: 'legal' }));
const session = `${SESSION_COOKIE}=${createSession(sessionSecret({ INBOX_PASSWORD: E2E_INBOX_PASSWORD }))}`;

/** Percent-encodes UTF-8 bytes outside the unreserved set (lone surrogates become U+FFFD). */
const pct = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
const nasty = [
  '%',
  '%zz',
  '%25zz',
  '%C0%AF',
  '%00',
  '..',
  '%2e%2e',
  '%2F',
  '%5C',
  '%E2%80%AE',
  '~',
];
const text = fc.string({ unit: 'binary', maxLength: 60 });
const segment = fc.oneof(
  text.map(pct),
  fc.constantFrom(...nasty),
  fc.tuple(fc.constantFrom(...nasty), text).map(([a, b]) => a + pct(b)),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,60}$/),
  fc.nat(code.length).map((i) => code.slice(0, i) + 'x' + code.slice(i + 1)),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'from',
        'host',
        'seller',
        'ref',
        'utm_source',
        'q',
        'page',
        'to',
        'locale',
        'source',
      ),
      segment,
    ),
    { maxLength: 4 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
const json = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc
    .dictionary(
      fc.constantFrom(
        'name',
        'email',
        'company',
        'message',
        'consent',
        'reportCode',
        'locale',
        'fillMs',
        'event',
        'step',
        'source',
        'website',
      ),
      fc.oneof(
        fc.jsonValue({ maxDepth: 1 }),
        fc.constant(code),
        fc.constantFrom('en', 'started', 'a@b.co'),
      ),
    )
    .map((o) => JSON.stringify(o)),
  text,
);

type Case = { method: 'GET' | 'POST'; path: string; body?: string; cookie?: string };
const routes: Record<string, fc.Arbitrary<Case>> = {
  'locale /<x> and /<x>/methodology': fc
    .tuple(segment, fc.boolean())
    .map(([s, m]) => ({ method: 'GET', path: `/${s || '%20'}${m ? '/methodology' : ''}` })),
  'report /en/report/<code>': segment.map((s) => ({ method: 'GET', path: `/en/report/${s}` })),
  'report image /de/report/<code>/opengraph-image': segment.map((s) => ({
    method: 'GET',
    path: `/de/report/${s}/opengraph-image`,
  })),
  'article /<locale>/insights/<slug>': segment.map((s) => ({
    method: 'GET',
    path: `/it/insights/${s}`,
  })),
  'assessment ?from=': query.map((q) => ({ method: 'GET', path: `/en/assessment?${q}` })),
  'workshop ?from=': query.map((q) => ({ method: 'GET', path: `/es/workshop?${q}` })),
  'embed ?query and /embed/report/<code>': fc
    .tuple(query, segment, fc.boolean())
    .map(([q, s, report]) => ({
      method: 'GET',
      path: report ? `/en/embed/report/${s}` : `/en/embed?${q}`,
    })),
  'inbox (signed in) ?filters': fc.tuple(query, fc.boolean()).map(([q, funnel]) => ({
    method: 'GET',
    path: `/en/inbox${funnel ? '/funnel' : ''}?${q}`,
    cookie: session,
  })),
  'GET /api/inbox/export ?filters (signed in)': query.map((q) => ({
    method: 'GET',
    path: `/api/inbox/export?${q}`,
    cookie: session,
  })),
  'POST /api/leads': json.map((body) => ({ method: 'POST', path: '/api/leads', body })),
  'POST /api/events': json.map((body) => ({ method: 'POST', path: '/api/events', body })),
  'POST /api/report-email': json.map((body) => ({
    method: 'POST',
    path: '/api/report-email',
    body,
  })),
};

let client = 0;
async function send(request: APIRequestContext, c: Case): Promise<number> {
  client += 1;
  const headers: Record<string, string> = {
    // A browser's user agent: the events endpoint ignores bots without reading them.
    'user-agent':
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0.0.0 Safari/537.36',
    'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
    ...(c.cookie ? { cookie: c.cookie } : {}),
    ...(c.body !== undefined ? { 'content-type': 'application/json' } : {}),
  };
  const response = await request.fetch(c.path, {
    method: c.method,
    headers,
    data: c.body,
    maxRedirects: 0,
  });
  return response.status();
}

test.describe.configure({ mode: 'parallel' });
for (const [name, arbitrary] of Object.entries(routes)) {
  test(`${name}: ${PER_ROUTE} generated requests, no 5xx`, async ({ request }) => {
    const cases = fc.sample(arbitrary, { seed: SEED, numRuns: PER_ROUTE });
    const statuses = new Map<number, number>();
    const fivexx: string[] = [];
    for (let i = 0; i < cases.length; i += CONCURRENCY) {
      const batch = cases.slice(i, i + CONCURRENCY);
      const got = await Promise.all(batch.map((c) => send(request, c)));
      got.forEach((status, j) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500)
          fivexx.push(`${status} ${batch[j]!.method} ${batch[j]!.path} ${batch[j]!.body ?? ''}`);
      });
    }
    console.log(`${name}: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(fivexx).toEqual([]);
    // The limits never answered for the handler.
    expect(statuses.get(429) ?? 0).toBe(0);
  });
}
