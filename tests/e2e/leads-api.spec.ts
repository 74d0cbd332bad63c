import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { connect, type DbConfig } from '@/lib/db/connect';
import { listLeads } from '@/lib/leads/store';
import { answersSchema } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { postgresTarget, scratchDatabase } from '../unit/db/targets';
import { startServer } from './fixtures/server';

// Each test runs its own server (own port, own database), one after another.
test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

const basePort = Number(process.env.E2E_PORT ?? 3100) + 10;
const code = encodeReport(answersSchema.parse({ employees: 25, industry: 'healthcare' }));
const lead = (i: number) => ({
  name: `Concurrent ${i}`,
  email: `c${i}@example.com`,
  company: `Load Test ${i}`,
  message: 'One of many at once.',
  consent: true,
  reportCode: code,
  locale: 'en',
  fillMs: 5000,
});
const de = JSON.parse(readFileSync('messages/de.json', 'utf8')).leads.errors;

/** 200 posts at once to one server; after it stops, the database holds each one, once. */
async function twoHundredAtOnce(port: number, config: DbConfig, env: Record<string, string>) {
  const server = await startServer(port, { ...env, LEADS_RATE_LIMIT: '100000' });
  let ids: string[];
  try {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        fetch(`${server.url}/api/leads`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(lead(i)),
        }).then(async (r) => ({ status: r.status, text: await r.text() })),
      ),
    );
    const wrong = responses.filter((r) => r.status !== 201);
    expect(wrong, JSON.stringify(wrong.slice(0, 3))).toEqual([]);
    ids = responses.map((r) => (JSON.parse(r.text) as { id: string }).id);
  } finally {
    await server.stop();
  }
  const conn = await connect(config);
  try {
    const { leads, total } = await listLeads(conn.db, { q: 'Load Test' });
    expect(total).toBe(200);
    expect(new Set(leads.map((l) => l.id))).toEqual(new Set(ids));
  } finally {
    await conn.close();
  }
}

test('200 concurrent leads against one server on PGlite: 200 rows, none lost', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cof-burst-'));
  try {
    const pgliteDir = path.join(dir, 'pglite');
    await twoHundredAtOnce(basePort, { pgliteDir }, { PGLITE_DIR: pgliteDir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('200 concurrent leads against one server on PostgreSQL: 200 rows, none lost', async () => {
  test.skip(!!postgresTarget.skip, postgresTarget.skip ?? '');
  const scratch = await scratchDatabase();
  try {
    await twoHundredAtOnce(
      basePort + 1,
      { url: scratch.url, pgliteDir: '' },
      { DATABASE_URL: scratch.url },
    );
  } finally {
    await scratch.drop();
  }
});

test('bad input over HTTP gets its 4xx and a localized message, never a 5xx; the limit answers 429', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cof-bad-'));
  const server = await startServer(basePort + 2, {
    PGLITE_DIR: path.join(dir, 'pglite'),
    LEADS_RATE_LIMIT: '8',
    LEADS_RATE_WINDOW_SECONDS: '120',
  });
  const post = (body: string, type = 'application/json') =>
    fetch(`${server.url}/api/leads`, { method: 'POST', headers: { 'content-type': type }, body });
  try {
    const ok = lead(0);
    const html = '<script>alert(1)</script><b onmouseover=alert(2)>x</b>';
    const cases: [string, string, number, string?][] = [
      [
        'missing consent',
        JSON.stringify({ ...ok, consent: undefined, locale: 'de' }),
        422,
        de.consent,
      ],
      ['bad email', JSON.stringify({ ...ok, email: 'not-an-email', locale: 'de' }), 422, de.email],
      ['1 MiB body', JSON.stringify({ ...ok, message: 'x'.repeat(1 << 20), locale: 'de' }), 413],
      [
        'tampered code',
        JSON.stringify({
          ...ok,
          reportCode: `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`,
          locale: 'de',
        }),
        422,
      ],
      ['not JSON', '{"name": ', 400],
      [
        'HTML in every field',
        JSON.stringify({
          ...ok,
          name: html,
          company: html,
          message: html,
          seller: html,
          referrer: html,
          utm_source: html,
        }),
        201,
      ],
    ];
    for (const [what, body, status, field] of cases) {
      const response = await post(body);
      const json = (await response.json()) as { message?: string; fields?: Record<string, string> };
      expect(response.status, what).toBe(status);
      if (status >= 400) expect(json.message, what).toBeTruthy();
      if (field) expect(Object.values(json.fields ?? {}), what).toContain(field);
    }
    // Six posts so far; the limit is 8 per 120 s: two more pass, the ninth is refused.
    expect((await post(JSON.stringify(ok))).status).toBe(201);
    expect((await post(JSON.stringify(ok))).status).toBe(201);
    const limited = await post(JSON.stringify(ok));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Without INBOX_PASSWORD the inbox does not exist.
    expect((await fetch(`${server.url}/en/inbox`)).status).toBe(404);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
