import { createTranslator } from 'use-intl/core';
import { hasLocale } from 'use-intl';
import { locales, type Locale } from '@/i18n/routing';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import it from '@/messages/it.json';

const catalogs = { en, de, it, es };

/** The endpoint's messages in the prospect's language (`leads.errors`). */
export function leadErrorText(locale: Locale) {
  return createTranslator({
    locale,
    messages: catalogs[locale] as typeof en,
    namespace: 'leads.errors',
  });
}

/** The body's locale when it names one of ours, else the browser's first one we speak, else English. */
export function pickLocale(candidate: unknown, acceptLanguage: string | null): Locale {
  if (typeof candidate === 'string' && hasLocale(locales, candidate)) return candidate;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if (hasLocale(locales, tag)) return tag;
  }
  return 'en';
}
