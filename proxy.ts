import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { getBrand } from './lib/brand/load';
import { frameAncestors, isEmbedPath } from './lib/embed/frame-ancestors';
import { createPageScripts, scriptHash } from './lib/http/page-scripts';
import { contentSecurityPolicy } from './lib/http/security-headers';
import { PROJECTOR_SCRIPT } from './lib/workshop/projector';
import { decodeReport } from './lib/report-link';

const intl = createMiddleware(routing);
const dev = process.env.NODE_ENV === 'development';
const pageScripts = createPageScripts(process.env.NEXT_DIST_DIR || '.next');
const PROJECTOR_SCRIPT_HASH = scriptHash(PROJECTOR_SCRIPT);
const REPORT = new RegExp(`^/(${routing.locales.join('|')})/report/([^/]+)(/opengraph-image)?/?$`);

function decodesTwice(path: string): boolean {
  try {
    decodeURIComponent(decodeURIComponent(path));
    return true;
  } catch {
    return false;
  }
}

/** Serves app/global-not-found.tsx (status 404, server-rendered) in the given locale at `path`. */
function notFoundAt(request: NextRequest, path: string, locale: string, reason?: string) {
  const url = request.nextUrl.clone();
  url.pathname = path;
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  if (reason) headers.set('x-report-error', reason);
  return NextResponse.rewrite(url, { request: { headers } });
}

/** The embed pages live in app/embed/[locale] (a document without the site's header and footer). */
function embedAt(request: NextRequest, path: string) {
  const url = request.nextUrl.clone();
  url.pathname = embedFolder(path);
  return NextResponse.rewrite(url, { request: { headers: request.headers } });
}

function embedFolder(path: string): string {
  const [, locale, ...rest] = path.split('/');
  return ['', 'embed', locale, ...rest.slice(1)].join('/');
}

/**
 * Every page gets its Content-Security-Policy (lib/http/security-headers.ts): a prerendered page
 * may run the inline scripts its build wrote (their hashes), a page rendered per request those
 * carrying this request's nonce, which Next reads from the request's copy of the header. Only the
 * embed pages may be framed, by the brand's allowed sites (lib/embed/frame-ancestors.ts).
 */
export default function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const served = isEmbedPath(path) && !path.startsWith('/embed/') ? embedFolder(path) : path;
  const hashes = dev ? null : pageScripts(served);
  const nonce = hashes ? null : Buffer.from(crypto.getRandomValues(new Uint8Array(16)));
  const policy = contentSecurityPolicy({
    frameAncestors: frameAncestors(path, getBrand().embed.allowedOrigins),
    // A page rendered per request (every page under `next dev`) gets a nonce, which only Next's
    // own scripts carry: the workshop's projector script is allowed by its hash.
    scripts: hashes ?? [`'nonce-${nonce?.toString('base64')}'`, PROJECTOR_SCRIPT_HASH],
    dev,
  });
  request.headers.set('content-security-policy', policy);
  const response = route(request);
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * A report link that does not decode is rewritten to `<link>/invalid-link`, a path no route
 * matches, so app/global-not-found.tsx explains the link with status 404 (the page's own
 * notFound() would only render in the browser: vercel/next.js#62228). A bad code's social image
 * becomes the locale's generic one (200 PNG). Everything else goes to next-intl.
 */
function route(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (isEmbedPath(path) && decodesTwice(path)) {
    // The folder itself (the second pass after the rewrite) is served as it is.
    return path.startsWith('/embed/')
      ? NextResponse.next({ request: { headers: request.headers } })
      : embedAt(request, path);
  }
  const match = REPORT.exec(path);
  if (match) {
    const [, locale, segment, suffix] = match as unknown as [string, string, string, string?];
    let code: string | null = null;
    try {
      code = decodeURIComponent(segment);
    } catch {
      code = null;
    }
    const result =
      code === null ? { ok: false as const, reason: 'malformed' as const } : decodeReport(code);
    if (!result.ok && suffix === '/opengraph-image') {
      const url = request.nextUrl.clone();
      url.pathname = `/${locale}/opengraph-image`;
      return NextResponse.rewrite(url);
    }
    if (!result.ok) {
      return notFoundAt(
        request,
        `/${locale}/report/${segment}/invalid-link`,
        locale,
        result.reason,
      );
    }
  }
  // Next decodes dynamic segments a second time and answers 500 when that fails (e.g. "%25zz").
  if (!decodesTwice(path)) {
    const first = path.split('/')[1] ?? '';
    const locale = (routing.locales as readonly string[]).includes(first)
      ? first
      : routing.defaultLocale;
    return notFoundAt(request, `/${locale}/not-found`, locale);
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension (images, sitemap,
  // robots) — plus every report link, even one with a dot in it, so a bad code always gets its page.
  matcher: [
    '/((?!api|_next|_vercel|.*\\..*).*)',
    '/:locale(en|de|it|es)/report/:path*',
    '/:locale(en|de|it|es)/embed/:path*',
  ],
};
