// `npm run bench:og [baseURL]`: warm median times of the social images.
// Always: an article's image rendered in-process through lib/og (the work a request does when
// nothing is cached). With the base URL of a running production server (`next start`), also the
// report image route over HTTP (dynamic: every request a fresh render, four locales × four answer
// sets so the text differs) and the prerendered article image route, as a crawler gets them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanArticles } from '../lib/content/scan';
import { answersSchema } from '../lib/model';
import { renderOgImage } from '../lib/og/render';
import { encodeReport } from '../lib/report-link';

const WARM_UP = 5;
const RUNS = 40;
const base = process.argv[2];

const { articles } = scanArticles(path.join(process.cwd(), 'content', 'insights'));
// The longest German title: the most text to lay out.
const article = articles
  .filter((a) => a.locale === 'de')
  .sort((a, b) => b.title.length - a.title.length)[0]!;
const t = JSON.parse(readFileSync('messages/de.json', 'utf8')).insights;
const input = {
  locale: article.locale,
  eyebrow: `${t.title} · ${t.readingTime.replace('{minutes, number}', String(article.minutes))}`,
  title: article.title,
  subtitle: article.description,
};

async function time(label: string, once: (i: number) => Promise<number>) {
  for (let i = 0; i < WARM_UP; i++) await once(i);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const bytes = await once(i);
    ms.push(performance.now() - started);
    if (bytes < 1000) throw new Error(`${label}: suspiciously small image (${bytes} bytes)`);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(
    `${label}: median ${at(0.5)} ms, p90 ${at(0.9)} ms (${RUNS} runs after ${WARM_UP} warm-up)`,
  );
}

console.log(`article: /${article.locale}/insights/${article.slug}`);
await time('render in process', async () => (await renderOgImage(input).arrayBuffer()).byteLength);
async function png(url: string): Promise<number> {
  const res = await fetch(url);
  if (!res.ok || res.headers.get('content-type') !== 'image/png')
    throw new Error(`${url}: ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

if (base) {
  const locales = ['en', 'de', 'it', 'es'];
  const codes = [
    {},
    { employees: 400, industry: 'financial-services', jurisdiction: 'uk', currency: 'GBP' },
    { employees: 8, industry: 'retail', currency: 'USD', clientName: 'Bäckerei Groß & Söhne' },
    { employees: 1200, horizonYears: 5, currency: 'CHF', jurisdiction: 'ch' },
  ].map((a) => encodeReport(answersSchema.parse(a)));
  await time('GET report image (fresh render)', (i) =>
    png(`${base}/${locales[i % 4]}/report/${codes[Math.floor(i / 4) % 4]}/opengraph-image`),
  );
  const url = `${base}/${article.locale}/insights/${article.slug}/opengraph-image`;
  await time(`GET article image (prerendered)`, () => png(url));
}
