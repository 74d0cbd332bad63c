// Times POST /api/leads at concurrency 32 over loopback (autocannon), on PGlite and, when
// TEST_DATABASE_URL is set, on a scratch database of that PostgreSQL server. Needs `npm run build`.
// Usage: npm run bench:leads [-- <seconds>]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { answersSchema } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { scratchDatabase } from '../tests/unit/db/targets';
import { startServer } from './start-server';

const seconds = Number(process.argv[2] ?? 20);
const port = Number(process.env.BENCH_PORT ?? 3390);
const body = JSON.stringify({
  name: 'Bench Mark',
  email: 'bench@example.com',
  company: 'Bench Ltd',
  message: 'Timing the endpoint.',
  consent: true,
  reportCode: encodeReport(answersSchema.parse({ employees: 80, industry: 'retail' })),
  locale: 'en',
  fillMs: 5000,
});

async function measure(name: string, env: Record<string, string>) {
  const server = await startServer(port, { ...env, LEADS_RATE_LIMIT: '1000000' });
  try {
    // One warm-up post opens the database and compiles the route.
    await fetch(`${server.url}/api/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const result = await autocannon({
      url: `${server.url}/api/leads`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: 32,
      duration: seconds,
    });
    const statuses = `${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors`;
    console.log(
      `${name}: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${result.requests.average} req/s (${statuses}, ${seconds} s, 32 connections)`,
    );
  } finally {
    await server.stop();
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'cof-bench-'));
try {
  await measure('PGlite', { PGLITE_DIR: path.join(dir, 'pglite') });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (process.env.TEST_DATABASE_URL) {
  const scratch = await scratchDatabase();
  try {
    await measure('PostgreSQL', { DATABASE_URL: scratch.url });
  } finally {
    await scratch.drop();
  }
} else {
  console.log('PostgreSQL: skipped (set TEST_DATABASE_URL to a server to measure it)');
}
