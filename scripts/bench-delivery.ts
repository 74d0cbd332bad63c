// Times a lead from the moment its POST /api/leads starts to the moment the webhook receiver
// holds it (signature checked), in normal operation: a production server with its own worker
// (started by instrumentation.ts), default timings, a receiver on 127.0.0.1 answering 204.
// Leads are posted one after another, four at a time. On PGlite and, when TEST_DATABASE_URL is
// set, on a scratch database of that PostgreSQL server. Needs `npm run build`.
// Usage: npm run bench:delivery [-- <leads>]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scratchDatabase } from '../tests/unit/db/targets';
import { webhookReceiver } from '../tests/unit/delivery/fakes/webhook-receiver';
import { leadBody, newSecret } from '../tests/unit/delivery/support';
import { startServer } from './start-server';

const leads = Number(process.argv[2] ?? 200);
const port = Number(process.env.BENCH_PORT ?? 3391);
const IN_FLIGHT = 4;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(name: string, env: Record<string, string>) {
  const secret = newSecret();
  const receiver = await webhookReceiver(secret);
  const server = await startServer(port, {
    ...env,
    LEADS_RATE_LIMIT: '1000000',
    LEADS_WEBHOOK_URL: `${receiver.url}/hook`,
    LEADS_WEBHOOK_SECRET: secret,
  });
  const started = new Map<string, number>();
  try {
    const post = async (n: number) => {
      const body = leadBody(n);
      const t = performance.now();
      const res = await fetch(`${server.url}/api/leads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { id?: string };
      if (res.status !== 201 || !json.id)
        throw new Error(`lead ${n}: ${res.status} ${JSON.stringify(json)}`);
      started.set(json.id, t);
    };
    // A warm-up lead opens the database and compiles the route; it is not counted.
    await post(leads);
    const warm = started.keys().next().value!;
    await until(() => receiver.received.some((r) => r.body.data?.id === warm), 60_000);
    started.clear();
    const seen = receiver.received.length;
    // `r.at` is Date.now(); convert the start marks to the same clock.
    const offset = Date.now() - performance.now();
    for (let next = 0; next < leads;) {
      await Promise.all(
        Array.from({ length: Math.min(IN_FLIGHT, leads - next) }, () => post(next++)),
      );
    }
    await until(() => receiver.received.length - seen >= leads, 120_000);
    const arrivals = new Map<string, number>();
    for (const r of receiver.received.slice(seen)) {
      const id = r.body.data?.id as string;
      if (!arrivals.has(id)) arrivals.set(id, r.at);
    }
    const times = [...started]
      .map(([id, t]) => arrivals.get(id)! - (t + offset))
      .sort((a, b) => a - b);
    const invalid = receiver.received.filter((r) => !r.valid).length;
    console.log(
      `${name}: ${leads} leads, submit → webhook p50 ${percentile(times, 50).toFixed(0)} ms, ` +
        `p99 ${percentile(times, 99).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms; ` +
        `${invalid} invalid signatures`,
    );
  } finally {
    await server.stop();
    await receiver.close();
  }
}

async function until(check: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'cof-bench-delivery-'));
try {
  await measure('PGlite', { PGLITE_DIR: path.join(dir, 'pglite') });
  if (process.env.TEST_DATABASE_URL) {
    const scratch = await scratchDatabase();
    try {
      await measure('PostgreSQL', { DATABASE_URL: scratch.url });
    } finally {
      await scratch.drop();
    }
  } else console.log('PostgreSQL: skipped (TEST_DATABASE_URL is not set)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
