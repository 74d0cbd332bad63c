import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { getBrand } from './lib/brand/load';
import { decodeReport } from './lib/share';

const intl = createMiddleware(routing);
const REPORT = new RegExp(`^/(${routing.locales.join('|')})/report/([^/]+)(/opengraph-image)?/?$`);

/**
 * A report link that does not decode is rewritten to a path no route matches, so app/global-not-found.tsx
 * renders on the server with status 404 and explains the link (the page's own notFound() would
 * only render in the browser: vercel/next.js#62228). Its social image becomes the locale's generic
 * one (200 PNG): Next's own param decoding answers 500 to a segment holding %25. Everything else
 * goes to next-intl.
 */
function decodesTwice(path: string): boolean {
  try {
    decodeURIComponent(decodeURIComponent(path));
    return true;
  } catch {
    return false;
  }
}

/** The global 404 in the given locale, for a request no route should see. */
function notFound(request: NextRequest, locale: string, extra: Record<string, string> = {}) {
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/not-found/page`;
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return NextResponse.rewrite(url, { request: { headers } });
}

export default function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  // Next decodes dynamic segments a second time and answers 500 when that fails (e.g. "%25zz").
  if (!decodesTwice(path)) {
    const first = path.split('/')[1] ?? '';
    return notFound(
      request,
      (routing.locales as readonly string[]).includes(first) ? first : routing.defaultLocale,
    );
  }
  const match = REPORT.exec(path);
  if (match) {
    const [, locale, segment, image] = match as unknown as [string, string, string, string?];
    let code: string | null = null;
    try {
      code = decodeURIComponent(segment);
    } catch {
      code = null;
    }
    // With the brand's suite, as the page decodes it: its prices bound what a workshop could set.
    const result =
      code === null
        ? { ok: false as const, reason: 'malformed' as const }
        : decodeReport(code, { suite: getBrand().suite });
    if (!result.ok && image) {
      const url = request.nextUrl.clone();
      url.pathname = `/${locale}/opengraph-image`;
      return NextResponse.rewrite(url);
    }
    if (!result.ok) return notFound(request, locale, { 'x-report-error': result.reason });
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension (images, sitemap,
  // robots) — plus every report link, even one with a dot in it, so a bad code always gets its page.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/:locale(en|de|it|es)/report/:path*'],
};
