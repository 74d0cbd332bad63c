import { z } from 'zod';
import { priceBookIssues } from '@/lib/model/packages';
import { priceBookFields } from './price-book';
import { contrastRatio } from './contrast';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0b5d4b');
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
/**
 * A site allowed to frame the embed: an https origin, or http on a loopback address (tests, local
 * previews). Exactly scheme, host and optional port: no path, no wildcard, so it can go straight
 * into a Content-Security-Policy frame-ancestors list.
 */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
export const embedOrigin = z.string().superRefine((text, ctx) => {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (text.includes('*')) return fail(`${text}: wildcards are not allowed, list each site`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`${text}: must be an origin like https://www.example.com`);
  }
  if (url.origin !== text) {
    return fail(`${text}: must be an origin like https://www.example.com (no path or slash)`);
  }
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return;
  fail(`${text}: must be https:// (http:// only on a loopback address)`);
});

/**
 * Brand files written before price books held one price: read it as a one-package book, so an
 * upgrade does not stop a running deployment.
 */
function singlePriceAsPackage(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || 'packages' in raw) return raw;
  const { name, currency, crmIntegration, ...prices } = raw as Record<string, unknown>;
  if (!('licencePerUserMonth' in prices)) return raw;
  const pkg = { id: 'standard', name, telephonyPerUserMonth: 0, crmIntegration, ...prices };
  return { name, currency, packages: [pkg], defaultPackage: 'standard' };
}

export const brandSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
    logo: z
      .string()
      .regex(/^\/[\w/.-]+\.(svg|png|webp)$/, 'must be a path under public/, like /brand/logo.svg'),
    siteUrl: httpsUrl.refine((u) => !u.endsWith('/'), 'must not end with a slash'),
    colors: z.object({ primary: hex, onPrimary: hex, accent: hex }),
    contact: z.object({
      email: z.email('must be an email address'),
      phone: z
        .string()
        .regex(/^\+?[\d\s()./-]{6,24}$/, 'must be a phone number like +49 30 1234 5678'),
      bookingUrl: httpsUrl,
    }),
    legal: z.object({
      company: z.string().trim().min(1, 'must not be empty'),
      imprintUrl: httpsUrl,
      privacyUrl: httpsUrl,
    }),
    suite: z.preprocess(
      singlePriceAsPackage,
      z
        .object({
          name: z
            .string()
            .trim()
            .min(1, 'must not be empty')
            .max(60, 'must be at most 60 characters'),
          ...priceBookFields,
        })
        .strict()
        .superRefine((book, ctx) => {
          for (const issue of priceBookIssues(book)) ctx.addIssue({ code: 'custom', ...issue });
        }),
    ),
    /** Sites that may show the assessment in a frame (/embed.js); none by default. */
    embed: z
      .object({ allowedOrigins: z.array(embedOrigin).max(50, 'at most 50 sites').default([]) })
      .strict()
      .default({ allowedOrigins: [] }),
  })
  .strict()
  // Brand colours carry text and links: reject a palette that would fail WCAG AA contrast.
  .superRefine((b, ctx) => {
    const pairs = [
      ['primary', b.colors.primary, b.colors.onPrimary, 'text on it'],
      ['primary', b.colors.primary, '#ffffff', 'a white page'],
      ['accent', b.colors.accent, '#ffffff', 'a white page'],
    ] as const;
    for (const [field, fg, bg, against] of pairs) {
      const ratio = contrastRatio(fg, bg);
      if (ratio < 4.5) {
        ctx.addIssue({
          code: 'custom',
          path: ['colors', field],
          message: `contrast with ${against} is ${ratio.toFixed(2)}:1, needs at least 4.5:1`,
        });
      }
    }
  });

export type Brand = z.infer<typeof brandSchema>;
