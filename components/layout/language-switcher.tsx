'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';

// Each language's name in itself, so a reader finds their own language whatever the page's.
const NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  it: 'Italiano',
  es: 'Español',
};

function Links() {
  const t = useTranslations('switcher');
  const active = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={t('label')} className="ml-auto">
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === active ? 'true' : undefined}
              className={`inline-block min-w-11 rounded px-2 py-2 text-center font-semibold uppercase ${locale === active ? 'bg-brand text-on-brand' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              <span aria-hidden="true">{locale}</span>
              <span className="sr-only">{NAMES[locale]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function LanguageSwitcher() {
  // Query strings are only known in the browser; the static HTML links to the bare path.
  return (
    <Suspense fallback={null}>
      <Links />
    </Suspense>
  );
}
