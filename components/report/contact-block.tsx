import { getTranslations } from 'next-intl/server';
import { getBrand } from '@/lib/brand/load';

/** The MSP's way in: email, phone and a booking link, from the brand file. */
export async function ContactBlock() {
  const t = await getTranslations('report.contact');
  const brand = getBrand();
  const tel = brand.contact.phone.replace(/[^\d+]/g, '');
  return (
    <section
      aria-labelledby="contact-title"
      className="print-avoid-break mt-12 rounded-2xl bg-slate-900 p-6 text-white sm:p-8"
    >
      <h2 id="contact-title" className="text-2xl font-bold">
        {t('title', { brand: brand.name })}
      </h2>
      <p className="mt-2 max-w-2xl text-slate-200">{t('body')}</p>
      <ul className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <li>
          <a
            href={brand.contact.bookingUrl}
            className="inline-flex min-h-11 items-center rounded-lg bg-white px-5 font-semibold text-slate-900 hover:bg-slate-100"
          >
            {t('book')}
          </a>
        </li>
        <li>
          <a
            href={`mailto:${brand.contact.email}`}
            className="inline-flex min-h-11 items-center rounded-lg border border-white px-5 font-semibold break-all"
          >
            <span className="sr-only">{t('email')}: </span>
            {brand.contact.email}
          </a>
        </li>
        <li>
          <a
            href={`tel:${tel}`}
            className="inline-flex min-h-11 items-center rounded-lg border border-white px-5 font-semibold"
          >
            <span className="sr-only">{t('phone')}: </span>
            {brand.contact.phone}
          </a>
        </li>
      </ul>
    </section>
  );
}
