// Lighthouse (mobile preset, its default) run several times on a page and on the bare page in
// turn: the median of each category, and where the time went in the median-performance run.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
export type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds, from the median-performance run. */
  lcp: number;
  tbt: number;
  mainThread: number;
  /** Every run's performance score, lowest first: how far the median can be trusted. */
  performanceRuns?: number[];
  /** Lighthouse's error code when the run measured nothing (its scores then read 0). */
  error?: string;
  /** The runs that measured nothing, by error code: left out of the median and run again. */
  failedRuns?: string[];
};

/** Lighthouse's default simulates a phone's network and CPU from a fast load; devtools throttling
 * really slows both while the page loads (`npm run perf -- --throttling devtools`). */
export type Throttling = 'simulate' | 'devtools';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function startChrome() {
  return launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** One Lighthouse run. `noindex`: the page is meant to stay out of search, so the crawlability
 * audit is left out. */
export async function lighthouseRun(
  url: string,
  port: number,
  noindex = false,
  throttlingMethod: Throttling = 'simulate',
): Promise<Scores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    throttlingMethod,
  });
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const performanceMissing = categories.performance?.score == null;
  return {
    ...(runtimeError || performanceMissing
      ? { error: runtimeError?.code ?? 'NO_PERFORMANCE_SCORE' }
      : {}),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: noindex ? seoWithout(result.lhr, 'is-crawlable') : score('seo'),
    lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbt: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    mainThread: Math.round(audits['mainthread-work-breakdown']?.numericValue ?? 0),
  };
}

/** The median-performance run, with the median of each other category. */
export function medianScores(runs: readonly Scores[]): Scores {
  const all = runs.filter((s) => !s.error);
  const failedRuns = runs.flatMap((s) => (s.error ? [s.error] : []));
  if (all.length === 0) throw new Error(`every Lighthouse run failed: ${failedRuns.join(', ')}`);
  const mid = [...all].sort((a, b) => a.performance - b.performance)[Math.floor(all.length / 2)]!;
  return {
    ...mid,
    performanceRuns: all.map((s) => s.performance).sort((a, b) => a - b),
    ...(failedRuns.length ? { failedRuns } : {}),
    accessibility: median(all.map((s) => s.accessibility)),
    bestPractices: median(all.map((s) => s.bestPractices)),
    seo: median(all.map((s) => s.seo)),
  };
}

/**
 * A page and the bare page, run in turn `runs` times each: the machine's load then weighs on
 * both alike, so their medians compare even on a busy 2-core machine.
 */
export async function pairedMedians(
  url: string,
  bareUrl: string,
  port: number,
  runs: number,
  noindex = false,
  throttling: Throttling = 'simulate',
): Promise<{ page: Scores; bare: Scores }> {
  const page: Scores[] = [];
  const bare: Scores[] = [];
  // A run that measured nothing (a Lighthouse error) is run again, up to `runs` more turns, so
  // each median is of `runs` real measurements; the errors are reported beside it.
  for (let turn = 0; turn < 2 * runs; turn++) {
    const pageDone = page.filter((s) => !s.error).length >= runs;
    const bareDone = bare.filter((s) => !s.error).length >= runs;
    if (pageDone && bareDone) break;
    if (!bareDone) bare.push(await lighthouseRun(bareUrl, port, false, throttling));
    if (!pageDone) page.push(await lighthouseRun(url, port, noindex, throttling));
  }
  return { page: medianScores(page), bare: medianScores(bare) };
}

/** The SEO score recomputed without one audit, with Lighthouse's own weights. */
function seoWithout(lhr: Lhr, auditId: string): number {
  const refs = (lhr.categories.seo?.auditRefs ?? []).filter(
    (r) => r.weight > 0 && r.id !== auditId,
  );
  const weight = refs.reduce((s, r) => s + r.weight, 0);
  const sum = refs.reduce((s, r) => s + r.weight * (lhr.audits[r.id]?.score ?? 0), 0);
  return Math.round((sum / weight) * 100);
}
