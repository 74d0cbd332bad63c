// `npm run perf [-- --no-build] [-- --runs N] [-- --throttling devtools]`: this app and a bare
// Next.js + next-intl + Tailwind page, built and served on loopback in the same run, side by side
// per page type: Lighthouse mobile (median of N, default 3), JavaScript before and after `load`
// (gzip), warm medians of an OG render and of computeReport, then each page type's bars, met or
// not. Writes bench/perf-<date>T<hhmm>.json (UTC; this machine is noisy, so a second run the same
// day keeps the first) and the baseline bytes the budget test reads (bench/js-baseline.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './start-server';
import { writeBareApp } from './perf/bare-app';
import { barsLine, checkBars, type BarCheck } from './perf/bars';
import { pairedMedians, startChrome, type Scores, type Throttling } from './perf/lighthouse-median';
import { measurePageJs, type PageJs } from './perf/page-js';
import { BASELINE_FILE, pageTypes, type Baseline } from './perf/pages';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const throttling = (
  args.includes('--throttling') ? args[args.indexOf('--throttling') + 1] : 'simulate'
) as Throttling;
if (throttling !== 'simulate' && throttling !== 'devtools')
  throw new Error(`--throttling must be simulate or devtools, not ${throttling}`);
const PORT = Number(process.env.PERF_PORT ?? 3300);
const nextBin = path.resolve('node_modules/next/dist/bin/next');

function sh(cmd: string[], cwd: string) {
  console.log(`▶ ${cmd.join(' ')} (in ${cwd})`);
  const r = spawnSync(process.execPath, cmd, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed (${r.status})`);
}
/** The "median … ms" figures a bench script prints, in order. */
function medians(script: string, ...rest: string[]): number[] {
  const r = spawnSync('npx', ['tsx', script, ...rest], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  return [...r.stdout.matchAll(/median ([\d.]+) ms/g)].map((m) => Number(m[1]));
}

const tmp = mkdtempSync(path.join(tmpdir(), 'cof-perf-'));
const bareDir = writeBareApp(path.join(tmp, 'bare'));
if (!args.includes('--no-build')) sh([nextBin, 'build'], process.cwd());
sh([nextBin, 'build'], bareDir);

const app = await startServer(PORT, {
  PGLITE_DIR: path.join(tmp, 'pglite'),
  INBOX_PASSWORD: 'perf run inbox password',
});
const bare = await startServer(PORT + 1, {}, bareDir);
const chrome = await startChrome();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
/** Each page's Lighthouse figures come with the bare page's, measured in turn with them. */
type Row = { js: PageJs; lighthouse: Scores; bare: Scores };
const rows: Record<string, Row> = {};
async function pageJs(url: string): Promise<PageJs> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const js = await measurePageJs(page, url);
  await page.close();
  return js;
}
try {
  const bareUrl = `${bare.url}/en`;
  const baseline = { js: await pageJs(bareUrl) };
  for (const p of pageTypes) {
    console.log(`measuring ${p.name}…`);
    const url = `${app.url}${p.path}`;
    const js = await pageJs(url);
    const l = await pairedMedians(url, bareUrl, chrome.port, runs, p.noindex, throttling);
    rows[p.name] = { js, lighthouse: l.page, bare: l.bare };
  }
  const [ogInProcess, ogReport] = medians('scripts/bench-og.ts', app.url);
  const [computeReport] = medians('scripts/bench.ts');

  const kB = (n: number) => (n / 1024).toFixed(1);
  // The measured runs' scores, then any run that measured nothing, by Lighthouse's error code.
  const runsText = (s: Scores) =>
    [...(s.performanceRuns ?? []), ...(s.failedRuns ?? []).map((e) => `(${e})`)].join(' ');
  const bars: Record<string, BarCheck[]> = {};
  for (const p of pageTypes) {
    const { js, lighthouse: l, bare: b } = rows[p.name]!;
    const ratio = js.beforeLoad / baseline.js.beforeLoad;
    bars[p.name] = checkBars(p, { page: l, bare: b, jsRatio: ratio });
    console.log(`\n${p.name} (${p.path.slice(0, 40)})`);
    console.table({
      'this page': {
        perf: l.performance,
        'perf runs': runsText(l),
        a11y: l.accessibility,
        'best pr.': l.bestPractices,
        seo: p.noindex ? `${l.seo} (noindex)` : l.seo,
        'LCP ms': l.lcp,
        'TBT ms': l.tbt,
        'JS before load kB': kB(js.beforeLoad),
        'JS after kB': kB(js.afterLoad),
        '× bare': `${ratio.toFixed(2)}${p.budget ? ` (budget ${p.budget})` : ''}`,
      },
      'bare page': {
        perf: b.performance,
        'perf runs': runsText(b),
        a11y: b.accessibility,
        'best pr.': b.bestPractices,
        seo: b.seo,
        'LCP ms': b.lcp,
        'TBT ms': b.tbt,
        'JS before load kB': kB(baseline.js.beforeLoad),
        'JS after kB': kB(baseline.js.afterLoad),
        '× bare': '1.00',
      },
    });
  }
  console.log(`\nBars (Lighthouse ${throttling}, median of ${runs}):`);
  for (const p of pageTypes) console.log(barsLine(p, bars[p.name]!));
  const met = pageTypes.filter((p) => bars[p.name]!.every((c) => c.met)).length;
  console.log(`every bar met on ${met} of ${pageTypes.length} page types`);
  console.log(
    `\nOG image, warm median: ${ogInProcess} ms rendered in process, ${ogReport} ms per report ` +
      `image over HTTP; computeReport (2,000 samples), warm median: ${computeReport} ms`,
  );

  // One clock reading for the stamp and the file name, so the two always agree (e.g. at midnight).
  const now = new Date().toISOString();
  const date = now.slice(0, 10);
  const version = (pkg: string) =>
    JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version as string;
  const stamp = { date, next: version('next'), nextIntl: version('next-intl') };
  mkdirSync('bench', { recursive: true });
  const out = `bench/perf-${now.slice(0, 16).replace(':', '')}.json`;
  writeFileSync(
    out,
    `${JSON.stringify({ ...stamp, runs, throttling, baseline, pages: rows, bars, ogInProcess, ogReport, computeReport }, null, 2)}\n`,
  );
  const saved: Baseline = { ...stamp, beforeLoad: baseline.js.beforeLoad };
  writeFileSync(BASELINE_FILE, `${JSON.stringify(saved, null, 2)}\n`);
  console.log(`\nwrote ${out} and ${BASELINE_FILE}`);
} finally {
  await browser.close();
  chrome.kill();
  await app.stop();
  await bare.stop();
  rmSync(tmp, { recursive: true, force: true });
}
