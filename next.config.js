// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/http/security-headers.js';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    createMessagesDeclaration: './messages/en.json',
    // Messages are compiled at build time: pages ship and run a small formatter instead of the
    // ICU parser, and parse nothing while they hydrate. Named number styles must be in
    // i18n/formats.ts (tests/unit/i18n/precompiled-messages.test.ts).
    messages: {
      path: './messages',
      format: 'json',
      locales: ['en', 'de', 'it', 'es'],
      precompile: true,
    },
  },
});

/** @type {import('next').NextConfig} */
const config = {
  // A separate build folder lets several checkouts' builds run side by side (tests, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Unmatched paths render app/global-not-found.tsx per request (it reads the locale and the
  // proxy's report-link verdict from headers) without making every other page dynamic.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  // Every response, API routes and files included; proxy.ts gives each page its own policy.
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [{ source: '/:path*', headers: securityHeaders({ production }) }];
  },
  // PGlite loads its WebAssembly and data files next to its own module: keep it out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite'],
  // The brand file and articles are read from disk at run time by server code.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

export default withNextIntl(config);
