import { describe, expect, it } from 'vitest';
import { isBot, recordEvent, type RecordDeps } from '@/lib/funnel/record';
import { funnelSources, funnelTotals } from '@/lib/funnel/store';
import { targets } from '../db/targets';
import { migratedDatabase } from '../support/database';

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

function post(body: unknown, headers: Record<string, string> = {}) {
  return new Request('http://127.0.0.1/api/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': CHROME, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('which user agents are bots', () => {
  it.each([
    ['Googlebot/2.1 (+http://www.google.com/bot.html)', true],
    ['Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/140.0.0.0 Safari/537.36', true],
    ['curl/8.5.0', true],
    ['', true],
    [CHROME, false],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1', false],
  ])('%s → %s', (ua, bot) => expect(isBot(ua)).toBe(bot));
});

for (const target of targets) {
  describe.skipIf(target.skip)(`funnel counters on ${target.name}`, () => {
    const db = migratedDatabase(target);
    let day = '2026-12-01';
    const deps = (over: Partial<RecordDeps> = {}): RecordDeps => ({
      rateLimit: () => ({ ok: true }),
      client: '127.0.0.1',
      db: async () => db(),
      now: () => new Date(`${day}T12:00:00Z`),
      ...over,
    });

    it('keeps one counter per day, event, language, source and step', async () => {
      const hits = [
        { event: 'embed_loaded', locale: 'de', source: 'newsletter' },
        { event: 'embed_loaded', locale: 'de', source: 'newsletter' },
        { event: 'assessment_started', locale: 'de', source: 'newsletter' },
        { event: 'step_reached', locale: 'de', source: 'newsletter', step: 2 },
        { event: 'step_reached', locale: 'en', source: '', step: 2 },
      ];
      for (const hit of hits) expect((await recordEvent(post(hit), deps())).status).toBe(204);
      day = '2026-12-02';
      expect(
        (
          await recordEvent(
            post({ event: 'embed_loaded', locale: 'de', source: 'newsletter' }),
            deps(),
          )
        ).status,
      ).toBe(204);

      const totals = await funnelTotals(db(), { source: 'newsletter' });
      const count = (event: string, step = 0) =>
        totals.find((t) => t.event === event && t.step === step)?.count ?? 0;
      // Two embed loads on 1 December and one on 2 December: 2 + 1 = 3.
      expect(count('embed_loaded')).toBe(3);
      expect(count('assessment_started')).toBe(1);
      expect(count('step_reached', 2)).toBe(1);
      // Only 1 December: the two loads of that day.
      const first = await funnelTotals(db(), { to: '2026-12-01', source: 'newsletter' });
      expect(first.find((t) => t.event === 'embed_loaded')?.count).toBe(2);
      // English, direct (source ''): only the one step-2 hit.
      expect(await funnelTotals(db(), { locale: 'en', source: '' })).toEqual([
        { event: 'step_reached', step: 2, count: 1 },
      ]);
      expect(await funnelSources(db())).toEqual(['newsletter', '']);
    });

    it('stores nothing but the counters', async () => {
      const columns = await db().introspection.getTables();
      const funnel = columns.find((t) => t.name === 'funnel_daily')!;
      expect(funnel.columns.map((c) => c.name).sort()).toEqual(
        ['count', 'day', 'event', 'locale', 'source', 'step'].sort(),
      );
    });

    it('answers bad input with a 4xx and counts nothing', async () => {
      const before = await funnelTotals(db());
      const cases: [Request, number][] = [
        [post('{"event":'), 400],
        [post({ event: 'clicked', locale: 'de' }), 422],
        [post({ event: 'embed_loaded', locale: 'fr' }), 422],
        [post({ event: 'embed_loaded', locale: 'de', source: 'Has Spaces' }), 422],
        [post({ event: 'embed_loaded', locale: 'de', step: 3 }), 422],
        [post({ event: 'step_reached', locale: 'de' }), 422],
        [post({ event: 'step_reached', locale: 'de', step: 1 }), 422],
        [post({ event: 'step_reached', locale: 'de', step: 99 }), 422],
        [post({ event: 'embed_loaded', locale: 'de', email: 'a@b.example' }), 422],
        [post({ event: 'embed_loaded', locale: 'de' }, { 'content-type': 'text/html' }), 415],
        [post({ event: 'embed_loaded', locale: 'de', source: 'x'.repeat(2000) }), 413],
      ];
      for (const [request, status] of cases) {
        expect((await recordEvent(request, deps())).status).toBe(status);
      }
      expect(await funnelTotals(db())).toEqual(before);
    });

    it('drops bots silently and refuses a client over its limit', async () => {
      const before = await funnelTotals(db());
      const hit = { event: 'landing_viewed', locale: 'it' };
      expect((await recordEvent(post(hit, { 'user-agent': 'Googlebot/2.1' }), deps())).status).toBe(
        204,
      );
      const limited = deps({ rateLimit: () => ({ ok: false, retryAfter: 30 }) });
      expect((await recordEvent(post(hit), limited)).status).toBe(429);
      expect(await funnelTotals(db())).toEqual(before);
    });

    it('answers 202, never a 5xx, when the database is away', async () => {
      const away = deps({ db: () => Promise.reject(new Error('connection refused')) });
      const hit = { event: 'landing_viewed', locale: 'it' };
      const result = await recordEvent(post(hit), away);
      expect(result.status).toBe(202);
    });
  });
}
