import { getTranslations } from 'next-intl/server';
import { getBrand } from '@/lib/brand/load';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  const brand = getBrand();
  const tel = brand.contact.phone.replace(/[^\d+]/g, '');
  return (
    <footer className="no-print mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">{brand.name}</p>
          <p className="mt-1">{t('tagline', { suite: brand.suite.name })}</p>
        </div>
        <address className="not-italic">
          <p className="font-semibold text-slate-900">{t('contact')}</p>
          <ul className="mt-1 space-y-1">
            <li>
              <a className="underline" href={`mailto:${brand.contact.email}`}>
                {brand.contact.email}
              </a>
            </li>
            <li>
              <a className="underline" href={`tel:${tel}`}>
                {brand.contact.phone}
              </a>
            </li>
            <li>
              <a className="underline" href={brand.contact.bookingUrl}>
                {t('book')}
              </a>
            </li>
          </ul>
        </address>
        <div>
          <p className="font-semibold text-slate-900">{t('legal')}</p>
          <ul className="mt-1 space-y-1">
            <li>
              <a className="underline" href={brand.legal.imprintUrl}>
                {t('imprint')}
              </a>
            </li>
            <li>
              <a className="underline" href={brand.legal.privacyUrl}>
                {t('privacy')}
              </a>
            </li>
            <li>
              © {new Date().getFullYear()} {brand.legal.company}
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
