'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

const ITEMS = [
  ['/assessment', 'assessment'],
  ['/workshop', 'workshop'],
  ['/insights', 'insights'],
  ['/methodology', 'methodology'],
] as const;

export function MainNav() {
  const t = useTranslations('nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('primary')} className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
      <ul className="flex flex-wrap gap-x-3 text-sm sm:gap-x-4 sm:text-base">
        {ITEMS.map(([href, key]) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block py-2 underline-offset-4 hover:underline ${current ? 'font-semibold text-brand underline' : 'text-slate-700'}`}
              >
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
