import '@/app/globals.css';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { brandColorVars } from '@/lib/brand/color-vars';
import { clientMessages } from '@/lib/i18n/client-messages';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { TrackEvent } from '@/components/funnel/track-event';

/** The whole page shell: shared by the locale layout and the global not-found page. */
export async function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const brand = getBrand();
  const messages = await getMessages();

  return (
    // The workshop's projector script may set data-projector before hydration.
    <html lang={locale} style={brandColorVars(brand.colors)} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col font-sans">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          {/* The visit's first page keeps its utm_*, referrer and seller code for the lead. */}
          <TrackEvent />
          <SiteHeader />
          <main id="main" className="flex-1" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
