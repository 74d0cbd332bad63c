import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPageScripts, inlineScriptHashes } from '@/lib/http/page-scripts';
import { contentSecurityPolicy, securityHeaders } from '@/lib/http/security-headers';

// MDN's example for CSP hashes: <script>alert('Hello, world.');</script> is allowed by this one.
const HELLO = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

describe('the inline scripts of a prerendered page', () => {
  it('hashes each inline script once, as a browser does, and skips scripts with a src', () => {
    const html =
      `<script src="/_next/static/chunks/a.js" async=""></script>` +
      `<script>alert('Hello, world.');</script><script id="_R_">alert('Hello, world.');</script>` +
      `<script>alert('Hello,\r\nworld.');</script>`;
    const hashes = inlineScriptHashes(html);
    // Two distinct scripts: the same text twice is one hash; CRLF is hashed as LF.
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe(HELLO);
    expect(inlineScriptHashes(`<script>alert('Hello,\nworld.');</script>`)).toEqual([hashes[1]]);
  });

  it('reads only the pages the build prerendered, from the build folder', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cof-dist-'));
    mkdirSync(path.join(dist, 'server', 'app', 'en'), { recursive: true });
    writeFileSync(
      path.join(dist, 'prerender-manifest.json'),
      JSON.stringify({
        routes: {
          '/en/methodology': { routeType: 'page' },
          '/en/opengraph-image': { routeType: 'route' },
        },
      }),
    );
    const page = `<script>alert('Hello, world.');</script>`;
    writeFileSync(path.join(dist, 'server', 'app', 'en', 'methodology.html'), page);
    const hashesFor = createPageScripts(dist);
    expect(hashesFor('/en/methodology')).toEqual([HELLO]);
    expect(hashesFor('/en/methodology/')).toEqual([HELLO]);
    expect(hashesFor('/en/report/abc')).toBeNull();
    expect(hashesFor('/en/opengraph-image')).toBeNull();
    // No build (next dev): every page renders per request.
    expect(createPageScripts(path.join(dist, 'missing'))('/en/methodology')).toBeNull();
  });
});

describe('the security headers', () => {
  it('allow no inline script, eval or other host unless given, and frame nowhere by default', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).toMatch(/frame-ancestors 'none'$/);
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    const page = contentSecurityPolicy({
      scripts: [HELLO],
      frameAncestors: 'frame-ancestors https://msp.example',
    });
    expect(page).toContain(`script-src 'self' ${HELLO};`);
    expect(page).toMatch(/frame-ancestors https:\/\/msp\.example$/);
  });

  it('send HSTS from a production server only', () => {
    const names = (production: boolean) => securityHeaders({ production }).map((h) => h.key);
    expect(names(true)).toContain('strict-transport-security');
    expect(names(false)).not.toContain('strict-transport-security');
    expect(names(false)).toEqual([
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
      'cross-origin-opener-policy',
    ]);
  });
});
