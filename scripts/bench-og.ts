// Warm median time of an article's social image. Usage:
//   npx tsx scripts/bench-og.ts [baseURL]
// Always: renders the image in-process through lib/og (the work a request does when nothing is
// cached, e.g. every report image). With a base URL of a running production server (`next start`),
// also times HTTP requests for the article's image route, as a crawler gets it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanArticles } from '../lib/content/scan';
import { renderOgImage } from '../lib/og/render';

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

async function time(label: string, once: () => Promise<number>) {
  for (let i = 0; i < WARM_UP; i++) await once();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const bytes = await once();
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
if (base) {
  const url = `${base}/${article.locale}/insights/${article.slug}/opengraph-image`;
  await time(`GET ${url}`, async () => {
    const res = await fetch(url);
    if (!res.ok || res.headers.get('content-type') !== 'image/png')
      throw new Error(`${res.status}`);
    return (await res.arrayBuffer()).byteLength;
  });
}
