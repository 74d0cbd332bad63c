import type { ReactNode } from 'react';

// app/[locale]/layout.tsx and app/global-not-found.tsx render <html> through SiteDocument, each with its locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
