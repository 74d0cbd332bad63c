import { locales } from '@/i18n/routing';

/**
 * /<locale>/embed and everything under it: the only pages another site may frame. proxy.ts
 * rewrites them to the folder app/embed/<locale>, and Next runs the proxy again for that path.
 */
const list = locales.join('|');
const EMBED_PATH = new RegExp(`^/(${list})/embed(/|$)|^/embed/(${list})(/|$)`);

export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

/**
 * The Content-Security-Policy frame-ancestors directive for a page: the brand's allowed sites on
 * the embed pages (none listed: nobody), 'none' everywhere else, so no other site can frame the
 * report, the workshop or the inbox (clickjacking).
 */
export function frameAncestors(pathname: string, allowedOrigins: readonly string[]): string {
  const sources = isEmbedPath(pathname) && allowedOrigins.length ? allowedOrigins : ["'none'"];
  return `frame-ancestors ${sources.join(' ')}`;
}
