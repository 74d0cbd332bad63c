'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { switcherPath, type SlugGroup } from './switcher-path';

// Each language's name in itself, so a reader finds their own language whatever the page's.
const NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  it: 'Italiano',
  es: 'Español',
};

function Links({ articles, query }: { articles: SlugGroup[]; query: string }) {
  const t = useTranslations('switcher');
  const active = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="ml-auto">
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((locale) => {
          const path = switcherPath(pathname, active, locale, articles);
          return (
            <li key={locale}>
              <Link
                href={query ? `${path}?${query}` : path}
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
          );
        })}
      </ul>
    </nav>
  );
}

function WithQuery({ articles }: { articles: SlugGroup[] }) {
  return <Links articles={articles} query={useSearchParams().toString()} />;
}

export function LanguageLinks({ articles }: { articles: SlugGroup[] }) {
  // Query strings are only known in the browser; the static HTML links to the bare path.
  return (
    <Suspense fallback={<Links articles={articles} query="" />}>
      <WithQuery articles={articles} />
    </Suspense>
  );
}
