// Times a report's social image against a running production server (`next build && next start`):
// a warm-up, then sequential requests, each a fresh render of a 1200×630 PNG (the route is
// dynamic; nothing is cached). Prints the median and P90 time to the last byte.
// Usage: npx tsx scripts/og-timing.ts [base URL, default http://127.0.0.1:3000] [requests, default 40]
import { answersSchema } from '../lib/model';
import { encodeReport } from '../lib/share';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const count = Math.max(30, Number(process.argv[3] ?? 40));
const WARM_UP = 10;

// Four locales × a few answer sets, so every request renders different text and figures.
const locales = ['en', 'de', 'it', 'es'];
const codes = [
  {},
  { employees: 400, industry: 'financial-services', jurisdiction: 'uk', currency: 'GBP' },
  { employees: 8, industry: 'retail', currency: 'USD', clientName: 'Bäckerei Groß & Söhne' },
  { employees: 1200, horizonYears: 5, currency: 'CHF', jurisdiction: 'ch' },
].map((a) => encodeReport(answersSchema.parse(a)));
const url = (i: number) =>
  `${base}/${locales[i % locales.length]}/report/${codes[i % codes.length]}/opengraph-image`;

async function timed(i: number): Promise<number> {
  const start = performance.now();
  const res = await fetch(url(i));
  const bytes = await res.arrayBuffer();
  const ms = performance.now() - start;
  if (res.status !== 200 || res.headers.get('content-type') !== 'image/png' || !bytes.byteLength) {
    throw new Error(`${url(i)}: ${res.status} ${res.headers.get('content-type')}`);
  }
  return ms;
}

const quantile = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;

for (let i = 0; i < WARM_UP; i++) await timed(i);
const times: number[] = [];
for (let i = 0; i < count; i++) times.push(await timed(i));
times.sort((a, b) => a - b);
console.log(
  `report OG image, ${count} warm requests after ${WARM_UP} warm-up: ` +
    `median ${quantile(times, 0.5).toFixed(1)} ms, P90 ${quantile(times, 0.9).toFixed(1)} ms, ` +
    `min ${times[0]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms`,
);
