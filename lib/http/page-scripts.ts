import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The sha256 sources of the inline scripts in a page's HTML (Next's bootstrap and its
 * self.__next_f payload), as a browser hashes them: the raw text, line breaks normalised.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes ?? '') || !body) continue;
    hashes.add(scriptHash(body));
  }
  return [...hashes];
}

/** The CSP source of one inline script's text. */
export function scriptHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

type Prerendered = { routes: Record<string, { routeType?: string }> };

/**
 * The pages `next build` prerendered, each with the hashes of its inline scripts, read from the
 * build folder on first use. A page missing here is rendered per request and gets a nonce.
 */
export function createPageScripts(distDir: string) {
  let pages: Set<string> | null = null;
  const cache = new Map<string, string[] | null>();

  function prerendered(): Set<string> {
    if (pages) return pages;
    try {
      const file = path.join(distDir, 'prerender-manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Prerendered;
      pages = new Set(
        Object.entries(manifest.routes)
          .filter(([, r]) => r.routeType === undefined || r.routeType === 'page')
          .map(([route]) => route),
      );
    } catch {
      // `next dev` writes no such manifest: every page renders per request there.
      pages = new Set();
    }
    return pages;
  }

  /** The hashes for a prerendered page's path, or null when it renders per request. */
  return function hashesFor(pathname: string): string[] | null {
    const route = pathname.length > 1 ? pathname.replace(/\/$/, '') : '/';
    // Only prerendered pages are kept, so a flood of made-up paths cannot grow the cache.
    if (!prerendered().has(route)) return null;
    if (cache.has(route)) return cache.get(route) ?? null;
    let hashes: string[] | null = null;
    {
      const file = route === '/' ? 'index' : route.slice(1);
      try {
        hashes = inlineScriptHashes(
          readFileSync(path.join(distDir, 'server', 'app', `${file}.html`), 'utf8'),
        );
      } catch {
        hashes = null;
      }
    }
    cache.set(route, hashes);
    return hashes;
  };
}
