import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { getBrand } from '@/lib/brand/load';
import type { LeadSource } from '@/lib/leads/input';
import { LeadFormLoader } from './lead-form-loader';

/** "Talk to an expert" on the report: heading and intro from the server, the form when near. */
export async function LeadSection({
  reportCode,
  source = 'report',
}: {
  reportCode: string;
  source?: LeadSource;
}) {
  const t = await getTranslations('leads.form');
  const { leads } = await getMessages();
  const brand = getBrand();
  return (
    <section
      aria-labelledby="lead-title"
      className="mt-10 rounded-2xl border border-slate-200 p-5 sm:p-8 print:hidden"
    >
      <h2 id="lead-title" className="text-2xl font-bold text-slate-900">
        {t('title', { brand: brand.name })}
      </h2>
      <p className="mt-2 max-w-2xl text-slate-700">{t('intro')}</p>
      <NextIntlClientProvider messages={{ leads: { form: leads.form, errors: leads.errors } }}>
        <LeadFormLoader
          reportCode={reportCode}
          source={source}
          brand={brand.name}
          privacyUrl={brand.legal.privacyUrl}
          openLabel={t('open')}
          loadingLabel={t('loading')}
        />
      </NextIntlClientProvider>
    </section>
  );
}
