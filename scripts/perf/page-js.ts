// The JavaScript a page fetches, split at its `load` event: every script response's body gzipped
// at level 9 (what a compressing server sends at most), so figures do not depend on the server.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export type PageJs = { beforeLoad: number; afterLoad: number; scripts: number };

/**
 * Opens `url` in `page`, sums the scripts fetched before `load`, then scrolls to the bottom (so
 * whatever loads when it comes near does) and sums the scripts fetched after. Bytes, gzip.
 */
export async function measurePageJs(page: Page, url: string): Promise<PageJs> {
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.set(
      response.url(),
      response.body().then(
        (b) => gzipSync(b, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  // Resource timing at the load event lists exactly what was fetched before it.
  // (a script preloaded by <link rel=preload> is listed under the link, so all entries count).
  const before: string[] = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  await page.waitForLoadState('networkidle');
  let beforeLoad = 0;
  let afterLoad = 0;
  for (const [src, gz] of bodies) {
    if (before.includes(src)) beforeLoad += await gz;
    else afterLoad += await gz;
  }
  return { beforeLoad, afterLoad, scripts: bodies.size };
}

/**
 * The scripts a page's HTML names (every <script src> but the noModule polyfills), gzipped: what it needs before `load`
 * whatever the machine's speed. A busy machine delays `load` until prefetches and lazy charts
 * have also arrived, so the byte budget counts these rather than the network before `load`.
 */
export async function htmlScriptBytes(
  fetchText: (url: string) => Promise<Buffer>,
  url: string,
): Promise<{ bytes: number; scripts: number }> {
  const html = (await fetchText(url)).toString('utf8');
  // noModule scripts are polyfills only browsers without modules fetch: no current one does.
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]);
  const sources = [
    ...new Set(
      tags
        .filter((tag) => !/\snomodule/i.test(tag))
        .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
        .filter((src): src is string => src !== undefined),
    ),
  ];
  let bytes = 0;
  for (const src of sources) {
    const body = await fetchText(new URL(src.replace(/&amp;/g, '&'), url).href);
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { bytes, scripts: sources.length };
}
