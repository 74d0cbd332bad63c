// `npm run load [-- <requests> <connections> <max seconds>]`: serves the production build (run
// `npm run build` first) on loopback and sends a mixed load (scripts/load/run-load.ts); fails on
// any 5xx, socket error, timeout or lost lead. Defaults: 5,300 requests, 32 connections, 180 s.
import { runLoad } from './load/run-load';

const [total = 5300, connections = 32, maxSeconds = 180] = process.argv.slice(2).map(Number);
const result = await runLoad({
  total,
  connections,
  maxSeconds,
  port: Number(process.env.LOAD_PORT ?? 3310),
});
console.table(
  Object.fromEntries(
    result.routes.map((r) => [
      r.route,
      {
        requests: r.requests,
        '2xx': r.ok,
        'non-2xx': r.non2xx,
        errors: r.errors + r.timeouts,
        statuses: r.statuses,
        'req/s': r.rps,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
      },
    ]),
  ),
);
const sent = result.routes.reduce((s, r) => s + r.requests, 0);
console.log(
  `${sent} requests in ${result.seconds.toFixed(1)} s (${Math.round(sent / result.seconds)} req/s), ` +
    `${connections} connections; server RSS ${result.rssBeforeMB} MB before, ${result.rssAfterMB} MB after`,
);
console.log(
  `leads: ${result.leadsAccepted} answered 2xx, ${result.leadsStored} in the database, ` +
    `${result.leadsMissing} missing`,
);
if (result.serverErrors.length) console.log(`server log:\n${result.serverErrors.join('\n')}`);
const failures = result.routes.filter((r) => r.non2xx || r.errors || r.timeouts);
if (failures.length || result.leadsMissing || sent < total) {
  console.error(`load: FAILED (${failures.map((f) => f.route).join(', ') || 'leads or count'})`);
  process.exit(1);
}
console.log('load: every request answered 2xx, no lead lost');
