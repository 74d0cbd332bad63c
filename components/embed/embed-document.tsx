import '@/app/globals.css';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { brandColorVars } from '@/lib/brand/color-vars';
import { EmbedBridge } from './embed-bridge';

/**
 * The page shell inside another site's frame: the brand's colours, no header or footer, and a
 * body as tall as its content (the frame takes its height from it).
 */
export function EmbedDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const brand = getBrand();
  return (
    <html lang={locale} style={brandColorVars(brand.colors)}>
      <body className="font-sans">
        <EmbedBridge>
          <main id="main" tabIndex={-1} className="px-4 py-6 focus:outline-none">
            {children}
          </main>
        </EmbedBridge>
      </body>
    </html>
  );
}
