// The JavaScript a page loads before it is interactive: every <script src> in its HTML, read from
// the build folder and gzipped. Usage: node scripts/first-load-js.mjs <page URL> [distDir]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [url, distDir = process.env.NEXT_DIST_DIR || '.next'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/first-load-js.mjs <page URL> [distDir]');
  process.exit(2);
}
const html = await (await fetch(url)).text();
const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
let raw = 0;
let gz = 0;
for (const src of sources) {
  const file = path.join(distDir, decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]));
  const bytes = readFileSync(file);
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
const kB = (n) => (n / 1024).toFixed(1);
console.log(`${url}: ${sources.length} scripts, ${kB(raw)} kB raw, ${kB(gz)} kB gzip`);
