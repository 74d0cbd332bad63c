import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { formats } from './formats';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Article dates are calendar days stored as UTC midnight: formatted in a zone west of UTC
    // they would show the day before, so every date on the site is read in UTC.
    timeZone: 'UTC',
    formats,
    // No silent fallback to English: a missing key is a bug the unit tests catch first.
    onError(error) {
      if (process.env.NODE_ENV !== 'production') console.error(error);
    },
  };
});
