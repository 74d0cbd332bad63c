// A mixed load on a production server of this build (loopback only): the landing page, the
// embedded assessment, reports with varied codes, report OG images (one in ten for a broken code,
// which proxy.ts rewrites to the generic image), POST /api/leads into a throwaway PGlite folder and
// POST /api/events, all at once. Each route is its own autocannon instance, bounded in requests
// and seconds, so each gets its own latency figures; their connections add up to `connections`.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { connect } from '../../lib/db/connect';
import { answersSchema } from '../../lib/model';
import { encodeReport } from '../../lib/report-link';
import { startServer } from '../start-server';

export type RouteResult = {
  route: string;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses per status code, e.g. "200×150". */
  statuses: string;
  rps: number;
  p50: number;
  p99: number;
};
export type LoadResult = {
  routes: RouteResult[];
  seconds: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  leadsAccepted: number;
  leadsStored: number;
  leadsMissing: number;
  serverErrors: string[];
};

/** A small deterministic generator, so a failing run can be repeated exactly. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** `count` valid report codes from varied answers, through the app's own link encoder. */
export function variedCodes(count: number): string[] {
  const r = random(16);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: count }, () =>
    encodeReport(
      answersSchema.parse({
        employees: 1 + Math.floor(r() * 20_000),
        whatsappShare: Math.round(r() * 100) / 100,
        industry: pick(['financial-services', 'retail', 'healthcare', 'legal', 'other']),
        jurisdiction: pick(['eu', 'uk', 'us', 'ch', 'other']),
        currency: pick(['EUR', 'GBP', 'USD', 'CHF']),
        horizonYears: 1 + Math.floor(r() * 5),
        regulatorInquiry: r() < 0.3,
        devicesLostPerYear: Math.floor(r() * 500),
        ...(r() < 0.3 ? { clientName: `Client ${Math.floor(r() * 1000)} & Söhne` } : {}),
      }),
    ),
  );
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
function treeRssMB(root: number): number {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  let kB = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kB += Number(m?.[1] ?? 0);
    } catch {
      continue;
    }
    for (const [child, p] of parent) if (p === pid) todo.push(child);
  }
  return Math.round(kB / 1024);
}

type Plan = { total: number; connections: number; maxSeconds: number; port: number };
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) load test';

export async function runLoad({ total, connections, maxSeconds, port }: Plan): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cof-load-'));
  const pgliteDir = path.join(dir, 'pglite');
  const server = await startServer(port, {
    PGLITE_DIR: pgliteDir,
    LEADS_RATE_LIMIT: '1000000',
    EVENTS_RATE_LIMIT: '1000000',
  });
  const codes = variedCodes(200);
  const accepted = new Set<string>();
  let n = 0;
  let og = 0;
  try {
    // Warm-up: opening the PGlite database (and migrating it) takes seconds and blocks the
    // server meanwhile, so one event opens it before the clock starts.
    await fetch(`${server.url}/en/report/${codes[0]}`);
    await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': BROWSER },
      body: JSON.stringify({ event: 'report_viewed', locale: 'en', source: 'warmup' }),
    });
    const rssBeforeMB = treeRssMB(server.process.pid!);
    const share = (s: number) => Math.max(1, Math.round(total * s));
    const conns = (s: number) => Math.max(1, Math.round(connections * s));
    const json = { 'content-type': 'application/json', 'user-agent': BROWSER };
    const routes: [string, number, number, autocannon.Request][] = [
      ['GET /en', share(0.36), conns(0.1875), { path: '/en' }],
      // Served through a proxy.ts rewrite, like the broken codes' images below.
      ['GET /en/embed', share(0.04), conns(0.0625), { path: '/en/embed' }],
      [
        'GET /en/report/<code>',
        share(0.36),
        conns(0.25),
        { setupRequest: (req) => ({ ...req, path: `/en/report/${codes[n++ % codes.length]}` }) },
      ],
      [
        'GET …/opengraph-image',
        share(0.04),
        conns(0.125),
        {
          setupRequest: (req) => {
            const code = og % 10 === 0 ? 'not-a-report-code' : codes[og % codes.length];
            og++;
            return { ...req, path: `/de/report/${code}/opengraph-image` };
          },
        },
      ],
      [
        'POST /api/leads',
        share(0.06),
        conns(0.1875),
        {
          method: 'POST',
          path: '/api/leads',
          headers: json,
          // Each connection sends one request at a time, so its context holds the one in flight.
          setupRequest: (req, context: { email?: string }) => {
            context.email = `load-${n++}@example.com`;
            return {
              ...req,
              body: JSON.stringify({
                name: 'Load Test',
                email: context.email,
                company: 'Load Ltd',
                message: 'Sent by npm run load.',
                consent: true,
                reportCode: codes[n % codes.length],
                locale: 'en',
                fillMs: 5000,
              }),
            };
          },
          onResponse: (status, _body, context: { email?: string }) => {
            if (status >= 200 && status < 300) accepted.add(context.email!);
          },
        },
      ],
      [
        'POST /api/events',
        share(0.14),
        conns(0.1875),
        {
          method: 'POST',
          path: '/api/events',
          headers: json,
          body: JSON.stringify({ event: 'report_viewed', locale: 'en', source: 'load' }),
        },
      ],
    ];
    const started = performance.now();
    // `amount` overrides autocannon's own duration, so a timer stops whatever is still running.
    const instances = routes.map(([, amount, c, request]) => {
      let done!: (r: autocannon.Result) => void;
      const finished = new Promise<autocannon.Result>((resolve) => (done = resolve));
      const instance = autocannon(
        { url: server.url, connections: c, amount, timeout: 20, requests: [request] },
        (_err, r) => done(r),
      );
      return { instance, finished };
    });
    const timer = setTimeout(() => instances.forEach((i) => i.instance.stop()), maxSeconds * 1000);
    const results = await Promise.all(instances.map((i) => i.finished));
    clearTimeout(timer);
    const seconds = (performance.now() - started) / 1000;
    const rssAfterMB = treeRssMB(server.process.pid!);
    const out: RouteResult[] = results.map((r, i) => ({
      route: routes[i]![0],
      requests: r.requests.sent,
      ok: r['2xx'],
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      statuses: Object.entries(r.statusCodeStats ?? {})
        .map(([code, { count }]) => `${code}×${count}`)
        .join(' '),
      rps: Math.round(r['2xx'] / r.duration),
      p50: r.latency.p50,
      p99: r.latency.p99,
    }));
    const log = server.log();
    await server.stop();
    const serverErrors = log.split('\n').filter((l) => /error|⨯|unhandled/i.test(l));
    const db = await connect({ pgliteDir });
    const rows = await db.db.selectFrom('leads').select('email').execute();
    await db.close();
    const stored = new Set(rows.map((r) => r.email));
    const missing = [...accepted].filter((e) => !stored.has(e)).length;
    return {
      routes: out,
      seconds,
      rssBeforeMB,
      rssAfterMB,
      leadsAccepted: accepted.size,
      leadsStored: rows.length,
      leadsMissing: missing,
      serverErrors,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
