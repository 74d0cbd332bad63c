import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getBrand } from '@/lib/brand/load';
import { MainNav } from './main-nav';
import { LanguageSwitcher } from './language-switcher';

export async function SiteHeader() {
  const t = await getTranslations('nav');
  const brand = getBrand();
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t('skip')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-bold text-slate-900">
          {/* A plain img: next/image ships about 4 kB of script to every page for a 32 px logo
              it would not optimise anyway. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={brand.logo} alt="" width={32} height={32} decoding="async" />
          {/* On the narrowest phones the logo stands alone so the language links fit beside it. */}
          <span className="max-[400px]:sr-only">{brand.name}</span>
        </Link>
        <MainNav />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
