import { defineRouting } from 'next-intl/routing';

export const locales = ['en', 'de', 'it', 'es'] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
  // Pages declare their own hreflang alternates (articles only to translations that exist),
  // and `/` follows the browser's language rather than a cookie, so static pages stay cacheable.
  alternateLinks: false,
  localeCookie: false,
});
