// @ts-check
// Plain JavaScript so that next.config.js (static files, API routes, images) and proxy.ts (pages)
// read the same policy: one module owns every security header. See README "Security headers".

/**
 * Every browser feature the product does not use, switched off for this site and its frames. Only
 * features browsers know: Chromium logs an error on every page for one it does not ('bluetooth').
 */
const PERMISSIONS = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * The Content-Security-Policy. `scripts` are the inline scripts a page may run: the sha256 hashes
 * of a prerendered page's own, or the nonce Next.js puts on a page it renders per request. Styles
 * allow 'unsafe-inline' because React style attributes (progress bars, recharts) are inline.
 * @param {{ frameAncestors?: string, scripts?: readonly string[], dev?: boolean }} [options]
 */
export function contentSecurityPolicy({
  frameAncestors = "frame-ancestors 'none'",
  scripts = [],
  dev = false,
} = {}) {
  // React's development build evaluates code to rebuild server stacks; production never does.
  const script = ["'self'", ...scripts, ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameAncestors,
  ].join('; ');
}

/**
 * The headers every response carries, the policy included (pages replace it with their own in
 * proxy.ts; lower-case keys, so Next replaces this one rather than sending both). HSTS only
 * from a production server: browsers ignore it over plain http anyway.
 * @param {{ production: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ production }) {
  return [
    { key: 'content-security-policy', value: contentSecurityPolicy() },
    { key: 'x-content-type-options', value: 'nosniff' },
    { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
    { key: 'permissions-policy', value: PERMISSIONS.map((p) => `${p}=()`).join(', ') },
    { key: 'cross-origin-opener-policy', value: 'same-origin' },
    ...(production
      ? [{ key: 'strict-transport-security', value: 'max-age=63072000; includeSubDomains' }]
      : []),
  ];
}
